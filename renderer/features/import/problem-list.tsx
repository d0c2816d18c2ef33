// Problems of one row, each named by column header and field, in plain words; a problem tied
// to a field can be fixed in place.
import { Button, Typography } from 'antd';
import { WarningOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fieldLabelKey, type ImportProblem } from '../../../shared/domain/import';
import { createTranslator } from '../../../shared/i18n';

export function problemText(p: ImportProblem, en: boolean): string {
  return createTranslator(en ? 'en' : 'zh-CN').text(p.text);
}

/** ' · 终保日期' unless the message already starts by naming the field. */
function fieldNote(p: ImportProblem, en: boolean): string {
  if (!p.field) return '';
  const label = createTranslator(en ? 'en' : 'zh-CN').t(fieldLabelKey(p.field));
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
