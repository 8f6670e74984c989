import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { createBackend } from '../../../electron/backend/app';
import { consoleLogger } from '../../../electron/backend/core/logger';
import { saveUploadStream } from '../../../electron/backend/features/uploads/upload-store';
import type { BenchScenario } from '../scenario';

/**
 * import_orders_csv (issue 4, item 9): a 1,000,000-row Pinduoduo order export (GB18030) imported end to end
 * through the same methods the import screen calls (upload → imports.preview → imports.commit), against the
 * sqlite3 shell's own `.import --csv` of the same file into a plain in-memory table.
 */
const header =
  '商品,订单号,订单状态,商品总价(元),邮费(元),店铺优惠折扣(元),平台优惠折扣(元),多多支付立减金额(元),用户实付金额(元),商家实收金额(元),商品数量(件),支付时间,发货时间,确认收货时间,商品id,商品规格,样式ID,商家编码-规格维度,商家编码-商品维度,商家备注,售后状态,快递单号,快递公司,订单成交时间,是否分期,分期期数,手续费承担方,分期方式';
const skus = [
  ['不锈钢保温杯500ml 大容量', '517733020', '白色', '5507139', 'CUP-WH', 'CUP', 3990],
  ['不锈钢保温杯500ml 大容量', '517733020', '黑色', '5507140', 'CUP-BK', 'CUP', 3990],
  ['儿童防滑运动鞋 透气网面', '602145587', '"蓝色,30码"', '5869554', 'SHOE-BL-30', 'SHOE', 7900],
  ['"硅胶手机壳, ""防摔""款"', '715530016', 'iPhone 15', '3400981', 'CASE-IP15', 'CASE', 1590],
  ['加厚珊瑚绒睡衣女冬季套装', '438201112', '"粉色,L"', '8497796', 'PJ-PK-L', 'PJ', 5990],
  ['智利车厘子 JJ级 2斤礼盒', '688002314', '2斤装', '7712345', 'CHERRY-2J', 'CHERRY', 12900],
] as const;
const statuses = ['已签收', '已取消', '已发货，待签收', '待发货'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const yuan = (fen: number) => `${Math.floor(fen / 100)}.${pad(fen % 100)}`;

export const generateOrderExport = async (file: string, rows: number): Promise<void> => {
  const out = createWriteStream(file);
  out.write(iconv.encode(`${header}\r\n`, 'gb18030'));
  let chunk: string[] = [];
  let seed = 12345;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (let i = 0; i < rows; i++) {
    const [title, goodsId, spec, styleId, skuCode, productCode, price] = skus[i % skus.length]!;
    const qty = 1 + rand(3);
    const day = 1 + (i % 28);
    const stamp = `2026-08-${pad(day)} ${pad(rand(24))}:${pad(rand(60))}:00`;
    const status = statuses[rand(4)]!;
    const total = price * qty;
    const orderNumber = `2608${pad(day)}-${String(100000000000000 + i).padStart(15, '0')}`;
    chunk.push(
      `${title},${orderNumber},${status},${yuan(total)},0.00,0.00,1.00,0.00,${yuan(total - 100)},${yuan(total)},${qty},${stamp},${stamp},,${goodsId},${spec},${styleId},${skuCode},${productCode},,无售后或售后取消,${7590996030000 + i},中通快递,${stamp},否,,,`,
    );
    if (chunk.length === 10000) {
      if (!out.write(iconv.encode(`${chunk.join('\r\n')}\r\n`, 'gb18030'))) await once(out, 'drain');
      chunk = [];
    }
  }
  if (chunk.length) out.write(iconv.encode(`${chunk.join('\r\n')}\r\n`, 'gb18030'));
  out.end();
  await once(out, 'finish');
};

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

/** Runs in a fresh data dir of its own (under `parent`): a million imported orders would change the seeded one. */
export const runImportOrdersCsv = async (rows = 1_000_000, parent = tmpdir()): Promise<ImportBenchResult> => {
  const work = mkdtempSync(join(parent, 'rl-bench-import-'));
  try {
    const file = join(work, 'pdd-orders-1m.csv');
    await generateOrderExport(file, rows);

    const shellStart = performance.now();
    const shell = spawnSync('/usr/bin/sqlite3', [':memory:'], { input: `.import --csv ${file} t\nSELECT count(*) FROM t;\n`, encoding: 'utf8' });
    const baseline = (performance.now() - shellStart) / 1000;
    if (shell.status !== 0) throw new Error(`sqlite3 failed: ${shell.stderr}`);

    const dataDir = join(work, 'data');
    const backend = createBackend({ dataDir, logger: consoleLogger(true) });
    const session = 'bench';
    const setup = await backend.dispatch('auth.setupOwner', { name: 'Bench', pin: '123456', locale: 'zh-CN' }, session);
    if (!setup.ok) throw new Error(setup.error.message);

    const t0 = performance.now();
    const ref = await saveUploadStream(dataDir, createReadStream(file), 'pdd-orders-1m.csv', Date.now(), Number.MAX_SAFE_INTEGER);
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

    const seconds = (t3 - t0) / 1000;
    return {
      rows_per_s: Math.round(rows / seconds),
      peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
      seconds: Math.round(seconds * 100) / 100,
      baseline: Math.round(baseline * 100) / 100,
      ratio: Math.round((seconds / baseline) * 100) / 100,
      rows,
      file_mb: Math.round(statSync(file).size / 1024 / 1024),
      phases: {
        upload_s: Math.round(t1 - t0) / 1000,
        preview_s: Math.round(t2 - t1) / 1000,
        commit_s: Math.round(t3 - t2) / 1000,
      },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
};

export const importOrdersCsvScenario: BenchScenario = {
  name: 'import_orders_csv',
  description:
    '1,000,000-row PDD order export (GB18030) through upload → imports.preview → imports.commit on a fresh data dir, vs sqlite3 .import --csv of the same file; peak_rss_mb is the whole bench process',
  run: async (ctx) => {
    const rows = Number(process.env.RL_BENCH_IMPORT_ROWS ?? 1_000_000);
    ctx.log(`import_orders_csv: generating and importing ${rows} rows`);
    const { phases, ...figures } = await runImportOrdersCsv(rows, ctx.scratchDir);
    return { ...figures, phases };
  },
};

if (process.argv[1]?.endsWith('import-orders-csv.ts')) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  runImportOrdersCsv(rows).then(
    (result) => console.log(JSON.stringify(result)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
