import { request } from 'node:http';
import type { Result } from '../../shared/contract/errors';

/** One raw HTTP POST to the transport under test, answering its status, its Set-Cookie header and its JSON body. */
export const postJson = (port: number, path: string, headers: Record<string, string>, body: string) =>
  new Promise<{ status: number; setCookie: string; json: Result<unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, agent: false, method: 'POST', path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          setCookie: String(res.headers['set-cookie'] ?? ''),
          json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Result<unknown>,
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
