import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { passwordScore } from '../services/auth/password-strength';

const COLORS = ['#ff4d4f', '#ff7a45', '#faad14', '#52c41a', '#237804'];

export function StrengthMeter({ password }: { password: string }) {
  const { t } = useTranslation('signin');
  const score = passwordScore(password);
  const levels = t('setup.strengthLevels', { returnObjects: true }) as string[];
  return (
    <div data-testid="strength-meter" data-score={score}>
      <Progress
        percent={password ? (score + 1) * 20 : 0}
        showInfo={false}
        strokeColor={COLORS[score]}
        size="small"
        aria-label={t('setup.strength')}
      />
      <Typography.Text type="secondary">
        {t('setup.strength')}: {password ? levels[score] : '—'}
      </Typography.Text>
    </div>
  );
}
