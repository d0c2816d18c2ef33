// The template filled with a real customer's details (first vehicle, its latest policies),
// missing values marked in red.
import { Alert, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classifyQuery } from '../../../shared/domain/search/query';
import { matchesSummary } from '../../../shared/domain/search/match';
import { renderTemplateDetailed } from '../../../shared/domain/scripts/render-template';
import { buildTemplateValues } from '../../../shared/domain/scripts/template-values';
import type { Channel, ClientSummary, Policy } from '../../../shared/domain/types';
import { getClientDetail, listClientPage } from '../../db/repositories/client-repository';
import { listStaff } from '../../db/repositories/staff-repository';
import { useDb } from '../../services/db/db-context';
import { usePlaceholderList } from '../../ui/placeholder-label';
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

const NO_ROWS: ClientSummary[] = [];

/**
 * The picker's choices. Each option's value is its label (made unique with a number), not the
 * customer id: the select's hidden list for screen readers reads option values aloud.
 */
function previewChoices(rows: readonly ClientSummary[]) {
  const seen = new Map<string, number>();
  return rows.map((summary) => {
    const label = `${summary.name} ${summary.plates.join(' ')}`.trim();
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return { summary, value: n === 1 ? label : `${label} (${n})` };
  });
}

export function ScriptPreview({ body, channel }: { body: string; channel: Channel }) {
  const { t } = useTranslation('scripts');
  const placeholderList = usePlaceholderList();
  const db = useDb();
  const today = useToday();
  const clientId = useScriptsUi((s) => s.previewClientId);
  const setClient = useScriptsUi((s) => s.setPreviewClient);
  const options = useLiveQuery(() => listClientPage(db, {}, { limit: 300 }), [db], NO_ROWS);
  const detail = useLiveQuery(
    () => (clientId ? getClientDetail(db, clientId) : Promise.resolve(null)),
    [db, clientId],
  );
  const staff = useLiveQuery(() => listStaff(db), [db]) ?? [];
  // The same matching as the customer search: name, pinyin initials (zs), full pinyin, plate.
  const [query, setQuery] = useState('');
  const choices = useMemo(() => previewChoices(options), [options]);
  const shown = useMemo(() => {
    const q = classifyQuery(query);
    return choices.filter((c) => matchesSummary(c.summary, q));
  }, [choices, query]);
  const chosen = choices.find((c) => c.summary.id === clientId)?.value;

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
        value={chosen}
        onChange={(v?: string) => setClient(choices.find((c) => c.value === v)?.summary.id ?? null)}
        aria-label={t('preview.pick')}
        filterOption={false}
        onSearch={setQuery}
        onOpenChange={(open) => open || setQuery('')}
        data-testid="preview-client"
        options={shown.map((c) => ({ value: c.value, label: c.value }))}
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
              title={t('preview.missing', { names: placeholderList(rendered.missing) })}
            />
          ) : null}
        </>
      )}
    </Space>
  );
}
