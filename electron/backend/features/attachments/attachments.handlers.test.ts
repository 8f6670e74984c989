import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../../../../test/support/backend';
import { insertScanFixture } from '../../../../test/support/scan-fixtures';
import { detectImageMime } from './attachment-files';

/** A real 1×1 PNG and a minimal JPEG header (enough for the magic-byte check). */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);

let t: TestBackend;
let caseId: string;

beforeEach(async () => {
  t = startTestBackend();
  await t.withUsers();
  caseId = insertScanFixture(t.backend.db, [{ caseNumber: 'AS1', orderNumber: '261120-1' }]).caseIds.AS1!;
});
afterEach(() => t.close());

const add = (data: Buffer, extra: Record<string, unknown> = {}) =>
  t.raw(
    'attachments.add',
    { ownerKind: 'receipt', ownerId: caseId, dataBase64: data.toString('base64'), mime: 'image/png', takenAt: 1, ...extra },
    'inspector',
  );

describe('photos', () => {
  it('stores a photo under its SHA-256 once, however often it is added, with a thumbnail beside it', async () => {
    const first = await add(png, { thumbBase64: jpeg.toString('base64') });
    const second = await add(png);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    const a = first.value as { id: string; sha256: string; hasThumb: boolean };
    const b = second.value as { id: string; sha256: string };
    expect(a.sha256).toBe(b.sha256);
    expect(a.id).not.toBe(b.id);
    expect(a.hasThumb).toBe(true);
    const dir = join(t.dataDir, 'attachments');
    expect(readdirSync(dir).sort()).toEqual([a.sha256, `${a.sha256}.thumb.jpg`]);
    expect(readFileSync(join(dir, a.sha256)).equals(png)).toBe(true);

    const full = await t.call('attachments.get', { id: a.id, variant: 'full' }, 'service');
    expect(Buffer.from(full.dataBase64, 'base64').equals(png)).toBe(true);
    const thumb = await t.call('attachments.get', { id: a.id, variant: 'thumb' }, 'service');
    expect(thumb.mime).toBe('image/jpeg');
    expect((await t.call('attachments.list', { ownerKind: 'receipt', ownerId: caseId }, 'owner')).length).toBe(2);
  });

  it('refuses a file that is not an image, saying so, and writes nothing', async () => {
    const result = await add(Buffer.from('%PDF-1.7 not a photo'), { mime: 'image/png' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('not a JPEG, PNG or WebP') } });
    expect(existsSync(join(t.dataDir, 'attachments'))).toBe(false);
    expect(await t.call('attachments.list', { ownerKind: 'receipt', ownerId: caseId }, 'owner')).toEqual([]);
  });

  it('refuses a photo over 8 MB and a photo declared as another type', async () => {
    const big = Buffer.concat([png, Buffer.alloc(8 * 1024 * 1024)]);
    const tooBig = await add(big);
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!tooBig.ok && tooBig.error.message).toMatch(/larger than 8 MB|at most 8\.0 MB/);
    const wrongType = await add(jpeg, { mime: 'image/png' });
    expect(!wrongType.ok && wrongType.error.message).toContain('content is image/jpeg');
    const badMime = await t.raw(
      'attachments.add',
      { ownerKind: 'receipt', ownerId: caseId, dataBase64: png.toString('base64'), mime: 'application/pdf', takenAt: 1 },
      'inspector',
    );
    expect(badMime).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a photo for a record that does not exist', async () => {
    const result = await t.raw(
      'attachments.add',
      { ownerKind: 'inspection', ownerId: 'nope', dataBase64: png.toString('base64'), mime: 'image/png', takenAt: 1 },
      'inspector',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('voids a wrong photo, which then leaves the list but stays on disk', async () => {
    const added = await add(png);
    if (!added.ok) throw new Error('add failed');
    const { id, sha256 } = added.value as { id: string; sha256: string };
    await t.call('attachments.void', { id }, 'inspector');
    expect(await t.call('attachments.list', { ownerKind: 'receipt', ownerId: caseId }, 'owner')).toEqual([]);
    expect(existsSync(join(t.dataDir, 'attachments', sha256))).toBe(true);
  });

  it('recognises JPEG, PNG and WebP by their bytes', () => {
    expect(detectImageMime(png)).toBe('image/png');
    expect(detectImageMime(jpeg)).toBe('image/jpeg');
    expect(detectImageMime(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(detectImageMime(Buffer.from('GIF89a'))).toBeNull();
  });
});
