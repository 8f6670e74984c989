import type { LocaleBundle } from '../../i18n/types';

/** Definitions shown in each chart's help are the same words as docs/METRICS.md. */
export const analyticsLocale: LocaleBundle = {
  'zh-CN': {
    empty: { title: '还没有质量数据', hint: '导入订单和售后单并完成质检后，这里会显示缺陷类型与退货率的关系。' },
    title: '质量看板',
    subtitle: '按订单支付月份（同批订单）统计：缺陷类型、退货率、退货成本与售后时效',
    filters: {
      range: '支付月份', rangeHelp: '日期范围按订单的支付时间（北京时间）筛选：退货计入其订单的支付月份，而不是申请退货的月份。',
      store: '店铺', product: '商品', sku: 'SKU', supplier: '供应商', lot: '批次', all: '全部', reset: '重置筛选',
    },
    kpi: {
      unitsSold: '销售件数', soldHint: '未取消订单的商品件数（按支付月份）', returnRate: '退货率', returned: '退货 {{units}} 件', returned_one: '退货 {{units}} 件', refundedWithoutReturn: '仅退款（未退货）', refundedAmount: '退款 {{amount}}',
      cost: '退货成本', costHint: '退款 + 商家承担运费 + 报废/退供应商货值',
    },
    unit: { units: '件', perThousand: '件/千件', percent: '%', yuan: '元', cases: '单' },
    series: { other: '其他缺陷类型' },
    view: { chart: '图表', table: '表格' },
    export: { png: '导出图片（PNG）', csv: '导出数据（CSV）', xlsx: '导出数据（XLSX）', done: '已导出 {{name}}', failed: '导出失败：{{message}}' },
    help: { title: '口径说明', drill: '点击柱形或单元格查看对应的售后单。' },
    finding: { not_inspected: '尚未质检', no_defect: '未发现缺陷' },
    reason: { no_reason_7day: '七天无理由', quality: '质量问题', not_as_described: '描述不符', wrong_size: '尺码/尺寸', missing_parts: '少件/缺件', wrong_item: '发错货', transit_damage: '运输破损', other: '其他' },
    caseType: { refund_only: '仅退款', return_refund: '退货退款', exchange: '换货', resend: '补寄', repair: '维修' },
    dimension: { sku: 'SKU', product: '商品', supplier: '供应商', lot: '批次' },
    minVolume: '最少销量', minVolumeHelp: '销量低于此值的分组不参与排名，避免“卖 2 件退 1 件”排在最前。',
    col: {
      defect: '缺陷类型', units: '退货件数', cumulative: '累计占比', group: '分组', unitsSold: '销售件数', unitsReturned: '退货件数', rwr: '仅退款件数',
      returnRate: '退货率', sku: 'SKU', month: '支付月份', reason: '申请原因', finding: '质检结论', share: '占该原因比例', refund: '退款', freight: '商家承担运费',
      writeOff: '报废/退供应商货值', total: '合计', week: '截止周（周一）', due: '应处理单数', inTime: '按时响应单数', inTimeShare: '按时响应率', total_rate: '总退货率',
    },
    chart: {
      pareto: { title: '缺陷帕累托', sub: '已质检退货件数，按缺陷类型', help: '退货件数 = 退货退款与换货售后单的申请数量（仅退款单不计入）。缺陷来自该售后单最近一次已完成的质检；一件商品有两种缺陷时，每种各计一次。折线为累计占比。“未发现缺陷”与“尚未质检”单独列出，不参与累计。作废的售后单与作废的质检不计入。' },
      rates: { title: '退货率排名', sub: '退货件数 ÷ 同批订单销售件数', top: '图中为前 {{shown}} 个，共 {{total}} 个（表格视图列出全部）', help: '销售件数 = 未取消订单的商品数量；退货率 = 退货件数 ÷ 销售件数，两者都按订单支付月份（同一批订单）统计。销量低于“最少销量”的分组不显示。一件商品有多种缺陷时在退货率中只计一次。' },
      mix: { title: 'SKU 缺陷构成', sub: '每千件销量的退货件数，按缺陷类型堆叠', help: '每个 SKU：某缺陷类型的退货件数 × 1000 ÷ 销售件数。一件商品有两种缺陷时在两个色块中各计一次，所以堆叠高度可能略高于该 SKU 的总退货率。按退货率从高到低取前 15 个达到最少销量的 SKU。图中单独显示件数最多的 8 种缺陷，其余合并为“其他缺陷类型”；表格视图列出全部缺陷类型。' },
      trend: { title: '月度退货率趋势', sub: '按订单支付月份，按缺陷类型拆分', help: '每个支付月份：该月订单的退货件数 ÷ 该月订单的销售件数。最近的月份退货还在发生，数字会继续上升。按缺陷拆分时一件多缺陷商品在每种缺陷各计一次。图中单独显示件数最多的 8 种缺陷，其余合并为“其他缺陷类型”；表格视图列出全部缺陷类型。' },
      matrix: { title: '申请原因 × 质检结论', sub: '退货件数与占该原因的比例', help: '行是买家申请的原因，列是质检发现。比例 = 单元格件数 ÷ 该原因的退货件数；一件多缺陷商品在多个列各计一次，所以一行的比例之和可能超过 100%。例如“质量问题”却“未发现缺陷”的比例。' },
      cost: { title: '按缺陷类型的退货成本', sub: '退款 + 商家承担运费 + 报废/退供应商货值', help: '退货退款与换货单的退款金额、商家承担的退货运费，以及质检处置为“报废”或“退回供应商”的商品按 SKU 单位成本计算的货值（未设成本的 SKU 计 0）。多缺陷商品在每种缺陷各计一次，所以各柱之和可能大于顶部的退货成本总额。' },
      deadline: { title: '售后处理时效', sub: '截止前响应的比例，按截止日所在周', help: '按商家处理截止时间所在周（周一开始，北京时间）统计：已过截止时间或已经响应的售后单中，首次响应时间早于或等于截止时间的比例。没有截止时间的单不计入。' },
    },
    drill: { title: '明细：{{what}}', total: '共 {{count}} 单', total_one: '共 {{count}} 单', shown: '显示前 {{shown}} 单', caseNumber: '售后单号', orderNumber: '订单号', type: '类型', reason: '申请原因', sku: 'SKU', units: '件数', refund: '退款', paidMonth: '支付月份', requestedAt: '申请时间', deadline: '截止时间', responded: '首次响应', finding: '质检结论' },
    caption: {
      all: '筛选：全部数据', filters: '筛选：{{list}}', separator: '；', range: '支付月份 {{from}} 至 {{to}}', open: '不限',
      store: '店铺：{{name}}', product: '商品：{{name}}', sku: 'SKU：{{name}}', supplier: '供应商：{{name}}', lot: '批次：{{name}}',
    },
  },
  'en-US': {
    empty: { title: 'No quality data yet', hint: 'Once orders and cases are imported and returns inspected, this page ties defect types to return rates.' },
    title: 'Quality dashboard',
    subtitle: 'By order cohort (paid month): defect types, return rates, cost of returns and response times',
    filters: {
      range: 'Paid months', rangeHelp: 'The date range filters on the ORDER’s paid time (China time): a return counts in its order’s paid month, never in the month it was requested.',
      store: 'Store', product: 'Product', sku: 'SKU', supplier: 'Supplier', lot: 'Lot', all: 'All', reset: 'Reset filters',
    },
    kpi: {
      unitsSold: 'Units sold', soldHint: 'Units on orders not cancelled (by paid month)', returnRate: 'Return rate', returned: '{{units}} units returned', returned_one: '{{units}} unit returned', refundedWithoutReturn: 'Refunded without return', refundedAmount: '{{amount}} refunded',
      cost: 'Cost of returns', costHint: 'Refunds + return freight paid + goods written off',
    },
    unit: { units: 'units', perThousand: 'per 1,000 sold', percent: '%', yuan: 'CNY', cases: 'cases' },
    series: { other: 'Other defect types' },
    view: { chart: 'Chart', table: 'Table' },
    export: { png: 'Export image (PNG)', csv: 'Export data (CSV)', xlsx: 'Export data (XLSX)', done: 'Exported {{name}}', failed: 'Export failed: {{message}}' },
    help: { title: 'Definition', drill: 'Click a bar or cell to see the cases behind it.' },
    finding: { not_inspected: 'Not yet inspected', no_defect: 'No defect found' },
    reason: { no_reason_7day: '7-day no reason', quality: 'Quality problem', not_as_described: 'Not as described', wrong_size: 'Wrong size', missing_parts: 'Missing parts', wrong_item: 'Wrong item', transit_damage: 'Transit damage', other: 'Other' },
    caseType: { refund_only: 'Refund only', return_refund: 'Return & refund', exchange: 'Exchange', resend: 'Resend', repair: 'Repair' },
    dimension: { sku: 'SKU', product: 'Product', supplier: 'Supplier', lot: 'Lot' },
    minVolume: 'Min. units sold', minVolumeHelp: 'Groups that sold fewer units are left out of the ranking, so 1 return out of 2 sold does not top the list.',
    col: {
      defect: 'Defect type', units: 'Units returned', cumulative: 'Cumulative %', group: 'Group', unitsSold: 'Units sold', unitsReturned: 'Units returned', rwr: 'Refund-only units',
      returnRate: 'Return rate', sku: 'SKU', month: 'Paid month', reason: 'Claimed reason', finding: 'Inspection finding', share: 'Share of reason', refund: 'Refunds', freight: 'Return freight paid',
      writeOff: 'Written-off goods', total: 'Total', week: 'Deadline week (Mon)', due: 'Cases due', inTime: 'Answered in time', inTimeShare: 'Answered in time %', total_rate: 'Total return rate',
    },
    chart: {
      pareto: { title: 'Defect Pareto', sub: 'Inspected units returned, by defect type', help: 'Units returned = requested quantity on return-and-refund and exchange cases (refund-only is not a return). Defects come from the case’s latest completed inspection; a unit with two defect types counts once under each. The line is the cumulative share. “No defect found” and “Not yet inspected” are listed on their own, outside the cumulative line. Voided cases and voided inspections are ignored.' },
      rates: { title: 'Return rate ranking', sub: 'Units returned ÷ units sold, same order cohort', top: 'top {{shown}} of {{total}} shown (the table view lists all)', help: 'Units sold = order-line quantity on orders not cancelled; return rate = units returned ÷ units sold, both by the order’s paid month (the same cohort). Groups below the minimum volume are hidden. A unit with several defects counts once in rates.' },
      mix: { title: 'Defect mix per SKU', sub: 'Returns per 1,000 units sold, stacked by defect type', help: 'For each SKU: units returned with that finding × 1,000 ÷ units sold. A unit with two defect types counts once in each segment, so a stack can be slightly taller than the SKU’s overall return rate. The 15 SKUs with the highest return rate among those meeting the minimum volume. The chart draws the 8 largest defect types and merges the rest into “Other defect types”; the table view lists every type.' },
      trend: { title: 'Monthly return-rate trend', sub: 'By order paid month, split by defect type', help: 'For each paid month: units returned from that month’s orders ÷ units sold in that month. Recent months are still collecting returns and will rise. In the split, a unit with several defects counts once under each. The chart draws the 8 largest defect types and merges the rest into “Other defect types”; the table view lists every type.' },
      matrix: { title: 'Claimed reason × inspected finding', sub: 'Units returned and share of the reason', help: 'Rows are what the buyer claimed, columns what inspection found. Share = cell units ÷ units returned for that reason; a unit with several defects appears in several columns, so a row can add up to more than 100% (e.g. “quality problem” claims where no defect was found).' },
      cost: { title: 'Cost of returns by defect type', sub: 'Refunds + return freight paid + written-off goods', help: 'On return-and-refund and exchange cases: refunds, return freight paid by the merchant, and goods whose inspection disposition is scrap or return to supplier at the SKU’s unit cost (0 when no cost is set). A unit with several defects counts under each, so the bars can add up to more than the total in the header.' },
      deadline: { title: 'Deadline performance', sub: 'Share answered before the merchant deadline, by week', help: 'By the week (Monday start, China time) of the merchant deadline: among cases whose deadline has passed or that were already answered, the share whose first answer came at or before the deadline. Cases without a deadline are left out.' },
    },
    drill: { title: 'Cases: {{what}}', total: '{{count}} cases', total_one: '{{count}} case', shown: 'showing the first {{shown}}', caseNumber: 'Case number', orderNumber: 'Order number', type: 'Type', reason: 'Claimed reason', sku: 'SKU', units: 'Units', refund: 'Refund', paidMonth: 'Paid month', requestedAt: 'Requested', deadline: 'Deadline', responded: 'First answer', finding: 'Finding' },
    caption: {
      all: 'Filters: all data', filters: 'Filters: {{list}}', separator: '; ', range: 'paid {{from}} to {{to}}', open: 'any',
      store: 'Store: {{name}}', product: 'Product: {{name}}', sku: 'SKU: {{name}}', supplier: 'Supplier: {{name}}', lot: 'Lot: {{name}}',
    },
  },
};
