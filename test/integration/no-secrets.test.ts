import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { inspect } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, databaseFile, type Backend } from '../../electron/backend/app';
import { fileLogger } from '../../electron/backend/core/file-logger';
import type { Logger } from '../../electron/backend/core/logger';
import type { BackupScheduler } from '../../electron/backend/features/backups/backup-service';
import { featureHttpRoutes } from '../../electron/backend/transport/feature-routes';
import { startHttpTransport, type HttpTransport } from '../../electron/backend/transport/http-server';
import { makeTempDir } from '../support/backend';
import { samplesDir } from './import-helpers';

/**
 * No secret reaches the logs or the data folder. The real backend and HTTP transport (with the upload route, as
 * `npm run serve` runs them) log through a logger that keeps every line; the test sets up an owner, logs in with
 * right and wrong PINs, creates users, changes and resets PINs, sends malformed, unauthenticated and forbidden
 * calls carrying PINs, makes the backend fail unexpectedly while PINs are in flight (a database trigger, a broken
 * PIN hash, a backups folder that cannot be made, a request cut off mid-body), imports a file and runs manual and
 * automatic backups. Then neither any PIN, nor the API token, nor any session cookie value may appear in a log
 * line (as JSON or as inspected objects), in anything written to stdout/stderr, or in the bytes of any file under
 * the data dir (database, WAL, uploads, backups, manifests), as ASCII or UTF-16, nor in a file name.
 *
 * PINs are distinctive digit strings that the imported sample does not contain; a PIN counts as found only when
 * no digit touches it (a 6-digit PIN could sit inside a long order number or timestamp by chance). Should a PIN's
 * bytes turn up inside a SQLite file between binary bytes, the hit is looked up in every text column: only a text
 * value holding the PIN is a leak, a chance match inside binary page data is not. A PIN amid printable text in a
 * SQLite file is a leak wherever it sits (a deleted row's leftovers, an old WAL frame).
 */

const pins = {
  owner: '739184',
  ownerWrong: '581736',
  ownerWrongLong: '9051738264',
  inspector: '864297013',
  inspectorNew: '205938471',
  service: '4719305862',
  serviceReset: '382051947266',
  broken: '650193847',
  /** Sent only in calls that are refused (schema, session, role): never hashed, never stored. */
  tooLong: '7391846205173',
  withLetters: '73918x46',
  forbidden: '615042938',
  anonymous: '927364051',
  triggerFailed: '517392648',
  cutOff: '846207319',
} as const;

interface Answer {
  status: number;
  setCookies: string[];
  json: { ok: boolean; value?: unknown; error?: { code: string; message: string; details?: unknown } };
}

let dataDir: string;
let backend: Backend;
let http: HttpTransport;
const logLines: string[] = [];
const written: string[] = [];
const cookies = new Set<string>();
const pendingAutomaticBackups: (() => void)[] = [];
const restoreWrites: (() => void)[] = [];

/** Every line as the serve command writes it (JSON), plus the data as electron-log would print it (inspected). */
const capturingLogger = (): Logger => {
  const keep = (level: string) => (message: string, data?: unknown) => {
    logLines.push(JSON.stringify({ level, message, data }));
    logLines.push(`${level} ${message} ${inspect(data, { depth: 20, showHidden: true, breakLength: Infinity })}`);
  };
  return { info: keep('info'), warn: keep('warn'), error: keep('error') };
};

/** Anything written to stdout/stderr while the backend runs (a stray console call, the import's read worker). */
const captureStdio = () => {
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    };
    restoreWrites.push(() => void (stream.write = original));
  }
};

const send = (path: string, body: string | Buffer, cookie?: string, contentType = 'application/json'): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const headers: Record<string, string> = {
      Host: `127.0.0.1:${http.port}`,
      Authorization: `Bearer ${http.token}`,
      'Content-Type': contentType,
    };
    if (cookie) headers.Cookie = cookie;
    const req = request({ host: '127.0.0.1', port: http.port, method: 'POST', path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const setCookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
        for (const line of setCookies) cookies.add(/^rl_sid=([^;]*)/.exec(line)?.[1] ?? '');
        resolve({ status: res.statusCode ?? 0, setCookies, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['json'] });
      });
    });
    req.on('error', reject);
    req.end(body);
  });

/** A browser-like client: keeps the session cookie the server sets. */
const client = () => {
  let cookie: string | undefined;
  const call = async (method: string, input: unknown): Promise<Answer> => {
    const answer = await send(`/api/${method}`, JSON.stringify(input), cookie);
    const fresh = answer.setCookies.map((line) => /^rl_sid=[^;]*/.exec(line)?.[0]).find(Boolean);
    if (fresh) cookie = fresh;
    return answer;
  };
  const ok = async <T>(method: string, input: unknown): Promise<T> => {
    const answer = await call(method, input);
    if (!answer.json.ok) throw new Error(`${method} failed: ${JSON.stringify(answer.json.error)}`);
    return answer.json.value as T;
  };
  const refused = async (method: string, input: unknown, code: string) => {
    const answer = await call(method, input);
    expect(answer.json, method).toMatchObject({ ok: false, error: { code } });
  };
  return { call, ok, refused, cookie: () => cookie };
};

/** A request whose body stops half-way: the transport's own error path (it logs the path). */
const cutOffRequest = (path: string, partialBody: string, cookie: string | undefined) =>
  new Promise<void>((resolve) => {
    const socket = connect(http.port, '127.0.0.1', () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${http.port}\r\nAuthorization: Bearer ${http.token}\r\nContent-Type: application/json\r\n` +
          `${cookie ? `Cookie: ${cookie}\r\n` : ''}Content-Length: ${partialBody.length + 500}\r\n\r\n${partialBody}`,
      );
      setTimeout(() => socket.destroy(), 100);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
  });

const waitFor = async (condition: () => boolean, ms = 5_000) => {
  const until = Date.now() + ms;
  while (!condition() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
  return condition();
};

/** Runs a statement on the store through a second connection (WAL lets it write beside the backend). */
const onStore = (sql: string, ...params: unknown[]) => {
  const db = new BetterSqlite3(databaseFile(dataDir));
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
};

const allFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const isDigitByte = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/** Offsets where `secret` occurs in `bytes` as ASCII/UTF-8 or UTF-16 (LE, BE); for digit strings, only where no digit touches it. */
const occurrences = (bytes: Buffer, secret: string, digits: boolean): { encoding: string; at: number }[] => {
  const found: { encoding: string; at: number }[] = [];
  const encodings: [string, Buffer, number][] = [
    ['ascii', Buffer.from(secret, 'utf8'), 1],
    ['utf16le', Buffer.from(secret, 'utf16le'), 2],
    ['utf16be', Buffer.from(secret, 'utf16le').swap16(), 2],
  ];
  for (const [encoding, needle, width] of encodings) {
    for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
      if (digits) {
        const before = encoding === 'utf16be' ? bytes[at - 1] : bytes[at - width];
        const after = encoding === 'utf16be' ? bytes[at + needle.length + 1] : bytes[at + needle.length];
        const zeroBefore = width === 1 || (encoding === 'utf16le' ? bytes[at - 1] === 0 : bytes[at - 2] === 0);
        const zeroAfter = width === 1 || (encoding === 'utf16le' ? bytes[at + needle.length + 1] === 0 : bytes[at + needle.length] === 0);
        if ((isDigitByte(before) && zeroBefore) || (isDigitByte(after) && zeroAfter)) continue;
      }
      found.push({ encoding, at });
    }
  }
  return found;
};

const isPrintableRun = (bytes: Buffer, from: number, length: number) =>
  from >= 0 && from + length <= bytes.length && [...bytes.subarray(from, from + length)].every((b) => b >= 0x20 && b <= 0x7e);

const pinInText = (text: string, pin: string) => new RegExp(`(?<![0-9])${pin}(?![0-9])`).test(text);

/** Every text value of every table of a SQLite file (opened from a private copy, with its WAL if any). */
const textValues = (file: string): { where: string; text: string }[] => {
  const scratch = mkdtempSync(join(tmpdir(), 'returnlens-no-secrets-'));
  try {
    copyFileSync(file, join(scratch, 'copy.sqlite'));
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, join(scratch, 'copy.sqlite-wal'));
    const db = new BetterSqlite3(join(scratch, 'copy.sqlite'));
    try {
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
      return tables.flatMap((table) => {
        const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
        return columns.flatMap((column) =>
          (db.prepare(`SELECT CAST("${column}" AS TEXT) FROM "${table}" WHERE "${column}" IS NOT NULL`).pluck().all() as string[]).map(
            (text) => ({ where: `${table}.${column}`, text }),
          ),
        );
      });
    } finally {
      db.close();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};

const isSqliteFile = (file: string) => readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\0';

interface Secret {
  name: string;
  value: string;
  digits: boolean;
}
const secrets = (): Secret[] => [
  ...Object.entries(pins).map(([name, value]) => ({ name: `PIN ${name}`, value, digits: true })),
  { name: 'API token', value: http.token, digits: false },
  // A session key is `<43 random chars>.<43 HMAC chars>`: either half found is the key found.
  ...[...cookies]
    .filter(Boolean)
    .flatMap((value, i) => value.split('.').map((part, j) => ({ name: `session cookie ${i} part ${j}`, value: part, digits: false }))),
];

/** What of each secret is in the data dir: files' bytes (a SQLite hit must be a text value to count) and names. */
const leaksInDataDir = (): string[] => {
  const leaks: string[] = [];
  const files = allFiles(dataDir);
  for (const file of files) {
    const bytes = readFileSync(file);
    const name = relative(dataDir, file);
    for (const secret of secrets()) {
      if (name.includes(secret.value)) leaks.push(`${secret.name} in the file name ${name}`);
      const hits = occurrences(bytes, secret.value, secret.digits);
      if (hits.length === 0) continue;
      const describe = (h: { encoding: string; at: number }) =>
        `${secret.name} in ${name} (${h.encoding}, byte ${h.at}): ${bytes.subarray(Math.max(0, h.at - 40), h.at + 60).toString('latin1')}`;
      const sqliteFile = name.endsWith('-wal') ? file.slice(0, -'-wal'.length) : file;
      if (secret.digits && existsSync(sqliteFile) && isSqliteFile(sqliteFile)) {
        // Inside printable text (`"pin":"739184"`) it is a leak even in a page no table reaches any more (a
        // deleted row, an old WAL frame); between binary bytes it may be chance, and counts if a text value holds it.
        const amidText = hits.filter(
          (h) => h.encoding === 'ascii' && isPrintableRun(bytes, h.at - 4, 4) && isPrintableRun(bytes, h.at + secret.value.length, 4),
        );
        leaks.push(...amidText.map(describe));
        if (amidText.length < hits.length) {
          const inText = textValues(sqliteFile).filter((v) => pinInText(v.text, secret.value));
          leaks.push(
            ...inText.map((v) => `${secret.name} in ${relative(dataDir, sqliteFile)}, column ${v.where}: ${v.text.slice(0, 200)}`),
          );
        }
        continue;
      }
      leaks.push(...hits.map(describe));
    }
  }
  return leaks;
};

const leaksInLines = (where: string, lines: readonly string[]): string[] =>
  lines.flatMap((line) =>
    secrets()
      .filter((s) => (s.digits ? pinInText(line, s.value) : line.includes(s.value)))
      .map((s) => `${s.name} in ${where}: ${line.slice(0, 300)}`),
  );

beforeAll(async () => {
  dataDir = makeTempDir('returnlens-no-secrets-');
  const scheduler: BackupScheduler = {
    setTimeout: (run) => {
      pendingAutomaticBackups.push(run);
      return pendingAutomaticBackups.length;
    },
    clearTimeout: () => undefined,
  };
  captureStdio();
  // The log file as the desktop app writes it (under the data dir, so the file scan covers it), every call logged as slow.
  backend = createBackend({ dataDir, logger: fileLogger({ dataDir, also: capturingLogger() }), slowCallMs: 0, backupScheduler: scheduler });
  http = await startHttpTransport({ backend, routes: featureHttpRoutes(backend) });
});

afterAll(async () => {
  await http?.close();
  try {
    backend?.close();
  } catch {
    // closed by the test already
  }
  for (const restore of restoreWrites) restore();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('no secret reaches the logs or the data folder', () => {
  it('PINs, the API token and session cookies appear in no log line and no file of the data dir', async () => {
    // The imported sample must not hold a PIN by chance, or a hit in uploads/ would be ours.
    const sample = readFileSync(join(samplesDir, 'pdd-orders.csv'));
    for (const pin of Object.values(pins)) expect(occurrences(sample, pin, true), pin).toEqual([]);

    const owner = client();
    await owner.ok('auth.setupOwner', { name: 'Owner', pin: pins.owner, locale: 'zh-CN' });
    const ownerId = (await owner.ok<{ user: { id: string } }>('auth.status', {})).user.id;
    await owner.ok('auth.logout', {});

    // Right and wrong PINs, and PINs the schema refuses before anything is hashed.
    const visitor = client();
    await visitor.refused('auth.login', { userId: ownerId, pin: pins.ownerWrong }, 'UNAUTHENTICATED');
    await visitor.refused('auth.login', { userId: ownerId, pin: pins.ownerWrongLong }, 'UNAUTHENTICATED');
    await visitor.refused('auth.login', { userId: ownerId, pin: pins.tooLong }, 'VALIDATION');
    await visitor.refused('auth.login', { userId: 'no-such-user', pin: pins.ownerWrong }, 'UNAUTHENTICATED');
    await visitor.refused('users.create', { name: 'Nobody', role: 'owner', pin: pins.anonymous }, 'UNAUTHENTICATED');
    await owner.ok('auth.login', { userId: ownerId, pin: pins.owner });

    // Users with PINs; a PIN change and a reset; a PIN the schema refuses.
    const inspector = await owner.ok<{ id: string }>('users.create', { name: 'Inspector', role: 'inspector', pin: pins.inspector });
    const service = await owner.ok<{ id: string }>('users.create', { name: 'Service', role: 'service', pin: pins.service });
    const broken = await owner.ok<{ id: string }>('users.create', { name: 'Broken', role: 'service', pin: pins.broken });
    await owner.refused('users.create', { name: 'Bad PIN', role: 'service', pin: pins.withLetters }, 'VALIDATION');
    await owner.refused('users.update', { id: service.id, pin: pins.tooLong }, 'VALIDATION');
    await owner.ok('users.update', { id: inspector.id, pin: pins.inspectorNew });
    await owner.ok('users.update', { id: service.id, name: 'Service (reset)', pin: pins.serviceReset });

    // The inspector: the old PIN is wrong now, the new one works; calls beyond the role carry a PIN.
    const warehouse = client();
    await warehouse.refused('auth.login', { userId: inspector.id, pin: pins.inspector }, 'UNAUTHENTICATED');
    await warehouse.ok('auth.login', { userId: inspector.id, pin: pins.inspectorNew });
    await warehouse.refused('users.update', { id: ownerId, pin: pins.forbidden }, 'FORBIDDEN');
    await warehouse.refused('users.create', { name: 'Sneaky', role: 'owner', pin: pins.forbidden }, 'FORBIDDEN');
    await warehouse.refused('cases.get', { id: 'no-such-case' }, 'NOT_FOUND');
    const desk = client();
    await desk.ok('auth.login', { userId: service.id, pin: pins.serviceReset });

    // Unexpected failures with a PIN in flight. A trigger makes the PIN change fail inside SQLite…
    onStore(
      `CREATE TRIGGER no_secrets_boom BEFORE UPDATE ON users WHEN NEW.name = 'boom' BEGIN SELECT RAISE(ABORT, 'no_secrets_boom'); END`,
    );
    await owner.refused('users.update', { id: broken.id, name: 'boom', pin: pins.triggerFailed }, 'INTERNAL');
    onStore('DROP TRIGGER no_secrets_boom');
    // …a damaged PIN hash makes the login's scrypt throw…
    onStore(`UPDATE users SET pin_hash = 'scrypt$x$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo' WHERE id = ?`, broken.id);
    await client().refused('auth.login', { userId: broken.id, pin: pins.broken }, 'INTERNAL');
    // …and a request cut off in the middle of its body (PIN and token in the query string too) fails in the transport.
    await cutOffRequest(
      `/api/auth.login?pin=${pins.cutOff}&token=${http.token}`,
      `{"userId":"${ownerId}","pin":"${pins.cutOff}"`,
      owner.cookie(),
    );
    expect(await waitFor(() => logLines.some((line) => line.includes('http transport error')))).toBe(true);

    // An import through the upload route, preview and commit.
    const uploaded = await send(`/upload?name=${encodeURIComponent('订单.csv')}`, sample, owner.cookie(), 'application/octet-stream');
    expect(uploaded.json.ok).toBe(true);
    const { uploadId } = uploaded.json.value as { uploadId: string };
    const preview = await owner.ok<{ importId: string }>('imports.preview', { uploadId });
    await owner.ok('imports.commit', { importId: preview.importId });

    // Backups: one that fails (its folder's name is taken by a file), then a manual and an automatic one.
    writeFileSync(join(dataDir, 'backups'), 'not a folder');
    await owner.refused('backups.create', {}, 'INTERNAL');
    rmSync(join(dataDir, 'backups'));
    await owner.ok('backups.create', {});
    expect(pendingAutomaticBackups.length).toBeGreaterThan(0);
    pendingAutomaticBackups.at(-1)?.();
    expect(await waitFor(() => logLines.some((line) => line.includes('"reason":"auto"')))).toBe(true);
    await owner.ok('auth.setLocale', { locale: 'en-US' });
    await warehouse.ok('auth.logout', {});

    // The failures were logged (so their lines were checked), and so were the backups.
    const logged = logLines.join('\n');
    expect(logged).toContain('unexpected SQLite error');
    expect(logged).toMatch(/unexpected error.*auth\.login/);
    expect(logged).toMatch(/unexpected error.*backups\.create/);
    expect(logged).toContain('http transport error');
    expect(logged).toContain('backup written');
    expect(cookies.size).toBeGreaterThan(5);
    expect(allFiles(join(dataDir, 'backups')).some((f) => f.endsWith('returnlens.sqlite'))).toBe(true);
    expect(allFiles(join(dataDir, 'uploads')).length).toBeGreaterThan(0);
    // The log file got the same lines (failed and slow calls included), so the data-dir scan below covers it.
    const logFile = readFileSync(join(dataDir, 'logs', 'backend.log'), 'utf8');
    expect(logFile).toContain('"message":"call failed"');
    expect(logFile).toContain('"message":"slow call"');

    // While the backend runs (the WAL holds the latest pages)…
    expect(existsSync(`${databaseFile(dataDir)}-wal`)).toBe(true);
    expect.soft(leaksInLines('a log line', logLines)).toEqual([]);
    expect.soft(leaksInLines('stdout/stderr', written)).toEqual([]);
    expect.soft(leaksInDataDir()).toEqual([]);
    // …and once it has closed and checkpointed everything into the database file.
    await http.close();
    backend.close();
    expect.soft(leaksInLines('a log line', logLines)).toEqual([]);
    expect.soft(leaksInDataDir()).toEqual([]);
    // The stored PIN hashes are there (what a PIN check needs), the PINs are not.
    const hashes = textValues(databaseFile(dataDir)).filter((v) => v.where === 'users.pin_hash');
    expect(hashes.length).toBe(4);
    expect(hashes.every((v) => v.text.startsWith('scrypt$'))).toBe(true);
    expect(statSync(databaseFile(dataDir)).size).toBeGreaterThan(0);
  });
});
