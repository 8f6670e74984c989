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
    noToken: {
      title: '请用启动时给出的完整链接打开',
      text: '这个地址缺少访问令牌（链接里的 ?token=…），为了安全，售后质检台不会在没有令牌的情况下显示任何数据。',
      desktop: '在这台电脑上：直接打开桌面上的“售后质检台”程序即可。',
      browser:
        '用浏览器打开：复制启动服务时命令行打印的整条链接（以 http://127.0.0.1 开头、带 ?token=），粘贴到地址栏。链接只在这次启动内有效，重启后请用新的链接。',
    },
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
      idle_one:
        '{{name}} was away for {{count}} minute, so this window locked. {{name}}: enter your PIN to return where you were; anyone else: pick your own name.',
      idle_other:
        '{{name}} was away for {{count}} minutes, so this window locked. {{name}}: enter your PIN to return where you were; anyone else: pick your own name.',
      switch: 'Pick your name and enter your PIN. {{name}} can enter their PIN to return where they were.',
    },
    pinRule: 'The PIN must be 6 to 12 digits',
    required: 'Required',
    noToken: {
      title: 'Open the full link you were given at start-up',
      text: 'This address lacks the access token (the ?token=… part of the link); to keep the data safe, ReturnLens shows nothing without it.',
      desktop: 'On this PC: simply open the ReturnLens app from the desktop.',
      browser:
        'In a browser: copy the whole link the service printed when it started (it begins with http://127.0.0.1 and carries ?token=) into the address bar. The link is valid until the service restarts; then use the new one.',
    },
  },
};
