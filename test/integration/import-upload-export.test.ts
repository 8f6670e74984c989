import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { featureHttpRoutes } from '../../electron/backend/transport/feature-routes';
import { startHttpTransport, type HttpTransport } from '../../electron/backend/transport/http-server';
import { uploadRoute } from '../../electron/backend/features/uploads/upload-route';
import { startTestBackend, type TestBackend } from '../support/backend';
import { samplesDir, upload } from './import-helpers';

interface Answer {
  status: number;
  json: { ok: boolean; value?: { uploadId: string; name: string; size: number }; error?: { code: string; message: string } };
  cookie?: string;
}
const post = (port: number, path: string, headers: Record<string, string>, body: Buffer): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Answer['json'],
          cookie: res.headers['set-cookie']?.[0]?.split(';')[0],
        }),
      );
    });
    req.on('error', (e) => (String(e).includes('EPIPE') || String(e).includes('ECONNRESET') ? undefined : reject(e)));
    req.end(body);
  });

let t: TestBackend;
let http: HttpTransport;
let small: HttpTransport;
beforeAll(async () => {
  t = startTestBackend();
  http = await startHttpTransport({ backend: t.backend, routes: featureHttpRoutes(t.backend) });
  small = await startHttpTransport({ backend: t.backend, routes: [uploadRoute(t.backend, 1024)] });
});
afterAll(async () => {
  await http.close();
  await small.close();
  t.close();
});

describe('POST /upload (browser transport)', () => {
  it('needs the token and a logged-in owner or service user; stores the file under uploads/<ULID> with its .json', async () => {
    const headers = (tr: HttpTransport, cookie?: string): Record<string, string> => ({
      Host: `127.0.0.1:${tr.port}`,
      Authorization: `Bearer ${tr.token}`,
      'Content-Type': 'application/octet-stream',
      ...(cookie ? { Cookie: cookie } : {}),
    });
    const body = readFileSync(join(samplesDir, 'pdd-orders-gbk.csv'));
    const noToken = await post(http.port, '/upload?name=a.csv', { Host: `127.0.0.1:${http.port}` }, body);
    expect(noToken.status).toBe(401);
    const anonymous = await post(http.port, '/upload?name=a.csv', headers(http), body);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error?.message).toBe('Please log in first.');

    // Log in over HTTP: the session lives on the HttpOnly cookie.
    const setup = await new Promise<Answer>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: http.port,
          method: 'POST',
          path: '/api/auth.setupOwner',
          headers: { ...headers(http), 'Content-Type': 'application/json' },
          agent: false,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              json: JSON.parse(Buffer.concat(chunks).toString()) as Answer['json'],
              cookie: res.headers['set-cookie']?.[0]?.split(';')[0],
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify({ name: 'Owner', pin: '123456', locale: 'zh-CN' }));
    });
    expect(setup.status).toBe(200);
    const cookie = setup.cookie ?? '';

    const ok = await post(http.port, `/upload?name=${encodeURIComponent('../../订单 GBK.csv')}`, headers(http, cookie), body);
    expect(ok.status).toBe(200);
    expect(ok.json.value).toMatchObject({ name: '订单 GBK.csv', size: body.length });
    const id = ok.json.value?.uploadId ?? '';
    expect(id).toMatch(/^[0-9A-Z]{26}$/);
    expect(readFileSync(join(t.dataDir, 'uploads', id)).equals(body)).toBe(true);
    expect(JSON.parse(readFileSync(join(t.dataDir, 'uploads', `${id}.json`), 'utf8'))).toMatchObject({
      name: '订单 GBK.csv',
      size: body.length,
    });

    // Each server issues its own session keys (a key another server made is replaced): log in on this one too.
    const ownerId = (t.backend.db.prepare("SELECT id FROM users WHERE name = 'Owner'").get() as { id: string }).id;
    const smallLogin = await post(
      small.port,
      '/api/auth.login',
      { ...headers(small), 'Content-Type': 'application/json' },
      Buffer.from(JSON.stringify({ userId: ownerId, pin: '123456' })),
    );
    expect(smallLogin.status).toBe(200);
    const smallCookie = smallLogin.cookie ?? '';
    const tooBig = await post(small.port, '/upload?name=big.csv', headers(small, smallCookie), Buffer.alloc(4096, 65));
    expect(tooBig.status).toBe(413);
    expect(tooBig.json.error?.message).toMatch(/^The file is larger than .* MB; split the export/);

    // The renderer never names a path: an upload id that is not a ULID is refused by the contract.
    const traversal = await t.raw('imports.preview', { uploadId: '../../etc/passwd' });
    expect(traversal.ok).toBe(false);
  });
});

describe('export.list', () => {
  it('CSV has a BOM and escapes formula-like cells; XLSX keeps them as text', async () => {
    // The owner was set up over HTTP above; log it in as the test's 'owner' session and add an inspector.
    await t.call(
      'auth.login',
      { userId: (t.backend.db.prepare(`SELECT id FROM users WHERE role = 'owner'`).get() as { id: string }).id, pin: '123456' },
      'owner',
    );
    const inspector = await t.call('users.create', { name: 'Inspector', role: 'inspector', pin: '234567' });
    await t.call('auth.login', { userId: inspector.id, pin: '234567' }, 'inspector');
    const orders = await upload(t, 'o.csv', join(samplesDir, 'pdd-orders.csv'), true);
    await t.call('imports.commit', { importId: (await t.call('imports.preview', { uploadId: orders.uploadId })).importId });
    const cases = readFileSync(join(samplesDir, 'pdd-aftersales.csv'), 'utf8').replace(
      ',七天无理由退货,517733020',
      ',=HYPERLINK("http://evil.example"),517733020',
    );
    const ref = await upload(t, 'c.csv', cases);
    await t.call('imports.commit', { importId: (await t.call('imports.preview', { uploadId: ref.uploadId })).importId });

    const csv = await t.call('export.list', { list: 'cases', filter: { q: '862240019582' }, format: 'csv', locale: 'zh-CN' });
    const bytes = Buffer.from(csv.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(csv.rowCount).toBe(1);
    expect(text).toContain('售后单号,订单号');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);

    const xlsx = await t.call('export.list', { list: 'cases', filter: { q: '862240019582' }, format: 'xlsx', locale: 'en-US' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('Case number');
    const reasonColumn = (sheet?.getRow(1).values as unknown[]).indexOf('Reason');
    expect(sheet?.getRow(2).getCell(reasonColumn).value).toBe(`'=HYPERLINK("http://evil.example")`);

    const all = await t.call('export.list', { list: 'orders', filter: {}, format: 'csv', locale: 'en-US' });
    expect(all.rowCount).toBe(300);
    expect(Buffer.from(all.base64, 'base64').toString('utf8')).toContain('260730-590830166131860');
  });

  it('import rejects download as CSV with the reason in the reader’s language', async () => {
    const ref = await upload(t, 'bad.csv', readFileSync('test/fixtures/malformed/bad-amounts.csv'));
    const preview = await t.call('imports.preview', { uploadId: ref.uploadId });
    const file = await t.call('imports.rejects', { importId: preview.importId, locale: 'en-US' });
    expect(file.fileName).toBe('bad-rejects.csv');
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text).toContain('Row,Column,Value,Reason');
    expect(text).toContain('2,商品总价(元),39.9O,Not a yuan amount (at most two decimals)');
    expect(text).toContain("4,商品总价(元),'-5.00,");
    const inspectorExport = await t.raw(
      'export.list',
      { list: 'import_rejects', filter: { importId: preview.importId }, format: 'csv' },
      'inspector',
    );
    expect(inspectorExport.ok).toBe(false);
    if (!inspectorExport.ok) expect(inspectorExport.error.code).toBe('FORBIDDEN');
    const inspectorCases = await t.raw('export.list', { list: 'cases', filter: {}, format: 'csv' }, 'inspector');
    expect(inspectorCases.ok).toBe(true);
  });
});
