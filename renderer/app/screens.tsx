import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import type { Route } from '../services/navigation';
import { TodayPage } from '../features/today';

// Today (the day's calls) is the start screen and ships in the first bundle; every other
// screen (and what only it needs: SheetJS, charts, the script editor) loads when first opened,
// so the first rows appear sooner.
const ClientsPage = lazy(() =>
  import('../features/clients').then((m) => ({ default: m.ClientsPage })),
);
const ImportPage = lazy(() =>
  import('../features/import').then((m) => ({ default: m.ImportPage })),
);
const ScriptsPage = lazy(() =>
  import('../features/call-scripts').then((m) => ({ default: m.ScriptsPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings').then((m) => ({ default: m.SettingsPage })),
);
const DashboardPage = lazy(() =>
  import('../features/dashboard').then((m) => ({ default: m.DashboardPage })),
);
const TasksPage = lazy(() => import('../features/tasks').then((m) => ({ default: m.TasksPage })));
const AuditPage = lazy(() =>
  import('../features/sign-in/audit').then((m) => ({ default: m.AuditPage })),
);

/** Which screen a route shows. */
export function ScreenFor({ route }: { route: Route }) {
  return (
    <Suspense fallback={<Spin style={{ marginTop: 120 }} />}>
      <Screen route={route} />
    </Suspense>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'today':
      return <TodayPage taskId={route.id} />;
    case 'clients':
      return <ClientsPage clientId={route.id} />;
    case 'import':
      return <ImportPage />;
    case 'tasks':
      return <TasksPage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'scripts':
      return <ScriptsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'audit':
      return <AuditPage />;
  }
}
