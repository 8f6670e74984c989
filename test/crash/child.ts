/**
 * The crash suite's backend process: the real backend (createBackend) behind the real HTTP transport (token,
 * session cookie, Host/Origin checks, the upload route), on the data dir it is given and port 0, without the
 * renderer. Like `npm run serve` it prints one line once it listens, here for a program to read:
 *   READY {"url":…,"port":…,"token":…,"pid":…}
 * If the store does not open it prints `OPEN-FAILED <message>` on stderr and exits 1. The parent SIGKILLs it.
 *
 * `node --import tsx test/crash/child.ts <dataDir>`
 */
import { writeSync } from 'node:fs';
import { createBackend, type Backend } from '../../electron/backend/app';
import { consoleLogger } from '../../electron/backend/core/logger';
import { featureHttpRoutes } from '../../electron/backend/transport/feature-routes';
import { startHttpTransport } from '../../electron/backend/transport/http-server';

const dataDir = process.argv[2];
if (!dataDir) {
  process.stderr.write('usage: child.ts <dataDir>\n');
  process.exit(2);
}

let backend: Backend;
try {
  backend = createBackend({ dataDir, logger: consoleLogger(true) });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  writeSync(2, `OPEN-FAILED ${message.replace(/\s+/g, ' ')}\n`);
  process.exit(1);
}
const transport = await startHttpTransport({ backend, port: 0, routes: featureHttpRoutes(backend) });
writeSync(1, `READY ${JSON.stringify({ url: transport.url, port: transport.port, token: transport.token, pid: process.pid })}\n`);

const shutdown = () => {
  void transport.close().then(() => {
    backend.close();
    process.exit(0);
  });
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
