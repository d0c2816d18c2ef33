// Renewals by the insurer a policy ended with (rows) and the one it was renewed with
// (columns). The diagonal kept its insurer; every other cell is a customer who moved, which is
// what the owner looks for: whose offers are winning. Each count opens its policies.
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SwitchMatrix } from '../../../shared/domain/kpi/insurer-switches';

interface MatrixRow {
  from: string;
  counts: Map<string | null, number>;
}

export function InsurerSwitchMatrix(props: {
  matrix: SwitchMatrix;
  onPick: (from: string, to: string | null) => void;
}) {
  const { t } = useTranslation('dashboard');
  const { matrix, onPick } = props;
  if (matrix.cells.length === 0) {
    return <Typography.Text type="secondary">{t('switches.none')}</Typography.Text>;
  }
  const rows: MatrixRow[] = matrix.from.map((from) => ({
    from,
    counts: new Map(matrix.cells.filter((c) => c.from === from).map((c) => [c.to, c.count])),
  }));
  const toLabel = (to: string | null) =>
    to === null ? t('switches.notNamed') : to || t('noInsurer');
  return (
    <>
      <Typography.Text type="secondary" data-testid="switches-summary">
        {t('switches.summary', { switched: matrix.switched, known: matrix.known })}
      </Typography.Text>
      <Table<MatrixRow>
        size="small"
        data-testid="insurer-switches"
        rowKey="from"
        dataSource={rows}
        pagination={false}
        scroll={{ x: true, y: 240 }}
        columns={[
          {
            title: t('switches.fromTo'),
            dataIndex: 'from',
            fixed: 'left',
            render: (from: string) => from || t('noInsurer'),
          },
          ...matrix.to.map((to) => ({
            title: toLabel(to),
            key: to ?? '\u0000',
            align: 'right' as const,
            render: (_: unknown, row: MatrixRow) => {
              const count = row.counts.get(to);
              if (!count) return null;
              const stayed = to === row.from;
              return (
                <Typography.Link
                  onClick={() => onPick(row.from, to)}
                  type={stayed ? 'secondary' : undefined}
                  strong={!stayed && to !== null}
                  aria-label={t('switches.cellLabel', {
                    from: row.from || t('noInsurer'),
                    to: toLabel(to),
                    count,
                  })}
                  data-testid={stayed ? 'switch-stayed' : 'switch-moved'}
                >
                  {count}
                </Typography.Link>
              );
            },
          })),
        ]}
      />
    </>
  );
}
