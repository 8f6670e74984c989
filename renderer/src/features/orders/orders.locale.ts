import type { LocaleBundle } from '../../i18n/types';

const zh = {
  search: '订单号 / 快递单号 / 商家编码',
  searchHint: '输入开头几位即可，按回车搜索',
  store: '店铺',
  paidRange: '支付日期',
  col: {
    orderNumber: '订单号',
    store: '店铺',
    status: '订单状态',
    paidAt: '支付时间',
    items: '商品 × 件数',
    paid: '用户实付',
    tracking: '快递',
    cases: '售后单',
  },
  count_one: '共 {{count}} 个订单',
  count_other: '共 {{count}} 个订单',
  countCapped: '超过 {{count}} 个订单，只能翻看前 {{count}} 个；请缩小搜索或日期范围',
  status: { awaiting_shipment: '待发货', shipped: '已发货', signed: '已签收', cancelled: '已取消', other: '其他' },
  empty: { title: '还没有订单', hint: '导入拼多多后台导出的订单表后，订单会出现在这里，可以搜索、筛选和导出。', import: '导入订单' },
  emptyFiltered: '没有符合条件的订单',
};

const en: typeof zh = {
  search: 'Order / tracking number / SKU code',
  searchHint: 'The first characters will do; press Enter to search',
  store: 'Store',
  paidRange: 'Paid date',
  col: {
    orderNumber: 'Order number',
    store: 'Store',
    status: 'Order status',
    paidAt: 'Paid at',
    items: 'Items × units',
    paid: 'Buyer paid',
    tracking: 'Shipping',
    cases: 'Cases',
  },
  count_one: '{{count}} order',
  count_other: '{{count}} orders',
  countCapped: 'More than {{count}} orders; only the first {{count}} can be paged. Narrow the search or the dates.',
  status: { awaiting_shipment: 'Awaiting shipment', shipped: 'Shipped', signed: 'Signed', cancelled: 'Cancelled', other: 'Other' },
  empty: {
    title: 'No orders yet',
    hint: 'Import an orders export from the Pinduoduo back office and the orders show here, to search, filter and export.',
    import: 'Import orders',
  },
  emptyFiltered: 'No order matches',
};

export const ordersLocale: LocaleBundle = { 'zh-CN': zh, 'en-US': en };
