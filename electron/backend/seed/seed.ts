/**
 * seedDatabase: a deterministic, realistic dataset (twelve months of a Pinduoduo shop) written straight into a
 * migrated database. One transaction, raw prepared statements and cheap counter-based ids: 1,000,000 orders
 * must load in under a minute. Same options → same rows (except the demo users' salted PIN hashes).
 */
import { dayMs, hourMs } from '../../../shared/domain/time';
import type { Sqlite } from '../db/connection';
import { all, first, sql$ } from '../db/query';
import { rawCount } from '../db/raw-sql';
import { refreshDerivedData } from '../db/derived';
import { withTriggersLifted } from './bulk-load';
import { buildDays, chinaMidnight, ordersPerDay, seasonFactor, timeOfDay } from './calendar';
import { planCase } from './case-plan';
import { createCaseWriter } from './case-writer';
import { createTemplateReplies } from './template-replies';
import { couriers, createIdFactory, orderNumber, trackingNumber } from './codes';
import { assignDemoDeskCases } from './desk-assignments';
import { ensureDemoUsers, type SeededUser } from './demo-users';
import { seedDeskClocks } from './desk-clocks';
import { seedConversations } from './conversations';
import { seedRootCauses } from './root-causes';
import { writeLotInspections } from './lot-inspections';
import { letOneBadLotEscapeQc } from './scorecard-story';
import { writeAqlHistory } from './aql-history';
import { insertMasterData, lotFor } from './master-data';
import { labelAndAttributeLots } from './lot-labels';
import { seedReturnRules } from './return-rules';
import { createRng, cumulativeOf } from './prng';
import { regions } from './regions';
import { writeRemedyStories } from './remedy-stories';
import { writeEscalationStories } from './escalation-stories';
import { prepareSeedStatements } from './statements';

interface SeedOptions {
  orders: number;
  seed?: number;
  /** End of the twelve months (UTC ms); default: today 00:00 China time. */
  until?: number;
  /**
   * Rebuild derived tables at the end (default true). Only the migration-fixture builder turns it off: it seeds a
   * database at an old schema version, before the derived tables existed.
   */
  refreshDerived?: boolean;
  /** The data folder, for the demo's conversation files (seedConversations); without it the seed writes messages only. */
  dataDir?: string;
}

export interface SeedSamples {
  orderNumbers: string[];
  trackingNumbers: string[];
  /** Return tracking numbers of cases in status awaiting_return with no received_at: what the scan station scans. */
  awaitingReturnTracking: string[];
  caseNumbers: string[];
  skuCodes: string[];
  barcodes: string[];
}

export interface SeedSummary {
  seed: number;
  until: number;
  counts: Record<string, number>;
  samples: SeedSamples;
  users: SeededUser[];
  /** Where the time went: loading facts (with index builds) and the derived-data rebuild (benches report them). */
  timingsMs: { load: number; derived: number };
}

const sampleLimit = 20;
const countedTables = [
  'suppliers',
  'products',
  'skus',
  'lots',
  'orders',
  'order_lines',
  'after_sales_cases',
  'inspections',
  'inspection_defects',
  'communications',
  'users',
];

const defaultUntil = (now = Date.now()): number => chinaMidnight(now);

/** Synchronous and all in one transaction: a failure leaves the database as it was. Call it outside a transaction. */
export const seedDatabase = (db: Sqlite, options: SeedOptions): SeedSummary => {
  // Generated rows reference only rows generated before them, and seed.test.ts proves it with foreign_key_check;
  // skipping the per-row checks and giving the load a large page cache roughly halves the time of a big seed.
  // In WAL mode every page of a gigabyte load is written twice (log, then checkpoint); a rollback journal writes
  // it once and is just as atomic. The switch only succeeds when no other connection has the file open, and the
  // mode is put back afterwards either way.
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) as number;
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const journalMode = String(db.pragma('journal_mode', { simple: true }));
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -1000000');
  if (journalMode === 'wal') db.pragma('journal_mode = DELETE');
  try {
    return loadInTransaction(db, options);
  } finally {
    db.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
    db.pragma(`cache_size = ${Math.trunc(cacheSize)}`);
    if (journalMode === 'wal') db.pragma('journal_mode = WAL');
    // Observed with SQLite 3.54 since migration 17 rebuilt `communications`: after its indexes are lifted and put back
    // around a journal-mode switch, the connection keeps that table locked until it is next read, and the CLI's closing
    // `wal_checkpoint` failed with SQLITE_LOCKED ("database table is locked"). One read of each bulk table releases it.
    for (const table of bulkTables) db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get();
  }
};

const loadInTransaction = (db: Sqlite, options: SeedOptions): SeedSummary =>
  db.transaction(() => {
    const started = performance.now();
    const loaded = withTriggersLifted(db, bulkTables, () => loadFacts(db, options));
    const indexed = performance.now();
    if (options.refreshDerived !== false) refreshDerivedData(db);
    const counts: Record<string, number> = {};
    for (const table of countedTables) counts[table] = rawCount(db, `SELECT count(*) AS n FROM ${table}`, [], { cache: false });
    return { ...loaded, counts, timingsMs: { load: indexed - started, derived: performance.now() - indexed } };
  })();

/** Tables the seed fills row by row; their maintenance triggers are lifted during the load (see bulk-load.ts). */
const bulkTables = ['orders', 'order_lines', 'after_sales_cases', 'inspections', 'inspection_defects', 'communications'];

const loadFacts = (db: Sqlite, options: SeedOptions): Omit<SeedSummary, 'counts' | 'timingsMs'> => {
  const seed = options.seed ?? 1;
  const until = options.until ?? defaultUntil();
  const rng = createRng(seed);
  const ids = createIdFactory(rng);
  const statements = prepareSeedStatements(db);
  const store = first(db, sql$.selectFrom('stores').select('id').orderBy('created_at').orderBy('id').limit(1));
  if (!store) throw new Error('seedDatabase needs a migrated database with its first-run data (no store found).');

  const users = ensureDemoUsers(db, () => ids(until - 400 * dayMs), until - 400 * dayMs);
  const userOf = (role: string) => users.find((user) => user.role === role)?.id ?? users[0]!.id;
  const defectTypes = new Map(
    all(db, sql$.selectFrom('defect_types').select(['id', 'code', 'default_class as defaultClass'])).map((row) => [row.code, row] as const),
  );
  const skus = insertMasterData(db, rng, ids, until, 5);
  seedReturnRules(db);
  const writeCase = createCaseWriter({
    rng,
    ids,
    statements,
    storeId: store.id,
    inspectorId: userOf('inspector'),
    serviceId: userOf('service'),
    defectTypes,
    templateReply: createTemplateReplies(db, createRng(seed + 16)),
  });

  // SKU popularity per calendar month (seasons), as cumulative weights for fast sampling.
  const skuCumulativeByMonth = Array.from({ length: 13 }, (_, month) =>
    cumulativeOf(skus.map((sku) => (sku.product.popularity * seasonFactor(sku.product.season, month)) / sku.product.specs.length)),
  );
  const regionCumulative = cumulativeOf(regions.map(([, weight]) => weight));

  const samples: SeedSamples = {
    orderNumbers: [],
    trackingNumbers: [],
    awaitingReturnTracking: [],
    caseNumbers: [],
    skuCodes: skus.slice(0, sampleLimit).map((s) => s.code),
    barcodes: skus.slice(0, sampleLimit).map((s) => s.barcode),
  };
  const stride = Math.max(1, Math.floor(options.orders / sampleLimit));
  const awaiting: string[] = [];
  const tally = { cases: 0, communications: 0 };
  const days = buildDays(until);
  const perDay = ordersPerDay(days, options.orders);
  let counter = 0;
  const chosen: number[] = [];

  days.forEach((day, dayIndex) => {
    const count = perDay[dayIndex]!;
    const skuCumulative = skuCumulativeByMonth[day.month]!;
    for (let i = 0; i < count; i += 1) {
      counter += 1;
      const paidAt = day.startUtc + timeOfDay((i + rng.next()) / count);
      const orderId = ids(paidAt);
      const number = orderNumber(day, counter, rng);
      const cancelled = rng.chance(0.025);
      const shippedAt = cancelled ? null : paidAt + Math.floor((4 + rng.next() * 40) * hourMs);
      const signedAt = shippedAt === null ? null : shippedAt + Math.floor((1.2 + rng.next() * 3.5) * dayMs);
      const shipped = shippedAt !== null && shippedAt <= until;
      const signed = shipped && signedAt !== null && signedAt <= until;

      const lineCount = rng.weighted<number>([
        [1, 75],
        [2, 18],
        [3, 7],
      ]);
      chosen.length = 0;
      let goodsTotal = 0;
      for (let l = 0; l < lineCount; l += 1) {
        const skuIndex = rng.pickCumulative(skuCumulative);
        if (!chosen.includes(skuIndex)) chosen.push(skuIndex);
      }
      const quantities = chosen.map(() => (rng.chance(0.86) ? 1 : rng.chance(0.8) ? 2 : 3));
      chosen.forEach((skuIndex, l) => (goodsTotal += skus[skuIndex]!.priceFen * quantities[l]!));
      const shopDiscount = rng.chance(0.2) ? Math.min(rng.pick([100, 200, 300, 500]), Math.floor(goodsTotal / 5)) : 0;
      const platformDiscount = rng.chance(0.3) ? Math.min(rng.pick([100, 200, 300]), Math.floor(goodsTotal / 5)) : 0;
      const buyerPaid = goodsTotal - shopDiscount - platformDiscount;
      const merchantReceived = goodsTotal - shopDiscount; // the platform funds its own discount
      const courier = shipped ? rng.weighted(couriers) : null;
      const tracking = courier ? trackingNumber(courier, counter, rng) : null;
      const [rawStatus, status] = cancelled
        ? ['已取消', 'cancelled']
        : signed
          ? ['已签收', 'signed']
          : shipped
            ? ['已发货，待收货', 'shipped']
            : ['待发货', 'awaiting_shipment'];
      const region = regions[rng.pickCumulative(regionCumulative)]![0];
      const updatedAt = Math.min(until, signed ? signedAt : shipped ? shippedAt : paidAt);
      statements.order.run(
        orderId,
        store.id,
        number,
        rawStatus,
        status,
        paidAt,
        shipped ? shippedAt : null,
        signed ? signedAt : null,
        region,
        tracking,
        courier?.name ?? null,
        goodsTotal,
        shopDiscount,
        platformDiscount,
        buyerPaid,
        merchantReceived,
        rng.chance(0.01) ? '送小礼品' : null,
        paidAt,
        updatedAt,
      );
      if (counter % stride === 0 && samples.orderNumbers.length < sampleLimit) {
        samples.orderNumbers.push(number);
        if (tracking) samples.trackingNumbers.push(tracking);
      }

      chosen.forEach((skuIndex, l) => {
        const sku = skus[skuIndex]!;
        const lot = lotFor(sku, paidAt);
        const lineId = ids(paidAt);
        const quantity = quantities[l]!;
        statements.line.run(lineId, orderId, sku.id, quantity, sku.priceFen, rng.chance(0.85) ? lot.id : null, sku.product.name);
        if (!shipped) return;
        const returnRate = sku.product.returnRate * sku.supplierFactor * lot.factor;
        if (!rng.chance(returnRate)) return;
        const plan = planCase(
          rng,
          sku.product,
          sku.supplierFactor * (lot.bad ? 4 : 1),
          { shippedAt: shippedAt, signedAt: signed ? signedAt : null },
          until,
        );
        if (!plan) return;
        const lineTotalFen = sku.priceFen * quantity;
        const written = writeCase({ orderId, lineId, sku, lot, quantity, lineTotalFen, orderPaidFen: buyerPaid }, plan);
        tally.cases += 1;
        tally.communications += written.communications;
        if (tally.cases % stride === 0 && samples.caseNumbers.length < sampleLimit) samples.caseNumbers.push(written.caseNumber);
        if (written.status === 'awaiting_return' && written.returnTracking) awaiting.push(written.returnTracking);
      });
    }
  });

  writeLotInspections(db, rng, ids, skus, userOf('inspector'), defectTypes, until);
  writeAqlHistory(db, userOf('owner'));
  letOneBadLotEscapeQc(db);
  labelAndAttributeLots(db, rng);
  writeRemedyStories(db, seed, userOf('service'), until);
  assignDemoDeskCases(db, userOf('service'));
  seedDeskClocks(db, until);
  seedConversations(db, { dataDir: options.dataDir ?? null, serviceId: userOf('service'), until });
  writeEscalationStories(db, seed, userOf('service'), userOf('owner'), until);
  seedRootCauses(db, until, { ownerId: userOf('owner'), serviceId: userOf('service') });
  // The most recent awaiting parcels are the ones a scan test would realistically hold.
  samples.awaitingReturnTracking = awaiting.slice(-sampleLimit);
  return { seed, until, samples, users };
};
