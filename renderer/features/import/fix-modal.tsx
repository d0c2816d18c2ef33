// Fix one value of a preview row in place. The typed value is normalised exactly like a cell
// of the file (fix-value.ts); if it is still wrong the reason shows here and nothing changes.
import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { createTranslator } from '../../../shared/i18n';
import {
  fieldLabelKey,
  type ImportProblem,
  type NormalizedRow,
} from '../../../shared/domain/import';
import { baseField, fieldText, normalizeFix, recordIndexFor } from './fix-value';
import { applyFix } from './import-actions';
import { useImportUi } from './import-store';
import { problemText } from './problem-list';

export interface FixTarget {
  row: NormalizedRow;
  problem: ImportProblem;
}

export function FixModal({ target, onClose }: { target: FixTarget; onClose: () => void }) {
  const { t, i18n } = useTranslation('import');
  const en = i18n.language === 'en';
  const target0 = target.problem.field ?? 'policyNo';
  const field = baseField(target0);
  const recordIndex = recordIndexFor(target.row, target0);
  const record = target.row.records[recordIndex];
  const current = record ? fieldText(record, field) : '';
  const [value, setValue] = useState(current);
  const [errors, setErrors] = useState<ImportProblem[]>([]);
  const isDate = field === 'startDate' || field === 'endDate';
  const manySheets = useImportUi((s) => (s.parse?.sheets.length ?? 0) > 1);
  const label = createTranslator(en ? 'en' : 'zh-CN').t(fieldLabelKey(target0));

  function submit() {
    if (!record) return;
    const outcome = normalizeFix(record, field, value);
    const blocking = outcome.problems.filter((p) => p.severity === 'error');
    if (blocking.length > 0) {
      setErrors(blocking);
      return;
    }
    void applyFix({ row: target.row.row, record: recordIndex, values: outcome.values });
    onClose();
  }

  return (
    <Modal
      open
      title={
        manySheets
          ? t('fix.title', { sheet: target.row.sheet, row: target.row.row, field: label })
          : t('fix.titleNoSheet', { row: target.row.row, field: label })
      }
      okText={t('fix.ok')}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="danger">{problemText(target.problem, en)}</Typography.Paragraph>
      <Form layout="vertical" onFinish={submit}>
        <Form.Item label={t('fix.current')}>
          <Typography.Text code>{current || '—'}</Typography.Text>
        </Form.Item>
        <Form.Item label={t('fix.value')}>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              autoFocus
              aria-label={t('fix.value')}
              data-testid="fix-input"
              value={value}
              onChange={(e) => {
                setValue(e.target.value);
                setErrors([]);
              }}
              onPressEnter={submit}
            />
            {isDate ? (
              // A date can be typed (as in the file) or picked from a calendar.
              <DatePicker
                aria-label={t('fix.pickDate')}
                placeholder={t('fix.pickDate')}
                data-testid="fix-date-picker"
                style={{ width: 170 }}
                value={dayjs(value, 'YYYY-MM-DD', true).isValid() ? dayjs(value) : null}
                onChange={(d) => {
                  if (!d) return;
                  setValue(d.format('YYYY-MM-DD'));
                  setErrors([]);
                }}
              />
            ) : null}
          </Space.Compact>
        </Form.Item>
      </Form>
      {errors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          data-testid="fix-error"
          message={t('fix.stillWrong')}
          description={errors.map((p) => problemText(p, en)).join(en ? '; ' : '；')}
        />
      ) : null}
    </Modal>
  );
}
