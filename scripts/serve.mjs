import { spawn } from 'node:child_process';
import { buildIfStale } from './build-if-stale.mjs';

/**
 * `npm run serve -- --data-dir DIR [--port N]`: builds if needed, then runs the backend in plain Node with the
 * HTTP transport. Signals are passed on so the database closes cleanly.
 */
buildIfStale();
// The backend's V8 flags: the same as shared/domain/backend-v8-flags.ts (test/electron/runtime.test.ts checks).
const backendV8Flags = ['--max-semi-space-size=16'];
const child = spawn(
  process.execPath,
  [...backendV8Flags, '--import', 'tsx', 'electron/backend/cli/serve.cli.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
