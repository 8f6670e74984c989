import type { LocaleBundle } from '../../i18n/types';

const zh = {
  empty: { title: '导入拼多多导出文件', hint: '选择或拖入订单、售后导出文件（CSV 或 XLSX，GBK 或 UTF-8），先预览再写入。' },
  title: '导入',
  pick: { drop: '点击或拖入拼多多导出的订单 / 售后文件', formats: 'CSV（最大 {{csvMax}}）或 XLSX（最大 {{xlsxMax}}），GBK 或 UTF-8。写入前会先预览。', uploading: '正在上传…' },
  progress: { reading: '正在读取并检查每一行…', checking: '正在与现有数据比对…', committing: '正在写入…', rate: '{{rows}} 行 · {{rate}} 行/秒', left: '约剩 {{seconds}} 秒', cancel: '取消' },
  summary: { title: '识别结果', file: '文件', encoding: '编码', delimiter: '分隔符', headerRow: '表头所在行', preset: '格式', kind: '类型', rows: '数据行', skipped: '跳过（空行/合计）', duplicates: '重复行（只算一次）', unknown: '未识别' },
  kind: { orders: '订单', aftersales: '售后' },
  delimiter: { ',': '逗号', '\t': '制表符', ';': '分号', '': '—' },
  counts: { title: '将要发生的变化', entity: '对象', new: '新增', updated: '更新', unchanged: '不变', rejected: '拒绝' },
  entity: { orders: '订单', order_lines: '订单行', skus: 'SKU', products: '商品', cases: '售后单' },
  rejects: { title: '被拒绝的行（{{count}}）', row: '行号', column: '列', value: '值', reason: '原因', none: '没有被拒绝的行', more: '只显示前 {{shown}} 行，全部可在导入记录中下载' },
  actions: { commit: '确认写入', cancel: '放弃', another: '导入另一个文件' },
  committed: '已写入{{entity}}：新增 {{new}}，更新 {{updated}}，不变 {{unchanged}}',
  cancelled: '已放弃，没有写入任何数据',
  mapping: {
    title: '未识别的格式：请对应列',
    hint: '这个文件的表头不属于已知的拼多多导出格式。为每个字段选择文件里的列（右侧是示例值），保存后下次会自动识别。',
    kind: '文件类型', name: '格式名称', field: '字段', column: '文件中的列', sample: '示例值', required: '必填', save: '保存格式并预览', choose: '选择列',
  },
  field: {
    orderNumber: '订单号', status: '状态', quantity: '数量', skuCode: '商家编码（规格）', platformSkuId: '样式ID', productCode: '商家编码（商品）', goodsId: '商品ID',
    title: '商品名称', spec: '商品规格', goodsTotal: '商品总价', postage: '邮费', shopDiscount: '店铺优惠', platformDiscount: '平台优惠', buyerPaid: '用户实付',
    merchantReceived: '商家实收', paidAt: '支付时间', orderedAt: '成交时间', shippedAt: '发货时间', signedAt: '签收时间', trackingNumber: '快递单号', courier: '快递公司',
    merchantNote: '商家备注', caseNumber: '售后单号', type: '售后类型', requestedAt: '申请时间', refund: '退款金额', orderAmount: '订单金额', reason: '售后原因',
    returnTracking: '退货快递单号', returnCourier: '退货快递公司', deadline: '处理截止时间',
  },
  reason: {
    required_missing: '必填项为空', scientific_notation: '科学计数法（被 Excel 改坏的长数字）', bad_order_number: '编号格式不对', bad_amount: '金额不对',
    bad_quantity: '数量必须是正整数', bad_time: '时间格式不对', no_sku_code: '没有商家编码或样式ID', unknown_case_type: '未知的售后类型',
    unknown_order: '找不到这个订单，请先导入订单', conflicting_duplicate: '同一编号出现两次且内容不同，以后一行为准', unterminated_quote: '引号没有闭合（文件可能被截断）',
    row_too_long: '这一行太长',
  },
  history: { title: '导入记录', time: '时间', file: '文件', kind: '类型', state: '状态', counts: '订单或售后单：新增 / 更新 / 不变', rejected: '拒绝', user: '操作人', download: '下载被拒绝的行', empty: '还没有导入过文件' },
  state: { previewing: '待确认', committing: '写入中', committed: '已写入', cancelled: '已放弃', failed: '失败', unknown_layout: '格式未识别' },
};

const en: typeof zh = {
  empty: { title: 'Import Pinduoduo exports', hint: 'Choose or drop an order or after-sales export (CSV or XLSX, GBK or UTF-8); preview before anything is written.' },
  title: 'Import',
  pick: { drop: 'Click or drop a Pinduoduo order / after-sales export here', formats: 'CSV (up to {{csvMax}}) or XLSX (up to {{xlsxMax}}), GBK or UTF-8. You see a preview before anything is written.', uploading: 'Uploading…' },
  progress: { reading: 'Reading and checking every row…', checking: 'Comparing with existing data…', committing: 'Writing…', rate: '{{rows}} rows · {{rate}} rows/s', left: 'about {{seconds}} s left', cancel: 'Cancel' },
  summary: { title: 'What we detected', file: 'File', encoding: 'Encoding', delimiter: 'Delimiter', headerRow: 'Header row', preset: 'Layout', kind: 'Kind', rows: 'Data rows', skipped: 'Skipped (blank/total)', duplicates: 'Duplicate lines (counted once)', unknown: 'Unknown' },
  kind: { orders: 'Orders', aftersales: 'After-sales' },
  delimiter: { ',': 'Comma', '\t': 'Tab', ';': 'Semicolon', '': '—' },
  counts: { title: 'What the import will change', entity: 'Record', new: 'New', updated: 'Updated', unchanged: 'Unchanged', rejected: 'Rejected' },
  entity: { orders: 'Orders', order_lines: 'Order lines', skus: 'SKUs', products: 'Products', cases: 'Cases' },
  rejects: { title: 'Rejected rows ({{count}})', row: 'Row', column: 'Column', value: 'Value', reason: 'Reason', none: 'No rejected rows', more: 'Showing the first {{shown}}; download all of them from the import history' },
  actions: { commit: 'Commit', cancel: 'Discard', another: 'Import another file' },
  committed: '{{entity}} written: {{new}} new, {{updated}} updated, {{unchanged}} unchanged',
  cancelled: 'Discarded; nothing was written',
  mapping: {
    title: 'Unknown layout: map the columns',
    hint: 'This header does not match a known Pinduoduo export. Pick the file’s column for each field (sample values on the right); the mapping is saved and recognised next time.',
    kind: 'File kind', name: 'Layout name', field: 'Field', column: 'Column in the file', sample: 'Sample values', required: 'required', save: 'Save layout and preview', choose: 'Choose a column',
  },
  field: {
    orderNumber: 'Order number', status: 'Status', quantity: 'Quantity', skuCode: 'SKU code', platformSkuId: 'Style id', productCode: 'Product code', goodsId: 'Goods id',
    title: 'Title', spec: 'Variant', goodsTotal: 'Goods total', postage: 'Postage', shopDiscount: 'Shop discount', platformDiscount: 'Platform discount', buyerPaid: 'Buyer paid',
    merchantReceived: 'Merchant received', paidAt: 'Paid at', orderedAt: 'Ordered at', shippedAt: 'Shipped at', signedAt: 'Signed at', trackingNumber: 'Tracking number', courier: 'Courier',
    merchantNote: 'Merchant note', caseNumber: 'Case number', type: 'Case type', requestedAt: 'Requested at', refund: 'Refund', orderAmount: 'Order amount', reason: 'Reason',
    returnTracking: 'Return tracking', returnCourier: 'Return courier', deadline: 'Merchant deadline',
  },
  reason: {
    required_missing: 'Required value is empty', scientific_notation: 'Scientific notation (long number mangled by Excel)', bad_order_number: 'Not a valid number', bad_amount: 'Not a yuan amount',
    bad_quantity: 'Quantity must be a positive whole number', bad_time: 'Not a date/time', no_sku_code: 'No SKU code or style id', unknown_case_type: 'Unknown after-sales type',
    unknown_order: 'Order not found: import the orders first', conflicting_duplicate: 'Same number twice with different content; the later row wins', unterminated_quote: 'Unclosed quote (file may be truncated)',
    row_too_long: 'Row too long',
  },
  history: { title: 'Import history', time: 'Time', file: 'File', kind: 'Kind', state: 'State', counts: 'Orders or cases: new / updated / unchanged', rejected: 'Rejected', user: 'By', download: 'Download rejected rows', empty: 'No imports yet' },
  state: { previewing: 'Awaiting commit', committing: 'Writing', committed: 'Committed', cancelled: 'Discarded', failed: 'Failed', unknown_layout: 'Layout unknown' },
};

export const importsLocale: LocaleBundle = { 'zh-CN': zh, 'en-US': en };
