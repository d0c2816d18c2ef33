// Electron's Notification as the notifier port. The constructor is injected so that this file
// loads without Electron (tests, plain Node).
import type { NotificationConstructorOptions } from 'electron';
import type { Notifier } from './notifier';

export interface ElectronNotificationLike {
  on(event: 'click' | 'close' | 'failed', listener: () => void): unknown;
  show(): void;
}
export type ElectronNotificationCtor = new (
  options: NotificationConstructorOptions,
) => ElectronNotificationLike;

export function createElectronNotifier(
  Notification: ElectronNotificationCtor,
  iconPath?: string,
): Notifier {
  // A Notification object that is garbage-collected loses its click handler (a known Electron
  // pitfall), so each one is held until it is clicked or closed.
  const live = new Set<ElectronNotificationLike>();
  return {
    kind: 'electron',
    show({ title, body, onClick }) {
      const notification = new Notification({
        title,
        body,
        ...(iconPath ? { icon: iconPath } : {}),
      });
      live.add(notification);
      const release = () => live.delete(notification);
      notification.on('click', () => {
        release();
        onClick?.();
      });
      notification.on('close', release);
      notification.on('failed', release);
      notification.show();
    },
  };
}
