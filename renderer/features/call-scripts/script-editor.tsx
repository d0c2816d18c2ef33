// Editing a template: title and text, placeholders to insert, SMS opt-out and length checks.
// Saving adds a version; the old one stays in the history.
import { useRef, useState } from 'react';
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

export function ScriptEditor({
  script,
  onDraft,
}: {
  script: Script;
  /** The text being edited, for the preview. */
  onDraft(body: string): void;
}) {
  const { t } = useTranslation('scripts');
  const errorText = useErrorText();
  const db = useDb();
  const { message } = App.useApp();
  const [title, setTitle] = useState(script.title);
  const [body, setBody] = useState(script.body);
  const [saving, setSaving] = useState(false);
  const area = useRef<TextAreaRef>(null);
  const isSms = script.channel === 'sms';
  const unknown = renderTemplateDetailed(body, {}).unknown;
  const optOutMissing = isSms && !hasOptOut(body);

  function change(next: string) {
    setBody(next);
    onDraft(next);
  }

  function insert(name: string) {
    const el = area.current?.resizableTextArea?.textArea;
    const at = el ? el.selectionStart : body.length;
    change(`${body.slice(0, at)}{${name}}${body.slice(at)}`);
  }

  async function save() {
    if (title === script.title && body === script.body) {
      return void message.info(t('editor.unchanged'));
    }
    setSaving(true);
    try {
      const next = await editScript(db, script.templateId, { title, body }, currentActor());
      void message.success(t('editor.saved', { version: next.version }));
    } catch (error) {
      void message.error(t('editor.failed', { message: errorText(error) }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="script-editor">
      <Input
        addonBefore={t('editor.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <Typography.Text type="secondary">
        {t('editor.placeholders')}
        {PLACEHOLDERS.map((p) => (
          <Tag key={p} style={{ cursor: 'pointer', marginTop: 4 }} onClick={() => insert(p)}>
            {`{${p}}`}
          </Tag>
        ))}
      </Typography.Text>
      <Input.TextArea
        ref={area}
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
        <Alert type="warning" showIcon title={t('editor.unknown', { names: unknown.join('、') })} />
      ) : null}
      <Button
        type="primary"
        loading={saving}
        disabled={optOutMissing || !body.trim()}
        onClick={() => void save()}
        data-testid="script-save"
      >
        {t('editor.save')}
      </Button>
    </Space>
  );
}
