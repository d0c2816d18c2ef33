// The eight outcome buttons, each labelled with its key. Clicking does what the key does. They
// keep one row beside the list at 1280 px (short labels, the full name as the tooltip).
import { Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { OUTCOME_KEYS, type OutcomeKey } from './outcome-keys';
import styles from './today.module.css';

/** The outcomes whose button has a shorter label (today:outcomeButtons). */
const SHORTENED = ['wrong_number', 'do_not_contact'] as const;
function isShortened(outcome: string): outcome is (typeof SHORTENED)[number] {
  return (SHORTENED as readonly string[]).includes(outcome);
}

export function OutcomeBar({ onPick }: { onPick(key: OutcomeKey): void }) {
  const { t } = useTranslation('today');
  return (
    <div className={styles.outcomes} data-testid="outcome-bar">
      {OUTCOME_KEYS.map((k) => {
        const full = t(`outcomes.${k.outcome}`);
        const short = isShortened(k.outcome) ? t(`outcomeButtons.${k.outcome}`) : full;
        const button = (
          <Button
            key={k.key}
            size="small"
            className={styles.outcome}
            danger={k.outcome === 'lost' || k.outcome === 'do_not_contact'}
            type={k.outcome === 'renewed' ? 'primary' : 'default'}
            data-testid={`outcome-${k.outcome}`}
            aria-label={`${k.key} ${full}`}
            onClick={() => onPick(k)}
          >
            <kbd>{k.key}</kbd>
            {short}
          </Button>
        );
        return short === full ? (
          button
        ) : (
          <Tooltip key={k.key} title={full}>
            {button}
          </Tooltip>
        );
      })}
    </div>
  );
}
