import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { pickFileIntoUploads } from '../../electron/main/pick-file';
import { handleApiCall, type RelayEvent } from '../../electron/main/relay';

vi.mock('electron', () => ({}));
// uploads.pickFile is declared by the import feature; the relay test must not depend on when that lands.
vi.mock('../../shared/contract', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../shared/contract')>();
  return { ...original, isMethodName: (name: string) => name === 'uploads.pickFile' || original.isMethodName(name) };
});

const ownPage = { senderFrame: { url: 'app://returnlens/index.html', parent: null }, sender: { id: 1 } } as unknown as RelayEvent;

const setup = () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'rl-pick-'));
  const source = join(mkdtempSync(join(tmpdir(), 'rl-src-')), '售后单 2026-01.csv');
  writeFileSync(source, '\uFEFF售后编号,订单号\nA1,B1\n');
  return { dataDir, source };
};

describe('uploads.pickFile in main', () => {
  it('copies the chosen file into <dataDir>/uploads/<ULID> with its metadata and answers the reference', async () => {
    const { dataDir, source } = setup();
    const showOpenDialog = vi.fn(() => Promise.resolve({ canceled: false, filePaths: [source] }));
    const picked = await pickFileIntoUploads({ dataDir, showOpenDialog, now: () => 1_700_000_000_000 });
    expect(picked).toMatchObject({ name: '售后单 2026-01.csv', size: readFileSync(source).length });
    expect(picked!.uploadId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const stored = join(dataDir, 'uploads', picked!.uploadId);
    expect(readFileSync(stored)).toEqual(readFileSync(source));
    expect(JSON.parse(readFileSync(`${stored}.json`, 'utf8'))).toEqual({ name: '售后单 2026-01.csv', size: picked!.size, createdAt: 1_700_000_000_000 });
    const filters = (showOpenDialog.mock.calls[0] as unknown as [{ filters: { extensions: string[] }[] }])[0].filters;
    expect(filters.flatMap((f) => f.extensions).sort()).toEqual(['csv', 'xlsx']);
  });

  it('answers null and writes nothing when the dialog is cancelled', async () => {
    const { dataDir } = setup();
    const picked = await pickFileIntoUploads({ dataDir, showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }) });
    expect(picked).toBeNull();
    expect(existsSync(join(dataDir, 'uploads')) ? readdirSync(join(dataDir, 'uploads')) : []).toEqual([]);
  });

  it('the relay asks the backend first (roles, input) and only shows the dialog when the backend defers to main', async () => {
    const { dataDir, source } = setup();
    const pickFile = vi.fn(() => pickFileIntoUploads({ dataDir, showOpenDialog: () => Promise.resolve({ canceled: false, filePaths: [source] }) }));
    const deferring = { call: vi.fn(() => Promise.resolve({ ok: false, error: { code: 'UNAVAILABLE', message: 'main answers' } })) };
    const viaDialog = await handleApiCall({ backend: deferring, pickFile }, ownPage, 'uploads.pickFile', { kind: 'import' });
    expect(deferring.call).toHaveBeenCalledWith('uploads.pickFile', { kind: 'import' }, 'window:1');
    expect(viaDialog).toMatchObject({ ok: true, value: { name: '售后单 2026-01.csv' } });
    const forbidden = { call: () => Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: 'inspectors may not import' } }) };
    const refused = await handleApiCall({ backend: forbidden, pickFile }, ownPage, 'uploads.pickFile', { kind: 'import' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(pickFile).toHaveBeenCalledTimes(1);
  });
});
