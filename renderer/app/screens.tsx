import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Spin } from 'antd';
import type { Route, RouteName } from '../services/navigation';
import { TodayPage } from '../features/today';

/** The page `name` of a feature module, loaded (its own bundle) when first rendered. */
function lazyPage<M extends Record<K, ComponentType<object>>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

// Today (the day's calls) is the start screen and ships in the first bundle; every other
// screen (and what only it needs: SheetJS, charts, the script editor) loads when first opened,
// so the first rows appear sooner.
const ClientsPage = lazyPage(() => import('../features/clients'), 'ClientsPage');
const ImportPage = lazyPage(() => import('../features/import'), 'ImportPage');
const ScriptsPage = lazyPage(() => import('../features/call-scripts'), 'ScriptsPage');
const SettingsPage = lazyPage(() => import('../features/settings'), 'SettingsPage');
const loadDashboard = () => import('../features/dashboard');
const DashboardPage = lazyPage(loadDashboard, 'DashboardPage');
const TasksPage = lazyPage(() => import('../features/tasks'), 'TasksPage');
const AuditPage = lazyPage(() => import('../features/sign-in/audit'), 'AuditPage');
const ComplaintsPage = lazyPage(() => import('../features/complaints'), 'ComplaintsPage');

/**
 * Starts loading the bundle of the screen the app opens on while the person signs in (the
 * dashboard carries ECharts' tables and cards); the lazy page then finds it loaded.
 */
export function preloadScreen(name: RouteName): void {
  if (name === 'dashboard') void loadDashboard().catch(() => undefined);
}

/** Which screen a route shows. */
export function ScreenFor({ route }: { route: Route }) {
  return (
    <Suspense fallback={<Spin style={{ marginTop: 120 }} />}>
      <Screen route={route} />
    </Suspense>
  );
}

/** What each route shows; `id` is the task or customer it opens on, where it takes one. */
const SCREENS: Record<RouteName, (id: string | undefined) => ReactNode> = {
  today: (id) => <TodayPage taskId={id} />,
  clients: (id) => <ClientsPage clientId={id} />,
  import: () => <ImportPage />,
  tasks: () => <TasksPage />,
  dashboard: () => <DashboardPage />,
  scripts: () => <ScriptsPage />,
  settings: () => <SettingsPage />,
  audit: () => <AuditPage />,
  complaints: (id) => <ComplaintsPage routeId={id} />,
};

function Screen({ route }: { route: Route }) {
  return SCREENS[route.name](route.id);
}
