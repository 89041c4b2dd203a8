import { createHash } from 'node:crypto';

/** The largest logo a council may have: a header's image, not a poster. */
export const LOGO_MAX_BYTES = 200 * 1024;

export type LogoMediaType = 'image/png' | 'image/jpeg';

/** What a logo is, read from its own bytes (never from the name or type the uploader claims). */
export interface LogoImage {
  mediaType: LogoMediaType;
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A JPEG's size from its first start-of-frame marker (baseline, progressive or other SOFn), walking the segments. */
function jpegSize(bytes: Buffer): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    at += 2 + length;
  }
  return null;
}

/**
 * A council's logo as uploaded: a PNG or a JPEG (an SVG can carry script, so none is taken), no larger
 * than LOGO_MAX_BYTES, with a real size. Each problem is said in words, naming the field.
 */
export function readLogo(bytes: Buffer): { image: LogoImage; problems: null } | { image: null; problems: string[] } {
  if (bytes.length === 0) return { image: null, problems: ['logo is empty: choose a PNG or JPEG image'] };
  if (bytes.length > LOGO_MAX_BYTES) return { image: null, problems: [`logo is ${Math.ceil(bytes.length / 1024)} KB: it must be ${LOGO_MAX_BYTES / 1024} KB or smaller`] };
  let image: LogoImage | null = null;
  if (bytes.length > 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.toString('latin1', 12, 16) === 'IHDR') {
    image = { mediaType: 'image/png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  } else if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    const size = jpegSize(bytes);
    image = size ? { mediaType: 'image/jpeg', ...size } : null;
  }
  if (!image) return { image: null, problems: ['logo must be a PNG or JPEG image'] };
  if (image.width < 1 || image.height < 1 || image.width > 4000 || image.height > 4000) return { image: null, problems: [`logo is ${image.width} by ${image.height} pixels: it must be between 1 and 4,000 each way`] };
  return { image, problems: null };
}

/** The logo's version: changes with its bytes, so its address can be cached for good. */
export const logoDigest = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Where the logo is served (public: it is on the public pages and in e-mails), by the council's short name and version. */
export const logoPath = (slug: string, digest: string): string => `/branding/${encodeURIComponent(slug)}/logo?v=${digest.slice(0, 16)}`;

/** The logo's size at a given height, keeping its shape (a header, a report's first page). */
export function scaledTo(image: { width: number; height: number }, height: number): { width: number; height: number } {
  const scale = Math.min(1, height / image.height);
  return { width: Math.max(1, Math.round(image.width * scale)), height: Math.max(1, Math.round(image.height * scale)) };
}
