import type { Sqlite } from '../db/connection';
import { products } from './catalog';

/**
 * The demo shop's product return rules (issue 15, item 4): fresh fruit has no 7-day no-reason return, and the
 * electronics are durable goods (CPL Art. 23: computers, appliances and the like), so the case page's verdict shows both.
 * Skipped on a store older than migration 0012 (the fixture builder seeds old schema versions).
 */
export const seedReturnRules = (db: Sqlite): void => {
  const columns = db.prepare(`SELECT name FROM pragma_table_info('products')`).all() as { name: string }[];
  if (!columns.some((c) => c.name === 'return_exception')) return;
  const set = db.prepare(`UPDATE products SET return_exception = ?, durable = ? WHERE product_code = ?`);
  for (const p of products) {
    if (p.kind === 'fresh') set.run('perishable', 0, p.code);
    else if (p.kind === 'electronics') set.run(null, 1, p.code);
  }
};
