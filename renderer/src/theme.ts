import type { ThemeConfig } from 'antd';

/** The bundled CJK font first: the app must look the same offline on any PC. */
export const fontFamily = "'Noto Sans SC Variable', -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#e02e24', // Pinduoduo red, familiar to merchants
    borderRadius: 6,
    fontFamily,
    fontSize: 14,
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', bodyBg: '#f5f6f8' },
  },
};
