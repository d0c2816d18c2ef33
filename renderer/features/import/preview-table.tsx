// The rows of the preview, paginated: where each comes from (sheet, spreadsheet row), what
// committing would do with it, and every problem by column, field and reason, with a fix in
// place or a skip. "Only rows with problems" narrows the list.
import { useMemo, useState } from 'react';
import { Checkbox, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NormalizedRow } from '../../../shared/domain/import';
import type { ImportPreview, PlannedRow } from '../../db/repositories/import-repository';
import { useDb } from '../../services/db/db-context';
import { refreshPreview } from './import-actions';
import { useImportUi } from './import-store';
import { FixModal, type FixTarget } from './fix-modal';
import { ProblemList } from './problem-list';

const STATUS_COLOR = { new: 'green', updated: 'blue', unchanged: 'default', skipped: 'orange' };

interface Line {
  planned: PlannedRow;
  source: NormalizedRow | undefined;
}

export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('import');
  const db = useDb();
  const onlyProblems = useImportUi((s) => s.onlyProblems);
  const skipRows = useImportUi((s) => s.skipRows);
  const setUi = useImportUi((s) => s.set);
  const toggleSkip = useImportUi((s) => s.toggleSkip);
  const [fixing, setFixing] = useState<FixTarget | null>(null);

  const lines = useMemo(() => {
    const byRow = new Map(preview.input.map((r) => [`${r.sheet}|${r.row}`, r]));
    const all: Line[] = preview.rows.map((planned) => ({
      planned,
      source: byRow.get(`${planned.sheet}|${planned.row}`),
    }));
    return onlyProblems ? all.filter((l) => l.planned.problems.length > 0) : all;
  }, [preview, onlyProblems]);
  const skipped = new Set(skipRows);

  function skip(row: number, value: boolean) {
    toggleSkip(row, value);
    void refreshPreview(db);
  }

  return (
    <>
      <div style={{ margin: '8px 0', display: 'flex', gap: 8, alignItems: 'center' }}>
        <Switch
          checked={onlyProblems}
          onChange={(v) => setUi({ onlyProblems: v })}
          data-testid="only-problems"
        />
        <span>{t('table.onlyProblems')}</span>
      </div>
      <Table<Line>
        data-testid="preview-table"
        size="small"
        rowKey={(l) => `${l.planned.sheet}|${l.planned.row}`}
        dataSource={lines}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
        onRow={(l) => ({ 'data-testid': 'preview-row', 'data-row': l.planned.row }) as object}
        columns={[
          {
            title: t('table.row'),
            key: 'row',
            width: 130,
            render: (_, l) => t('table.rowAt', { sheet: l.planned.sheet, row: l.planned.row }),
          },
          {
            title: t('table.status'),
            key: 'status',
            width: 130,
            render: (_, { planned: p }) => (
              <>
                <Tag color={STATUS_COLOR[p.status]} data-testid="row-status">
                  {t(`status.${p.status}`)}
                </Tag>
                {p.renewed ? <Tag color="purple">{t('status.renewed')}</Tag> : null}
                {p.ownerChanged ? <Tag color="gold">{t('status.ownerChanged')}</Tag> : null}
              </>
            ),
          },
          {
            title: t('table.insured'),
            key: 'insured',
            width: 100,
            render: (_, l) => l.source?.records[0]?.insured ?? '',
          },
          {
            title: t('table.plate'),
            key: 'plate',
            width: 100,
            render: (_, l) => l.source?.records[0]?.plate ?? '',
          },
          {
            title: t('table.policyNo'),
            key: 'policyNo',
            render: (_, l) =>
              l.source?.records.map((r, i) => <div key={i}>{r.policyNo ?? '—'}</div>) ?? null,
          },
          {
            title: t('table.endDate'),
            key: 'endDate',
            width: 110,
            render: (_, l) =>
              l.source?.records.map((r, i) => <div key={i}>{r.endDate ?? '—'}</div>) ?? null,
          },
          {
            title: t('table.problems'),
            key: 'problems',
            render: (_, l) =>
              l.planned.problems.length === 0 ? null : (
                <ProblemList
                  problems={l.planned.problems}
                  onFix={
                    l.source
                      ? (problem) => setFixing({ row: l.source as NormalizedRow, problem })
                      : undefined
                  }
                />
              ),
          },
          {
            title: t('table.actions'),
            key: 'actions',
            width: 80,
            render: (_, l) => (
              <Checkbox
                data-testid="skip-row"
                checked={skipped.has(l.planned.row)}
                onChange={(e) => skip(l.planned.row, e.target.checked)}
              >
                {t('table.skip')}
              </Checkbox>
            ),
          },
        ]}
      />
      {lines.length === 0 ? <Typography.Text type="secondary">—</Typography.Text> : null}
      {fixing ? <FixModal target={fixing} onClose={() => setFixing(null)} /> : null}
    </>
  );
}
