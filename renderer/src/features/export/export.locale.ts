import type { LocaleBundle } from '../../i18n/types';

export const exportLocale: LocaleBundle = {
  'zh-CN': {
    button: '导出',
    csv: 'CSV（Excel 可直接打开）',
    xlsx: 'Excel 工作簿（XLSX）',
    done: '已导出 {{count}} 行',
    done_one: '已导出 {{count}} 行',
    failed: '导出失败：{{message}}',
  },
  'en-US': {
    button: 'Export',
    csv: 'CSV (opens in Excel)',
    xlsx: 'Excel workbook (XLSX)',
    done: 'Exported {{count}} rows',
    done_one: 'Exported {{count}} row',
    failed: 'Export failed: {{message}}',
  },
};
