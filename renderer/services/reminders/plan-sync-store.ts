// The running plan-sync service and what the screens need from it (is the first plan ready,
// how many tasks are due), readable from React without holding the service itself.
import { create } from 'zustand';
import type { TextRef } from '../../../shared/i18n';
import type { PlanSync } from './plan-sync';

interface PlanSyncState {
  service: PlanSync | null;
  /** At least one recompute finished since start. */
  ready: boolean;
  running: boolean;
  dueCount: number | null;
  errorMessage: string | null;
  /** Years the plan reaches without holiday data (issue 9 §8), as the plan words them. */
  calendarWarnings: TextRef[];
}

export const usePlanSyncState = create<PlanSyncState>(() => ({
  service: null,
  ready: false,
  running: false,
  dueCount: null,
  errorMessage: null,
  calendarWarnings: [],
}));

/**
 * Ask for a recompute now. Writes never need this (repositories announce plan-input changes on
 * the change feed); it is for what the database does not hold, such as the UI language.
 */
export function requestPlanRecompute(): Promise<unknown> {
  return usePlanSyncState.getState().service?.flush() ?? Promise.resolve(null);
}
