// A toast's content with an undo button: "已记录" on Today (Ctrl+Z does the same there while
// it is shown), "已改派" and the rebalance on Tasks. The write's undo record stays in the
// caller's closure; the toast only offers it for UNDO_SECONDS.
import { Button, Space } from 'antd';

/** How long a toast offers its undo. */
export const UNDO_SECONDS = 8;

export function UndoToast({
  text,
  undoLabel,
  onUndo,
  testId = 'outcome',
}: {
  text: string;
  undoLabel: string;
  onUndo(): void;
  /** Names the toast `<testId>-toast` and its button `undo-<testId>`. */
  testId?: string;
}) {
  return (
    <Space data-testid={`${testId}-toast`}>
      {text}
      <Button size="small" type="link" data-testid={`undo-${testId}`} onClick={onUndo}>
        {undoLabel}
      </Button>
    </Space>
  );
}
