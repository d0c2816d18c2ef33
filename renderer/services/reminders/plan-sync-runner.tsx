// Mounted once by the app shell: starts plan sync for the open database and turns a
// notification click ("open this task") into navigation to the Today screen. The recompute
// runs in the plan worker (the window only asks and receives the small result), and the
// first one waits until the first screen is painted.
import { useEffect } from 'react';
import { useDb } from '../db/db-context';
import { getHost } from '../host';
import { useNavigation } from '../navigation';
import { createPlanWorker } from '../plan/plan-worker-client';
import { recomputePlan } from '../plan/recompute-plan';
import { afterFirstScreen } from './first-screen';
import { startPlanSync } from './plan-sync';
import { usePlanSyncState } from './plan-sync-store';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function PlanSyncRunner() {
  const db = useDb();
  const navigate = useNavigation();

  useEffect(() => {
    const worker =
      typeof Worker === 'undefined'
        ? null
        : createPlanWorker(db.name, (args) => recomputePlan(db, args));
    const service = startPlanSync(db, {
      onError: (error) => console.error('续保计划计算失败 (plan recompute failed)', error),
      ...(worker ? { recompute: worker.recompute } : {}),
      startAfter: afterFirstScreen(),
    });
    const publish = () => {
      const s = service.status();
      usePlanSyncState.setState({
        ready: s.runs > 0,
        running: s.running,
        dueCount: s.last?.plan.dueCount ?? null,
        errorMessage: s.lastError ? messageOf(s.lastError) : null,
        calendarWarnings: (s.last?.warnings ?? [])
          .filter((w) => w.text.key === 'errors:calendar.unknownYear')
          .map((w) => w.text),
      });
    };
    usePlanSyncState.setState({ service });
    const unsubscribe = service.subscribe(publish);
    return () => {
      unsubscribe();
      service.stop();
      worker?.dispose();
      usePlanSyncState.setState({ service: null, ready: false, running: false });
    };
  }, [db]);

  useEffect(
    () => getHost().onOpenTask(({ taskId }) => navigate({ name: 'today', id: taskId })),
    [navigate],
  );

  return null;
}
