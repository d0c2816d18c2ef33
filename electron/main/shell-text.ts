// Every user-visible string the shell-hardening code adds (application menu), in one place so
// they can move into the shared text catalogue as a block. Simplified Chinese, like the tray.
export const shellText = {
  appMenu: {
    hide: '隐藏续保助手',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
    quit: '退出续保助手',
  },
  editMenu: {
    label: '编辑',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
  },
  windowMenu: {
    label: '窗口',
    minimize: '最小化',
    zoom: '缩放',
    close: '关闭窗口',
  },
  /** Only in development builds. */
  developMenu: {
    label: '开发',
    reload: '重新加载',
    devTools: '开发者工具',
  },
} as const;
