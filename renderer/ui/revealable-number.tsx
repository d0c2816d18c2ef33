// A phone or ID number as the signed-in role may see it: in full for owners and managers;
// masked for staff, with a "show" click that is audited before the number appears.
import { useState } from 'react';
import { Button, Space } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { maskIdNumber, maskPhone } from '../../shared/domain/validation/mask';
import { useDb } from '../services/db/db-context';
import { auditReveal, useCan } from '../services/session/audited';

export function RevealableNumber({
  clientId,
  kind,
  value,
  testId,
}: {
  clientId: string;
  kind: 'phone' | 'idNumber';
  value: string;
  testId?: string;
}) {
  const { t } = useTranslation('signin');
  const db = useDb();
  const unmasked = useCan('viewUnmasked', 'Pii');
  const [revealed, setRevealed] = useState(false);
  if (unmasked || revealed) return <span data-testid={testId}>{value}</span>;
  const masked = kind === 'phone' ? maskPhone(value) : maskIdNumber(value);
  return (
    <Space size={4}>
      <span data-testid={testId} data-masked="true">
        {masked}
      </span>
      <Button
        size="small"
        type="link"
        icon={<EyeOutlined />}
        aria-label={t('reveal.button')}
        title={t('reveal.button')}
        data-testid="reveal-number"
        onClick={() => void auditReveal(db, clientId, kind).then(() => setRevealed(true))}
      />
    </Space>
  );
}

/** How a number is labelled where it is not revealable (a call button): masked for staff. */
export function useShownNumber(): (phone: string) => string {
  const unmasked = useCan('viewUnmasked', 'Pii');
  return (phone) => (unmasked ? phone : maskPhone(phone));
}
