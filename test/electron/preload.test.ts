import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract';
import { answerMethodNames } from '../../electron/main/relay';

const exposed = new Map<string, unknown>();
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: null }));
const sendSync = vi.fn((channel: string) =>
  channel === 'api:methods' ? answerMethodNames({ senderFrame: { url: 'app://returnlens/index.html', parent: null } } as never) : undefined,
);
/** Electron's File objects: one from a drop has a path behind it, one made in script has none. */
class DroppedFile {
  constructor(readonly diskPath: string) {}
}
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args), sendSync: (channel: string) => sendSync(channel) },
  webUtils: {
    // As documented: the path for a File backed by a disk file, '' for one made in script, a throw for a non-File.
    getPathForFile: (file: unknown) => {
      if (file instanceof DroppedFile) return file.diskPath;
      if (file instanceof Blob) return '';
      throw new TypeError('not a File');
    },
  },
}));

describe('preload', () => {
  it('exposes exactly the contract methods as window.api, each relayed over api:call', async () => {
    await import('../../electron/preload/index');
    expect(sendSync).toHaveBeenCalledWith('api:methods');
    expect([...exposed.keys()]).toEqual(['api']);
    const api = exposed.get('api') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    for (const method of methodNames.filter((name) => name !== 'uploads.takeFile')) {
      await api[method]!({ probe: method });
      expect(invoke).toHaveBeenLastCalledWith('api:call', method, { probe: method });
    }
    expect(invoke).toHaveBeenCalledTimes(methodNames.length - 1);
  });

  it('uploads.takeFile sends main the path behind the File the page handed over, never a path the page wrote', async () => {
    await import('../../electron/preload/index');
    const api = exposed.get('api') as Record<string, (input: unknown) => Promise<unknown>>;
    const takeFile = api['uploads.takeFile']!;
    await takeFile({ kind: 'import', file: new DroppedFile('/home/shop/订单.csv'), path: '/etc/shadow' });
    expect(invoke).toHaveBeenLastCalledWith('api:call', 'uploads.takeFile', { kind: 'import' }, '/home/shop/订单.csv');
    await takeFile({ kind: 'import', file: new File(['x'], 'made-in-script.csv') });
    expect(invoke).toHaveBeenLastCalledWith('api:call', 'uploads.takeFile', { kind: 'import' }, '');
    await takeFile({ kind: 'import', file: '/etc/passwd', path: '/etc/passwd' });
    expect(invoke).toHaveBeenLastCalledWith('api:call', 'uploads.takeFile', { kind: 'import' }, '');
  });

  it('main tells the method names only to our own main frame', () => {
    const ask = (url: string, subframe = false) => answerMethodNames({ senderFrame: { url, parent: subframe ? {} : null } } as never);
    expect(ask('app://returnlens/index.html')).toEqual([...methodNames]);
    expect(ask('https://evil.example/')).toEqual([]);
    expect(ask('app://returnlens/index.html', true)).toEqual([]);
  });
});
