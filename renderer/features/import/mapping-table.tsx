// File column → canonical field. The automatic (or preset) mapping is preselected; a change
// re-runs the worker with the edited mapping.
import { Collapse, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAPPING_TARGETS, type MappingTarget } from '../../../shared/domain/import';
import { useDb } from '../../services/db/db-context';
import { rereadFile } from './import-actions';
import { useImportUi } from './import-store';

const IGNORE = '__ignore__';

export function MappingTable() {
  const { t } = useTranslation(['import', 'fields']);
  const db = useDb();
  const parse = useImportUi((s) => s.parse);
  if (!parse) return null;
  const options = [
    { value: IGNORE, label: t('source.ignore') },
    ...MAPPING_TARGETS.map((f) => ({ value: f, label: t(`fields:${f}`) })),
  ];
  const columns = parse.mapping.columns.filter((c) => c.header !== '');
  const mapped = columns.filter((c) => c.target !== null).length;

  function change(index: number, value: string) {
    if (!parse) return;
    const target = value === IGNORE ? null : (value as MappingTarget);
    const mapping = {
      ...parse.mapping,
      columns: parse.mapping.columns.map((c) => (c.index === index ? { ...c, target } : c)),
    };
    void rereadFile(db, { mapping });
  }

  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'mapping',
          label: `${t('source.mapping')} · ${mapped}/${columns.length}`,
          children: (
            <Table
              data-testid="mapping-table"
              size="small"
              rowKey="index"
              pagination={false}
              dataSource={columns}
              columns={[
                { title: t('source.fileColumn'), dataIndex: 'header', width: '40%' },
                {
                  title: t('source.field'),
                  key: 'target',
                  render: (_, c) => (
                    <Select
                      data-testid={`map-${c.header}`}
                      size="small"
                      style={{ width: 200 }}
                      showSearch
                      optionFilterProp="label"
                      value={c.target ?? IGNORE}
                      options={options}
                      onChange={(v: string) => change(c.index, v)}
                    />
                  ),
                },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
