// Problems of one row, each named by column header and field, in plain words; a problem tied
// to a field can be fixed in place.
import { Button, Typography } from 'antd';
import { WarningOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FIELD_LABELS, type ImportProblem } from '../../../shared/domain/import';

export function problemText(p: ImportProblem, en: boolean): string {
  return en ? (p.messageEn ?? p.message) : p.message;
}

/** ' · 终保日期' unless the message already starts by naming the field. */
function fieldNote(p: ImportProblem, en: boolean): string {
  if (!p.field) return '';
  const label = en ? FIELD_LABELS[p.field].en : FIELD_LABELS[p.field].zh;
  const text = problemText(p, en);
  return text.toLowerCase().startsWith(label.toLowerCase()) ? '' : ` · ${label}`;
}

export function ProblemList({
  problems,
  onFix,
}: {
  problems: ImportProblem[];
  onFix?: ((problem: ImportProblem) => void) | undefined;
}) {
  const { t, i18n } = useTranslation('import');
  const en = i18n.language === 'en';
  return (
    <div>
      {problems.map((p, i) => (
        <div key={i} data-testid="row-problem" data-code={p.code} data-severity={p.severity}>
          <Typography.Text type={p.severity === 'error' ? 'danger' : 'warning'}>
            {p.severity === 'error' ? <CloseCircleOutlined /> : <WarningOutlined />}{' '}
            {p.column ? t('table.column', { column: p.column }) : t('table.wholeRow')}
            {fieldNote(p, en)}：{problemText(p, en)}
          </Typography.Text>
          {p.field && onFix ? (
            <Button type="link" size="small" data-testid="fix-problem" onClick={() => onFix(p)}>
              {t('table.fix')}
            </Button>
          ) : null}
        </div>
      ))}
    </div>
  );
}
