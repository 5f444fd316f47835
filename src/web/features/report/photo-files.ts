/**
 * What the browser checks before a photo is accepted, with the server's own rules
 * (src/server/reports/photos.ts): the kind of image is judged by its first bytes, never by its
 * name or the type the device claims; at most 5 MB each and five to a report.
 */
export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_PHOTOS = 5;
/** For the file input: also what lets a phone offer its camera as well as its gallery. */
export const PHOTO_ACCEPT = 'image/jpeg,image/png,image/webp';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

export function sniffPhotoType(bytes: Uint8Array): PhotoType | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'image/jpeg';
  }
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    return 'image/png';
  }
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') {
    return 'image/webp';
  }
  return undefined;
}

/** The type of a chosen file from its first 12 bytes; undefined if it is not one of the three, or cannot be read. */
export async function photoTypeOf(file: Blob): Promise<PhotoType | undefined> {
  try {
    return sniffPhotoType(new Uint8Array(await file.slice(0, 12).arrayBuffer()));
  } catch {
    return undefined;
  }
}

/** Decoded at this width where the browser can; kept as a square of THUMBNAIL_SIZE (twice the 4rem shown). */
const THUMBNAIL_WIDTH = 256;
const THUMBNAIL_SIZE = 128;

/**
 * A small copy of the picture for the list of chosen photos, as a data: URL. Not an object URL:
 * the site's Content-Security-Policy allows images from 'self' and data: only, so a blob: URL
 * would be blocked. Decoded at thumbnail size where the browser can, drawn once, and only the
 * few kilobytes of the copy are kept. Null when the browser cannot decode it (the photo is still
 * sent: the server, like this page, judges it by its bytes).
 */
export async function makeThumbnail(file: Blob): Promise<string | null> {
  if (typeof createImageBitmap !== 'function') {
    return null;
  }
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(file, { resizeWidth: THUMBNAIL_WIDTH, resizeQuality: 'medium' });
    if (bitmap.width === 0 || bitmap.height === 0) {
      return null;
    }
    // The middle square, as the list shows it, at a fixed size: bounded however tall a screenshot
    // is, and whether or not the browser honoured resizeWidth.
    const side = Math.min(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = Math.min(THUMBNAIL_SIZE, side);
    canvas.height = canvas.width;
    const context = canvas.getContext('2d');
    if (!context) {
      return null;
    }
    // Transparent screenshots on white, as they would look in most apps.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/jpeg', 0.8);
  } catch {
    return null;
  } finally {
    bitmap?.close();
  }
}

/** "820 KB", "4.2 MB", in the reader's own numerals. */
export function formatFileSize(bytes: number, language: string): string {
  const megabytes = bytes / (1024 * 1024);
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'];
  try {
    return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
  } catch {
    return `${value.toFixed(unit === 'megabyte' ? 1 : 0)} ${unit === 'megabyte' ? 'MB' : 'KB'}`;
  }
}

export function formatCount(count: number, language: string): string {
  try {
    return new Intl.NumberFormat(language).format(count);
  } catch {
    return String(count);
  }
}
