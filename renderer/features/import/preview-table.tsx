// The rows of the preview, paginated: where each comes from (sheet, spreadsheet row), what
// committing would do with it, and every problem by column, field and reason, with a fix in
// place or a skip. "Only rows with problems" narrows the list. The rows stay in the import
// worker: this table asks it for one page at a time.
import { useState } from 'react';
import { Checkbox, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NormalizedRow } from '../../../shared/domain/import';
import type { PreviewLine as Line } from '../../services/import/import-session-types';
import { loadPage, setSkip } from './import-actions';
import { useImportUi } from './import-store';
import { FixModal, type FixTarget } from './fix-modal';
import { ProblemList } from './problem-list';
import { RowChangesCell } from './row-changes-cell';

const STATUS_COLOR = { new: 'green', updated: 'blue', unchanged: 'default', skipped: 'orange' };

export function PreviewTable() {
  const { t } = useTranslation('import');
  const onlyProblems = useImportUi((s) => s.onlyProblems);
  const page = useImportUi((s) => s.page);
  const pageSize = useImportUi((s) => s.pageSize);
  const setUi = useImportUi((s) => s.set);
  const [fixing, setFixing] = useState<FixTarget | null>(null);
  const manySheets = useImportUi((s) => (s.parse?.sheets.length ?? 0) > 1);
  const lines = page?.lines ?? [];

  function filter(value: boolean) {
    setUi({ onlyProblems: value });
    void loadPage(0);
  }

  return (
    <>
      <div style={{ margin: '8px 0', display: 'flex', gap: 8, alignItems: 'center' }}>
        <Switch
          id="only-problems"
          checked={onlyProblems}
          onChange={filter}
          data-testid="only-problems"
        />
        <label htmlFor="only-problems">{t('table.onlyProblems')}</label>
      </div>
      <Table<Line>
        data-testid="preview-table"
        size="small"
        rowKey={(l) => `${l.planned.sheet}|${l.planned.row}`}
        dataSource={lines}
        pagination={{
          current: Math.floor((page?.offset ?? 0) / pageSize) + 1,
          pageSize,
          total: page?.total ?? 0,
          showSizeChanger: true,
          hideOnSinglePage: true,
          onChange: (current, size) => {
            setUi({ pageSize: size });
            void loadPage((current - 1) * size);
          },
        }}
        onRow={(l) => ({ 'data-testid': 'preview-row', 'data-row': l.planned.row }) as object}
        columns={[
          {
            title: t('table.row'),
            key: 'row',
            width: 130,
            // A CSV or one-sheet file has no sheet worth naming (SheetJS calls it "Sheet1").
            render: (_, l) =>
              manySheets
                ? t('table.rowAt', { sheet: l.planned.sheet, row: l.planned.row })
                : t('table.rowOnly', { row: l.planned.row }),
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
            title: t('table.changes'),
            key: 'changes',
            render: (_, l) => <RowChangesCell line={l} />,
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
                checked={l.skipped}
                onChange={(e) => void setSkip(l.planned.row, e.target.checked)}
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
