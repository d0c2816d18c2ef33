// Editing a template: title and text, placeholders to insert, SMS opt-out and length checks.
// Saving adds a version; the old one stays in the history.
import { useLayoutEffect, useRef, useState } from 'react';
import { Alert, App, Button, Input, Space, Tag, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useTranslation } from 'react-i18next';
import {
  PLACEHOLDERS,
  renderTemplateDetailed,
} from '../../../shared/domain/scripts/render-template';
import type { Script } from '../../../shared/domain/types';
import { editScript } from '../../db/repositories/script-repository';
import { currentActor } from '../../services/actor';
import { useDb } from '../../services/db/db-context';
import { useErrorText } from '../../ui/use-text';
import { hasOptOut, smsSegments, SMS_OPT_OUT } from './sms-info';
import { scriptTitle } from '../../ui/script-title';
import { placeholderLabel } from '../../ui/placeholder-label';

export function ScriptEditor({
  script,
  onDraft,
}: {
  script: Script;
  /** The text being edited, for the preview; `dirty` when it differs from the saved version. */
  onDraft(body: string, dirty: boolean): void;
}) {
  const { t } = useTranslation(['scripts', 'common']);
  const errorText = useErrorText();
  const db = useDb();
  const { message } = App.useApp();
  // A default title is shown translated; unless someone edits it, the stored one is kept.
  const shownTitle = scriptTitle(script, t);
  const [title, setTitle] = useState(shownTitle);
  const [body, setBody] = useState(script.body);
  const [saving, setSaving] = useState(false);
  const area = useRef<TextAreaRef>(null);
  // Where the caret goes once an inserted placeholder is on screen.
  const caret = useRef<number | null>(null);
  const isSms = script.channel === 'sms';
  const unknown = renderTemplateDetailed(body, {}).unknown;
  const optOutMissing = isSms && !hasOptOut(body);

  function change(next: string, nextTitle = title) {
    setBody(next);
    onDraft(next, next !== script.body || nextTitle !== shownTitle);
  }

  /** Puts `{name}` over the selection (or at the caret) and keeps typing where it ended. */
  function insert(name: string) {
    const el = area.current?.resizableTextArea?.textArea;
    const start = el ? el.selectionStart : body.length;
    const end = el ? el.selectionEnd : body.length;
    const token = `{${name}}`;
    caret.current = start + token.length;
    change(`${body.slice(0, start)}${token}${body.slice(end)}`);
  }

  useLayoutEffect(() => {
    const el = area.current?.resizableTextArea?.textArea;
    if (caret.current === null || !el) return;
    el.focus();
    el.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [body]);

  async function save() {
    const savedTitle = title === shownTitle ? script.title : title;
    if (savedTitle === script.title && body === script.body) {
      return void message.info(t('editor.unchanged'));
    }
    setSaving(true);
    try {
      const next = await editScript(
        db,
        script.templateId,
        { title: savedTitle, body },
        currentActor(),
      );
      void message.success(t('editor.saved', { version: next.version }));
    } catch (error) {
      void message.error(t('editor.failed', { message: errorText(error) }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Space
      direction="vertical"
      style={{ width: '100%' }}
      data-testid="script-editor"
      onKeyDown={(e) => {
        // Ctrl+S (⌘S) saves, as in every editor; the browser's "save page" would be useless here.
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          if (!saving && !optOutMissing && body.trim()) void save();
        }
      }}
    >
      <Input
        addonBefore={t('editor.title')}
        aria-label={t('editor.title')}
        value={title}
        data-testid="script-title"
        onChange={(e) => {
          setTitle(e.target.value);
          change(body, e.target.value);
        }}
      />
      <div role="group" aria-label={t('editor.placeholders')}>
        <Typography.Text type="secondary">{t('editor.placeholders')}</Typography.Text>
        {PLACEHOLDERS.map((p) => (
          <Button
            key={p}
            size="small"
            style={{ margin: '4px 4px 0 0' }}
            data-testid={`placeholder-chip-${p}`}
            // Pressing the chip must not take the focus (and the caret) out of the text.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => insert(p)}
          >
            {placeholderLabel(p, t)}
          </Button>
        ))}
      </div>
      <Input.TextArea
        ref={area}
        aria-label={t('editor.body')}
        value={body}
        onChange={(e) => change(e.target.value)}
        autoSize={{ minRows: 5, maxRows: 16 }}
        data-testid="script-body"
      />
      {isSms ? (
        <Space wrap>
          <Tag color={optOutMissing ? 'red' : 'green'} data-testid="sms-opt-out">
            {t('sms.optOut', { text: SMS_OPT_OUT })}
          </Tag>
          <Typography.Text type="secondary" data-testid="sms-length">
            {t('sms.length', { count: body.length, segments: smsSegments(body.length) })}
          </Typography.Text>
        </Space>
      ) : null}
      {optOutMissing ? (
        <Alert type="error" showIcon title={t('sms.optOutMissing', { text: SMS_OPT_OUT })} />
      ) : null}
      {unknown.length ? (
        <Alert
          type="warning"
          showIcon
          title={t('editor.unknown', { names: unknown.join(t('common:listSeparator')) })}
        />
      ) : null}
      <Button
        type="primary"
        loading={saving}
        disabled={optOutMissing || !body.trim()}
        onClick={() => void save()}
        data-testid="script-save"
        aria-keyshortcuts="Control+S"
        title={t('editor.saveShortcut')}
      >
        {t('editor.save')}
      </Button>
    </Space>
  );
}
