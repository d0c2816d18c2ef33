// The owner's warning when the audit chain no longer matches the head kept outside the
// database (services/session/audit-head-sync.ts). Only the owner sees it, on every screen,
// until they open the log and accept the chain as it is (an audited decision).
import { App, Alert, Button, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../services/db/db-context';
import { useNavigation } from '../../services/navigation';
import { acceptAuditChain, useAuditHeadWarning } from '../../services/session/audit-head-sync';
import { useSession } from '../../services/session/session-store';
import { useErrorText } from '../../ui/use-text';

export function AuditHeadBanner() {
  const { t } = useTranslation('signin');
  const { message } = App.useApp();
  const errorText = useErrorText();
  const db = useDb();
  const navigate = useNavigation();
  const user = useSession((s) => s.user);
  const warning = useAuditHeadWarning((s) => s.warning);
  if (!warning || user?.role !== 'owner') return null;
  const seq = 'seq' in warning ? warning.seq : 0;

  async function accept(actor: string) {
    try {
      await acceptAuditChain(db, actor);
      void message.success(t('audit.accepted'));
    } catch (error) {
      void message.error(errorText(error));
    }
  }

  return (
    <Alert
      type="warning"
      showIcon
      banner
      data-testid="audit-head-warning"
      message={t(`audit.headWarnings.${warning.kind}`, { seq })}
      action={
        <Space>
          <Button size="small" onClick={() => navigate({ name: 'audit' })}>
            {t('audit.openAudit')}
          </Button>
          <Popconfirm
            title={t('audit.acceptConfirm')}
            overlayStyle={{ maxWidth: 360 }}
            onConfirm={() => void accept(user.id)}
          >
            <Button size="small" danger data-testid="accept-audit-chain">
              {t('audit.accept')}
            </Button>
          </Popconfirm>
        </Space>
      }
    />
  );
}
