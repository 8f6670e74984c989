import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract';

const exposed = new Map<string, unknown>();
const invoke = vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, value: null }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke: (...args: unknown[]) => invoke(...args) },
}));

describe('preload', () => {
  it('exposes exactly the contract methods as window.api, each relayed over api:call', async () => {
    await import('../../electron/preload/index');
    expect([...exposed.keys()]).toEqual(['api']);
    const api = exposed.get('api') as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    for (const method of methodNames) {
      await api[method]!({ probe: method });
      expect(invoke).toHaveBeenLastCalledWith('api:call', method, { probe: method });
    }
    expect(invoke).toHaveBeenCalledTimes(methodNames.length);
  });
});
