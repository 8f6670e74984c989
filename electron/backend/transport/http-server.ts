import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { ApiErrorBody, ErrorCode } from '../../../shared/contract/errors';
import type { Backend } from '../app';
import { sessionStartingMethods } from '../core/sessions';
import {
  bearerToken,
  createSessionKeys,
  decodePath,
  hostAndOriginAreOurs,
  newToken,
  readCookie,
  securityHeaders,
  tokensEqual,
} from './http-security';
import { serveFile } from './static-files';

interface HttpTransportOptions {
  backend: Backend;
  /** Built renderer (out/renderer); omitted in API-only tests. */
  staticRoot?: string;
  port?: number;
  token?: string;
  maxJsonBytes?: number;
  /** Extra routes a feature owns (e.g. file upload and photo download), tried before the API. */
  routes?: HttpRoute[];
}

interface HttpRouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  sessionKey: string;
  sendJson: (status: number, body: unknown) => void;
  /** Answers an error as the API does: `{ ok: false, error }`, with the code's HTTP status unless told. */
  sendError: (error: ApiErrorBody, status?: number) => void;
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

/** An oversized body is read and thrown away up to this much (or this long) so the client sees the 413. */
const maxDrainBytes = 64 * 1024 * 1024;
const maxDrainMs = 10_000;

const readBody = (req: IncomingMessage, limit: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });

/**
 * The 413 for a body over the limit, sent so the client actually gets it. Closing a socket while the client is
 * still sending makes the kernel answer with a reset, and the client loses the answer with the connection; so
 * the whole answer is written at once (`Connection: close`), the rest of the body is read and thrown away, and
 * only then is the response ended and the connection closed. A body beyond maxDrainBytes, or one that trickles
 * for more than maxDrainMs, is cut off instead.
 */
const refuseOversizedBody = (req: IncomingMessage, res: ServerResponse, body: string): void => {
  res.writeHead(413, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
    Connection: 'close',
  });
  res.write(body);
  if (req.complete) {
    res.end();
    return;
  }
  let drained = 0;
  const stop = (cutOff: boolean) => {
    clearTimeout(timer);
    req.removeListener('data', onData);
    if (cutOff) res.once('finish', () => req.socket.destroy());
    if (!res.writableEnded) res.end();
  };
  const onData = (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > maxDrainBytes) stop(true);
  };
  const timer = setTimeout(() => stop(true), maxDrainMs);
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxDrainBytes) {
    stop(true);
    return;
  }
  req.on('data', onData);
  req.once('end', () => stop(false));
  req.once('close', () => clearTimeout(timer));
  req.on('error', () => clearTimeout(timer));
  req.resume();
};

/**
 * A request Node's parser could not read (a malformed request line or header, headers too large, a timeout)
 * gets a plain answer with the same security headers as every other one, then the connection is closed.
 * Like Node's own handler, nothing is written when a response is already under way on that socket.
 */
const answerClientError = (error: NodeJS.ErrnoException, socket: Socket): void => {
  const busy = (socket as Socket & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage?.headersSent === true;
  if (error.code === 'ECONNRESET' || !socket.writable || busy) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const text = `${STATUS_CODES[status] ?? 'Bad Request'}\n`;
  const headers = {
    ...securityHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(text)),
    Connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Bad Request'}\r\n${head}\r\n${text}`);
};

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
  const sessionKeys = createSessionKeys();
  const setSessionCookie = (res: ServerResponse, key: string) =>
    res.setHeader('Set-Cookie', `${sessionCookie}=${key}; HttpOnly; SameSite=Strict; Path=/`);

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // First of all, so that every answer below (a route's, a file's, an error's) carries them.
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    const sendJson = (status: number, body: unknown) => {
      if (res.headersSent) return;
      const text = JSON.stringify(body);
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(text);
    };
    const sendError = (error: ApiErrorBody, status = statusByCode[error.code]) => sendJson(status, { ok: false, error });
    const sendText = (status: number, text: string) => {
      if (res.headersSent) return;
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end(`${text}\n`);
    };
    const badPath = 'The request path is not valid percent-encoding.';

    if (!hostAndOriginAreOurs(req, port)) {
      sendError({
        code: 'FORBIDDEN',
        reason: 'request_refused',
        message: 'This server only answers pages it served itself (Host or Origin not allowed).',
      });
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    } catch {
      sendText(400, 'The request path is not a valid URL.');
      return;
    }

    // Only keys this server issued count; anything else is replaced (see createSessionKeys).
    let sessionKey = readCookie(req, sessionCookie);
    if (!sessionKeys.isOurs(sessionKey)) {
      sessionKey = sessionKeys.issue();
      setSessionCookie(res, sessionKey);
    }
    const tokenOk = () => {
      const given = bearerToken(req);
      return given !== null && tokensEqual(given, token);
    };
    const routeCtx: HttpRouteContext = { req, res, url, sessionKey, sendJson, sendError };

    for (const route of options.routes ?? []) {
      if (route.method !== req.method || !route.path.test(url.pathname)) continue;
      if (route.auth === 'token' && !tokenOk()) {
        sendError({ code: 'UNAUTHENTICATED', reason: 'request_refused', message: 'Missing or wrong API token.' });
        return;
      }
      await route.handle(routeCtx);
      return;
    }

    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      if (!tokenOk()) {
        sendError({ code: 'UNAUTHENTICATED', reason: 'request_refused', message: 'Missing or wrong API token.' });
        return;
      }
      if (url.pathname === '/api' && req.method === 'GET') {
        sendJson(200, { ok: true, value: backend.describe() });
        return;
      }
      if (req.method !== 'POST') {
        sendError({ code: 'VALIDATION', reason: 'request_malformed', message: 'Use POST /api/<method> with a JSON body.' }, 405);
        return;
      }
      const method = decodePath(url.pathname.slice('/api/'.length));
      if (method === null) {
        sendError({ code: 'VALIDATION', reason: 'request_malformed', message: badPath });
        return;
      }
      let body: Buffer;
      try {
        body = await readBody(req, maxJson);
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          const max = `${Math.round(maxJson / 1024 / 1024)} MB`;
          const error: ApiErrorBody = {
            code: 'VALIDATION',
            reason: 'request_too_large',
            params: { max },
            message: `Request body is larger than ${max}.`,
          };
          refuseOversizedBody(req, res, JSON.stringify({ ok: false, error }));
          return;
        }
        throw error;
      }
      let input: unknown = {};
      if (body.length > 0) {
        try {
          input = JSON.parse(body.toString('utf8'));
        } catch {
          sendError({ code: 'VALIDATION', reason: 'request_malformed', message: 'The request body is not valid JSON.' });
          return;
        }
      }
      // A login runs under a fresh key, which the client gets only if it succeeds; the key the client came
      // with (which someone else may have planted or seen) is logged out. See sessionStartingMethods.
      const startsSession = sessionStartingMethods.has(method);
      const callKey = startsSession ? sessionKeys.issue() : sessionKey;
      if (startsSession) backend.sessions.copyLock(sessionKey, callKey);
      const result = await backend.dispatch(method, input, callKey);
      if (startsSession) {
        if (result.ok) {
          backend.sessions.end(sessionKey);
          setSessionCookie(res, callKey);
        } else {
          backend.sessions.end(callKey);
        }
      }
      sendJson(result.ok ? 200 : statusByCode[result.error.code], result);
      return;
    }

    if (req.method !== 'GET' || !options.staticRoot) {
      sendError({ code: 'NOT_FOUND', reason: 'page_not_found', message: 'No such page.' });
      return;
    }
    if (decodePath(url.pathname) === null) {
      sendText(400, badPath);
      return;
    }
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    if (serveFile(options.staticRoot, path, res, securityHeaders)) return;
    // Client-side routes fall back to the app shell.
    if (!path.includes('.') && serveFile(options.staticRoot, '/index.html', res, securityHeaders)) return;
    sendError({ code: 'NOT_FOUND', reason: 'page_not_found', message: 'No such page.' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      backend.env.logger.error('http transport error', {
        path: (req.url ?? '').split('?')[0],
        error: error instanceof Error ? error.stack : String(error),
      });
      if (!res.headersSent) {
        const body = {
          ok: false,
          error: {
            code: 'INTERNAL',
            reason: 'internal_error',
            message: 'Something went wrong inside ReturnLens; it was logged.',
          } satisfies ApiErrorBody,
        };
        res.writeHead(500, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify(body));
      } else if (!res.writableEnded) {
        res.destroy();
      }
    });
  });
  server.on('clientError', answerClientError);
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
