// The signed-in person in the side bar, with "lock" and "switch user".
import { Button, Space, Typography } from 'antd';
import { LockOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../services/session/session-store';
import { PinButton } from './pin-button';

export function UserMenu() {
  const { t } = useTranslation('signin');
  const user = useSession((s) => s.user);
  const lock = useSession((s) => s.lock);
  const signOut = useSession((s) => s.signOut);
  if (!user) return null;
  return (
    <Space orientation="vertical" size={4} style={{ padding: '0 16px' }}>
      <Typography.Text data-testid="signed-in-as" ellipsis>
        {t('shell.signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}
      </Typography.Text>
      {/* Wraps inside the 168 px side bar instead of running over the screen beside it. */}
      <Space size={4} wrap style={{ maxWidth: 136 }}>
        <Button
          size="small"
          icon={<LockOutlined />}
          onClick={() => lock('manual')}
          data-testid="lock-now"
        >
          {t('shell.lock')}
        </Button>
        <Button
          size="small"
          icon={<SwapOutlined />}
          onClick={() => signOut()}
          data-testid="switch-user"
        >
          {t('shell.switchUser')}
        </Button>
        <PinButton />
      </Space>
    </Space>
  );
}
