import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { maxUploadBytes, takeFileHandOver } from '../../shared/domain/uploads';
import { handleApiCall, type RelayEvent } from '../../electron/main/relay';
import { takeFileIntoUploads } from '../../electron/main/take-file';

vi.mock('electron', () => ({}));

const ownPage = { senderFrame: { url: 'app://returnlens/index.html', parent: null }, sender: { id: 1 } } as unknown as RelayEvent;

const made: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const setup = () => {
  const dataDir = tempDir('rl-take-');
  const source = join(tempDir('rl-src-'), '售后单 2026-01.csv');
  writeFileSync(source, '\uFEFF售后编号,订单号\nA1,B1\n');
  return { dataDir, source };
};
const uploadsOf = (dataDir: string) => (existsSync(join(dataDir, 'uploads')) ? readdirSync(join(dataDir, 'uploads')) : []);

describe('uploads.takeFile in main', () => {
  it('copies a dropped file into <dataDir>/uploads/<ULID> with its metadata and answers the reference', async () => {
    const { dataDir, source } = setup();
    const taken = await takeFileIntoUploads(dataDir, source, () => 1_700_000_000_000);
    expect(taken).toMatchObject({ name: '售后单 2026-01.csv', size: readFileSync(source).length });
    expect(taken.uploadId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const stored = join(dataDir, 'uploads', taken.uploadId);
    expect(readFileSync(stored)).toEqual(readFileSync(source));
    expect(JSON.parse(readFileSync(`${stored}.json`, 'utf8'))).toEqual({
      name: '售后单 2026-01.csv',
      size: taken.size,
      createdAt: 1_700_000_000_000,
    });
  });

  it('refuses what has no file behind it (a File made in script, a relative path, a folder, a missing file) and writes nothing', async () => {
    const { dataDir, source } = setup();
    const folder = join(tempDir('rl-folder-'), 'a folder.csv');
    mkdirSync(folder);
    await expect(takeFileIntoUploads(dataDir, '')).rejects.toThrow(/Only a file from this computer can be imported/);
    await expect(takeFileIntoUploads(dataDir, undefined)).rejects.toThrow(/Only a file from this computer/);
    await expect(takeFileIntoUploads(dataDir, 'orders.csv')).rejects.toThrow(/Only a file from this computer/);
    await expect(takeFileIntoUploads(dataDir, folder)).rejects.toThrow(/is not a file that can be read/);
    await expect(takeFileIntoUploads(dataDir, `${source}.gone`)).rejects.toThrow(/is not a file that can be read/);
    expect(uploadsOf(dataDir)).toEqual([]);
  });

  it('refuses a file over the size limit before copying a byte, with the limit in the message', async () => {
    const { dataDir } = setup();
    // A sparse file: its size is past the limit, and it takes no disk space.
    const big = join(tempDir('rl-big-'), 'big.csv');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, maxUploadBytes + 1);
    closeSync(fd);
    await expect(takeFileIntoUploads(dataDir, big)).rejects.toThrow(
      'The file is larger than 1 GB; split the export into smaller date ranges.',
    );
    expect(uploadsOf(dataDir)).toEqual([]);
  });

  it('keeps only a clean display name (no control characters), as the browser upload does', async () => {
    const { dataDir } = setup();
    const odd = join(tempDir('rl-odd-'), 'orders\nJuly.csv');
    writeFileSync(odd, 'a,b\n1,2\n');
    expect((await takeFileIntoUploads(dataDir, odd)).name).toBe('ordersJuly.csv');
  });

  it('the relay asks the backend first (roles, input) and copies only when the backend defers to main', async () => {
    const { dataDir, source } = setup();
    const takeFile = vi.fn((path: unknown) => takeFileIntoUploads(dataDir, path));
    const deferring = {
      call: vi.fn(() => Promise.resolve({ ok: false, error: { code: 'UNAVAILABLE', message: 'main answers', details: takeFileHandOver } })),
    };
    const taken = await handleApiCall({ backend: deferring, takeFile }, ownPage, 'uploads.takeFile', { kind: 'import' }, source);
    expect(deferring.call).toHaveBeenCalledWith('uploads.takeFile', { kind: 'import' }, 'window:1');
    expect(taken).toMatchObject({ ok: true, value: { name: '售后单 2026-01.csv' } });

    const forbidden = { call: () => Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: 'inspectors may not import' } }) };
    const refused = await handleApiCall({ backend: forbidden, takeFile }, ownPage, 'uploads.takeFile', { kind: 'import' }, source);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(takeFile).toHaveBeenCalledTimes(1);

    // A stopped backend (or a busy database) also answers UNAVAILABLE, but without the handler's hand-over: no role
    // was checked, so nothing is copied.
    const stopped = {
      call: () => Promise.resolve({ ok: false, error: { code: 'UNAVAILABLE', message: 'The ReturnLens service has stopped.' } }),
    };
    const notChecked = await handleApiCall({ backend: stopped, takeFile }, ownPage, 'uploads.takeFile', { kind: 'import' }, source);
    expect(notChecked).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(takeFile).toHaveBeenCalledTimes(1);

    const noPath = await handleApiCall({ backend: deferring, takeFile }, ownPage, 'uploads.takeFile', { kind: 'import' }, '');
    expect(noPath).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/Only a file from this computer/) },
    });
    expect(uploadsOf(dataDir)).toHaveLength(2); // the one copy and its .json
  });
});
