import type { Migration } from './migration';

/**
 * The law on each case (issue 15, item 4; DOMAIN.md "The law"):
 * - `orders.confirmed_at`, the buyer's confirm-receipt time, beside `signed_at`, the logistics signing time that
 *   starts the 7-day clock (E-Commerce Law Art. 51). Until now the built-in order preset read 确认收货时间 into
 *   `signed_at`, so an imported order's `signed_at` is really its confirm time: it moves to `confirmed_at`, and saved
 *   order presets that mapped 确认收货时间 to the signing time map it to the confirm time instead. Seeded and manual
 *   orders keep theirs (they were signing times).
 * - `products.return_exception` / `products.durable`: goods the no-reason return does not cover, and durable goods
 *   (CPL Art. 23), set by the owner per product. The list is frozen here; shared/domain/return-law.ts is the live copy.
 * - `after_sales_cases.return_freight_payer` and `return_freight_amount_fen`: who paid the return freight and how much.
 *   `return_freight_fen` keeps its meaning, the freight the merchant paid, which the cost of returns already sums.
 */
export const returnLaw: Migration = {
  version: 12,
  name: 'return_law',
  sql: /* sql */ `
ALTER TABLE orders ADD COLUMN confirmed_at INTEGER;
UPDATE orders SET confirmed_at = signed_at, signed_at = NULL WHERE source = 'import' AND signed_at IS NOT NULL;
UPDATE import_presets
  SET mapping = json_remove(json_set(mapping, '$.confirmedAt', json_extract(mapping, '$.signedAt')), '$.signedAt')
  WHERE kind = 'orders' AND json_extract(mapping, '$.signedAt') = '确认收货时间' AND json_extract(mapping, '$.confirmedAt') IS NULL;

ALTER TABLE products ADD COLUMN return_exception TEXT
  CHECK (return_exception IN ('perishable','custom_made','digital_opened','hygiene_opened','marked_at_sale'));
ALTER TABLE products ADD COLUMN durable INTEGER NOT NULL DEFAULT 0 CHECK (durable IN (0,1));

ALTER TABLE after_sales_cases ADD COLUMN return_freight_payer TEXT CHECK (return_freight_payer IN ('buyer','merchant','insurance'));
ALTER TABLE after_sales_cases ADD COLUMN return_freight_amount_fen INTEGER CHECK (return_freight_amount_fen >= 0);
`,
};
