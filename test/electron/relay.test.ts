import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract';
import { handleApiCall, maxInputBytes, type Relay, type RelayEvent } from '../../electron/main/relay';

vi.mock('electron', () => ({}));

interface Recorded {
  method: string;
  input: unknown;
  sessionKey: string;
}

const recordingBackend = (answer: unknown = { ok: true, value: 'relayed' }) => {
  const calls: Recorded[] = [];
  const backend: Relay = {
    call: (method, input, sessionKey) => {
      calls.push({ method, input, sessionKey });
      return Promise.resolve(answer);
    },
  };
  return { backend, calls };
};

const eventFrom = (url: string, options: { subframe?: boolean; noFrame?: boolean; senderId?: number } = {}): RelayEvent =>
  ({
    senderFrame: options.noFrame ? null : { url, parent: options.subframe ? { url } : null },
    sender: { id: options.senderId ?? 7 },
  }) as unknown as RelayEvent;

const ownPage = eventFrom('app://returnlens/index.html#/cases');

describe('IPC relay: every contract method reaches the backend', () => {
  it.each(methodNames)('relays %s with the window session key', async (method) => {
    const { backend, calls } = recordingBackend();
    const answer = await handleApiCall({ backend }, ownPage, method, { any: 'input' });
    expect(answer).toEqual({ ok: true, value: 'relayed' });
    expect(calls).toEqual([{ method, input: { any: 'input' }, sessionKey: 'window:7' }]);
  });

  it('gives each window its own session key, chosen by main and not by the page', async () => {
    const { backend, calls } = recordingBackend();
    await handleApiCall({ backend }, eventFrom('app://returnlens/index.html', { senderId: 3 }), 'auth.status', { sessionKey: 'window:7' });
    expect(calls[0]!.sessionKey).toBe('window:3');
  });
});

describe('IPC relay: who may call', () => {
  const refusedFrom = async (event: RelayEvent) => {
    const { backend, calls } = recordingBackend();
    const answer = await handleApiCall({ backend }, event, 'auth.status', {});
    expect(calls).toHaveLength(0);
    return answer;
  };

  it('refuses a foreign page', async () => {
    expect(await refusedFrom(eventFrom('https://evil.example/'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
  it('refuses a look-alike origin', async () => {
    expect(await refusedFrom(eventFrom('app://returnlens.evil/index.html'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
  it('refuses a file: page', async () => {
    expect(await refusedFrom(eventFrom('file:///tmp/index.html'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
  it('refuses a subframe, even one of our own origin', async () => {
    expect(await refusedFrom(eventFrom('app://returnlens/index.html', { subframe: true }))).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
  it('refuses a call whose frame is gone', async () => {
    expect(await refusedFrom(eventFrom('', { noFrame: true }))).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
  it('refuses the dev server origin in a production run', async () => {
    expect(await refusedFrom(eventFrom('http://localhost:5173/'))).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

describe('IPC relay: malformed input', () => {
  const attempt = async (method: unknown, input: unknown) => {
    const { backend, calls } = recordingBackend();
    const answer = await handleApiCall({ backend }, ownPage, method, input);
    return { answer, calls };
  };

  it.each([[42], [null], [undefined], [{ toString: () => 'auth.status' }], [['auth.status']]])(
    'refuses a non-string method %j',
    async (method) => {
      const { answer, calls } = await attempt(method, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(calls).toHaveLength(0);
    },
  );

  it.each(['nope.nothing', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''])(
    'refuses the unknown method %j',
    async (method) => {
      const { answer, calls } = await attempt(method, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(calls).toHaveLength(0);
    },
  );

  it('refuses a huge input before it reaches the backend', async () => {
    const { answer, calls } = await attempt('auth.status', { blob: 'x'.repeat(maxInputBytes + 1) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(calls).toHaveLength(0);
  });

  it('refuses input that is not JSON data (cycles, BigInt)', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const input of [cyclic, { n: 10n }]) {
      const { answer, calls } = await attempt('auth.status', input);
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(calls).toHaveLength(0);
    }
  });

  it('passes prototype-pollution payloads on as inert data and pollutes nothing', async () => {
    const payload = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown;
    const { calls } = await attempt('auth.status', payload);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(calls[0]!.input)).toBe(Object.prototype);
    expect(Object.hasOwn(calls[0]!.input as object, '__proto__')).toBe(true);
  });

  it('normalises non-JSON values the way the HTTP transport would (a Date becomes its ISO string)', async () => {
    const { calls } = await attempt('auth.status', { when: new Date(Date.UTC(2026, 0, 2)) });
    expect(calls[0]!.input).toEqual({ when: '2026-01-02T00:00:00.000Z' });
  });

  it('treats a missing input as {}', async () => {
    const { calls } = await attempt('auth.status', undefined);
    expect(calls[0]!.input).toEqual({});
  });
});
