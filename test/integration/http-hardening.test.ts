import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { featureHttpRoutes } from '../../electron/backend/transport/feature-routes';
import { startHttpTransport, type HttpTransport } from '../../electron/backend/transport/http-server';
import { startTestBackend, type TestBackend } from '../support/backend';

/**
 * The browser transport's answers to malformed and hostile requests, through the real server with raw
 * requests: bad percent-encoding, planted session cookies, bodies over the 16 MB limit.
 */

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  json: () => { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

const send = (
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer; chunks?: Buffer[]; agent?: Agent },
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        agent: options.agent ?? false,
        method: options.method ?? 'POST',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) as ReturnType<Answer['json']> });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    // Chunks are streamed as a real client does: the next one only once the socket has taken the last.
    const chunks = [...(options.chunks ?? [])];
    const pump = () => {
      for (let chunk = chunks.shift(); chunk !== undefined; chunk = chunks.shift()) {
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (options.body !== undefined) req.write(options.body);
      req.end();
    };
    pump();
  });

/**
 * Bytes on a plain socket, all written at once, then the socket half-closed: for requests Node's own client
 * refuses to send, and for a client that keeps sending while the answer comes. Resolves with what came back
 * once the server closed cleanly; a reset rejects.
 */
const sendRaw = (port: number, ...parts: (string | Buffer)[]): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      for (const part of parts) socket.write(part);
      socket.end();
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => reject(new Error(`${error.message} after ${Buffer.concat(chunks).length} bytes of answer`)));
    socket.on('close', (hadError) => {
      if (!hadError) resolve(Buffer.concat(chunks).toString('utf8'));
    });
  });

const expectSecurityHeaders = (headers: IncomingHttpHeaders) => {
  expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
};

const rawHeaders = (response: string): IncomingHttpHeaders => {
  const headers: IncomingHttpHeaders = {};
  for (const line of response.split('\r\n\r\n')[0]!.split('\r\n').slice(1)) {
    const at = line.indexOf(':');
    headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
  }
  return headers;
};

const cookieOf = (answer: Answer): string | null => {
  const header = answer.headers['set-cookie'];
  const match = /rl_sid=([^;]+)/.exec(String(header ?? ''));
  return match ? match[1]! : null;
};

let harness: TestBackend;
let transport: HttpTransport;
let host: string;
const auth = () => ({ Authorization: `Bearer ${transport.token}`, Host: host, 'Content-Type': 'application/json' });
const api = (method: string, body: string, extra: Record<string, string> = {}) =>
  send(transport.port, { path: `/api/${method}`, headers: { ...auth(), ...extra }, body });

beforeAll(async () => {
  harness = startTestBackend();
  const staticRoot = join(harness.dataDir, 'static');
  mkdirSync(join(staticRoot, 'assets'), { recursive: true });
  writeFileSync(join(staticRoot, 'index.html'), '<!doctype html><title>ReturnLens</title>');
  writeFileSync(join(staticRoot, 'assets', 'app.js'), 'console.log(1);');
  transport = await startHttpTransport({
    backend: harness.backend,
    staticRoot,
    // The default body limit (16 MB): the oversized-body tests send 17 MB.
    routes: [
      ...featureHttpRoutes(harness.backend),
      {
        method: 'GET',
        path: /^\/test-boom$/,
        auth: 'cookie',
        handle: () => {
          throw new Error('a route failed');
        },
      },
    ],
  });
  host = `127.0.0.1:${transport.port}`;
});
afterAll(async () => {
  await transport.close();
  harness.close();
});

describe('malformed percent-encoding in the path', () => {
  it('answers 400 with the typed error body under /api, with the security headers', async () => {
    for (const path of ['/api/%E0%A4%A', '/api/%', '/api/auth.status%']) {
      const answer = await send(transport.port, { path, headers: auth(), body: '{}' });
      expect(answer.status, path).toBe(400);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expectSecurityHeaders(answer.headers);
    }
  });

  it('answers a plain 400 for files and pages, with the security headers', async () => {
    for (const path of ['/assets/%', '/%', '/assets/%E0%A4%A', '/cases/%ZZ']) {
      const answer = await send(transport.port, { method: 'GET', path, headers: { Host: host } });
      expect(answer.status, path).toBe(400);
      expect(answer.headers['content-type']).toMatch(/^text\/plain/);
      expectSecurityHeaders(answer.headers);
    }
  });
});

describe('every answer carries the security headers', () => {
  it('pages, files, API answers and every refusal', async () => {
    const answers = [
      [200, await send(transport.port, { method: 'GET', path: '/', headers: { Host: host } })],
      [200, await send(transport.port, { method: 'GET', path: '/assets/app.js', headers: { Host: host } })],
      [200, await send(transport.port, { method: 'GET', path: '/cases', headers: { Host: host } })],
      [404, await send(transport.port, { method: 'GET', path: '/assets/missing.js', headers: { Host: host } })],
      [404, await send(transport.port, { method: 'DELETE', path: '/', headers: { Host: host } })],
      [200, await api('auth.status', '{}')],
      [401, await send(transport.port, { path: '/api/auth.status', headers: { Host: host }, body: '{}' })],
      [403, await send(transport.port, { path: '/api/auth.status', headers: { ...auth(), Host: 'evil.example' }, body: '{}' })],
      [404, await api('nope.nothing', '{}')],
      [405, await send(transport.port, { method: 'PUT', path: '/api/auth.status', headers: auth(), body: '{}' })],
      [400, await api('auth.status', '{')],
      [401, await send(transport.port, { path: '/upload?name=x.csv', headers: auth(), body: 'a' })],
    ] as const;
    for (const [status, answer] of answers) {
      expect(answer.status).toBe(status);
      expectSecurityHeaders(answer.headers);
    }
  });

  it('a route that throws answers a typed 500 with the security headers', async () => {
    const answer = await send(transport.port, { method: 'GET', path: '/test-boom', headers: { Host: host } });
    expect(answer.status).toBe(500);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(answer.body).not.toMatch(/a route failed/);
    expectSecurityHeaders(answer.headers);
  });

  it('a request the HTTP parser refuses gets a 400 with the security headers', async () => {
    const response = await sendRaw(transport.port, `GET / HTTP/1.1\r\nHost: ${host}\r\nBad Header Line\r\n\r\n`);
    expect(response).toMatch(/^HTTP\/1\.1 400 /);
    expectSecurityHeaders(rawHeaders(response));
  });
});

describe('session cookies are made by the server and change at login', () => {
  const madeUp = 'A'.repeat(43);

  it('replaces a made-up cookie, and setting up the owner on it logs in under a new key only', async () => {
    const status = await api('auth.status', '{}', { Cookie: `rl_sid=${madeUp}` });
    const replaced = cookieOf(status);
    expect(replaced).not.toBeNull();
    expect(replaced).not.toBe(madeUp);

    // The client insists on its own value: the login still does not happen on it.
    const created = await api('auth.setupOwner', JSON.stringify({ name: 'Owner', pin: '123456', locale: 'en-US' }), {
      Cookie: `rl_sid=${madeUp}`,
    });
    expect(created.json()).toMatchObject({ ok: true });
    const loggedIn = cookieOf(created);
    expect(loggedIn).not.toBeNull();
    expect(loggedIn).not.toBe(madeUp);
    expect((await api('auth.status', '{}', { Cookie: `rl_sid=${madeUp}` })).json()).toMatchObject({ value: { user: null } });
    expect((await api('users.list', '{}', { Cookie: `rl_sid=${madeUp}` })).json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    expect((await api('auth.status', '{}', { Cookie: `rl_sid=${loggedIn}` })).json()).toMatchObject({ value: { user: { name: 'Owner' } } });
    expect(harness.backend.sessions.get(madeUp)).toBeNull();
  });

  it('a login moves the session to a fresh key; the pre-login key stays logged out', async () => {
    const before = cookieOf(await api('auth.status', '{}'))!;
    expect(before).not.toBeNull();
    const ownerId = (harness.backend.db.prepare("SELECT id FROM users WHERE name = 'Owner'").get() as { id: string }).id;

    const wrong = await api('auth.login', JSON.stringify({ userId: ownerId, pin: '999999' }), { Cookie: `rl_sid=${before}` });
    expect(wrong.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(cookieOf(wrong)).toBeNull();

    const login = await api('auth.login', JSON.stringify({ userId: ownerId, pin: '123456' }), { Cookie: `rl_sid=${before}` });
    expect(login.json()).toMatchObject({ ok: true });
    const after = cookieOf(login);
    expect(after).not.toBeNull();
    expect(after).not.toBe(before);
    expect((await api('auth.status', '{}', { Cookie: `rl_sid=${before}` })).json()).toMatchObject({ value: { user: null } });
    expect((await api('auth.status', '{}', { Cookie: `rl_sid=${after}` })).json()).toMatchObject({ value: { user: { name: 'Owner' } } });

    // Logging in again from a logged-in key also moves it, and logs the old key out.
    const again = await api('auth.login', JSON.stringify({ userId: ownerId, pin: '123456' }), { Cookie: `rl_sid=${after}` });
    const third = cookieOf(again)!;
    expect(third).not.toBe(after);
    expect((await api('auth.status', '{}', { Cookie: `rl_sid=${after}` })).json()).toMatchObject({ value: { user: null } });
    expect((await api('auth.status', '{}', { Cookie: `rl_sid=${third}` })).json()).toMatchObject({ value: { user: { name: 'Owner' } } });
  });
});

describe('a body over the 16 MB limit', () => {
  const seventeenMb = 17 * 1024 * 1024;
  const expectTyped413 = (answer: Answer) => {
    expect(answer.status).toBe(413);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/16 MB/) as unknown } });
    expect(answer.headers.connection).toBe('close');
    expectSecurityHeaders(answer.headers);
  };

  const megabytes = (n: number) => Array.from({ length: n }, () => Buffer.alloc(1024 * 1024, 0x20));
  // A browser-like client: a kept-alive connection, the body streamed as the socket takes it.
  const agent = new Agent({ keepAlive: true });
  afterAll(() => agent.destroy());

  // Closing the connection while the client still sends resets it, and the client loses the answer: that
  // happened in about half of the tries, so each case is sent a few times.
  const rawRequest = (framing: string) =>
    `POST /api/auth.status HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${transport.token}\r\nContent-Type: application/json\r\n${framing}\r\n\r\n`;
  const expectRaw413 = (response: string) => {
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    const at = response.indexOf('\r\n\r\n');
    const head = response.slice(0, at);
    let body = response.slice(at + 4);
    if (/\r\nTransfer-Encoding: chunked/i.test(head)) body = body.replace(/(^|\r\n)[0-9a-f]+\r\n/gi, '');
    expect(JSON.parse(body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(head).toMatch(/\r\nConnection: close\r\n/i);
    expectSecurityHeaders(rawHeaders(response));
  };

  it('with Content-Length: the client gets the typed 413 and a clean close, not a reset', async () => {
    // A client that writes the whole body before it reads: it was reset every time.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expectRaw413(await sendRaw(transport.port, rawRequest(`Content-Length: ${seventeenMb}`), Buffer.alloc(seventeenMb, 0x20)));
    }
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const answer = await send(transport.port, {
        path: '/api/auth.status',
        headers: { ...auth(), 'Content-Length': String(seventeenMb) },
        chunks: megabytes(17),
        agent,
      });
      expectTyped413(answer);
    }
  }, 60_000);

  it('chunked, growing past the limit: the typed 413 too', async () => {
    const mb = Buffer.alloc(1024 * 1024, 0x20);
    const chunked = Array.from({ length: 17 }, () => [`${mb.length.toString(16)}\r\n`, mb, '\r\n']).flat();
    expectRaw413(await sendRaw(transport.port, rawRequest('Transfer-Encoding: chunked'), ...chunked, '0\r\n\r\n'));
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const answer = await send(transport.port, {
        path: '/api/auth.status',
        headers: { ...auth(), 'Transfer-Encoding': 'chunked' },
        chunks: megabytes(17),
        agent,
      });
      expectTyped413(answer);
    }
    // The server goes on answering.
    expect((await api('auth.status', '{}')).status).toBe(200);
  }, 60_000);
});
