import { Card, Empty, Table, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IsoDate, Policy, PolicyKind } from '../../../shared/domain/types';
import type { VehicleWithPolicies } from '../../db/repositories/client-repository';
import { ExpiryTag } from '../../ui/expiry-tag';

const KINDS: PolicyKind[] = ['compulsory', 'commercial'];

export function VehicleCard({ entry, today }: { entry: VehicleWithPolicies; today: IsoDate }) {
  const { t } = useTranslation('clients');
  const { vehicle, policies, ownerHistory } = entry;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      data-testid="vehicle-card"
      title={
        <span>
          <Typography.Text strong>{vehicle.plate ?? t('detail.noPlate')}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
            {[vehicle.brandModel, vehicle.vin].filter(Boolean).join(' · ')}
          </Typography.Text>
        </span>
      }
    >
      {KINDS.map((kind) => (
        <PolicyTable
          key={kind}
          kind={kind}
          policies={policies.filter((p) => p.kind === kind)}
          today={today}
        />
      ))}
      <Typography.Text type="secondary">{t('detail.ownerHistory')}</Typography.Text>
      {ownerHistory.length === 0 ? (
        <div style={{ color: 'rgba(0, 0, 0, 0.62)', marginTop: 4 }}>
          {t('detail.noOwnerHistory')}
        </div>
      ) : (
        <Timeline
          style={{ marginTop: 12 }}
          items={ownerHistory.map((h) => ({
            content: t('detail.previousOwner', {
              name: h.name,
              from: h.from ?? '?',
              to: h.to ?? '?',
            }),
          }))}
        />
      )}
    </Card>
  );
}

function PolicyTable({
  kind,
  policies,
  today,
}: {
  kind: PolicyKind;
  policies: Policy[];
  today: IsoDate;
}) {
  const { t } = useTranslation('clients');
  return (
    <div style={{ marginBottom: 12 }} data-testid={`policies-${kind}`}>
      <Typography.Text type="secondary">{t(`detail.${kind}`)}</Typography.Text>
      {policies.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noPolicies')} />
      ) : (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={policies}
          columns={[
            { title: t('columns.insurer'), dataIndex: 'insurer' },
            { title: t('detail.policyNo'), dataIndex: 'policyNo' },
            {
              title: t('detail.period'),
              render: (_: unknown, p: Policy) => `${p.startDate ?? '?'} ~ ${p.endDate}`,
            },
            {
              title: t('detail.premium'),
              render: (_: unknown, p: Policy) =>
                p.premium == null ? '—' : `¥${p.premium.toLocaleString('zh-CN')}`,
            },
            {
              title: t('detail.status'),
              render: (_: unknown, p: Policy) =>
                p.status === 'active' ? (
                  <ExpiryTag endDate={p.endDate} today={today} />
                ) : (
                  <Tag>{t(`status.${p.status}`)}</Tag>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}
