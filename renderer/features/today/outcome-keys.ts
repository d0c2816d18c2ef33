// Keys 1-8 and the outcome each logs. Outcomes that need a detail (time, amount, insurer,
// reason) or a confirmation open a small dialog; the rest are logged at once.
import type { Outcome } from '../../../shared/domain/types';
import type { OutcomeDialog } from './today-store';

export interface OutcomeKey {
  key: string;
  outcome: Outcome;
  dialog: OutcomeDialog;
}

export const OUTCOME_KEYS: readonly OutcomeKey[] = [
  { key: '1', outcome: 'no_answer', dialog: null },
  { key: '2', outcome: 'busy', dialog: null },
  { key: '3', outcome: 'callback', dialog: 'callback' },
  { key: '4', outcome: 'quoted', dialog: 'quoted' },
  { key: '5', outcome: 'renewed', dialog: 'renewed' },
  { key: '6', outcome: 'lost', dialog: 'lost' },
  { key: '7', outcome: 'wrong_number', dialog: null },
  { key: '8', outcome: 'do_not_contact', dialog: 'do_not_contact' },
];
