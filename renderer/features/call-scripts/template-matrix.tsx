// Templates as a grid: one row per tier, one column per channel, each cell the current
// version. Custom tiers with their own templates appear as extra rows.
import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCRIPT_TIERS } from '../../../shared/domain/scripts/default-scripts';
import { CHANNELS, type Channel, type Script } from '../../../shared/domain/types';

interface Row {
  tier: string;
  cells: Partial<Record<Channel, Script>>;
}

export function TemplateMatrix({
  scripts,
  selected,
  onSelect,
}: {
  scripts: readonly Script[];
  selected: string | null;
  onSelect(templateId: string): void;
}) {
  const { t } = useTranslation(['scripts', 'common']);
  const tiers = [...SCRIPT_TIERS, ...new Set(scripts.map((s) => s.tier))].filter(
    (tier, i, all) => all.indexOf(tier) === i,
  );
  const rows: Row[] = tiers.map((tier) => ({
    tier,
    cells: Object.fromEntries(
      scripts.filter((s) => s.tier === tier).map((s) => [s.channel, s]),
    ) as Row['cells'],
  }));
  return (
    <Table<Row>
      size="small"
      rowKey="tier"
      pagination={false}
      dataSource={rows}
      data-testid="template-matrix"
      columns={[
        {
          title: t('tier'),
          key: 'tier',
          render: (_, r) => t(`tiers.${r.tier}`, { defaultValue: r.tier }),
        },
        ...CHANNELS.map((channel) => ({
          title: t(`common:channels.${channel}`),
          key: channel,
          render: (_: unknown, r: Row) => {
            const s = r.cells[channel];
            if (!s) return '—';
            return (
              <Button
                size="small"
                type={s.templateId === selected ? 'primary' : 'link'}
                data-testid={`template-${r.tier}-${channel}`}
                onClick={() => onSelect(s.templateId)}
              >
                {t('version', { version: s.version })}
              </Button>
            );
          },
        })),
      ]}
    />
  );
}
