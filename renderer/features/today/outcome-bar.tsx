// The eight outcome buttons, each labelled with its key. Clicking does what the key does.
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { OUTCOME_KEYS, type OutcomeKey } from './outcome-keys';
import styles from './today.module.css';

export function OutcomeBar({ onPick }: { onPick(key: OutcomeKey): void }) {
  const { t } = useTranslation('today');
  return (
    <div className={styles.outcomes} data-testid="outcome-bar">
      {OUTCOME_KEYS.map((k) => (
        <Button
          key={k.key}
          size="small"
          danger={k.outcome === 'lost' || k.outcome === 'do_not_contact'}
          type={k.outcome === 'renewed' ? 'primary' : 'default'}
          data-testid={`outcome-${k.outcome}`}
          onClick={() => onPick(k)}
        >
          <kbd style={{ opacity: 0.6 }}>{k.key}</kbd> {t(`outcomes.${k.outcome}`)}
        </Button>
      ))}
    </div>
  );
}
