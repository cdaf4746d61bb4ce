import type { SignatureImage } from '../model';

/** The box a signature is fitted into on the page, in CSS pixels (96 to the inch). */
export const SIGNATURE_BOX = { width: 180, height: 70 } as const;

/**
 * Fits the image into the signature box both ways, keeping its proportions,
 * so every signature prints at the same size whatever resolution it was scanned at.
 */
export function fitSignature(image: Pick<SignatureImage, 'widthPx' | 'heightPx'>): { width: number; height: number } {
  const scale = Math.min(SIGNATURE_BOX.width / image.widthPx, SIGNATURE_BOX.height / image.heightPx);
  return {
    width: Math.max(1, Math.round(image.widthPx * scale)),
    height: Math.max(1, Math.round(image.heightPx * scale)),
  };
}
