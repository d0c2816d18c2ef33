// The dashboard's first paint is its headline tiles alone; the other sections mount after it,
// one per task, so no single main-thread task renders the whole page (tables, charts and the
// cards that ask the figures worker). The first paint also tells the background work that
// waits for a first screen (the plan run) that it may start.
import { useEffect, useState } from 'react';
import { markFirstScreenShown } from '../../services/reminders/first-screen';

/** 0 until `ready`, then 1, 2, … `stages`, one step per task after the first paint. */
export function useStagedReveal(ready: boolean, stages: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (!ready) return;
    if (stage >= stages) return;
    let timer: number | undefined;
    // After the frame that painted the previous stage, in a task of its own.
    const frame = requestAnimationFrame(() => {
      if (stage === 0) markFirstScreenShown();
      timer = window.setTimeout(() => setStage((s) => Math.min(stages, s + 1)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [ready, stage, stages]);
  return ready ? stage : 0;
}
