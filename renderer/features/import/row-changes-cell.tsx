// The "changes" cell of a preview row: one line per stored value the row would change.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PreviewLine } from '../../services/import/import-session-types';
import { describeChanges, type Value } from './row-changes';

export function RowChangesCell({ line }: { line: PreviewLine }) {
  const { t } = useTranslation(['import', 'fields', 'common']);
  const record = line.source?.records[0];
  const changes = describeChanges(line.planned, record?.insured ?? record?.holder ?? null);
  if (changes.length === 0) return null;

  function shown(v: Value): string {
    if (v === null) return '—';
    if (Array.isArray(v)) return v.join(t('common:listSeparator')) || '—';
    if (v === 'compulsory' || v === 'commercial') return t(`common:kinds.${v}`);
    return String(v);
  }

  return (
    <div data-testid="row-changes">
      {changes.map((c, i) => (
        <div key={i} data-testid="row-change">
          {c.kind === 'owner' ? (
            t('import:changes.owner', { from: c.from || '—', to: c.to || '—' })
          ) : (
            <>
              <Typography.Text type="secondary">{t(`fields:${c.field}`)}</Typography.Text>{' '}
              {t('import:changes.value', { before: shown(c.before), after: shown(c.after) })}
            </>
          )}
        </div>
      ))}
    </div>
  );
}
