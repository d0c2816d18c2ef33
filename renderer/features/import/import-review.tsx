// After reading: how the file was read (sheet, header, insurer, mapping), the preview and the
// commit bar.
import { Space, Spin } from 'antd';
import { MappingTable } from './mapping-table';
import { CommitBar } from './commit-bar';
import { useImportUi } from './import-store';
import { PreviewCounts } from './preview-counts';
import { PreviewTable } from './preview-table';
import { SourceSettings } from './source-settings';

export function ImportReview() {
  const preview = useImportUi((s) => s.preview);
  const previewing = useImportUi((s) => s.previewing);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="import-review">
      <SourceSettings />
      <MappingTable />
      {preview ? (
        <Spin spinning={previewing}>
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            <PreviewCounts preview={preview} />
            <CommitBar preview={preview} />
            <PreviewTable />
          </Space>
        </Spin>
      ) : (
        <Spin />
      )}
    </Space>
  );
}
