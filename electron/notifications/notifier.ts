// The notification port the scheduler talks to, and which adapter the app uses where.
//
// Decision (issue 5 §4), per platform, for the packaged app:
// - Windows: Electron's Notification (WinRT toasts). Toasts need an AppUserModelID that
//   matches a Start-menu shortcut; main calls app.setAppUserModelId('cn.renewaldesk.app')
//   (= electron-builder appId) and the NSIS installer creates that shortcut. node-notifier
//   would instead spawn its vendored SnoreToast.exe for every toast, which must be unpacked
//   from the asar and is one more unsigned executable to ship; click handling goes through a
//   named pipe. Electron's own API needs nothing extra and reports clicks directly.
// - macOS: Electron's Notification (the signed app's own identity and icon in Notification
//   Center). node-notifier uses a vendored terminal-notifier.app that shows as a foreign app,
//   must be unpacked from the asar and signed/notarised separately.
// - Linux (not a release target; dev runs): Electron's Notification via libnotify, which
//   supports clicks. node-notifier (notify-send) is only the fallback when Electron reports
//   notifications unsupported: notify-send cannot report a click. It is also the adapter used
//   under plain Node (the OS-notification integration test), where Electron is absent.
// So node-notifier's vendor binaries are never needed in the installers: electron-builder.yml
// leaves them out instead of unpacking them.
export interface NotificationRequest {
  title: string;
  body: string;
  /** Called when the user clicks the notification (where the adapter can tell). */
  onClick?: () => void;
}

export interface Notifier {
  readonly kind: NotifierKind;
  show(request: NotificationRequest): void;
}

export type NotifierKind = 'electron' | 'node-notifier';

export function chooseNotifierKind(platform: string, electronSupported: boolean): NotifierKind {
  if (electronSupported) return 'electron';
  // Only Linux can lack Electron support (no libnotify); Windows 10+ and macOS always have it.
  return platform === 'linux' ? 'node-notifier' : 'electron';
}
