import { useEffect, useState } from 'react';
import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { passwordScore } from '../services/auth/password-strength';

const COLORS = ['#ff4d4f', '#ff7a45', '#faad14', '#52c41a', '#237804'];

/** The score of `password`, or null while the dictionaries load (first use only). */
function usePasswordScore(password: string): number | null {
  const [scored, setScored] = useState<{ password: string; score: number } | null>(null);
  useEffect(() => {
    let live = true;
    void passwordScore(password).then((score) => {
      if (live) setScored({ password, score });
    });
    return () => {
      live = false;
    };
  }, [password]);
  return scored?.password === password ? scored.score : null;
}

export function StrengthMeter({ password }: { password: string }) {
  const { t } = useTranslation('signin');
  const score = usePasswordScore(password);
  const levels = t('setup.strengthLevels', { returnObjects: true }) as string[];
  const shown = password && score !== null;
  return (
    <div data-testid="strength-meter" data-score={score ?? undefined}>
      <Progress
        percent={shown ? (score + 1) * 20 : 0}
        showInfo={false}
        strokeColor={COLORS[score ?? 0]}
        size="small"
        aria-label={t('setup.strength')}
      />
      <Typography.Text type="secondary">
        {t('setup.strength')}: {shown ? levels[score] : '—'}
      </Typography.Text>
    </div>
  );
}
