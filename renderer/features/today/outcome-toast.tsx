// The "已记录" toast's content: what was recorded and the undo button (Ctrl+Z does the same
// while the toast is shown).
import { Button, Space } from 'antd';

export function OutcomeToast({
  text,
  undoLabel,
  onUndo,
}: {
  text: string;
  undoLabel: string;
  onUndo(): void;
}) {
  return (
    <Space data-testid="outcome-toast">
      {text}
      <Button size="small" type="link" data-testid="undo-outcome" onClick={onUndo}>
        {undoLabel}
      </Button>
    </Space>
  );
}
