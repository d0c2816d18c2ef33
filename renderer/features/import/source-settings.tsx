// How the file is read: sheet, header row (correctable), insurer when the file names none.
// Each change re-runs the worker with the new choice.
import { useState } from 'react';
import { Alert, Form, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../services/db/db-context';
import { rereadFile } from './import-actions';
import { problemText } from './problem-list';
import { useImportUi } from './import-store';

// Canonical short names (shared/domain/import/insurer-from-title.ts): a pick is stored as these.
const INSURERS = [
  '人保',
  '平安',
  '太平洋',
  '国寿财',
  '大地',
  '阳光',
  '太平',
  '中华联合',
  '天安',
  '华安',
  '英大',
  '华泰',
  '亚太',
  '安盛天平',
  '永安',
  '紫金',
  '浙商',
  '众安',
];

export function SourceSettings() {
  const { t, i18n } = useTranslation('import');
  const db = useDb();
  const parse = useImportUi((s) => s.parse);
  const fileProblems = useImportUi((s) => s.preview?.fileProblems ?? []);
  if (!parse) return null;
  const insurerMapped = parse.mapping.columns.some(
    (c) =>
      c.target === 'insurer' ||
      c.target === 'compulsory.insurer' ||
      c.target === 'commercial.insurer',
  );
  const needsInsurer = !insurerMapped && parse.insurerSource !== 'title';
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="small">
      <Form layout="inline">
        {parse.sheets.length > 1 ? (
          <Form.Item label={t('source.sheet')}>
            <Select
              data-testid="import-sheet"
              value={parse.sheet}
              style={{ minWidth: 160 }}
              aria-label={t('source.sheet')}
              options={parse.sheets.map((s) => ({ value: s.name, label: s.name }))}
              onChange={(sheet: string) => void rereadFile(db, { sheet })}
            />
          </Form.Item>
        ) : null}
        <Form.Item label={t('source.headerRow')} tooltip={t('source.headerHint')}>
          <HeaderRowInput
            value={parse.headerRow}
            onCommit={(n) => void rereadFile(db, { headerRowIndex: n - 1 })}
          />
        </Form.Item>
        {needsInsurer || parse.insurerSource !== null ? (
          <Form.Item label={t('source.insurer')}>
            {parse.insurerSource === 'title' ? (
              <Space>
                <Tag color="blue">{parse.insurer}</Tag>
                <Typography.Text type="secondary">{t('source.insurerFromTitle')}</Typography.Text>
              </Space>
            ) : (
              <Select
                data-testid="import-insurer"
                showSearch
                placeholder={t('source.insurerPick')}
                aria-label={t('source.insurer')}
                value={parse.insurer ?? undefined}
                style={{ minWidth: 160 }}
                options={INSURERS.map((i) => ({ value: i, label: i }))}
                onChange={(insurer: string) => void rereadFile(db, { insurer })}
              />
            )}
          </Form.Item>
        ) : null}
        {parse.presetId ? <Tag color="green">{t('source.preset')}</Tag> : null}
      </Form>
      {needsInsurer && !parse.insurer && fileProblems.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          message={t('source.insurerNeeded')}
          data-testid="insurer-needed"
        />
      ) : null}
      {fileProblems.map((p) => (
        // Asked once for the file (its insurer); the rows waiting on it carry no problem.
        <Alert
          key={p.code}
          type={p.severity === 'error' ? 'error' : 'warning'}
          showIcon
          message={p.code === 'missing_insurer' ? t('source.insurerNeeded') : undefined}
          description={problemText(p, i18n.language === 'en')}
          data-testid={p.code === 'missing_insurer' ? 'insurer-needed' : `file-problem-${p.code}`}
          data-code={p.code}
        />
      ))}
      <Typography.Text type="secondary" data-testid="import-headers">
        {parse.headers.filter(Boolean).join(' | ')}
      </Typography.Text>
    </Space>
  );
}

/** Re-reads only when the number is settled (Enter, blur or the arrows), not per keystroke. */
function HeaderRowInput({ value, onCommit }: { value: number; onCommit: (row: number) => void }) {
  const { t } = useTranslation('import');
  const [draft, setDraft] = useState<number | null>(value);
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // A new read found another header row: show it.
    setShown(value);
    setDraft(value);
  }
  const commit = (n: number | null) => {
    if (typeof n === 'number' && n >= 1 && n !== value) onCommit(n);
  };
  return (
    <InputNumber
      data-testid="import-header-row"
      aria-label={t('source.headerRow')}
      min={1}
      value={draft}
      onChange={(n) => setDraft(typeof n === 'number' ? n : null)}
      onPressEnter={() => commit(draft)}
      onBlur={() => commit(draft)}
      onStep={(n) => commit(n)}
    />
  );
}
