/**
 * Text that is safe in a single email header: line breaks and other control
 * characters (which could end the header and start another) become spaces.
 * Non-ASCII text is left for the MIME encoder to encode.
 */
export function headerText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
