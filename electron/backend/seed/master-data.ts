/**
 * Suppliers, products, SKUs and lots: the small catalogue every seeded order points at. Lots carry a return-rate
 * factor; a handful are clearly bad and have a signature defect the inspections keep finding.
 */
import { chinaOffsetMs, dayMs } from '../../../shared/domain/time';
import type { Sqlite } from '../db/connection';
import { insertLot } from '../features/lots/lots.repository';
import { insertSupplier } from '../features/suppliers/suppliers.repository';
import { products, suppliers, type ProductSeed } from './catalog';
import { chinaMidnight } from './calendar';
import { ean13, type IdFactory } from './codes';
import type { Rng } from './prng';

export interface SeedLot {
  id: string;
  code: string;
  receivedAt: number;
  /** Multiplies the SKU's return rate. */
  factor: number;
  bad: boolean;
  signatureDefect: string | null;
}

export interface SeedSku {
  id: string;
  code: string;
  barcode: string;
  product: ProductSeed;
  productIndex: number;
  priceFen: number;
  supplierFactor: number;
  lots: SeedLot[];
}

const lotDate = (utc: number): string => new Date(utc + chinaOffsetMs).toISOString().slice(0, 10).replace(/-/g, '');

export const insertMasterData = (db: Sqlite, rng: Rng, ids: IdFactory, until: number, badLotCount: number): SeedSku[] => {
  const start = until - 400 * dayMs;
  const supplierIds = suppliers.map((supplier) => {
    const id = ids(start);
    // The same write as suppliers.create.
    insertSupplier(db, id, { name: supplier.name, contact: supplier.contact, notes: null, active: true }, start);
    return id;
  });
  const insertProduct = db.prepare(
    'INSERT INTO products (id, name, product_code, platform_goods_id, supplier_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertSku = db.prepare(
    `INSERT INTO skus (id, product_id, code, platform_sku_id, spec_text, barcode, unit_cost_fen, supplier_id, active, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  const skus: SeedSku[] = [];
  products.forEach((product, productIndex) => {
    const productId = ids(start);
    const supplierId = supplierIds[product.supplier]!;
    insertProduct.run(productId, product.name, product.code, product.goodsId, supplierId, start);
    product.specs.forEach(([specText, suffix, priceDelta], specIndex) => {
      const skuId = ids(start);
      const code = `${product.code}-${suffix}`;
      const barcode = ean13(`698${String(productIndex).padStart(2, '0')}${String(specIndex).padStart(2, '0')}${rng.digits(5)}`);
      const cost = Math.max(100, product.costFen + Math.round(priceDelta * 0.4));
      insertSku.run(skuId, productId, code, String(rng.int(1_000_000, 9_999_999)), specText, barcode, cost, supplierId, start);
      const lotCount = rng.int(4, 6);
      const lots: SeedLot[] = [];
      for (let k = 0; k < lotCount; k += 1) {
        // Lots arrive through the year; the first one is in stock before the first order.
        const receivedAt = chinaMidnight(start + Math.floor(((k + rng.next() * 0.3) / lotCount) * 380 * dayMs)) + 10 * 3600_000;
        const lot: SeedLot = {
          id: ids(receivedAt),
          code: `L${lotDate(receivedAt)}-${String(k + 1).padStart(2, '0')}`,
          receivedAt,
          factor: 0.7 + rng.next() * 0.6,
          bad: false,
          signatureDefect: null,
        };
        // The same write as lots.receive; the quantity is set to what the lot then sells (seed/lot-labels.ts).
        insertLot(db, {
          id: lot.id,
          skuId,
          supplierId,
          lotCode: lot.code,
          receivedAt,
          quantity: rng.int(5, 60) * 100,
          unitCostFen: cost,
          notes: null,
          createdAt: receivedAt,
        });
        lots.push(lot);
      }
      skus.push({
        id: skuId,
        code,
        barcode,
        product,
        productIndex,
        priceFen: product.priceFen + priceDelta,
        supplierFactor: suppliers[product.supplier]!.qualityFactor,
        lots,
      });
    });
  });
  // A few clearly bad lots among the popular, non-fresh SKUs (their lots must see sales, or nobody would notice).
  const candidates = skus.filter((sku) => sku.product.kind !== 'fresh' && sku.product.popularity >= 5);
  for (let marked = 0; marked < badLotCount && candidates.length > 0;) {
    const sku = rng.pick(candidates);
    const lot = sku.lots[rng.int(1, sku.lots.length - 2)]!;
    if (lot.bad) continue;
    lot.bad = true;
    lot.factor = 3.5 + rng.next() * 1.5;
    lot.signatureDefect = rng.pick(sku.product.defects);
    marked += 1;
  }
  return skus;
};

/** The lot a line shipped from: the latest received before payment. */
export const lotFor = (sku: SeedSku, paidAt: number): SeedLot => {
  let chosen = sku.lots[0]!;
  for (const lot of sku.lots) if (lot.receivedAt <= paidAt) chosen = lot;
  return chosen;
};
