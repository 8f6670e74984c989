import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/contract';
import { startHttpTransport, type HttpTransport } from '../../electron/backend/transport/http-server';
import { makeTempDir, startTestBackend, type TestBackend } from '../support/backend';

/** Raw HTTP so the test controls every header (fetch would not let it forge Host). */
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: () => { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

const send = (
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, agent: false, method: options.method ?? 'POST', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) as ReturnType<Answer['json']> });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });

let harness: TestBackend;
let transport: HttpTransport;
let host: string;
const auth = () => ({ Authorization: `Bearer ${transport.token}`, Host: host, 'Content-Type': 'application/json' });
const api = (method: string, body: string, headers: Record<string, string> = auth()) =>
  send(transport.port, { path: `/api/${method}`, headers, body });

beforeAll(async () => {
  harness = startTestBackend();
  transport = await startHttpTransport({ backend: harness.backend, maxJsonBytes: 64 * 1024 });
  host = `127.0.0.1:${transport.port}`;
});
afterAll(async () => {
  await transport.close();
  harness.close();
});

describe('HTTP transport: who may talk to it', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token', () => {
    const address = transport.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    expect(transport.url).toBe(`http://127.0.0.1:${transport.port}/?token=${transport.token}`);
    expect(transport.token.length).toBeGreaterThanOrEqual(24);
  });

  it('answers 401 without a token and with a wrong one', async () => {
    const none = await api('auth.status', '{}', { Host: host });
    expect(none.status).toBe(401);
    expect(none.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const wrong = await api('auth.status', '{}', { Host: host, Authorization: `Bearer ${transport.token}x` });
    expect(wrong.status).toBe(401);
    const basic = await api('auth.status', '{}', { Host: host, Authorization: `Basic ${transport.token}` });
    expect(basic.status).toBe(401);
  });

  it('answers 403 to a foreign Host (DNS rebinding) or a foreign Origin, even with the right token', async () => {
    for (const headers of [
      { ...auth(), Host: `evil.example:${transport.port}` },
      { ...auth(), Host: '127.0.0.1:1' },
      { ...auth(), Origin: 'https://evil.example' },
      { ...auth(), Origin: `http://127.0.0.1:${transport.port + 1}` },
      { ...auth(), Origin: 'null' },
    ]) {
      const answer = await api('auth.status', '{}', headers);
      expect(answer.status).toBe(403);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect((await api('auth.status', '{}', { ...auth(), Origin: `http://127.0.0.1:${transport.port}` })).status).toBe(200);
  });
});

describe('HTTP transport: bad requests are typed errors', () => {
  it('answers 413 to an oversized body', async () => {
    const answer = await api('auth.status', JSON.stringify({ pad: 'x'.repeat(70 * 1024) }));
    expect(answer.status).toBe(413);
    expect(answer.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers 400 VALIDATION to malformed JSON', async () => {
    for (const body of ['{"locale":', 'not json', '\u0000']) {
      const answer = await api('auth.status', body);
      expect(answer.status).toBe(400);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
  });

  it('answers 404 NOT_FOUND to an unknown method', async () => {
    for (const method of ['nope.nothing', '__proto__', 'constructor']) {
      const answer = await api(method, '{}');
      expect(answer.status).toBe(404);
      expect(answer.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('answers 400 to input that fails the schema and 401 to a member method without a session, whatever its input', async () => {
    expect((await api('auth.login', '{"userId":42}')).status).toBe(400);
    expect((await api('users.list', '{}')).json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    // Who may call comes before what the input must be: a logged-out caller learns nothing about a member method.
    const malformed = await api('auth.setLocale', '{"locale":"fr"}');
    expect(malformed.status).toBe(401);
    expect(malformed.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('lists every method with its JSON Schemas on GET /api', async () => {
    const answer = await send(transport.port, { method: 'GET', path: '/api', headers: auth() });
    expect(answer.status).toBe(200);
    const listed = answer.json().value as { name: string; input: { type?: string }; output: object; roles: unknown }[];
    expect(listed.map((m) => m.name).sort()).toEqual([...methodNames].sort());
    for (const method of listed) {
      expect(method.input).toHaveProperty('$schema');
      expect(method.output).toHaveProperty('$schema');
      expect(method.roles).toBeDefined();
    }
    expect((await send(transport.port, { method: 'GET', path: '/api', headers: { Host: host } })).status).toBe(401);
  });
});

describe('HTTP transport: the session cookie', () => {
  it('is HttpOnly and SameSite=Strict; the logged-in user follows it and a forged cookie gets no session', async () => {
    const first = await api('auth.status', '{}');
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = /rl_sid=[^;]+/.exec(setCookie)![0];

    const created = await api('auth.setupOwner', JSON.stringify({ name: '店主', pin: '123456', locale: 'zh-CN' }), {
      ...auth(),
      Cookie: cookie,
    });
    expect(created.json()).toMatchObject({ ok: true });
    // The login moves to a fresh cookie (http-hardening.test.ts); the one from before stays logged out.
    const loggedIn = /rl_sid=[^;]+/.exec(String(created.headers['set-cookie']))![0];
    expect(loggedIn).not.toBe(cookie);
    expect((await api('auth.status', '{}', { ...auth(), Cookie: loggedIn })).json()).toMatchObject({
      value: { user: { name: '店主', role: 'owner' } },
    });
    expect((await api('auth.status', '{}', { ...auth(), Cookie: cookie })).json()).toMatchObject({ value: { user: null } });

    const forged = `rl_sid=${'A'.repeat(43)}`;
    expect((await api('auth.status', '{}', { ...auth(), Cookie: forged })).json()).toMatchObject({ value: { user: null } });
    expect((await api('users.list', '{}', { ...auth(), Cookie: forged })).json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    const malformed = await api('auth.status', '{}', { ...auth(), Cookie: 'rl_sid=../../x' });
    expect(malformed.json()).toMatchObject({ value: { user: null } });
    expect(String(malformed.headers['set-cookie'])).toMatch(/rl_sid=/);
  });
});

describe('serve command: signals close the database cleanly', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s exits 0 with the WAL checkpointed and the database intact', async (signal) => {
    const dataDir = makeTempDir();
    const staticRoot = join(dataDir, 'static');
    mkdirSync(staticRoot);
    writeFileSync(join(staticRoot, 'index.html'), '<!doctype html>');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/backend/cli/serve.cli.ts', '--data-dir', join(dataDir, 'data'), '--static-root', staticRoot, '--quiet'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const firstLine = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', () => reject(new Error('serve exited before printing its URL')));
    });
    const url = new URL(firstLine);
    expect(url.hostname).toBe('127.0.0.1');
    const token = url.searchParams.get('token')!;
    const headers = { Authorization: `Bearer ${token}`, Host: url.host, 'Content-Type': 'application/json' };
    const created = await send(Number(url.port), {
      path: '/api/auth.setupOwner',
      headers,
      body: JSON.stringify({ name: 'Owner', pin: '123456', locale: 'en-US' }),
    });
    expect(created.status).toBe(200);

    child.kill(signal);
    expect(await exited).toBe(0);
    const db = join(dataDir, 'data', 'returnlens.sqlite');
    const wal = `${db}-wal`;
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    expect(execFileSync('sqlite3', [db, 'PRAGMA integrity_check; SELECT name FROM users;'], { encoding: 'utf8' }).trim()).toBe('ok\nOwner');
  });
});
