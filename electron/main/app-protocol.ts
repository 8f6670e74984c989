import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from './security';

/** Reads a packaged file (net.fetch on a file: URL in production; injectable for tests). */
export type FetchFile = (fileUrl: string) => Promise<Response>;

const mimeByExtension: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * The app:// handler: serves only files inside the built renderer folder, with the CSP and no-sniff headers.
 * Anything outside (`..`, encoded separators, absolute paths) is a 404, never a read.
 */
export const serveAppRequest = async (rendererDir: string, requestUrl: string, fetchFile: FetchFile): Promise<Response> => {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return new Response('Bad request', { status: 400 });
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = normalize(rendererDir);
  const file = normalize(join(root, pathname));
  if (pathname.includes('\0') || !file.startsWith(root + sep)) return new Response('Not found', { status: 404 });
  const upstream = await fetchFile(pathToFileURL(file).toString()).catch(() => null);
  if (!upstream || !upstream.ok) return new Response('Not found', { status: 404 });
  const headers = new Headers(upstream.headers);
  headers.set('Content-Security-Policy', contentSecurityPolicy);
  headers.set('X-Content-Type-Options', 'nosniff');
  const mime = mimeByExtension[extname(file).toLowerCase()];
  if (mime) headers.set('Content-Type', mime);
  return new Response(upstream.body, { status: 200, headers });
};
