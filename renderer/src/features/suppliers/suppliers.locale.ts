import type { LocaleBundle } from '../../i18n/types';

const zh = {
  tab: { suppliers: '供应商', lots: '批次' },
  search: '搜索供应商名称或联系方式',
  showInactive: '显示已停用的',
  add: '新增供应商',
  edit: '编辑',
  deactivate: '停用',
  reactivate: '启用',
  active: '合作中',
  inactive: '已停用',
  none: '—',
  col: { name: '供应商', contact: '联系方式', notes: '备注', products: '商品数', lots: '批次数', status: '状态' },
  form: {
    addTitle: '新增供应商',
    editTitle: '编辑供应商：{{name}}',
    name: '供应商名称',
    nameRequired: '请填写供应商名称。',
    contact: '联系方式',
    contactHelp: '联系人、电话或微信，方便对账和沟通质量问题。',
    notes: '备注',
    save: '保存',
    cancel: '取消',
  },
  linkHint: '商品规格归哪个供应商，在“设置 › 商品成本”里逐个指定；批次登记时默认用该规格的供应商。',
  saved: '已保存供应商“{{name}}”。',
  deactivated: '已停用“{{name}}”，它的历史批次和数据都保留。',
  reactivated: '已重新启用“{{name}}”。',
  confirmDeactivate: '停用“{{name}}”？停用后不能再给它登记新批次，历史数据不受影响。',
};

type Shape = typeof zh;

const en: Shape = {
  tab: { suppliers: 'Suppliers', lots: 'Lots' },
  search: 'Search supplier name or contact',
  showInactive: 'Show deactivated',
  add: 'Add supplier',
  edit: 'Edit',
  deactivate: 'Deactivate',
  reactivate: 'Reactivate',
  active: 'Active',
  inactive: 'Deactivated',
  none: '—',
  col: { name: 'Supplier', contact: 'Contact', notes: 'Notes', products: 'Products', lots: 'Lots', status: 'Status' },
  form: {
    addTitle: 'Add supplier',
    editTitle: 'Edit supplier: {{name}}',
    name: 'Supplier name',
    nameRequired: 'Enter the supplier’s name.',
    contact: 'Contact',
    contactHelp: 'Contact person, phone or WeChat, for statements and quality follow-ups.',
    notes: 'Notes',
    save: 'Save',
    cancel: 'Cancel',
  },
  linkHint: 'Which supplier each SKU comes from is set under Settings › SKU costs; a new lot takes its SKU’s supplier by default.',
  saved: 'Saved supplier “{{name}}”.',
  deactivated: 'Deactivated “{{name}}”; its past lots and figures are kept.',
  reactivated: 'Reactivated “{{name}}”.',
  confirmDeactivate: 'Deactivate “{{name}}”? No new lots can be received from it; past data stays.',
};

export const suppliersLocale: LocaleBundle = { 'zh-CN': zh, 'en-US': en };
