import type { RateDimension } from '../../../../shared/domain/metrics';
import type { Sqlite } from '../../db/connection';
import { lotRows, productNames, skuDimensionRows, supplierNames } from './analytics.repository';

export interface Label {
  zh: string;
  en: string;
}

/**
 * The small catalog tables, read once per dashboard call: aggregation runs in SQL down to (SKU, lot) and these
 * maps lift that to product and supplier, so the fact rows never need a per-row join.
 */
export interface Dimensions {
  skuCode: Map<string, string>;
  skuProduct: Map<string, string>;
  skuSupplier: Map<string, string | null>;
  skuUnitCost: Map<string, number>;
  productName: Map<string, string>;
  supplierName: Map<string, string>;
  lotCode: Map<string, string>;
  lotSupplier: Map<string, string | null>;
}

export const loadDimensions = (db: Sqlite): Dimensions => {
  const skus = skuDimensionRows(db);
  const products = productNames(db);
  const suppliers = supplierNames(db);
  const lots = lotRows(db);
  return {
    skuCode: new Map(skus.map((s) => [s.id, s.code])),
    skuProduct: new Map(skus.map((s) => [s.id, s.product_id])),
    skuSupplier: new Map(skus.map((s) => [s.id, s.supplier_id])),
    skuUnitCost: new Map(skus.map((s) => [s.id, s.cost])),
    productName: new Map(products.map((p) => [p.id, p.name])),
    supplierName: new Map(suppliers.map((s) => [s.id, s.name])),
    lotCode: new Map(lots.map((l) => [l.id, l.lot_code])),
    lotSupplier: new Map(lots.map((l) => [l.id, l.supplier_id])),
  };
};

/** The group a (SKU, lot) pair belongs to for a rate dimension; '' means "none" (no lot, no supplier). */
export const dimensionKey = (dims: Dimensions, dimension: RateDimension, skuId: string, lotKey: string): string => {
  switch (dimension) {
    case 'sku':
      return skuId;
    case 'lot':
      return lotKey;
    case 'product':
      return dims.skuProduct.get(skuId) ?? '';
    case 'supplier':
      return (lotKey ? dims.lotSupplier.get(lotKey) : null) ?? dims.skuSupplier.get(skuId) ?? '';
  }
};

export const dimensionLabel = (dims: Dimensions, dimension: RateDimension, key: string): Label => {
  if (key === '') {
    return dimension === 'lot' ? { zh: '无批次', en: 'No lot' } : { zh: '未指定供应商', en: 'No supplier' };
  }
  const text =
    dimension === 'sku'
      ? dims.skuCode.get(key)
      : dimension === 'lot'
        ? dims.lotCode.get(key)
        : dimension === 'product'
          ? dims.productName.get(key)
          : dims.supplierName.get(key);
  return { zh: text ?? key, en: text ?? key };
};
