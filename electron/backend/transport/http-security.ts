import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { contentSecurityPolicy } from '../../../shared/security/csp';

export { contentSecurityPolicy };

/** Headers on every response of the browser transport: pages, files, API answers, errors and refusals alike. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};

export const newToken = (): string => randomBytes(24).toString('base64url');

export const tokensEqual = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export const bearerToken = (req: IncomingMessage): string | null => {
  const header = req.headers.authorization;
  if (!header?.startsWith('Bearer ')) return null;
  return header.slice('Bearer '.length).trim();
};

/**
 * A page on another site, or a DNS-rebinding name pointing at 127.0.0.1, must not reach the API:
 * the Host must be our own address and port, and an Origin, when sent, must be our own origin.
 */
export const hostAndOriginAreOurs = (req: IncomingMessage, port: number): boolean => {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!req.headers.host || !allowedHosts.has(req.headers.host)) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return [...allowedHosts].some((host) => origin === `http://${host}`);
};

export const readCookie = (req: IncomingMessage, name: string): string | null => {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
};

/** A percent-encoded path, decoded; null when it is not valid percent-encoding (e.g. `/%`, `/%E0%A4%A`). */
export const decodePath = (path: string): string | null => {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
};

interface SessionKeys {
  /** A fresh session key: 32 random bytes and their HMAC under this launch's secret, both base64url. */
  issue: () => string;
  /** True only for a key this launch issued; a key a client made up (or one from before a restart) is false. */
  isOurs: (value: string | null) => value is string;
}

/**
 * Session keys (the `rl_sid` cookie) are made by the server only. A value the client picked, in any format,
 * fails the HMAC check and is replaced by a fresh key, so nobody can plant a session key and wait for a login
 * on it; the login itself moves the session to another fresh key as well (http-server.ts). Nothing is stored:
 * the per-launch secret is enough, and a restart, which logs everyone out anyway, invalidates every key.
 */
export const createSessionKeys = (secret: Buffer = randomBytes(32)): SessionKeys => {
  const sign = (id: string) => createHmac('sha256', secret).update(id).digest('base64url');
  return {
    issue: () => {
      const id = randomBytes(32).toString('base64url');
      return `${id}.${sign(id)}`;
    },
    isOurs: (value: string | null): value is string => {
      const match = value === null ? null : /^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{43})$/.exec(value);
      return match !== null && tokensEqual(match[2]!, sign(match[1]!));
    },
  };
};
