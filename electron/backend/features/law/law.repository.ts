import type { ProductRule } from '../../../../shared/contract/law.contract';
import { returnExceptions, type FreightPayer, type LawCaseFacts, type ReturnException } from '../../../../shared/domain/return-law';
import type { Sqlite } from '../../db/connection';
import { all, first, run, sql$ } from '../../db/query';
import { rawQuery } from '../../db/raw-sql';

/** What the law needs to know of one case, and what the case page shows beside the verdict. */
export const caseLawFacts = (db: Sqlite, caseId: string) => {
  const row = first(
    db,
    sql$
      .selectFrom('after_sales_cases as c')
      .innerJoin('orders as o', 'o.id', 'c.order_id')
      .leftJoin('order_lines as l', 'l.id', 'c.order_line_id')
      .leftJoin('skus as s', 's.id', 'l.sku_id')
      .leftJoin('products as p', 'p.id', 's.product_id')
      .select([
        'c.type',
        'c.reason_category as reasonCategory',
        'c.requested_at as requestedAt',
        'c.received_at as receivedAt',
        'c.package_condition as packageCondition',
        'c.return_freight_payer as recordedFreightPayer',
        'c.return_freight_amount_fen as freightAmountFen',
        'c.return_freight_fen as merchantFreightFen',
        'c.voided_at as voidedAt',
        'c.case_number as caseNumber',
        'o.signed_at as signedAt',
        'o.confirmed_at as confirmedAt',
        'p.name as productName',
        'p.return_exception as exception',
        'p.durable',
      ])
      .where('c.id', '=', caseId),
  );
  if (!row) return null;
  const facts: LawCaseFacts = {
    type: row.type,
    reasonCategory: row.reasonCategory,
    requestedAt: row.requestedAt,
    signedAt: row.signedAt,
    confirmedAt: row.confirmedAt,
    receivedAt: row.receivedAt,
    packageCondition: row.packageCondition,
    exception: row.exception,
    durable: row.durable === 1,
    recordedFreightPayer: row.recordedFreightPayer,
  };
  return { facts, row };
};

/**
 * Who paid the return freight, and how much. `return_freight_fen` is the merchant's part (the cost of returns sums
 * it through the rollup triggers): the amount when the merchant paid, nothing when the buyer or the insurance did.
 */
export const recordFreight = (db: Sqlite, caseId: string, payer: FreightPayer, amountFen: number, now: number): void => {
  run(
    db,
    sql$
      .updateTable('after_sales_cases')
      .set({
        return_freight_payer: payer,
        return_freight_amount_fen: amountFen,
        return_freight_fen: payer === 'merchant' ? amountFen : 0,
        updated_at: now,
      })
      .where('id', '=', caseId),
  );
};

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface ProductRow {
  productId: string;
  name: string;
  productCode: string | null;
  skuCodes: string | null;
  returnException: ReturnException | null;
  durable: number;
}

const toRule = (r: ProductRow): ProductRule => ({
  productId: r.productId,
  name: r.name,
  productCode: r.productCode,
  // group_concat of codes joined by a control character no code contains.
  skuCodes: r.skuCodes ? r.skuCodes.split('\u001f') : [],
  returnException: r.returnException,
  durable: r.durable === 1,
});

const productSelect = /* sql */ `
  SELECT p.id AS productId, p.name, p.product_code AS productCode, p.return_exception AS returnException, p.durable,
    (SELECT group_concat(code, char(31)) FROM (SELECT s.code FROM skus s WHERE s.product_id = p.id ORDER BY s.code LIMIT 6)) AS skuCodes
  FROM products p`;

const productWhere = `WHERE (? IS NULL OR p.name LIKE ? ESCAPE '\\' OR p.product_code LIKE ? ESCAPE '\\'
  OR EXISTS (SELECT 1 FROM skus s WHERE s.product_id = p.id AND s.code LIKE ? ESCAPE '\\'))`;

/** Products with their rules; the ones with an exception or the durable flag first, so the owner sees what is set. */
export const listProductRules = (db: Sqlite, q: string | undefined, limit: number, offset: number) => {
  const like = q ? likePattern(q) : null;
  const params = [like, like, like, like];
  const rows = rawQuery<ProductRow>(
    db,
    `${productSelect} ${productWhere}
     ORDER BY (p.return_exception IS NULL AND p.durable = 0), p.name, p.id LIMIT ? OFFSET ?`,
  ).all([...params, limit, offset]);
  const total = rawQuery<{ n: number }>(db, `SELECT count(*) AS n FROM products p ${productWhere}`).one(params).n;
  return { rows: rows.map(toRule), total };
};

export const findProductRule = (db: Sqlite, productId: string): ProductRule | null => {
  const row = rawQuery<ProductRow>(db, `${productSelect} WHERE p.id = ?`).get([productId]);
  return row ? toRule(row) : null;
};

/** The exceptions set on at least one product, in the domain's order (for the store-page policy text). */
export const exceptionsInUse = (db: Sqlite): ReturnException[] => {
  const used = new Set(
    all(db, sql$.selectFrom('products').select('return_exception').distinct().where('return_exception', 'is not', null)).map(
      (r) => r.return_exception,
    ),
  );
  return returnExceptions.filter((e) => used.has(e));
};

export const setProductRule = (db: Sqlite, productId: string, exception: ReturnException | null, durable: boolean): void => {
  run(
    db,
    sql$
      .updateTable('products')
      .set({ return_exception: exception, durable: durable ? 1 : 0 })
      .where('id', '=', productId),
  );
};
