import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

/**
 * Photos of a realistic size for the evidence pack's tests, made without an image library: a PNG is written by
 * hand (zlib), and a JPEG is poppler's rendering of that PNG placed on a PDF page (`pdftoppm -jpeg`), the same
 * codec family a phone or the browser's canvas uses. Gradients plus sensor-like noise compress like a photo
 * (a 1600×1200 JPEG at quality 90 is about 1–2 MB), so the size budget is tested against real bytes.
 */

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
};

/** An RGB PNG: a diagonal colour gradient with noise, different for each seed. */
export const photoPng = (width: number, height: number, seed: number, noise = 40): Buffer => {
  let state = seed * 2654435761 + 1;
  const random = () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return (state >>> 16) / 65536;
  };
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    raw[row] = 0;
    for (let x = 0; x < width; x++) {
      const n = (random() - 0.5) * noise;
      const i = row + 1 + x * 3;
      raw[i] = Math.max(0, Math.min(255, ((x * 255) / width + seed * 37 + n) % 256));
      raw[i + 1] = Math.max(0, Math.min(255, (y * 255) / height + n));
      raw[i + 2] = Math.max(0, Math.min(255, 128 + 100 * Math.sin((x + y + seed * 50) / 90) + n));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

/** The PNG as a JPEG of the given size and quality, through a one-page PDF and poppler's pdftoppm. */
export const photoJpeg = async (png: Buffer, width: number, height: number, quality = 90): Promise<Buffer> => {
  const dir = mkdtempSync(join(tmpdir(), 'returnlens-photo-'));
  try {
    const doc = new PDFDocument({ size: [width, height], margin: 0 });
    const chunks: Buffer[] = [];
    const done = new Promise<void>((resolve) => doc.on('end', resolve));
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.image(png, 0, 0, { width, height });
    doc.end();
    await done;
    writeFileSync(join(dir, 'in.pdf'), Buffer.concat(chunks));
    execFileSync('pdftoppm', ['-jpeg', '-jpegopt', `quality=${quality}`, '-r', '72', '-singlefile', join(dir, 'in.pdf'), join(dir, 'out')]);
    return readFileSync(join(dir, 'out.jpg'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

/** The same picture under another SHA-256: a JPEG comment segment right after the start marker. */
export const withJpegComment = (jpeg: Buffer, text: string): Buffer => {
  const body = Buffer.from(text, 'utf8');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([jpeg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, body, jpeg.subarray(2)]);
};
