import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

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

export { contentSecurityPolicy } from '../../../shared/security/csp';
