import { AppError } from './app-error';
import type { SignatureImage } from './model';

export const MAX_SIGNATURE_BYTES = 500 * 1024;
/** Larger than any scan of a signature needs; beyond it the file is not what it claims. */
export const MAX_SIGNATURE_SIDE_PX = 8000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function uint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function uint16(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) | bytes[at + 1]!;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== 'IHDR') return null;
  return { width: uint32(bytes, 16), height: uint32(bytes, 20) };
}

/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // image data before any frame header
    const length = uint16(bytes, at + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return null;
      return { width: uint16(bytes, at + 7), height: uint16(bytes, at + 5) };
    }
    at += 2 + length;
  }
  return null;
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 with padding; here because shared code has neither Buffer nor a guaranteed btoa. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const triple = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += BASE64_ALPHABET[(triple >> 18) & 63]! + BASE64_ALPHABET[(triple >> 12) & 63]!;
    out += b === undefined ? '=' : BASE64_ALPHABET[(triple >> 6) & 63]!;
    out += c === undefined ? '=' : BASE64_ALPHABET[triple & 63]!;
  }
  return out;
}

/**
 * Checks that the bytes are a PNG or JPEG of sensible size, judging by the
 * bytes themselves (a renamed file is caught), and returns the signature as
 * stored in the draft.
 */
export function readSignatureImage(bytes: Uint8Array): SignatureImage {
  if (bytes.length === 0) throw new AppError('invalid-argument', 'The signature file is empty. Choose a PNG or JPEG picture of the signature.');
  if (bytes.length > MAX_SIGNATURE_BYTES) {
    const kb = Math.ceil(bytes.length / 1024);
    throw new AppError(
      'invalid-argument',
      `The signature picture is too large (${kb} KB; the limit is ${MAX_SIGNATURE_BYTES / 1024} KB). Crop it or save it at a lower resolution, then choose it again.`,
    );
  }
  const png = pngSize(bytes);
  const jpeg = png ? null : jpegSize(bytes);
  const size = png ?? jpeg;
  if (!size) {
    throw new AppError(
      'invalid-argument',
      'The signature file is not a PNG or JPEG picture (whatever its name says). Save the signature as PNG or JPEG and choose it again.',
    );
  }
  const { width, height } = size;
  if (width < 1 || height < 1 || width > MAX_SIGNATURE_SIDE_PX || height > MAX_SIGNATURE_SIDE_PX) {
    throw new AppError(
      'invalid-argument',
      `The signature picture says it is ${width} × ${height} pixels, which cannot be right for a signature (each side must be 1 to ${MAX_SIGNATURE_SIDE_PX} pixels). Save it again and choose it.`,
    );
  }
  return {
    mimeType: png ? 'image/png' : 'image/jpeg',
    dataBase64: encodeBase64(bytes),
    widthPx: width,
    heightPx: height,
  };
}
