// The export button every list shows. With one format it is a plain button; with several it
// opens a menu of formats on hover (as before), on click, and from the keyboard: Enter or Space
// on the focused button opens the menu with focus in it, arrows move, Enter picks, Esc closes.
import { useRef, useState, type MouseEvent } from 'react';
import { Button, Dropdown } from 'antd';
import { ExportOutlined } from '@ant-design/icons';
import type { ExportFormat } from './use-save-export';

export interface ExportMenuProps {
  /** Button label, also its accessible name. */
  label: string;
  /** data-testid of the button; each menu item is `${testId}-${format}`. */
  testId: string;
  formats: ReadonlyArray<{ format: ExportFormat; label: string }>;
  onExport: (format: ExportFormat) => void;
  disabled?: boolean;
}

export function ExportMenu({ label, testId, formats, onExport, disabled }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  // Focus moves into the menu only when the keyboard opened it, so hovering never steals focus.
  const [byKeyboard, setByKeyboard] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  // A menu the keyboard opened hands focus back to its button when it closes (Esc, a pick),
  // as a menu button should, so the user is not left at the top of the page.
  const close = () => {
    if (byKeyboard) buttonRef.current?.focus();
    setOpen(false);
    setByKeyboard(false);
  };
  const only = formats.length === 1 ? formats[0] : undefined;

  if (only) {
    return (
      <Button
        icon={<ExportOutlined />}
        disabled={disabled}
        onClick={() => onExport(only.format)}
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
        items: formats.map(({ format, label: text }) => ({
          key: format,
          label: <span data-testid={`${testId}-${format}`}>{text}</span>,
        })),
        onClick: ({ key, domEvent }) => {
          // Enter on an item would otherwise go on to "press" the button focus returns to,
          // opening the menu again.
          domEvent.preventDefault();
          close();
          onExport(key as ExportFormat);
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
