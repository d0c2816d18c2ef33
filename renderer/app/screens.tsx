import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import type { Route } from '../services/navigation';
import { ClientsPage } from '../features/clients';

// The customer list is the start screen and ships in the first bundle; every other screen
// (and what only it needs: SheetJS, charts, the script editor) loads when first opened, so the
// first rows appear sooner.
const ImportPage = lazy(() =>
  import('../features/import').then((m) => ({ default: m.ImportPage })),
);
const ScriptsPage = lazy(() =>
  import('../features/call-scripts').then((m) => ({ default: m.ScriptsPage })),
);
const SettingsPage = lazy(() =>
  import('../features/settings').then((m) => ({ default: m.SettingsPage })),
);
const TasksPage = lazy(() => import('../features/tasks').then((m) => ({ default: m.TasksPage })));
const AuditPage = lazy(() =>
  import('../features/sign-in/audit').then((m) => ({ default: m.AuditPage })),
);
const TodayPage = lazy(() => import('../features/today').then((m) => ({ default: m.TodayPage })));

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
    case 'scripts':
      return <ScriptsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'audit':
      return <AuditPage />;
  }
}
