import { Layout, Menu, Segmented, Typography } from 'antd';
import {
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FileTextOutlined,
  ImportOutlined,
  SettingOutlined,
  TeamOutlined,
  UnorderedListOutlined,
  MessageOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ROUTES, useRouter, type RouteName } from '../services/navigation';
import { changeLocale, type Locale } from '../services/locale';
import { ScreenFor } from './screens';
import { PlanSyncRunner } from '../services/reminders/plan-sync-runner';
import { DueCountBadge } from '../services/reminders/due-count-badge';
import { useSession } from '../services/session/session-store';
import {
  can,
  type GuardedAction,
  type GuardedSubject,
} from '../../shared/domain/identity/abilities';
import { AuditHeadBanner, UserMenu } from '../features/sign-in';
import { EscalationCheckRunner } from '../services/reminders/escalation-check-runner';

const ICONS: Record<RouteName, React.ReactNode> = {
  today: <CalendarOutlined />,
  clients: <TeamOutlined />,
  import: <ImportOutlined />,
  tasks: <UnorderedListOutlined />,
  dashboard: <BarChartOutlined />,
  scripts: <FileTextOutlined />,
  settings: <SettingOutlined />,
  audit: <AuditOutlined />,
  complaints: <MessageOutlined />,
};

/** Screens a role is not offered (the repositories refuse the actions behind them anyway). */
const ROUTE_NEEDS: Partial<Record<RouteName, [GuardedAction, GuardedSubject]>> = {
  import: ['import', 'Data'],
  settings: ['update', 'Settings'],
  audit: ['read', 'Audit'],
};

export function AppLayout() {
  const { t, i18n } = useTranslation();
  const route = useRouter((s) => s.route);
  const navigate = useRouter((s) => s.navigate);
  const user = useSession((s) => s.user);
  const offered = ROUTES.filter((name) => {
    const need = ROUTE_NEEDS[name];
    return !need || (user !== null && can(user, need[0], need[1]));
  });

  return (
    <Layout style={{ height: '100vh' }}>
      <PlanSyncRunner />
      <EscalationCheckRunner />
      <Layout.Sider width={168} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <Typography.Title
          level={4}
          style={{ padding: '16px 20px 8px', margin: 0, whiteSpace: 'nowrap', fontSize: 19 }}
        >
          {t('appName')}
        </Typography.Title>
        <Menu
          mode="inline"
          selectedKeys={[route.name]}
          onClick={({ key }) => navigate({ name: key as RouteName })}
          items={offered.map((name) => ({
            key: name,
            icon: ICONS[name],
            label:
              name === 'today' ? <DueCountBadge>{t('nav.today')}</DueCountBadge> : t(`nav.${name}`),
          }))}
        />
        <div style={{ position: 'absolute', bottom: 56, left: 0, right: 0 }}>
          <UserMenu />
        </div>
        <div style={{ position: 'absolute', bottom: 16, left: 16 }}>
          <Segmented
            size="small"
            aria-label={t('language')}
            value={i18n.language === 'en' ? 'en' : 'zh-CN'}
            onChange={(value) => void changeLocale(value as Locale)}
            options={[
              { label: '中文', value: 'zh-CN' },
              { label: 'EN', value: 'en' },
            ]}
          />
        </div>
      </Layout.Sider>
      <Layout.Content style={{ overflow: 'hidden', display: 'flex', flexDirection: 'column' }}>
        <AuditHeadBanner />
        <ScreenFor route={offered.includes(route.name) ? route : { name: 'clients' }} />
      </Layout.Content>
    </Layout>
  );
}
