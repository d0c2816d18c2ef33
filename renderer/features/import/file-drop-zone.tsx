// The import screen's empty state: a drop zone and a file button, and which files work.
import { Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../services/db/db-context';
import { readFile } from './import-actions';

export const ACCEPTED_FILES = '.xlsx,.xlsm,.xls,.csv,.txt,.ods';

export function FileDropZone() {
  const { t } = useTranslation('import');
  const db = useDb();
  return (
    <div data-testid="import-drop">
      <Upload.Dragger
        accept={ACCEPTED_FILES}
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          void readFile(db, file);
          // Never upload anywhere: the file is read here, in the worker.
          return false;
        }}
        style={{ padding: '24px 0' }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('drop.title')}</p>
        <p className="ant-upload-hint" style={{ maxWidth: 560, margin: '8px auto 0' }}>
          {t('drop.formats')}
        </p>
      </Upload.Dragger>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('drop.hint')}
      </Typography.Paragraph>
    </div>
  );
}
