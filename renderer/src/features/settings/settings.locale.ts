import type { LocaleBundle } from '../../i18n/types';

const zh = {
  empty: { title: '设置', hint: '用户、缺陷分类、售后时效和备份。' },
  tab: { users: '用户', lock: '自动锁屏', policy: '售后时效', skus: '商品成本', taxonomy: '缺陷分类', backups: '备份', audit: '操作日志' },
  idleLock: {
    intro: '共用电脑无人操作（无按键、扫码、点击）达到设定时间后自动锁屏，回到登录选择。草稿保留；同一用户输入 PIN 后回到原处，其他用户登录后从自己的首页开始。',
    minutes: '分钟', save: '保存', saved: '已保存，下次登录或解锁时生效',
    range: '请输入 {{min}} 到 {{max}} 之间的整数分钟',
  },
  backups: {
    intro: '每 15 分钟（有改动时）和每次升级前自动备份；保留今天 3 份，之后 30 天每天 1 份。位置：',
    logs: '运行日志（出错或排查问题时可发给技术支持，不含 PIN 和个人信息）：',
    now: '立即备份', created: '备份完成', restored: '已恢复。恢复前的数据已另存为一份备份，可随时撤销。', restore: '恢复',
    at: '时间', reason: '类型', size: '大小', photos: '照片', schema: '数据版本',
    reasons: { manual: '手动', auto: '自动', pre_migration: '升级前', pre_restore: '恢复前' },
    confirmTitle: '恢复到 {{time}} 的备份？',
    confirmText: '之后录入的数据将被替换。恢复前会先把当前数据另存为一份备份，如有需要可再恢复回来。',
  },
  audit: {
    at: '时间', user: '用户', entity: '记录类型', action: '操作', change: '变更',
  },
  users: {
    add: '添加用户', name: '姓名', role: '角色', status: '状态', active: '启用', inactive: '已停用', actions: '操作', edit: '编辑',
    pin: 'PIN 码', pinConfirm: '确认 PIN', newPin: '重置 PIN（留空则不变）', pinHint: '6 到 12 位数字', pinMismatch: '两次输入的 PIN 不一致',
    required: '请填写{{field}}', created: '已添加用户 {{name}}', saved: '已保存', editTitle: '编辑用户 {{name}}', you: '（你）',
    deactivate: '停用', activate: '启用', lastOwner: '最后一位店主不能被停用或降级',
    intro: '店主可以管理所有用户：质检员负责收货质检，客服负责售后单和买家沟通。',
  },
  role: { owner: '店主', inspector: '质检员', service: '客服' },
  policy: {
    intro: '这些是默认值。每个售后单都保存自己的截止时间（导出文件中的时限优先），修改这里不会改变已有售后单。',
    responseHours: '商家响应时限', refundHours: '收到退货后退款时限', noReasonWindowDays: '七天无理由退货期', timezone: '时区', locale: '默认语言',
    hours: '小时', days: '天', save: '保存', saved: '售后时效已保存', readOnly: '只有店主可以修改这些设置。',
    responseHelp: '导出文件没有截止时间时，新售后单按 申请时间 + 此时长 计算截止。',
    zone: { 'Asia/Shanghai': '北京时间（中国大陆）', 'Asia/Hong_Kong': '香港时间', 'Asia/Taipei': '台北时间', 'Asia/Singapore': '新加坡时间', UTC: '协调世界时（UTC）' },
  },
  skus: {
    search: '搜索 SKU 编码、规格、条码或商品名', code: 'SKU 编码', product: '商品', spec: '规格', barcode: '条码', supplier: '供应商', cost: '单位成本',
    edit: '编辑', editTitle: '编辑 {{code}}', saved: '已保存', costHelp: '单位：元，例如 15.50', badCost: '请输入不超过两位小数的金额', none: '—', total: '共 {{count}} 个 SKU', total_one: '共 {{count}} 个 SKU',
  },
  common: { cancel: '取消', save: '保存' },
  policyCheck: { hours: '请填写 1 到 720 之间的整数小时。', days: '请填写 0 到 90 之间的整数天数。' },
  backupCopy: {
    button: '复制到…', title: '把 {{time}} 的备份复制到另一个文件夹', folder: '目标文件夹（完整路径）',
    help: '例如 U 盘或另一块硬盘上的文件夹：E:\\售后质检台备份。备份会放在其中名为 {{id}} 的文件夹里。',
    ok: '复制', done: '已复制到 {{path}}', required: '请填写文件夹路径。',
  },
};

const en: typeof zh = {
  empty: { title: 'Settings', hint: 'Users, defect taxonomy, after-sales deadlines and backups.' },
  tab: { users: 'Users', lock: 'Auto-lock', policy: 'Deadlines', skus: 'SKU costs', taxonomy: 'Defect taxonomy', backups: 'Backups', audit: 'Audit log' },
  idleLock: {
    intro: 'A shared PC locks itself to the login picker after this long without a key, a scan or a click. Drafts are kept; the same user returns where they were with their PIN, anyone else starts at their own home.',
    minutes: 'min', save: 'Save', saved: 'Saved; it applies from the next login or unlock',
    range: 'Enter whole minutes from {{min}} to {{max}}',
  },
  backups: {
    intro: 'Automatic every 15 minutes while data changes and before every upgrade; 3 kept from today, then 1 a day for 30 days. Folder:',
    logs: 'Logs (to send to support when something goes wrong; no PINs or personal data):',
    now: 'Back up now', created: 'Backup done', restored: 'Restored. The data from before the restore was saved as a backup, so this can be undone.', restore: 'Restore',
    at: 'Time', reason: 'Kind', size: 'Size', photos: 'Photos', schema: 'Data version',
    reasons: { manual: 'Manual', auto: 'Automatic', pre_migration: 'Before upgrade', pre_restore: 'Before restore' },
    confirmTitle: 'Restore the backup from {{time}}?',
    confirmText: 'Everything entered since will be replaced. The current data is saved as a backup first, so you can restore it again if needed.',
  },
  audit: {
    at: 'Time', user: 'User', entity: 'Record', action: 'Action', change: 'Change',
  },
  users: {
    add: 'Add user', name: 'Name', role: 'Role', status: 'Status', active: 'Active', inactive: 'Deactivated', actions: 'Actions', edit: 'Edit',
    pin: 'PIN', pinConfirm: 'Confirm PIN', newPin: 'Reset PIN (leave empty to keep)', pinHint: '6 to 12 digits', pinMismatch: 'The PINs do not match',
    required: '{{field}} is required', created: 'Added {{name}}', saved: 'Saved', editTitle: 'Edit {{name}}', you: ' (you)',
    deactivate: 'Deactivate', activate: 'Activate', lastOwner: 'The last owner cannot be deactivated or demoted',
    intro: 'Owners manage every user: inspectors receive and inspect returns, service staff handle cases and buyer messages.',
  },
  role: { owner: 'Owner', inspector: 'Inspector', service: 'Service' },
  policy: {
    intro: 'These are defaults. Every case keeps its own deadline (the export\'s deadline wins); changing them here does not change existing cases.',
    responseHours: 'Merchant response time', refundHours: 'Refund after return received', noReasonWindowDays: '7-day no-reason window', timezone: 'Time zone', locale: 'Default language',
    hours: 'hours', days: 'days', save: 'Save', saved: 'Deadlines saved', readOnly: 'Only the owner can change these settings.',
    responseHelp: 'When an export has no deadline, a new case is due at requested time + this many hours.',
    zone: { 'Asia/Shanghai': 'China time (Beijing)', 'Asia/Hong_Kong': 'Hong Kong time', 'Asia/Taipei': 'Taipei time', 'Asia/Singapore': 'Singapore time', UTC: 'Coordinated Universal Time (UTC)' },
  },
  skus: {
    search: 'Search SKU code, spec, barcode or product', code: 'SKU code', product: 'Product', spec: 'Spec', barcode: 'Barcode', supplier: 'Supplier', cost: 'Unit cost',
    edit: 'Edit', editTitle: 'Edit {{code}}', saved: 'Saved', costHelp: 'In yuan, e.g. 15.50', badCost: 'Enter an amount with at most two decimals', none: '—', total: '{{count}} SKUs', total_one: '{{count}} SKU',
  },
  common: { cancel: 'Cancel', save: 'Save' },
  policyCheck: { hours: 'Enter whole hours from 1 to 720.', days: 'Enter whole days from 0 to 90.' },
  backupCopy: {
    button: 'Copy to…', title: 'Copy the backup from {{time}} to another folder', folder: 'Target folder (full path)',
    help: 'For example a folder on a USB stick or another drive: E:\\ReturnLens backups. The backup goes into a folder named {{id}} inside it.',
    ok: 'Copy', done: 'Copied to {{path}}', required: 'Enter a folder path.',
  },
};

export const settingsLocale: LocaleBundle = { 'zh-CN': zh, 'en-US': en };
