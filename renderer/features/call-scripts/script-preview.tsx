// The template filled with a real customer's details (first vehicle, its latest policies),
// missing values marked in red.
import { Alert, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { renderTemplateDetailed } from '../../../shared/domain/scripts/render-template';
import { buildTemplateValues } from '../../../shared/domain/scripts/template-values';
import type { Channel, Policy } from '../../../shared/domain/types';
import { getClientDetail, listClientPage } from '../../db/repositories/client-repository';
import { listStaff } from '../../db/repositories/staff-repository';
import { useDb } from '../../services/db/db-context';
import { RenderedScript } from '../../ui/rendered-script';
import { useToday } from '../../ui/use-today';
import { smsSegments } from './sms-info';
import { useScriptsUi } from './scripts-store';

/** The newest policy of each kind: the cycle a call would be about. */
function latestCycle(policies: readonly Policy[]): Policy[] {
  const byKind = new Map<string, Policy>();
  for (const p of policies) {
    const seen = byKind.get(p.kind);
    if (!seen || p.endDate > seen.endDate) byKind.set(p.kind, p);
  }
  return [...byKind.values()];
}

export function ScriptPreview({ body, channel }: { body: string; channel: Channel }) {
  const { t } = useTranslation('scripts');
  const db = useDb();
  const today = useToday();
  const clientId = useScriptsUi((s) => s.previewClientId);
  const setClient = useScriptsUi((s) => s.setPreviewClient);
  const options = useLiveQuery(() => listClientPage(db, {}, { limit: 300 }), [db]) ?? [];
  const detail = useLiveQuery(
    () => (clientId ? getClientDetail(db, clientId) : Promise.resolve(null)),
    [db, clientId],
  );
  const staff = useLiveQuery(() => listStaff(db), [db]) ?? [];

  const first = detail?.vehicles[0];
  const rendered = detail
    ? renderTemplateDetailed(
        body,
        buildTemplateValues({
          client: detail.client,
          vehicle: first?.vehicle ?? null,
          policies: latestCycle(first?.policies ?? []),
          staff: staff.find((s) => s.id === detail.client.staffId) ?? null,
          today,
        }),
      )
    : null;

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="script-preview">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('preview.title')}
      </Typography.Title>
      <Select
        showSearch
        allowClear
        style={{ width: 280 }}
        placeholder={t('preview.pick')}
        value={clientId}
        onChange={(v) => setClient(v ?? null)}
        optionFilterProp="label"
        data-testid="preview-client"
        options={options.map((c) => ({
          value: c.id,
          label: `${c.name} ${c.plates.join(' ')}`.trim(),
        }))}
      />
      {!rendered ? (
        <Typography.Text type="secondary">{t('preview.none')}</Typography.Text>
      ) : (
        <>
          {!first ? <Alert type="info" showIcon title={t('preview.noVehicle')} /> : null}
          <RenderedScript
            text={rendered.text}
            testId="preview-text"
            style={{
              whiteSpace: 'pre-wrap',
              background: '#fafafa',
              border: '1px solid #f0f0f0',
              borderRadius: 6,
              padding: '10px 12px',
              lineHeight: 1.8,
            }}
          />
          {channel === 'sms' ? (
            <Typography.Text type="secondary" data-testid="preview-sms-length">
              {t('sms.length', {
                count: rendered.text.length,
                segments: smsSegments(rendered.text.length),
              })}
            </Typography.Text>
          ) : null}
          {rendered.missing.length ? (
            <Alert
              type="warning"
              showIcon
              title={t('preview.missing', { names: rendered.missing.join('、') })}
            />
          ) : null}
        </>
      )}
    </Space>
  );
}
