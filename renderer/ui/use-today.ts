import { useEffect, useState } from 'react';
import { chinaDate } from '../../shared/domain/china-date';
import type { IsoDate } from '../../shared/domain/types';

/** Today's China calendar date, updated when the day changes while the app stays open. */
export function useToday(): IsoDate {
  const [today, setToday] = useState(() => chinaDate(new Date()));
  useEffect(() => {
    const timer = window.setInterval(() => setToday(chinaDate(new Date())), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
