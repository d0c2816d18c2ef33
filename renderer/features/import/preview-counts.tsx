// What committing would do, counted: new, updated, unchanged, renewals, owner changes, rows
// with problems, skipped. Says so plainly when nothing would change.
import { chinaDateTime } from '../../../shared/domain/china-date';
import { Alert, Card, Space, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeysUnder } from '../../../shared/i18n';
import type { PreviewSummary } from '../../services/import/import-session-types';
import { nothingChanges } from './nothing-changes';

type CountKey = KeysUnder<'import', 'counts'>;

export function PreviewCounts({ preview }: { preview: PreviewSummary }) {
  const { t } = useTranslation('import');
  const c = preview.counts;
  const items: Array<[CountKey, number]> = [
    ['rows', c.rows],
    ['new', c.new],
    ['updated', c.updated],
    ['unchanged', c.unchanged],
    ['renewed', c.renewed],
    ['ownerChanged', c.ownerChanged],
    ['problems', preview.problemRows],
    ['skipped', c.skipped],
  ];
  const prev = preview.previousBatch;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card size="small">
        <Space size="large" wrap>
          {items.map(([key, value]) => (
            <Statistic
              key={key}
              title={t(`counts.${key}`)}
              value={value}
              data-testid={`count-${key}`}
              valueStyle={key === 'problems' && value > 0 ? { color: '#d4380d' } : undefined}
            />
          ))}
        </Space>
      </Card>
      {prev ? (
        <Alert
          type="info"
          showIcon
          data-testid="previous-batch"
          message={t('previousBatch', {
            when: chinaDateTime(prev.createdAt),
            file: prev.fileName,
          })}
        />
      ) : null}
      {nothingChanges(preview) ? (
        <Alert
          type="success"
          showIcon
          data-testid="nothing-changes"
          message={t('nothingChanges')}
        />
      ) : null}
    </Space>
  );
}
