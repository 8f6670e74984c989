import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../../../electron/backend/app';
import { consoleLogger } from '../../../electron/backend/core/logger';
import { saveUploadStream } from '../../../electron/backend/features/uploads/upload-store';
import { backendV8Flags } from '../../../shared/domain/backend-v8-flags';
import type { BenchScenario } from '../scenario';

/**
 * import_orders_csv (issue 4, item 9): a 1,000,000-row Pinduoduo order export (GB18030) imported end to end
 * through the same methods the import screen calls (upload → imports.preview → imports.commit), against the
 * sqlite3 shell's own `.import --csv` of the same file into a plain in-memory table.
 */
export interface ImportBenchResult {
  rows_per_s: number;
  peak_rss_mb: number;
  seconds: number;
  baseline: number;
  ratio: number;
  rows: number;
  file_mb: number;
  phases: Record<string, number>;
}

/**
 * The process's own peak resident memory, in MB. Not `process.resourceUsage().maxRSS`: on Linux that figure
 * survives exec, so a child spawned by a large parent (the bench, after seeding and running other scenarios)
 * reports the parent's size at the spawn as its own — how the full bench once showed 1,112 MB for an import
 * that peaks at ~310 MB. VmHWM belongs to the child's own address space, its read worker thread included.
 */
export const ownPeakRssMb = (): number => {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
  const hwm = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return Math.round((hwm ? Number(hwm) : process.resourceUsage().maxRSS) / 1024);
};

/** The sqlite3 shell's own `.import --csv` of the file into a plain table in memory, in seconds. */
const shellImportSeconds = (file: string): number => {
  const start = performance.now();
  const shell = spawnSync('/usr/bin/sqlite3', [':memory:'], {
    input: `.import --csv ${file} t\nSELECT count(*) FROM t;\n`,
    encoding: 'utf8',
  });
  if (shell.status !== 0) throw new Error(`sqlite3 failed: ${shell.stderr}`);
  return (performance.now() - start) / 1000;
};

/** Runs in a fresh data dir of its own (under `parent`): a million imported orders would change the seeded one. */
export const runImportOrdersCsv = async (rows = 1_000_000, parent = tmpdir()): Promise<ImportBenchResult> => {
  const work = mkdtempSync(join(parent, 'rl-bench-import-'));
  try {
    const file = join(work, 'pdd-orders-1m.csv');
    // Written by a child process, so peak_rss_mb is the import's own memory, not the generator's.
    const generated = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('../../support/pdd-order-export.ts', import.meta.url)), file, String(rows)],
      { stdio: 'inherit' },
    );
    if (generated.status !== 0) throw new Error(`generating the export failed (exit ${generated.status})`);

    const shellBefore = shellImportSeconds(file);

    const dataDir = join(work, 'data');
    const backend = createBackend({ dataDir, logger: consoleLogger(true) });
    const session = 'bench';
    const setup = await backend.dispatch('auth.setupOwner', { name: 'Bench', pin: '123456', locale: 'zh-CN' }, session);
    if (!setup.ok) throw new Error(setup.error.message);

    const t0 = performance.now();
    // The app's own size limit applies: the file must be one a merchant can import.
    const ref = await saveUploadStream(dataDir, createReadStream(file), 'pdd-orders-1m.csv', Date.now());
    const t1 = performance.now();
    const preview = await backend.dispatch('imports.preview', { uploadId: ref.uploadId }, session);
    if (!preview.ok) throw new Error(preview.error.message);
    const t2 = performance.now();
    const importId = (preview.value as { importId: string }).importId;
    const commit = await backend.dispatch('imports.commit', { importId }, session);
    if (!commit.ok) throw new Error(commit.error.message);
    const t3 = performance.now();
    const imported = (backend.db.prepare('SELECT count(*) AS n FROM order_lines').get() as { n: number }).n;
    backend.close();
    if (imported !== rows) throw new Error(`expected ${rows} order lines, found ${imported}`);

    // The shell again, after ours: this VM's speed drifts by tens of percent within minutes, so the baseline is
    // the mean of one run before and one after the import it is compared with.
    const shellAfter = shellImportSeconds(file);
    const baseline = (shellBefore + shellAfter) / 2;
    const seconds = (t3 - t0) / 1000;
    return {
      rows_per_s: Math.round(rows / seconds),
      peak_rss_mb: ownPeakRssMb(),
      seconds: Math.round(seconds * 100) / 100,
      baseline: Math.round(baseline * 100) / 100,
      ratio: Math.round((seconds / baseline) * 100) / 100,
      rows,
      file_mb: Math.round(statSync(file).size / 1024 / 1024),
      phases: {
        upload_s: Math.round(t1 - t0) / 1000,
        preview_s: Math.round(t2 - t1) / 1000,
        commit_s: Math.round(t3 - t2) / 1000,
        shell_before_s: Math.round(shellBefore * 1000) / 1000,
        shell_after_s: Math.round(shellAfter * 1000) / 1000,
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

export const importOrdersCsvScenario: BenchScenario = {
  name: 'import_orders_csv',
  description:
    "1,000,000-row PDD order export (GB18030) through upload → imports.preview → imports.commit on a fresh data dir, vs sqlite3 .import --csv of the same file; run in a process of its own, so peak_rss_mb is the import's",
  run: async (ctx) => {
    const rows = Number(process.env.RL_BENCH_IMPORT_ROWS ?? 1_000_000);
    ctx.log(`import_orders_csv: generating and importing ${rows} rows`);
    // A fresh process: the bench's own process may have opened a seeded store or run other scenarios first,
    // and its heap would count; the child reports its own high-water mark (ownPeakRssMb).
    // With the backend's own V8 flags, as Electron's utilityProcess and `npm run serve` start it.
    const child = spawnSync(
      process.execPath,
      [...backendV8Flags, '--import', 'tsx', fileURLToPath(import.meta.url), String(rows), ctx.scratchDir],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
    );
    if (child.status !== 0) throw new Error(`import_orders_csv failed (exit ${child.status})`);
    const { phases, ...figures } = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as ImportBenchResult;
    return { ...figures, phases };
  },
};

// Standalone: `npx tsx test/bench/scenarios/import-orders-csv.ts [ROWS] [SCRATCH_DIR]` prints the result as JSON.
if (process.argv[1]?.endsWith('import-orders-csv.ts')) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  runImportOrdersCsv(rows, process.argv[3] ?? tmpdir()).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
