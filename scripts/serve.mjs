import { spawn } from 'node:child_process';
import { buildIfStale } from './build-if-stale.mjs';

/**
 * `npm run serve -- --data-dir DIR [--port N]`: builds if needed, then runs the backend in plain Node with the
 * HTTP transport. Signals are passed on so the database closes cleanly.
 */
buildIfStale();
const child = spawn(process.execPath, ['--import', 'tsx', 'electron/backend/cli/serve.cli.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
