// The note for the selected call, written while talking and saved with the next outcome (the
// keys 1-8 or a dialog). N jumps here; Ctrl+Enter or Esc hands the keys back to the list.
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Id } from '../../../shared/domain/types';
import { noteFor, useTodayUi } from './today-store';

export const NOTE_BOX_ID = 'today-note';

export function NoteBox({ taskId }: { taskId: Id }) {
  const { t } = useTranslation('today');
  const text = useTodayUi((s) => noteFor(s, taskId));
  const setNote = useTodayUi((s) => s.setNote);
  return (
    <Input.TextArea
      id={NOTE_BOX_ID}
      value={text}
      onChange={(e) => setNote(taskId, e.target.value)}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' && (e.ctrlKey || e.metaKey)) || e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          (e.target as HTMLTextAreaElement).blur();
          document.querySelector<HTMLElement>('[data-testid="today-list"]')?.focus();
        }
      }}
      autoSize={{ minRows: 1, maxRows: 4 }}
      placeholder={t('panel.notePlaceholder')}
      aria-label={t('panel.note')}
      data-testid="panel-note"
      style={{ marginTop: 10 }}
    />
  );
}
