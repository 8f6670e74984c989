import type { TFunction } from 'i18next';
import { createContext } from 'react';
import type { Output } from '../../../../shared/contract';
import type { AnalyticsFilter } from '../../../../shared/contract/analytics.contract';

/** The filters the dashboard applies, in words: drawn under the title of every exported chart PNG. */
export const ChartCaption = createContext('');

type Options = Output<'analytics.options'>;

/** "Filters: paid 2026-01 to 2026-06; Supplier: 义乌织造" — names, never ids; "all data" without a filter. */
export const filterCaption = (filter: AnalyticsFilter, options: Options | undefined, t: TFunction): string => {
  const nameOf = (list: { id: string; name?: string; code?: string }[] | undefined, id: string | undefined) => {
    const found = list?.find((item) => item.id === id);
    return found?.name ?? found?.code ?? '';
  };
  const parts: string[] = [];
  if (filter.from || filter.to)
    parts.push(t('caption.range', { from: filter.from ?? t('caption.open'), to: filter.to ?? t('caption.open') }));
  const named: [
    keyof AnalyticsFilter,
    'store' | 'product' | 'sku' | 'supplier' | 'lot',
    { id: string; name?: string; code?: string }[] | undefined,
  ][] = [
    ['storeId', 'store', options?.stores],
    ['productId', 'product', options?.products],
    ['skuId', 'sku', options?.skus],
    ['supplierId', 'supplier', options?.suppliers],
    ['lotId', 'lot', options?.lots],
  ];
  for (const [key, label, list] of named) {
    if (filter[key]) parts.push(t(`caption.${label}`, { name: nameOf(list, filter[key]), interpolation: { escapeValue: false } }));
  }
  return parts.length === 0
    ? t('caption.all')
    : t('caption.filters', { list: parts.join(t('caption.separator')), interpolation: { escapeValue: false } });
};
