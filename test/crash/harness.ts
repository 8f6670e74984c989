/**
 * The crash suite: the real backend behind its real HTTP transport in a child process (test/crash/child.ts), people
 * writing through it (workload.ts), SIGKILL at a moment drawn from a seeded PRNG — in the middle of the screens'
 * writes, at a random delay into an import commit of 20,000 or 200,000 rows, or right when a bulk commit's rollback
 * journal (`returnlens.sqlite-journal`) appears, or right when it turns hot (its first cache spill: SQLite writes
 * the journal's magic just before it first writes pages into the store file) —
 * then a restart on the same data dir and the checks of ledger.ts (the store opens, integrity_check is ok, every
 * acknowledged write is there, no import is half there).
 *
 * What a SIGKILL cannot show: the kernel keeps the killed process's written pages in its cache and writes them out
 * later, so every write() that returned survives here even if it was never fsynced. Power-cut durability rests on
 * synchronous=FULL on the connection that acknowledges saves; test/integration/sync-full.test.ts pins that.
 *
 * The seed fixes the plan of each cycle (what runs, when to kill); the exact instant still depends on the machine's
 * speed, so a seed reproduces the kind of kill, not the same byte.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { createRng } from '../../electron/backend/seed/prng';
import { HttpClient, type Endpoint, type Session } from './client';
import { Ledger, Versioned, verifyStore, type Failure, type ImportRec, type UserRec } from './ledger';
import { importerActor, inspectorActor, newStats, ownerActor, serviceActor, type Work, type WorkStats } from './workload';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const childScript = fileURLToPath(new URL('./child.ts', import.meta.url));

/**
 * What a cycle does before its kill:
 * - screens: only the screens' writes, killed at a random moment;
 * - screens+20k: the same with a 20k-row import going on;
 * - commit-20k / commit-200k: an import commit (a fresh upload + preview, or an earlier preview whose commit was
 *   killed), killed at a random delay into it (sometimes after it was answered);
 * - journal-200k: killed as soon as the bulk commit's rollback journal appears;
 * - spill-200k: killed as soon as the journal turns hot or the store file grows under it (the first cache spill);
 * - preview-200k: killed during the upload and preview.
 */
export const planKinds = ['screens', 'screens+20k', 'commit-20k', 'commit-200k', 'journal-200k', 'spill-200k', 'preview-200k'] as const;
export type PlanKind = (typeof planKinds)[number];
const planWeights: ReadonlyArray<readonly [PlanKind, number]> = [
  ['screens', 0.18],
  ['screens+20k', 0.12],
  ['commit-20k', 0.2],
  ['commit-200k', 0.15],
  ['journal-200k', 0.12],
  ['spill-200k', 0.18],
  ['preview-200k', 0.05],
];

export interface CrashOptions {
  cycles: number;
  seed: number;
  /** A fixed plan per cycle (repeated if shorter than `cycles`); otherwise drawn from the seed. */
  plans?: readonly PlanKind[];
  /** A store is replaced by a fresh one once it holds this many orders (integrity_check time grows with it). */
  maxStoreOrders?: number;
  /** Rows of the big import (200,000: four times the bulk-load threshold of 50,000). */
  bigRows?: number;
  smallRows?: number;
  /** Keep the data dirs (they are kept anyway when something failed, for a reproduction). */
  keepDirs?: boolean;
  log?: (line: string) => void;
}

export interface CrashFigures {
  seed: number;
  cycles: number;
  stores: number;
  writesSent: number;
  acknowledgedWrites: number;
  /** Acknowledged facts checked after restarts (a fact is checked after every restart that follows it). */
  acknowledgedChecks: number;
  killsDuringCommit: { small: number; big: number };
  /** Kills while a bulk commit's rollback journal existed (it appears with the commit's first page writes). */
  killsWithRollbackJournal: number;
  /**
   * …of which after the first cache spill: the journal was hot (with synchronous=FULL SQLite writes the journal's
   * magic only when it syncs the journal before writing pages into the store file: at a spill, or at COMMIT).
   */
  killsAfterFirstSpill: number;
  /** journal-/spill-200k cycles where the commit finished before the journal (or the spill) was seen. */
  spillMissed: number;
  hotJournalsLeft: number;
  /**
   * Journals left beside a reopened store that SQLite does not consider hot: the kill came before the first spill,
   * so the journal's magic was still zero and the store file untouched. Nothing reads or removes them; harmless.
   */
  staleJournalsLeft: number;
  importsCommitted: number;
  importCommitsRolledBack: number;
  reopenFailures: number;
  failures: Failure[];
  refusals: string[];
  /** Writes answered while an import commit request was out, per method. */
  ackedDuringCommit: Record<string, number>;
  plans: Partial<Record<PlanKind, number>>;
  dataDirs: string[];
  elapsedMs: number;
}

interface Started {
  child: ChildProcess;
  endpoint: Endpoint;
  exited: Promise<number | null>;
  stderr: () => string;
}

const startChild = (dataDir: string): Promise<Started | { failed: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-8000);
    });
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    let ready = false;
    const timer = setTimeout(() => {
      if (ready) return;
      child.kill('SIGKILL');
      resolve({ failed: `no READY within 180 s: ${stderr.slice(-500)}` });
    }, 180_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (ready || !line.startsWith('READY ')) return;
      ready = true;
      clearTimeout(timer);
      const info = JSON.parse(line.slice('READY '.length)) as { port: number; token: string };
      resolve({ child, endpoint: { port: info.port, token: info.token }, exited, stderr: () => stderr });
    });
    void exited.then((code) => {
      if (ready) return;
      clearTimeout(timer);
      const reason = /OPEN-FAILED (.*)/.exec(stderr)?.[1] ?? stderr.trim().split('\n').slice(-3).join(' | ');
      resolve({ failed: `exit ${code}: ${reason}` });
    });
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Store {
  gen: number;
  dataDir: string;
  ledger: Ledger;
  running: Started | null;
  owner: UserRec;
  inspector: UserRec;
  service: UserRec;
  defectTypeIds: string[];
  failed: boolean;
}

const dbFile = (dataDir: string) => join(dataDir, 'returnlens.sqlite');
const journalFile = (dataDir: string) => `${dbFile(dataDir)}-journal`;
const sizeOf = (file: string): number => {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
};

/** Identity of the journal file (null: absent), to tell this commit's journal from a not-hot one an earlier kill left. */
const journalStamp = (file: string): string | null => {
  try {
    const st = statSync(file);
    return `${st.ino}:${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
};

/** Whether SQLite would call the journal hot: it exists and its first byte is not zero (see pager.c hasHotJournal). */
const journalState = (file: string): 'none' | 'stale' | 'hot' => {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return 'none';
  }
  try {
    const first = Buffer.alloc(1);
    return readSync(fd, first, 0, 1, 0) === 1 && first[0] !== 0 ? 'hot' : 'stale';
  } finally {
    closeSync(fd);
  }
};

export const runCrash = async (options: CrashOptions): Promise<CrashFigures> => {
  const t0 = Date.now();
  const log = options.log ?? (() => undefined);
  const bigRows = options.bigRows ?? 200_000;
  const smallRows = options.smallRows ?? 20_000;
  const maxStoreOrders = options.maxStoreOrders ?? 650_000;
  const planRng = createRng(options.seed);
  const figures: CrashFigures = {
    seed: options.seed,
    cycles: 0,
    stores: 0,
    writesSent: 0,
    acknowledgedWrites: 0,
    acknowledgedChecks: 0,
    killsDuringCommit: { small: 0, big: 0 },
    killsWithRollbackJournal: 0,
    killsAfterFirstSpill: 0,
    spillMissed: 0,
    hotJournalsLeft: 0,
    staleJournalsLeft: 0,
    importsCommitted: 0,
    importCommitsRolledBack: 0,
    reopenFailures: 0,
    failures: [],
    refusals: [],
    ackedDuringCommit: {},
    plans: {},
    dataDirs: [],
    elapsedMs: 0,
  };
  const stats: WorkStats = newStats();
  const estimates = {
    commit: new Map<number, number>([
      [smallRows, 2_000],
      [bigRows, 8_000],
    ]),
    preview: new Map<number, number>([
      [smallRows, 2_000],
      [bigRows, 8_000],
    ]),
  };
  const estimate = (kind: 'commit' | 'preview', rows: number, ms: number) => {
    const old = estimates[kind].get(rows) ?? ms;
    estimates[kind].set(rows, Math.round(old * 0.5 + ms * 0.5));
  };
  const fail = (cycle: number, what: string, detail: string) => {
    figures.failures.push({ cycle, what, detail });
    log(`  FAILURE [cycle ${cycle}] ${what}: ${detail}`);
  };

  const workFor = (
    store: Store,
    client: HttpClient,
    prefix: string,
    stopping: () => boolean,
    commitInFlight: () => boolean = () => false,
  ): Work => ({
    client,
    ledger: store.ledger,
    stats,
    stopping,
    prefix,
    defectTypeIds: store.defectTypeIds,
    commitInFlight,
  });

  const newStore = async (gen: number): Promise<Store> => {
    const dataDir = mkdtempSync(join(tmpdir(), `returnlens-crash-${options.seed}-${gen}-`));
    figures.dataDirs.push(dataDir);
    figures.stores += 1;
    const started = await startChild(dataDir);
    if ('failed' in started) throw new Error(`a new store did not start: ${started.failed}`);
    const ledger = new Ledger();
    const user = (name: string, role: 'owner' | 'inspector' | 'service', pin: string): UserRec => ({
      createdName: name,
      id: null,
      created: 'pending',
      fields: new Versioned({ name, role, active: true }),
      pin: new Versioned(pin),
      pinCheckDue: false,
      churn: false,
    });
    const owner = user('店主', 'owner', '123456');
    const inspector = user('质检员', 'inspector', '234567');
    const service = user('客服', 'service', '345678');
    ledger.users.push(owner, inspector, service);
    const client = new HttpClient(started.endpoint);
    const session: Session = { role: 'owner' };
    try {
      owner.id = (await client.call('auth.setupOwner', { name: owner.createdName, pin: '123456', locale: 'zh-CN' }, session)).id;
      owner.created = 'acked';
      for (const [rec, pin] of [
        [inspector, '234567'],
        [service, '345678'],
      ] as const) {
        rec.id = (await client.call('users.create', { name: rec.createdName, role: rec.fields.confirmed.role, pin }, session)).id;
        rec.created = 'acked';
      }
      stats.sent += 3;
      stats.acked += 3;
      const store: Store = { gen, dataDir, ledger, running: started, owner, inspector, service, defectTypeIds: [], failed: false };
      // SKUs for the orders entered by hand come from a first small import, as in a real shop.
      const work = workFor(store, client, `g${gen}setup`, () => false);
      const rec = await importerActor(work, session, { rows: 300, reuse: false }, () => true);
      if (rec?.commit !== 'acked') throw new Error(`the setup import did not commit: ${stats.refusals.slice(-3).join('; ')}`);
      store.defectTypeIds = (await client.call('taxonomy.list', {}, session)).map((d) => d.id);
      log(`store ${gen}: ${dataDir}`);
      return store;
    } catch (error) {
      started.child.kill('SIGKILL');
      throw error;
    } finally {
      client.close();
    }
  };

  const stopStore = async (store: Store, remove: boolean) => {
    if (store.running) {
      store.running.child.kill('SIGTERM');
      const code = await store.running.exited;
      if (code !== 0) fail(figures.cycles, 'shutdown', `SIGTERM exit code ${code}: ${store.running.stderr().slice(-300)}`);
      store.running = null;
    }
    if (remove && !store.failed && !options.keepDirs) {
      rmSync(store.dataDir, { recursive: true, force: true });
      figures.dataDirs = figures.dataDirs.filter((d) => d !== store.dataDir);
    }
  };

  /** Restart after a kill and check the store; false when it could not be brought back at all. */
  const restartAndVerify = async (store: Store, cycle: number): Promise<boolean> => {
    let started = await startChild(store.dataDir);
    if ('failed' in started) {
      figures.reopenFailures += 1;
      store.failed = true;
      fail(
        cycle,
        'reopen',
        `the store did not open after the kill (${started.failed}); journal beside it: ${journalState(journalFile(store.dataDir))}`,
      );
      // Carry on (to check the data itself): an ordinary read-write open rolls the hot journal back.
      try {
        const db = new BetterSqlite3(dbFile(store.dataDir), { fileMustExist: true });
        db.pragma('quick_check');
        db.close();
      } catch (error) {
        fail(cycle, 'reopen', `not even a plain read-write open works: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      }
      started = await startChild(store.dataDir);
      if ('failed' in started) {
        fail(cycle, 'reopen', `still does not open after rolling the journal back outside the app: ${started.failed}`);
        return false;
      }
      log(`  (journal rolled back by a plain open outside the app; the backend then started)`);
    }
    store.running = started;
    // A journal whose magic is still zero (killed before the first spill: the store file was never written) is not
    // hot; SQLite ignores it and leaves it there. A hot one must be gone once the store is open.
    const journal = journalState(journalFile(store.dataDir));
    if (journal === 'hot') {
      store.failed = true;
      fail(cycle, 'reopen', 'a hot rollback journal is still beside the store after the backend opened it');
    } else if (journal === 'stale') figures.staleJournalsLeft += 1;
    const db = new BetterSqlite3(dbFile(store.dataDir), { readonly: true, fileMustExist: true });
    try {
      const report = await verifyStore(db, store.ledger, cycle);
      figures.acknowledgedChecks += report.checked;
      for (const f of report.failures) {
        store.failed = true;
        fail(f.cycle, f.what, f.detail);
      }
      log(
        `  restarted; integrity ok=${!report.failures.some((f) => f.what === 'integrity_check')}, ${report.checked} acknowledged facts checked, ${report.failures.length} failures, ${report.orders} orders`,
      );
      return true;
    } finally {
      db.close();
    }
  };

  let store = await newStore(1);
  try {
    for (let cycle = 1; cycle <= options.cycles; cycle += 1) {
      const plan: PlanKind = options.plans?.length ? options.plans[(cycle - 1) % options.plans.length]! : planRng.weighted(planWeights);
      const cycleSeed = planRng.int(0, 2 ** 31 - 1);
      const rng = createRng(cycleSeed);
      figures.plans[plan] = (figures.plans[plan] ?? 0) + 1;
      figures.cycles = cycle;
      const running = store.running!;
      const client = new HttpClient(running.endpoint);
      let stopping = false;
      let commitRec: ImportRec | null = null;
      let commitDone = false;
      const work = workFor(
        store,
        client,
        `g${store.gen}c${cycle}`,
        () => stopping,
        () => commitRec !== null && !commitDone,
      );
      const sessions = {
        owner: { role: 'owner' } as Session,
        inspector: { role: 'inspector' } as Session,
        service: { role: 'service' } as Session,
      };
      await Promise.all(
        (['owner', 'inspector', 'service'] as const).map((role) =>
          client.call('auth.login', { userId: store[role].id!, pin: store[role].pin.confirmed }, sessions[role]),
        ),
      );

      // The kill.
      let killed = false;
      let killNote = '';
      let commitSentAt = 0;
      let journalBefore: string | null = null;
      /** The commit in flight has opened its rollback journal (not merely one left by an earlier kill). */
      const commitJournal = () => {
        const now = journalStamp(journalFile(store.dataDir));
        return now !== null && now !== journalBefore;
      };
      /** `sawJournal`: the poll saw the commit's journal a moment ago (it may be a short-lived one, see below). */
      const kill = (why: string, sawJournal = false) => {
        if (killed) return;
        killed = true;
        stopping = true;
        const inCommit = commitRec !== null && !commitDone;
        const journal = inCommit && (sawJournal || commitJournal());
        running.child.kill('SIGKILL');
        killNote = why;
        if (inCommit) {
          if (commitRec!.rows >= bigRows) figures.killsDuringCommit.big += 1;
          else figures.killsDuringCommit.small += 1;
          killNote += ` (in a ${commitRec!.rows}-row commit, ${Date.now() - commitSentAt} ms after it was sent${journal ? ', rollback journal present' : ''})`;
        } else if (commitDone) killNote += ' (after the commit was acknowledged)';
        if (journal) figures.killsWithRollbackJournal += 1;
      };

      const actorRng = (i: number) => createRng((cycleSeed ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0);
      const actors: Promise<unknown>[] = [
        serviceActor(work, actorRng(1), sessions.service),
        inspectorActor(work, actorRng(2), sessions.inspector),
        ownerActor(work, actorRng(3), sessions.owner),
      ];
      const rows = plan.endsWith('200k') ? bigRows : smallRows;
      const hasStaging = (id: string) => existsSync(join(store.dataDir, 'imports', `${id}.stage.sqlite`));
      const afterCommitSent = (rec: ImportRec) => {
        journalBefore = journalStamp(journalFile(store.dataDir));
        commitRec = rec;
        commitSentAt = Date.now();
        if (plan === 'commit-20k' || plan === 'commit-200k') {
          const delay = rng.int(0, Math.round((estimates.commit.get(rows) ?? 5_000) * 1.2));
          setTimeout(() => kill(`${delay} ms into the commit`), delay);
        } else if (plan === 'spill-200k' || plan === 'journal-200k') {
          const waitForSpill = plan === 'spill-200k';
          void (async () => {
            let journalSize = -1;
            while (!killed && !commitDone) {
              if (commitJournal()) {
                if (!waitForSpill) {
                  // Often the short-lived journal of the switch out of WAL (it rewrites the header's version
                  // bytes in a small transaction of its own), else the merge transaction's.
                  kill('as soon as a rollback journal appeared', true);
                  return;
                }
                const size = sizeOf(dbFile(store.dataDir));
                if (journalSize < 0) journalSize = size;
                if (journalState(journalFile(store.dataDir)) === 'hot' || size > journalSize) {
                  kill(`right after the first spill (journal hot; store file ${journalSize} → ${size} bytes)`, true);
                  return;
                }
              }
              await sleep(1);
            }
          })();
        }
      };
      if (plan === 'screens' || plan === 'screens+20k') {
        const delay = rng.int(300, 5_000);
        setTimeout(() => kill(`${delay} ms into the screens' writes`), delay);
      }
      if (plan === 'preview-200k') {
        const delay = rng.int(200, estimates.preview.get(bigRows) ?? 8_000);
        setTimeout(() => kill(`${delay} ms into an upload + preview`), delay);
      }
      if (plan !== 'screens') {
        const started = Date.now();
        actors.push(
          importerActor(
            work,
            sessions.owner,
            {
              rows,
              reuse: plan !== 'preview-200k' && plan !== 'screens+20k' && rng.chance(0.7),
              onCommitSent: (rec) => {
                if (rec.preview === 'acked' && rec.rows === rows) estimate('preview', rows, Date.now() - started);
                afterCommitSent(rec);
              },
              onCommitDone: (rec, ms) => {
                commitDone = true;
                figures.importsCommitted += 1;
                estimate('commit', rec.rows, ms);
                if (plan === 'spill-200k' || plan === 'journal-200k') figures.spillMissed += 1;
                log(`  ${rec.rows}-row commit acknowledged after ${ms} ms`);
              },
            },
            hasStaging,
          ).then((rec) => {
            // The import ended without a kill (refused, or committed): kill a little later, among the screens' writes.
            if (!killed) {
              const delay = rng.int(0, 1_500);
              setTimeout(() => kill(`${delay} ms after the import ended (${rec?.commit ?? 'nothing sent'})`), delay);
            }
          }),
        );
      }
      const safety = setTimeout(() => kill('safety timeout (nothing else killed it in 10 min)'), 600_000);
      await running.exited;
      clearTimeout(safety);
      await Promise.race([Promise.allSettled(actors), sleep(15_000)]);
      client.close();
      if (commitRec !== null && !commitDone) figures.importCommitsRolledBack += 1;
      const left = journalState(journalFile(store.dataDir));
      if (left === 'hot') figures.hotJournalsLeft += 1;
      if (left === 'hot' && commitRec !== null && !commitDone) figures.killsAfterFirstSpill += 1;
      log(
        `cycle ${cycle}/${options.cycles} [${plan}, cycle seed ${cycleSeed}] killed ${killNote}${left === 'none' ? '' : `; ${left} journal left`}`,
      );

      if (!(await restartAndVerify(store, cycle))) {
        log(`  store ${store.gen} abandoned; a fresh store continues`);
        store.running = null;
        store = await newStore(store.gen + 1);
        continue;
      }
      const orders = (() => {
        const db = new BetterSqlite3(dbFile(store.dataDir), { readonly: true, fileMustExist: true });
        try {
          return (db.prepare(`SELECT count(*) AS n FROM orders`).get() as { n: number }).n;
        } finally {
          db.close();
        }
      })();
      if (orders > maxStoreOrders && cycle < options.cycles) {
        log(`  store ${store.gen} holds ${orders} orders: a fresh store continues`);
        await stopStore(store, true);
        store = await newStore(store.gen + 1);
      }
    }
  } finally {
    await stopStore(store, true);
    figures.writesSent = stats.sent;
    figures.acknowledgedWrites = stats.acked;
    figures.refusals = stats.refusals;
    figures.ackedDuringCommit = stats.ackedDuringCommit;
    figures.elapsedMs = Date.now() - t0;
  }
  return figures;
};

export const formatFigures = (f: CrashFigures): string =>
  [
    `seed ${f.seed}: ${f.cycles} cycles on ${f.stores} store(s) in ${(f.elapsedMs / 1000).toFixed(0)} s`,
    `plans: ${Object.entries(f.plans)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `writes sent ${f.writesSent}, acknowledged ${f.acknowledgedWrites}; acknowledged facts checked after restarts ${f.acknowledgedChecks}`,
    `kills during a commit: ${f.killsDuringCommit.small} small, ${f.killsDuringCommit.big} bulk; with the rollback journal present ${f.killsWithRollbackJournal}, after the first spill ${f.killsAfterFirstSpill}; spill missed ${f.spillMissed}; hot journals left by kills ${f.hotJournalsLeft} (not-hot journals beside a reopened store: ${f.staleJournalsLeft})`,
    `import commits acknowledged ${f.importsCommitted}, killed in flight ${f.importCommitsRolledBack}`,
    `writes answered while a commit request was out: ${
      Object.entries(f.ackedDuringCommit)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }`,
    `reopen failures ${f.reopenFailures}; failures ${f.failures.length}; unexpected refusals ${f.refusals.length}${f.refusals.length ? ` (e.g. ${[...new Set(f.refusals)].slice(0, 3).join(' | ')})` : ''}`,
    ...(f.dataDirs.length ? [`data dirs kept: ${f.dataDirs.join(' ')}`] : []),
    ...f.failures.map((x) => `FAILURE cycle ${x.cycle} ${x.what}: ${x.detail}`),
  ].join('\n');
