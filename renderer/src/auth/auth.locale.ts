import type { LocaleBundle } from '../i18n/types';

export const authLocale: LocaleBundle = {
  'zh-CN': {
    setup: {
      title: '欢迎使用售后质检台',
      intro: '第一次启动：请创建店主账号。店主可以添加质检员和客服账号。',
      name: '店主姓名',
      pin: 'PIN 码（6–12 位数字）',
      pinConfirm: '再次输入 PIN 码',
      pinMismatch: '两次输入的 PIN 码不一致',
      submit: '创建店主并登录',
    },
    login: {
      title: '登录',
      user: '选择用户',
      pin: 'PIN 码',
      submit: '登录',
    },
    lock: {
      title: '已锁定',
      idle: '{{name}} 已 {{count}} 分钟无操作，窗口已锁定。{{name}} 输入 PIN 可回到原处；其他人请选择自己的名字。',
      switch: '请选择用户并输入 PIN。{{name}} 输入 PIN 可回到原处。',
    },
    pinRule: 'PIN 码必须是 6 到 12 位数字',
    required: '必填',
  },
  'en-US': {
    setup: {
      title: 'Welcome to ReturnLens',
      intro: 'First launch: create the owner account. The owner can then add inspectors and customer-service staff.',
      name: 'Owner name',
      pin: 'PIN (6–12 digits)',
      pinConfirm: 'Repeat the PIN',
      pinMismatch: 'The two PINs differ',
      submit: 'Create owner and log in',
    },
    login: {
      title: 'Log in',
      user: 'Choose your name',
      pin: 'PIN',
      submit: 'Log in',
    },
    lock: {
      title: 'Locked',
      idle_one: '{{name}} was away for {{count}} minute, so this window locked. {{name}}: enter your PIN to return where you were; anyone else: pick your own name.',
      idle_other: '{{name}} was away for {{count}} minutes, so this window locked. {{name}}: enter your PIN to return where you were; anyone else: pick your own name.',
      switch: 'Pick your name and enter your PIN. {{name}} can enter their PIN to return where they were.',
    },
    pinRule: 'The PIN must be 6 to 12 digits',
    required: 'Required',
  },
};
