/**
 * V8 flags for the process that runs the backend (Electron's utilityProcess, `npm run serve`, the import bench).
 * Node 24's V8 sizes the young generation larger than Node 20's did; an import's preview makes short-lived
 * garbage on the backend's thread (it parses the chunks the read worker hands over), and the bigger young
 * generation raised a million-row import's peak memory from ~320 MB to ~420 MB. A 16 MB semi-space brings it
 * back (~315 MB) at no measurable cost in time. scripts/serve.mjs repeats the flag (it runs before TypeScript
 * can be loaded); test/electron/runtime.test.ts keeps the two equal.
 */
export const backendV8Flags: readonly string[] = ['--max-semi-space-size=16'];
