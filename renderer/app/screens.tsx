import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Route } from '../services/navigation';
import { ClientsPage } from '../features/clients';
import { SettingsPage } from '../features/settings';

/** Which screen a route shows. Features that are not built yet say so instead of a blank page. */
export function ScreenFor({ route }: { route: Route }) {
  const { t } = useTranslation();
  switch (route.name) {
    case 'clients':
      return <ClientsPage clientId={route.id} />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <Empty style={{ marginTop: 120 }} description={t('comingSoon')} />;
  }
}
