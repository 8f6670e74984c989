import type { LocaleBundle } from './types';

export const commonLocale: LocaleBundle = {
  'zh-CN': {
    app: { name: '售后质检台', tagline: '拼多多售后 · 退货质检 · 质量分析' },
    nav: { scan: '扫码质检', cases: '售后单', orders: '订单', quality: '质量看板', import: '导入导出', settings: '设置' },
    language: { label: '语言', 'zh-CN': '简体中文', 'en-US': 'English' },
    role: { owner: '店主', inspector: '质检员', service: '客服' },
    user: { logout: '退出登录', loggedInAs: '当前用户', switch: '切换用户' },
    action: { save: '保存', cancel: '取消', confirm: '确定', retry: '重试', close: '关闭', export: '导出', search: '搜索', reset: '重置', add: '添加', edit: '编辑', back: '返回', refresh: '刷新' },
    state: { loading: '加载中…', empty: '暂无数据', saved: '已保存', saving: '保存中…', error: '出错了' },
    error: {
      VALIDATION: '输入的内容不符合要求，请检查后再试。',
      NOT_FOUND: '找不到要操作的记录，请刷新后再试。',
      CONFLICT: '和现有数据有冲突，请刷新后再试。',
      FORBIDDEN: '没有权限做这个操作。',
      UNAUTHENTICATED: '请先登录。',
      UNAVAILABLE: '服务暂时不可用，请稍后再试。',
      INTERNAL: '软件内部出错了，已记录到日志。请重试。',
    },
    offline: '离线可用 · 数据保存在本机',
  },
  'en-US': {
    app: { name: 'ReturnLens', tagline: 'Pinduoduo after-sales · return inspection · quality analytics' },
    nav: { scan: 'Scan & inspect', cases: 'Cases', orders: 'Orders', quality: 'Quality', import: 'Import & export', settings: 'Settings' },
    language: { label: 'Language', 'zh-CN': '简体中文', 'en-US': 'English' },
    role: { owner: 'Owner', inspector: 'Inspector', service: 'Customer service' },
    user: { logout: 'Log out', loggedInAs: 'Logged in as', switch: 'Switch user' },
    action: { save: 'Save', cancel: 'Cancel', confirm: 'OK', retry: 'Retry', close: 'Close', export: 'Export', search: 'Search', reset: 'Reset', add: 'Add', edit: 'Edit', back: 'Back', refresh: 'Refresh' },
    state: { loading: 'Loading…', empty: 'No data', saved: 'Saved', saving: 'Saving…', error: 'Something went wrong' },
    error: {
      VALIDATION: 'Some input is not valid; check it and try again.',
      NOT_FOUND: 'The record was not found; refresh and try again.',
      CONFLICT: 'This conflicts with existing data; refresh and try again.',
      FORBIDDEN: 'You are not allowed to do this.',
      UNAUTHENTICATED: 'Please log in first.',
      UNAVAILABLE: 'The service is unavailable for now; try again shortly.',
      INTERNAL: 'Something went wrong inside ReturnLens; it was logged. Try again.',
    },
    offline: 'Works offline · data stays on this PC',
  },
};
