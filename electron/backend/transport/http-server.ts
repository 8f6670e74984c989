import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorBody, ErrorCode } from '../../../shared/contract/errors';
import type { Backend } from '../app';
import {
  bearerToken,
  contentSecurityPolicy,
  hostAndOriginAreOurs,
  newToken,
  readCookie,
  tokensEqual,
} from './http-security';
import { serveFile } from './static-files';

export interface HttpTransportOptions {
  backend: Backend;
  /** Built renderer (out/renderer); omitted in API-only tests. */
  staticRoot?: string;
  port?: number;
  token?: string;
  maxJsonBytes?: number;
  /** Extra routes a feature owns (e.g. file upload and photo download), tried before the API. */
  routes?: HttpRoute[];
}

export interface HttpRouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  sessionKey: string;
  sendJson: (status: number, body: unknown) => void;
  sendError: (code: ErrorCode, message: string, details?: unknown, status?: number) => void;
}

export interface HttpRoute {
  method: 'GET' | 'POST';
  /** Matched against the path; the route checks its own authorization beyond the token and host checks. */
  path: RegExp;
  /** Bearer token required (API-style) or only the session cookie (for <img src>). */
  auth: 'token' | 'cookie';
  handle: (ctx: HttpRouteContext) => void | Promise<void>;
}

export interface HttpTransport {
  url: string;
  port: number;
  token: string;
  server: Server;
  close: () => Promise<void>;
}

const sessionCookie = 'rl_sid';

const statusByCode: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

class BodyTooLarge extends Error {}

const readBody = (req: IncomingMessage, limit: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

/**
 * The browser transport: the same backend as Electron, over HTTP on 127.0.0.1 only, guarded by a random
 * per-launch token (Authorization: Bearer) and Host/Origin checks. The logged-in user hangs on an HttpOnly
 * cookie the page can neither read nor forge.
 */
export const startHttpTransport = async (options: HttpTransportOptions): Promise<HttpTransport> => {
  const token = options.token ?? newToken();
  const maxJson = options.maxJsonBytes ?? 16 * 1024 * 1024;
  const { backend } = options;
  let port = 0;

  const securityHeaders = {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const sendJson = (status: number, body: unknown) => {
      if (res.headersSent) return;
      const text = JSON.stringify(body);
      res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(text);
    };
    const sendError = (code: ErrorCode, message: string, details?: unknown, status = statusByCode[code]) =>
      sendJson(status, { ok: false, error: { code, message, details } satisfies ApiErrorBody });

    if (!hostAndOriginAreOurs(req, port)) {
      sendError('FORBIDDEN', 'This server only answers pages it served itself (Host or Origin not allowed).');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);

    let sessionKey = readCookie(req, sessionCookie);
    if (!sessionKey || !/^[A-Za-z0-9_-]{32,64}$/.test(sessionKey)) {
      sessionKey = randomBytes(32).toString('base64url');
      res.setHeader('Set-Cookie', `${sessionCookie}=${sessionKey}; HttpOnly; SameSite=Strict; Path=/`);
    }
    const tokenOk = () => {
      const given = bearerToken(req);
      return given !== null && tokensEqual(given, token);
    };
    const routeCtx: HttpRouteContext = { req, res, url, sessionKey, sendJson, sendError };

    for (const route of options.routes ?? []) {
      if (route.method !== req.method || !route.path.test(url.pathname)) continue;
      if (route.auth === 'token' && !tokenOk()) {
        sendError('UNAUTHENTICATED', 'Missing or wrong API token.');
        return;
      }
      await route.handle(routeCtx);
      return;
    }

    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      if (!tokenOk()) {
        sendError('UNAUTHENTICATED', 'Missing or wrong API token.');
        return;
      }
      if (url.pathname === '/api' && req.method === 'GET') {
        sendJson(200, { ok: true, value: backend.describe() });
        return;
      }
      if (req.method !== 'POST') {
        sendError('VALIDATION', 'Use POST /api/<method> with a JSON body.', undefined, 405);
        return;
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      let body: Buffer;
      try {
        body = await readBody(req, maxJson);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          sendError('VALIDATION', `Request body is larger than ${Math.round(maxJson / 1024 / 1024)} MB.`, undefined, 413);
          res.on('finish', () => req.destroy());
          return;
        }
        throw error;
      }
      let input: unknown = {};
      if (body.length > 0) {
        try {
          input = JSON.parse(body.toString('utf8'));
        } catch {
          sendError('VALIDATION', 'The request body is not valid JSON.');
          return;
        }
      }
      const result = await backend.dispatch(method, input, sessionKey);
      sendJson(result.ok ? 200 : statusByCode[result.error.code], result);
      return;
    }

    if (req.method !== 'GET' || !options.staticRoot) {
      sendError('NOT_FOUND', 'No such page.');
      return;
    }
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    if (serveFile(options.staticRoot, path, res, securityHeaders)) return;
    // Client-side routes fall back to the app shell.
    if (!path.includes('.') && serveFile(options.staticRoot, '/index.html', res, securityHeaders)) return;
    sendError('NOT_FOUND', 'No such page.');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      backend.env.logger.error('http transport error', { error: error instanceof Error ? error.stack : String(error) });
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'Internal error' } }));
      }
    });
  });
  server.headersTimeout = 30_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
