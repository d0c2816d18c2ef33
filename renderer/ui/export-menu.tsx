// The export button every list shows, and the export it runs (use-save-export.ts). With one
// format it is a plain button; with several it opens a menu of formats on hover (as before), on
// click and from the keyboard: Enter or Space on the focused button opens the menu with focus in
// it, arrows move, Enter picks, Esc closes, and focus comes back to the button.
import { useRef, useState, type MouseEvent } from 'react';
import { Button, Dropdown } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  useSaveExport,
  type ExportFormat,
  type ExportRequest,
  type ExportTexts,
} from './use-save-export';
import { useCan } from '../services/session/audited';

export interface ExportMenuProps {
  /** Button label, also its accessible name. */
  label: string;
  /** data-testid of the button; each menu item is `${testId}-${format}`. */
  testId: string;
  /** What to export; the format comes from the menu. */
  request: Omit<ExportRequest, 'format' | 'texts'>;
  /** Excel and CSV unless the list says otherwise. */
  formats?: readonly ExportFormat[];
  /** The list export's own words; the shared ones (in the import texts today) otherwise. */
  texts?: ExportTexts;
  disabled?: boolean;
}

export function ExportMenu(props: ExportMenuProps) {
  const { label, testId, request, formats = ['xlsx', 'csv'], disabled } = props;
  const { t } = useTranslation('import');
  const save = useSaveExport();
  const [open, setOpen] = useState(false);
  // Focus moves into the menu only when the keyboard opened it, so hovering never steals focus.
  const [byKeyboard, setByKeyboard] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const texts = props.texts ?? {
    nothing: t('export.nothing'),
    done: (count) => t('export.done', { count }),
  };
  const run = (format: ExportFormat) => void save({ ...request, format, texts });
  // A menu the keyboard opened hands focus back to its button when it closes (Esc, a pick),
  // as a menu button should, so the user is not left at the top of the page.
  const close = () => {
    if (byKeyboard) buttonRef.current?.focus();
    setOpen(false);
    setByKeyboard(false);
  };
  const only = formats.length === 1 ? formats[0] : undefined;
  // Staff do not export: the button is not offered (the repository refuses it as well).
  const allowed = useCan('export', 'Data');
  if (!allowed) return null;

  if (only) {
    return (
      <Button
        icon={<ExportOutlined />}
        disabled={disabled}
        onClick={() => run(only)}
        data-testid={testId}
      >
        {label}
      </Button>
    );
  }

  return (
    <Dropdown
      open={open}
      onOpenChange={(next) => (next ? setOpen(true) : close())}
      autoFocus={byKeyboard}
      disabled={disabled}
      menu={{
        items: formats.map((format) => ({
          key: format,
          label: (
            <span data-testid={`${testId}-${format}`}>
              {format === 'xlsx' ? t('export.excel') : t('export.csv')}
            </span>
          ),
        })),
        onClick: ({ key, domEvent }) => {
          // Enter on an item would otherwise go on to "press" the button focus returns to,
          // opening the menu again.
          domEvent.preventDefault();
          close();
          run(key as ExportFormat);
        },
      }}
    >
      <Button
        ref={buttonRef}
        icon={<ExportOutlined />}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        // A click opens the menu (hover may already have); a click from Enter or Space has
        // detail 0, and then focus goes into the menu so the arrows work at once.
        onClick={(event: MouseEvent) => {
          setByKeyboard(event.detail === 0);
          setOpen(true);
        }}
        data-testid={testId}
      >
        {label}
      </Button>
    </Dropdown>
  );
}
