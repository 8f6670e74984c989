/**
 * Import layouts are DATA: a preset maps each of our fields to the source column header that carries it.
 * Pinduoduo changes its export layouts between accounts and over time; a new layout is a new preset
 * (built in here, or saved by the user from the mapping screen), never new code.
 */
export const importKinds = ['orders', 'aftersales'] as const;
export type ImportKind = (typeof importKinds)[number];

/** What an import can create or change, counted separately in the preview. */
export const importEntities = ['orders', 'order_lines', 'skus', 'products', 'cases'] as const;
export type ImportEntity = (typeof importEntities)[number];

interface ImportField {
  key: string;
  required: boolean;
}

const f = (key: string, required = false): ImportField => ({ key, required });

export const importFieldsByKind: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  orders: [
    f('orderNumber', true),
    f('status', true),
    f('quantity', true),
    f('skuCode'),
    f('platformSkuId'),
    f('productCode'),
    f('goodsId'),
    f('title'),
    f('spec'),
    f('goodsTotal'),
    f('postage'),
    f('shopDiscount'),
    f('platformDiscount'),
    f('buyerPaid'),
    f('merchantReceived'),
    f('paidAt'),
    f('orderedAt'),
    f('shippedAt'),
    f('signedAt'),
    f('confirmedAt'),
    f('trackingNumber'),
    f('courier'),
    f('merchantNote'),
  ],
  aftersales: [
    f('caseNumber', true),
    f('orderNumber', true),
    f('type', true),
    f('status', true),
    f('requestedAt', true),
    f('skuCode'),
    f('goodsId'),
    f('title'),
    f('spec'),
    f('quantity'),
    f('refund'),
    f('orderAmount'),
    f('reason'),
    f('returnTracking'),
    f('returnCourier'),
    f('deadline'),
  ],
};

export interface PresetDefinition {
  id: string;
  /** For logs and the backend; screens show `names` in the reader's language. */
  name: string;
  /** A built-in preset's name in each language (a preset the user saved has only the name they typed). */
  names?: Readonly<Record<'zh-CN' | 'en-US', string>>;
  kind: ImportKind;
  /** our field → source header */
  mapping: Readonly<Record<string, string>>;
}

export const builtinPresets: readonly PresetDefinition[] = [
  {
    id: 'pdd-orders',
    name: 'Pinduoduo orders export',
    names: { 'zh-CN': '拼多多订单导出', 'en-US': 'Pinduoduo orders export' },
    kind: 'orders',
    mapping: {
      orderNumber: '订单号',
      status: '订单状态',
      quantity: '商品数量(件)',
      skuCode: '商家编码-规格维度',
      platformSkuId: '样式ID',
      productCode: '商家编码-商品维度',
      goodsId: '商品id',
      title: '商品',
      spec: '商品规格',
      goodsTotal: '商品总价(元)',
      postage: '邮费(元)',
      shopDiscount: '店铺优惠折扣(元)',
      platformDiscount: '平台优惠折扣(元)',
      buyerPaid: '用户实付金额(元)',
      merchantReceived: '商家实收金额(元)',
      paidAt: '支付时间',
      orderedAt: '订单成交时间',
      shippedAt: '发货时间',
      // 签收时间 (logistics signing) starts the 7-day window; 确认收货时间 is the buyer's click, kept apart.
      signedAt: '签收时间',
      confirmedAt: '确认收货时间',
      trackingNumber: '快递单号',
      courier: '快递公司',
      merchantNote: '商家备注',
    },
  },
  {
    id: 'pdd-aftersales',
    name: 'Pinduoduo after-sales export',
    names: { 'zh-CN': '拼多多售后导出', 'en-US': 'Pinduoduo after-sales export' },
    kind: 'aftersales',
    mapping: {
      caseNumber: '售后单号',
      orderNumber: '订单号',
      type: '售后类型',
      status: '售后状态',
      requestedAt: '申请时间',
      skuCode: '商家编码-规格维度',
      goodsId: '商品id',
      title: '商品名称',
      spec: '商品规格',
      quantity: '申请数量',
      refund: '退款金额(元)',
      orderAmount: '订单金额(元)',
      reason: '售后原因',
      returnTracking: '退货快递单号',
      returnCourier: '退货快递公司',
      deadline: '商家处理截止时间',
    },
  },
];

/** Header text as compared: exports differ in full/half-width brackets and stray spaces. */
export const headerKey = (text: string): string =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/\s+/g, '')
    .toLowerCase();

export interface PresetMatch {
  preset: PresetDefinition;
  /** field → column index */
  columns: Record<string, number>;
  missingRequired: string[];
  /** share of the preset's columns present in the header row */
  score: number;
}

/** Resolves a preset against a header row. */
export const matchPreset = (preset: PresetDefinition, headers: readonly string[]): PresetMatch => {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = headerKey(h);
    if (!index.has(key)) index.set(key, i);
  });
  const columns: Record<string, number> = {};
  let found = 0;
  const entries = Object.entries(preset.mapping);
  for (const [field, header] of entries) {
    const at = index.get(headerKey(header));
    if (at !== undefined) {
      columns[field] = at;
      found += 1;
    }
  }
  const missingRequired = importFieldsByKind[preset.kind]
    .filter((field) => field.required && columns[field.key] === undefined)
    .map((field) => preset.mapping[field.key] ?? field.key);
  return { preset, columns, missingRequired, score: entries.length ? found / entries.length : 0 };
};

/** The best preset for a header row: complete ones first, then the highest share of known columns. */
export const bestPreset = (presets: readonly PresetDefinition[], headers: readonly string[]): PresetMatch | null => {
  let best: PresetMatch | null = null;
  for (const preset of presets) {
    const match = matchPreset(preset, headers);
    const better =
      !best ||
      (match.missingRequired.length === 0 && best.missingRequired.length > 0) ||
      ((match.missingRequired.length === 0) === (best.missingRequired.length === 0) && match.score > best.score);
    if (better) best = match;
  }
  return best;
};

/** A preset's name for the reader: a built-in one in their language, a saved one as the user typed it. */
export const presetDisplayName = (preset: { id: string; name: string }, language: string): string => {
  const names = builtinPresets.find((p) => p.id === preset.id)?.names;
  return names ? (language === 'en-US' ? names['en-US'] : names['zh-CN']) : preset.name;
};
