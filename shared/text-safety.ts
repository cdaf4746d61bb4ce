/**
 * Characters that XML 1.0 forbids (C0 controls other than tab, LF, CR; and
 * U+FFFE/U+FFFF) and DEL. A pasted one makes a Word file unreadable or an
 * email body odd; none carries meaning in a consultation response.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

export function withoutUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '');
}

const EMAIL_SHAPE = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]+$/;

/** A plain address such as priya.shah@acme-energy.example, nothing a mail header could misread. */
export function isPlainEmailAddress(text: string): boolean {
  return EMAIL_SHAPE.test(text);
}

/** A copy of any JSON-like value with every string made safe; other values are kept as they are. */
export function withSafeStrings<T>(value: T): T {
  if (typeof value === 'string') return withoutUnsafeCharacters(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => withSafeStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withSafeStrings(item)])) as T;
  }
  return value;
}
