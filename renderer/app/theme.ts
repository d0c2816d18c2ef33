// The antd theme. antd's default greys and reds are below WCAG AA contrast (4.5:1) for small
// text: secondary text (45% black) is about 4.0:1, placeholders (25%) about 1.9:1, the error red
// 3.3:1, and the brand blue on the selected menu item 4.4:1. These tokens raise each just past
// 4.5:1 on white and on antd's light grey backgrounds; the accessibility E2E test guards them.
import type { ThemeConfig } from 'antd';

export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1761c4',
    colorError: '#cf1322',
    colorLink: '#1761c4',
    colorInfo: '#1761c4',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
  },
};
