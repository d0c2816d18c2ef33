export const settingsZh = {
  title: '设置',
  general: '常规',
  language: '界面语言',
  startAtLogin: '开机时自动启动（隐藏在托盘）',
  startAtLoginWeb: '浏览器版本不支持开机启动，请使用桌面版。',
  storage: '数据存储',
  storageUsed: '已使用 {{used}}，可用约 {{quota}}',
  storageUnknown: '无法读取存储用量',
  persisted: '已申请持久存储：浏览器不会在空间紧张时自动清除数据',
  notPersisted: '未获得持久存储：空间紧张时系统可能清除数据，请定期备份',
  dataLocation: '数据位置',
  version: '版本',
  sampleData: '示例数据',
};

export type SettingsStrings = typeof settingsZh;

export const settingsEn: SettingsStrings = {
  title: 'Settings',
  general: 'General',
  language: 'Language',
  startAtLogin: 'Start at login (hidden in the tray)',
  startAtLoginWeb: 'The browser build cannot start at login; use the desktop app.',
  storage: 'Storage',
  storageUsed: '{{used}} used, about {{quota}} available',
  storageUnknown: 'Storage usage unavailable',
  persisted: 'Persistent storage granted: data is not evicted when space runs low',
  notPersisted:
    'Persistent storage not granted: data may be evicted when space runs low; back up regularly',
  dataLocation: 'Data location',
  version: 'Version',
  sampleData: 'Sample data',
};
