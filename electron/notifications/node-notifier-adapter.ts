// node-notifier as the notifier port: used under plain Node (integration test) and as the
// Linux fallback (see notifier.ts). The node-notifier instance is injected for tests.
import type { Notifier } from './notifier';

export interface NodeNotifierLike {
  notify(
    options: { title: string; message: string; icon?: string; 'app-name'?: string; wait?: boolean },
    callback?: (error: Error | null, response?: unknown) => void,
  ): unknown;
  on?(event: 'click', listener: () => void): unknown;
}

export function createNodeNotifierAdapter(
  notifier: NodeNotifierLike,
  options: { appName?: string; iconPath?: string; onError?: (error: Error) => void } = {},
): Notifier {
  const onError =
    options.onError ?? ((error) => console.warn(`notification failed: ${error.message}`));
  return {
    kind: 'node-notifier',
    show({ title, body }) {
      // notify-send refuses an empty message; the title alone is then repeated as the body.
      notifier.notify(
        {
          title,
          message: body || title,
          ...(options.iconPath ? { icon: options.iconPath } : {}),
          ...(options.appName ? { 'app-name': options.appName } : {}),
        },
        (error) => {
          if (error) onError(error);
        },
      );
    },
  };
}
