import defectTypes from '../../../resources/taxonomy/defect-types.json';
import reasonCategories from '../../../resources/taxonomy/reason-categories.json';
import { defaultPolicy } from '../../../shared/domain/policy';
import { newId } from '../core/ids';
import type { Sqlite } from './connection';
import { first, sql$ } from './query';

/**
 * Data every store starts with: the bilingual defect taxonomy, the reason categories, the policy defaults
 * and one store. Idempotent (INSERT OR IGNORE), so it runs at every start and never overwrites an owner's edits.
 */
export const ensureFirstRunData = (db: Sqlite, now: number): void => {
  db.transaction(() => {
    const insertDefect = db.prepare(
      `INSERT OR IGNORE INTO defect_types (id, code, name_zh, name_en, category, default_class, active, sort_order, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    );
    defectTypes.forEach((d, i) =>
      insertDefect.run(newId(), d.code, d.name_zh, d.name_en, d.category, d.default_class, (i + 1) * 10, now, now),
    );
    const insertReason = db.prepare(`INSERT OR IGNORE INTO reason_categories (code, name_zh, name_en, sort_order) VALUES (?, ?, ?, ?)`);
    reasonCategories.forEach((r, i) => insertReason.run(r.code, r.name_zh, r.name_en, (i + 1) * 10));
    db.prepare(`INSERT OR IGNORE INTO settings (key, value, updated_at) VALUES ('policy', ?, ?)`).run(JSON.stringify(defaultPolicy), now);
    const stores =
      first(
        db,
        sql$.selectFrom('stores').select((eb) => eb.fn.countAll<number>().as('n')),
      )?.n ?? 0;
    if (stores === 0)
      db.prepare(`INSERT INTO stores (id, name, platform, created_at) VALUES (?, ?, 'pinduoduo', ?)`).run(newId(), '拼多多店铺', now);
  })();
};
