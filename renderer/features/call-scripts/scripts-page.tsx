// 话术: the template grid (tier × channel) on the left; the chosen template's editor, preview
// with a real customer, and version history on the right.
import { useState } from 'react';
import { App, Empty, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { listCurrentScripts } from '../../db/repositories/script-repository';
import { useDb } from '../../services/db/db-context';
import { ScriptEditor } from './script-editor';
import { ScriptHistory } from './script-history';
import { ScriptPreview } from './script-preview';
import { useScriptsUi } from './scripts-store';
import { TemplateMatrix } from './template-matrix';
import { scriptTitle } from '../../ui/script-title';

export function ScriptsPage(_props: { taskId?: string | undefined }) {
  const { t } = useTranslation(['scripts', 'common']);
  const db = useDb();
  const scripts = useLiveQuery(() => listCurrentScripts(db), [db]) ?? [];
  const templateId = useScriptsUi((s) => s.templateId);
  const select = useScriptsUi((s) => s.select);
  const script = scripts.find((s) => s.templateId === templateId) ?? null;
  const { modal } = App.useApp();
  const [draft, setDraft] = useState<{ id: string; body: string; dirty: boolean } | null>(null);
  const body = script && draft?.id === script.id ? draft.body : (script?.body ?? '');
  const dirty = Boolean(script && draft?.id === script.id && draft.dirty);

  /** Switching template with unsaved edits asks first instead of dropping them. */
  function choose(id: string) {
    if (id === templateId || !dirty) return select(id);
    modal.confirm({
      title: t('editor.discardTitle'),
      content: t('editor.discardBody'),
      okText: t('editor.discard'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'discard-edits' } },
      cancelText: t('editor.keepEditing'),
      onOk: () => {
        setDraft(null);
        select(id);
      },
    });
  }

  return (
    <div style={{ display: 'flex', height: '100%', minHeight: 0 }} data-testid="scripts-page">
      <div style={{ width: 460, overflow: 'auto', padding: 16, borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <TemplateMatrix scripts={scripts} selected={templateId} onSelect={choose} />
      </div>
      <div style={{ flex: 1, overflow: 'auto', padding: 16 }}>
        {!script ? (
          <Empty style={{ marginTop: 100 }} description={t('pickTemplate')} />
        ) : (
          <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {scriptTitle(script, t)} · {t('version', { version: script.version })}
            </Typography.Title>
            <ScriptEditor
              key={script.id}
              script={script}
              onDraft={(next, isDirty) => setDraft({ id: script.id, body: next, dirty: isDirty })}
            />
            <ScriptPreview body={body} channel={script.channel} />
            <ScriptHistory templateId={script.templateId} />
          </div>
        )}
      </div>
    </div>
  );
}
