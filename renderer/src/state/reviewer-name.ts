const KEY = 'crd.reviewerName';

/** The name this person last commented under, remembered on this computer only. */
export function rememberedReviewerName(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberReviewerName(name: string): void {
  try {
    localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage may be unavailable; the name is then asked for each time.
  }
}
