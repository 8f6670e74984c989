/**
 * The areas the screens test visits and the title each must show, written out by hand: what a person expects to
 * read. test/integration/areas.test.ts holds them against the navigation (renderer/src/shell/area-list.ts) and its
 * labels in both languages, so an area added to one and not the others fails a unit test, not a person's eye.
 */
export const screenAreas = [
  'scan',
  'desk',
  'cases',
  'orders',
  'quality',
  'scorecard',
  'actions',
  'suppliers',
  'lots',
  'import',
  'settings',
] as const;

export const screenTitles = {
  'zh-CN': {
    scan: '扫码质检',
    desk: '客服工作台',
    cases: '售后单',
    orders: '订单',
    quality: '质量看板',
    scorecard: '供应商评分卡',
    actions: '改进措施',
    suppliers: '供应商与批次',
    lots: '来货抽检',
    import: '导入导出',
    settings: '设置',
  },
  'en-US': {
    scan: 'Scan & inspect',
    desk: 'Service desk',
    cases: 'Cases',
    orders: 'Orders',
    quality: 'Quality',
    scorecard: 'Supplier scorecards',
    actions: 'Corrective actions',
    suppliers: 'Suppliers & lots',
    lots: 'Lot inspection',
    import: 'Import & export',
    settings: 'Settings',
  },
} as const;
