/**
 * The one Content Security Policy of the app: nothing from outside, no inline script, no framing. The Electron
 * app:// handler and the HTTP transport both send it as a header (a header cannot be removed by a script that
 * rewrites the document); renderer/index.html carries the same policy as a meta tag.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // antd writes its CSS-in-JS into <style> tags
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob: mediastream:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
