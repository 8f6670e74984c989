import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeElectron, fakeState, resetFakeState } from './fake-electron';

vi.mock('electron', () => fakeElectron());

const { BackendProcess } = await import('../../electron/main/backend-process');

const start = () => {
  const log = vi.fn();
  const backend = new BackendProcess('/app/out/main/backend.js', '/data', log);
  const fork = fakeState.forks.at(-1)!;
  return { backend, fork, log };
};

beforeEach(() => resetFakeState());

describe('BackendProcess (main ↔ utilityProcess)', () => {
  it('sends init with the data dir, holds calls until ready, and matches answers by id', async () => {
    const { backend, fork } = start();
    expect(fork.messages[0]).toEqual({ type: 'init', dataDir: '/data' });
    const first = backend.call('auth.status', {}, 'window:1');
    const second = backend.call('auth.loginChoices', {}, 'window:1');
    await Promise.resolve();
    expect(fork.messages).toHaveLength(1);
    fork.emitter.emit('message', { type: 'ready' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const calls = fork.messages.slice(1) as { id: number; method: string }[];
    expect(calls.map((c) => c.method)).toEqual(['auth.status', 'auth.loginChoices']);
    fork.emitter.emit('message', { type: 'result', id: calls[1]!.id, result: { ok: true, value: 'second' } });
    fork.emitter.emit('message', { type: 'result', id: calls[0]!.id, result: { ok: true, value: 'first' } });
    expect(await first).toEqual({ ok: true, value: 'first' });
    expect(await second).toEqual({ ok: true, value: 'second' });
  });

  it('answers UNAVAILABLE with the reason when the database cannot be opened', async () => {
    const { backend, fork, log } = start();
    fork.emitter.emit('message', { type: 'failed', message: 'database is locked' });
    expect(await backend.call('auth.status', {}, 'window:1')).toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE', message: expect.stringContaining('database is locked') as unknown },
    });
    expect(log).toHaveBeenCalled();
  });

  it('settles calls in flight when the backend exits, and refuses new ones', async () => {
    const { backend, fork } = start();
    fork.emitter.emit('message', { type: 'ready' });
    const pending = backend.call('auth.status', {}, 'window:1');
    await new Promise((resolve) => setTimeout(resolve, 0));
    fork.emitter.emit('exit', 1);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    expect(await backend.call('auth.status', {}, 'window:1')).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('close() asks the backend to close and kills it if it does not exit in time', async () => {
    const { backend, fork } = start();
    const kill = vi.spyOn(fork.emitter as unknown as { kill: () => void }, 'kill');
    await backend.close(20);
    expect(fork.messages).toContainEqual({ type: 'close' });
    expect(kill).toHaveBeenCalled();
  });
});
