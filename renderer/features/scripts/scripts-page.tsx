// Placeholder until this screen is built: says so instead of showing a blank page.
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

export function ScriptsPage(_props: { taskId?: string | undefined }) {
  const { t } = useTranslation();
  return <Empty style={{ marginTop: 120 }} description={t('comingSoon')} />;
}
