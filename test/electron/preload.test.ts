import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract';
import { answerMethodNames } from '../../electron/main/relay';

const exposed = new Map<string, unknown>();
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: null }));
const sendSync = vi.fn((channel: string) =>
  channel === 'api:methods' ? answerMethodNames({ senderFrame: { url: 'app://returnlens/index.html', parent: null } } as never) : undefined,
);
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args), sendSync: (channel: string) => sendSync(channel) },
}));

describe('preload', () => {
  it('exposes exactly the contract methods as window.api, each relayed over api:call', async () => {
    await import('../../electron/preload/index');
    expect(sendSync).toHaveBeenCalledWith('api:methods');
    expect([...exposed.keys()]).toEqual(['api']);
    const api = exposed.get('api') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    for (const method of methodNames) {
      await api[method]!({ probe: method });
      expect(invoke).toHaveBeenLastCalledWith('api:call', method, { probe: method });
    }
    expect(invoke).toHaveBeenCalledTimes(methodNames.length);
  });

  it('main tells the method names only to our own main frame', () => {
    const ask = (url: string, subframe = false) => answerMethodNames({ senderFrame: { url, parent: subframe ? {} : null } } as never);
    expect(ask('app://returnlens/index.html')).toEqual([...methodNames]);
    expect(ask('https://evil.example/')).toEqual([]);
    expect(ask('app://returnlens/index.html', true)).toEqual([]);
  });
});
