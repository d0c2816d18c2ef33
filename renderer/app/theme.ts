// The antd theme. antd's default greys and reds are below WCAG AA contrast (4.5:1) for small
// text: secondary text (45% black) is about 4.0:1, placeholders (25%) about 1.9:1, the error red
// 3.3:1, and the brand blue on the selected menu item 4.4:1. These tokens raise each just past
// 4.5:1 on white and on antd's light grey backgrounds; the accessibility E2E test guards them.
// Coloured tags write their text in the palette's 7th shade on its 1st, which is below 4.5:1 for
// orange (3.3), green (3.4), cyan (3.4), gold (2.8), lime (2.5) and volcano (4.4): for tags only,
// that shade is one or two steps darker. (A global CSS rule lost to antd's more specific one.)
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
  components: {
    Tag: {
      orange7: '#873800',
      green7: '#237804',
      cyan7: '#006d75',
      gold7: '#613400',
      lime7: '#3f6600',
      volcano7: '#ad2102',
      yellow7: '#614700',
    },
  },
};
