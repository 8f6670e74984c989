import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { serveAppRequest } from '../../electron/main/app-protocol';

vi.mock('electron', () => ({}));

/** A real folder and a real file reader standing in for net.fetch(file://…). */
const renderer = mkdtempSync(join(tmpdir(), 'rl-renderer-'));
mkdirSync(join(renderer, 'assets'));
writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>ReturnLens</title>');
writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(renderer, '..', 'rl-secret.txt'), 'secret');
const read = async (fileUrl: string) => new Response(await readFile(fileURLToPath(fileUrl)));

describe('app:// protocol handler', () => {
  it('serves the page and its assets with CSP, nosniff and the right type', async () => {
    const page = await serveAppRequest(renderer, 'app://returnlens/index.html', read);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('ReturnLens');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const script = await serveAppRequest(renderer, 'app://returnlens/assets/app.js', read);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await serveAppRequest(renderer, 'app://returnlens/', read)).status).toBe(200);
  });

  it.each([
    'app://returnlens/../rl-secret.txt',
    'app://returnlens/..%2Frl-secret.txt',
    'app://returnlens/%2E%2E/rl-secret.txt',
    'app://returnlens/assets/..%2F..%2Frl-secret.txt',
    'app://returnlens/%00index.html',
    'app://returnlens/missing.js',
  ])('answers 404 for %s', async (url) => {
    const response = await serveAppRequest(renderer, url, read);
    expect(response.status).toBe(404);
  });
});
