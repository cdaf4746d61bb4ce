import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/app-error';
import { SignatureImageSchema } from '../../../shared/model';
import { encodeBase64, MAX_SIGNATURE_BYTES, readSignatureImage } from '../../../shared/signature-image';
import { fromBase64, jpegHeader, ONE_PIXEL_PNG_BASE64, SIGNATURE_PNG_BASE64 } from './letter-fixtures';

function rejection(bytes: Uint8Array): AppError {
  try {
    readSignatureImage(bytes);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the image to be rejected');
}

describe('readSignatureImage', () => {
  it('reads a PNG’s size from its IHDR and keeps its bytes as base64', () => {
    const image = readSignatureImage(fromBase64(ONE_PIXEL_PNG_BASE64));
    expect(image).toEqual({ mimeType: 'image/png', dataBase64: ONE_PIXEL_PNG_BASE64, widthPx: 1, heightPx: 1 });
    expect(SignatureImageSchema.parse(image)).toEqual(image);
  });

  it('reads a wider PNG', () => {
    expect(readSignatureImage(fromBase64(SIGNATURE_PNG_BASE64))).toMatchObject({ widthPx: 360, heightPx: 120 });
  });

  it('reads a JPEG’s size from its frame header', () => {
    expect(readSignatureImage(jpegHeader(640, 200))).toMatchObject({ mimeType: 'image/jpeg', widthPx: 640, heightPx: 200 });
  });

  it('rejects a text file renamed .png, by its bytes', () => {
    const error = rejection(new TextEncoder().encode('This is not a picture, whatever its name says.'));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toContain('not a PNG or JPEG');
  });

  it('rejects a GIF', () => {
    expect(rejection(new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000')).message).toContain('not a PNG or JPEG');
  });

  it('rejects a file over the size limit, saying how large it is', () => {
    const big = new Uint8Array(MAX_SIGNATURE_BYTES + 1);
    big.set(fromBase64(ONE_PIXEL_PNG_BASE64));
    expect(rejection(big).message).toMatch(/too large \(501 KB; the limit is 500 KB\)/);
  });

  it('rejects absurd dimensions', () => {
    expect(rejection(jpegHeader(0, 10)).message).toContain('0 × 10 pixels');
    expect(rejection(jpegHeader(60_000, 100)).message).toContain('cannot be right');
  });

  it('rejects an empty file', () => {
    expect(rejection(new Uint8Array()).message).toContain('empty');
  });
});

describe('encodeBase64', () => {
  it.each(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'])('encodes "%s" as RFC 4648 says', (text) => {
    expect(encodeBase64(new TextEncoder().encode(text))).toBe(btoa(text));
  });

  it('encodes every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(encodeBase64(all)).toBe(btoa(String.fromCharCode(...all)));
  });
});
