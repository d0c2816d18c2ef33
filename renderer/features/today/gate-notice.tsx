// Why the gate says no, in words, and when contact is allowed again (or what must change).
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GateAnswer } from '../../../shared/domain/contact/contact-gate';

/** '2026-06-20T10:00:00+08:00' → '2026-06-20 10:00' (the gate speaks China time). */
export const chinaMinute = (iso: string) => iso.slice(0, 16).replace('T', ' ');

export function GateNotice({ answer }: { answer: GateAnswer }) {
  const { t } = useTranslation(['contact', 'common']);
  if (answer.allowed) return null;
  const reasons = answer.reasons.map((r) => t(`reasons.${r}`)).join(t('common:listSeparator'));
  return (
    <Alert
      type={answer.nextAllowedAt ? 'warning' : 'error'}
      showIcon
      data-testid="gate-blocked"
      data-reasons={answer.reasons.join(' ')}
      style={{ marginBottom: 8 }}
      title={t('blocked', { reasons })}
      description={
        answer.nextAllowedAt ? t('nextAt', { at: chinaMinute(answer.nextAllowedAt) }) : t('never')
      }
    />
  );
}
