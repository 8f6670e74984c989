import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, isOwnPage, permissionAllowed, resolveRendererUrl } from '../../electron/main/security';

vi.mock('electron', () => ({}));

describe('window security policy', () => {
  it('allows the camera (video only) and notifications for our own page and nothing else', () => {
    expect(permissionAllowed('notifications', 'app://returnlens/index.html')).toBe(true);
    expect(permissionAllowed('notifications', 'https://evil.example/')).toBe(false);
    expect(permissionAllowed('media', 'app://returnlens/index.html', ['video'])).toBe(true);
    expect(permissionAllowed('media', 'app://returnlens/index.html', ['audio'])).toBe(false);
    expect(permissionAllowed('media', 'app://returnlens/index.html', ['video', 'audio'])).toBe(false);
    expect(permissionAllowed('media', 'app://returnlens/index.html', [])).toBe(false);
    expect(permissionAllowed('media', 'https://evil.example/', ['video'])).toBe(false);
    for (const permission of ['geolocation', 'clipboard-read', 'midi', 'openExternal', 'fullscreen', 'pointerLock']) {
      expect(permissionAllowed(permission, 'app://returnlens/index.html', ['video'])).toBe(false);
    }
  });

  it('recognises only app://returnlens as our page', () => {
    expect(isOwnPage('app://returnlens/index.html')).toBe(true);
    expect(isOwnPage('app://returnlens')).toBe(true);
    expect(isOwnPage('app://other/index.html')).toBe(false);
    expect(isOwnPage('http://returnlens/')).toBe(false);
    expect(isOwnPage('not a url')).toBe(false);
    expect(isOwnPage('')).toBe(false);
  });

  it('has a strict CSP: nothing remote, no eval, no framing, no plugins', () => {
    const directives = new Map(
      contentSecurityPolicy.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/https?:|unsafe-eval|\*/);
  });

  it('ignores a non-local dev server URL', () => {
    expect(resolveRendererUrl(false, 'https://cdn.example/app')).toBe('app://returnlens/index.html');
    expect(resolveRendererUrl(false, undefined)).toBe('app://returnlens/index.html');
    expect(isOwnPage('https://cdn.example/app')).toBe(false);
  });
});
