import type { LocaleBundle } from '../../i18n/types';

/** The case page's evidence pack section (issue 16, item 4). */
const zh = {
  title: '证据材料（PDF）',
  hint: '平台介入时提交：订单、规则判定、全部沟通和处理记录、签收和质检照片（附拍摄时间和 SHA-256 校验值）、向买家提出的方案和物流单号，一份 A4 文件。',
  language: '材料语言',
  languageOption: { 'zh-CN': '中文（提交平台用）', 'en-US': '英文（店主留档用）' },
  languageTag: { 'zh-CN': '中文', 'en-US': '英文' },
  make: '生成证据材料',
  making: '正在生成…',
  made: '已生成证据材料 {{name}}',
  none: '还没有生成过证据材料',
  open: '打开',
  save: '保存',
  madeBy: '{{time}} · {{who}}',
  size: '{{size}} MB',
  sizeKb: '{{size}} KB',
  photos: '照片 {{count}} 张',
  photos_one: '照片 {{count}} 张',
  photosReduced: '照片 {{count}} 张（{{reduced}} 张为缩略图，原图可按 SHA-256 校验）',
  photosReduced_one: '照片 {{count}} 张（{{reduced}} 张为缩略图，原图可按 SHA-256 校验）',
  sha: 'SHA-256：{{sha}}',
};

const en: typeof zh = {
  title: 'Evidence pack (PDF)',
  hint: 'For a platform intervention: the order, the rules verdict, every message and action, receipt and inspection photos (with capture time and SHA-256), the solutions offered and the tracking numbers, in one A4 file.',
  language: 'Language',
  languageOption: { 'zh-CN': 'Chinese (for the platform)', 'en-US': 'English (for your records)' },
  languageTag: { 'zh-CN': 'Chinese', 'en-US': 'English' },
  make: 'Make evidence pack',
  making: 'Making…',
  made: 'Evidence pack {{name}} made',
  none: 'No evidence pack made yet',
  open: 'Open',
  save: 'Save',
  madeBy: '{{time}} · {{who}}',
  size: '{{size}} MB',
  sizeKb: '{{size}} KB',
  photos: '{{count}} photos',
  photos_one: '{{count}} photo',
  photosReduced: '{{count}} photos ({{reduced}} as thumbnails; check originals by SHA-256)',
  photosReduced_one: '{{count}} photo (as its thumbnail; check the original by SHA-256)',
  sha: 'SHA-256: {{sha}}',
};

export const evidenceLocale: LocaleBundle = { 'zh-CN': zh, 'en-US': en };
