import type { LocaleBundle } from '../../i18n/types';

const zh = {
  scope: { mine: '我的待办', team: '全部待办', others: '等买家/平台处理' },
  urgentOnly: '只看已超时和 2 小时内到期',
  filter: {
    type: '售后类型',
    reason: '申请原因',
    waitingOn: '等谁处理',
    dispute: '仅看纠纷',
    sku: '商家编码（SKU）',
    store: '店铺',
    clear: '清除筛选',
  },
  waitingOn: { buyer: '等买家', platform: '等平台', review: '状态待核对' },
  col: { timeLeft: '剩余时间', case: '售后单号', item: '商品', type: '类型', reason: '原因', status: '状态', assignee: '负责人', action: '操作' },
  countdown: { left: '剩 {{time}}', overdue: '已超时 {{time}}', none: '暂无时限', waiting: '不计时' },
  unit: { d: '{{count}}天', h: '{{count}}小时', m: '{{count}}分', s: '{{count}}秒', pair: '{{first}}{{second}}' },
  claim: '领取',
  claimed: '已领取售后单 {{caseNumber}}',
  mineTag: '我',
  unassigned: '未分配',
  assign: { bulk: '把选中的 {{count}} 单分配给', placeholder: '选择客服', back: '退回公共池（不指定负责人）', confirm: '确定分配', done: '已分配 {{count}} 单' },
  keys: '快捷键：J / K 或 ↑ / ↓ 上下移动，Enter 打开售后单，C 领取当前这单',
  empty: {
    mine: '你手上没有待处理的售后单，可以到“全部待办”领取。',
    team: '没有需要商家处理的售后单。',
    others: '没有在等买家或平台处理的售后单。',
  },
  counter: {
    overdue: '超时 {{count}}',
    dueSoon: '2 小时内到期 {{count}}',
    label: '需要马上处理的售后单：已超时 {{overdue}} 单，2 小时内到期 {{dueSoon}} 单，点击查看',
  },
  alerts: {
    enable: '开启桌面提醒',
    enableHint: '售后单快到期时弹出系统通知，避免超时漏处理。只会询问一次。',
    title: '售后单快到期了',
    body: '售后单 {{caseNumber}} 离处理截止还剩不到 {{hours}} 小时（截止 {{time}}），请尽快处理。',
  },
  settings: {
    tab: '超时提醒',
    title: '桌面提醒',
    hoursBefore: '到期前多久提醒',
    help: '售后单在截止前这些时间点各弹出一次系统通知；只提醒需要商家处理的售后单。清空则不提醒。',
    hours: '{{count}} 小时',
    saved: '提醒设置已保存',
  },
};

const en: typeof zh = {
  scope: { mine: 'Mine', team: 'Team', others: 'Waiting on buyer/platform' },
  urgentOnly: 'Only overdue and due within 2 h',
  filter: {
    type: 'Type',
    reason: 'Reason',
    waitingOn: 'Waiting on',
    dispute: 'Disputes only',
    sku: 'SKU code',
    store: 'Store',
    clear: 'Clear filters',
  },
  waitingOn: { buyer: 'Buyer', platform: 'Platform', review: 'Status to check' },
  col: { timeLeft: 'Time left', case: 'Case', item: 'Item', type: 'Type', reason: 'Reason', status: 'Status', assignee: 'Assignee', action: 'Action' },
  countdown: { left: '{{time}} left', overdue: 'Overdue {{time}}', none: 'No deadline yet', waiting: 'Not timed' },
  unit: { d: '{{count}} d', h: '{{count}} h', m: '{{count}} min', s: '{{count}} s', pair: '{{first}} {{second}}' },
  claim: 'Claim',
  claimed: 'You claimed case {{caseNumber}}',
  mineTag: 'me',
  unassigned: 'Unassigned',
  assign: { bulk: 'Assign the {{count}} selected to', placeholder: 'Choose a person', back: 'Back to the pool (nobody)', confirm: 'Assign', done: '{{count}} assigned' },
  keys: 'Keys: J / K or ↑ / ↓ to move, Enter opens the case, C claims it',
  empty: {
    mine: 'Nothing on your desk. Claim cases from “Team”.',
    team: 'No case is waiting on the merchant.',
    others: 'No case is waiting on the buyer or the platform.',
  },
  counter: {
    overdue: '{{count}} overdue',
    dueSoon: '{{count}} due within 2 h',
    label: 'Cases to handle now: {{overdue}} overdue, {{dueSoon}} due within 2 hours. Click to open them.',
  },
  alerts: {
    enable: 'Turn on desktop alerts',
    enableHint: 'A system notification when a case is close to its deadline, so none runs late. Asked only once.',
    title: 'A case is nearly due',
    body: 'Case {{caseNumber}} is due in less than {{hours}} h ({{time}}). Please handle it now.',
  },
  settings: {
    tab: 'Deadline alerts',
    title: 'Desktop alerts',
    hoursBefore: 'Alert before the deadline',
    help: 'Each case raises one system notification at each of these points before its deadline; only cases waiting on the merchant. Empty turns alerts off.',
    hours: '{{count}} h',
    saved: 'Alert settings saved',
  },
};

export const deskLocale: LocaleBundle = { 'zh-CN': zh, 'en-US': en };
