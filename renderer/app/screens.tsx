import type { Route } from '../services/navigation';
import { ClientsPage } from '../features/clients';
import { ImportPage } from '../features/import';
import { ScriptsPage } from '../features/scripts';
import { SettingsPage } from '../features/settings';
import { TasksPage } from '../features/tasks';
import { TodayPage } from '../features/today';

/** Which screen a route shows. */
export function ScreenFor({ route }: { route: Route }) {
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
  }
}
