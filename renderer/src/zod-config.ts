import { z } from 'zod';

/**
 * The page's CSP forbids eval, and zod probes `new Function` once to decide whether it may compile fast parsers:
 * the probe fails quietly, but the browser reports a CSP violation on every page load, which would hide a real
 * one. Imported first by main.tsx, before any schema parses.
 */
z.config({ jitless: true });
