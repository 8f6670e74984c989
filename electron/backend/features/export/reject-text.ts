import type { RejectReason } from '../../../../shared/domain/import-rows';

/** Reject reasons are stored as codes; the rejects CSV prints them in the reader's language. */
const texts: Record<RejectReason | 'file', { 'zh-CN': string; 'en-US': string }> = {
  required_missing: { 'zh-CN': '必填项为空', 'en-US': 'Required value is empty' },
  scientific_notation: {
    'zh-CN': '科学计数法（被 Excel 改坏的长数字），请从后台重新导出',
    'en-US': 'Scientific notation (a long number mangled by Excel); export again from the back office',
  },
  bad_order_number: { 'zh-CN': '编号格式不对', 'en-US': 'Not a valid order/case number' },
  bad_amount: { 'zh-CN': '金额不是有效的元金额（最多两位小数）', 'en-US': 'Not a yuan amount (at most two decimals)' },
  bad_quantity: { 'zh-CN': '数量必须是正整数', 'en-US': 'Quantity must be a positive whole number' },
  bad_time: { 'zh-CN': '时间格式不对（应为 2026-07-30 06:50:00）', 'en-US': 'Not a date/time (expected 2026-07-30 06:50:00)' },
  no_sku_code: { 'zh-CN': '没有商家编码或样式ID', 'en-US': 'No SKU code or style id' },
  unknown_case_type: { 'zh-CN': '未知的售后类型', 'en-US': 'Unknown after-sales type' },
  unknown_order: { 'zh-CN': '找不到这个订单号，请先导入订单', 'en-US': 'Order not found: import the orders first' },
  conflicting_duplicate: {
    'zh-CN': '同一文件里同一编号出现两次且内容不同，以后一行为准',
    'en-US': 'Same number twice in this file with different content; the later row wins',
  },
  unterminated_quote: { 'zh-CN': '引号没有闭合（文件可能被截断）', 'en-US': 'Unclosed quote (the file may be truncated)' },
  row_too_long: { 'zh-CN': '这一行太长（超过 1 MB）', 'en-US': 'Row too long (over 1 MB)' },
  file: { 'zh-CN': '文件错误', 'en-US': 'File error' },
};

export const rejectReasonText = (code: string, locale: 'zh-CN' | 'en-US'): string => texts[code as RejectReason]?.[locale] ?? code;
