import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../app';
import { fileLogger } from '../core/file-logger';
import { consoleLogger } from '../core/logger';
import { startHttpTransport } from '../transport/http-server';
import { featureHttpRoutes } from '../transport/feature-routes';
import { defaultDataDir } from './data-dir';

/**
 * `npm run serve -- --data-dir DIR [--port N]`: the backend in plain Node plus the built renderer, for a browser
 * on this machine and for the end-to-end tests. Prints exactly one line to stdout: the URL with its token.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    'static-root': { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

const dataDir = resolve(values['data-dir'] ?? process.env.RETURNLENS_DATA_DIR ?? defaultDataDir());
const staticRoot = resolve(values['static-root'] ?? 'out/renderer');
if (!existsSync(resolve(staticRoot, 'index.html'))) {
  process.stderr.write(`The renderer is not built (${staticRoot}/index.html missing). Run npm run build.\n`);
  process.exit(1);
}

// The log file under <data>/logs, and each line on stderr too (unless --quiet drops the info lines there).
const logger = fileLogger({ dataDir, also: consoleLogger(values.quiet) });
let backend;
try {
  backend = createBackend({ dataDir, logger });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const transport = await startHttpTransport({
  backend,
  staticRoot,
  port: values.port ? Number(values.port) : 0,
  routes: featureHttpRoutes(backend),
});
process.stdout.write(`${transport.url}\n`);

let closing = false;
const shutdown = (signal: string) => {
  if (closing) return;
  closing = true;
  logger.info('shutting down', { signal });
  void transport.close().then(() => {
    backend.close();
    process.exit(0);
  });
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
