// The owner's audit screen: the trail newest first, filtered by who, what and when; export;
// and "verify chain", which walks every event and names the one where the chain breaks.
import { useMemo, useState } from 'react';
import { Alert, Button, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { ChainVerdict } from '../../../shared/domain/identity/audit-chain';
import type { AuditEvent } from '../../../shared/domain/types';
import {
  listAuditEvents,
  verifyAuditChain,
  type AuditFilter,
} from '../../db/repositories/audit-repository';
import { listStaff } from '../../db/repositories/staff-repository';
import { currentActor } from '../../services/actor';
import { anchorOf, readAuditHead } from '../../services/host-lock-signals';
import { useDb } from '../../services/db/db-context';
import { ExportMenu } from '../../ui/export-menu';

export function AuditPage() {
  const { t } = useTranslation('signin');
  const db = useDb();
  const [actor, setActor] = useState<string | null>(null);
  const [action, setAction] = useState<string>('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [verdict, setVerdict] = useState<ChainVerdict | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [progress, setProgress] = useState<{ checked: number; total: number } | null>(null);
  const people = useLiveQuery(() => listStaff(db), [db]);
  const staff = useMemo(() => people ?? [], [people]);
  const names = useMemo(() => new Map(staff.map((s) => [s.id, s.name])), [staff]);
  const filter: AuditFilter = {
    actor,
    action: action.trim() || null,
    from: range?.[0]?.startOf('day').toISOString() ?? null,
    to: range?.[1]?.endOf('day').toISOString() ?? null,
  };
  const events = useLiveQuery(
    () => listAuditEvents(db, currentActor(), filter),
    [db, filter.actor, filter.action, filter.from, filter.to],
  );
  const who = (id: string) => names.get(id) ?? id;

  async function verify() {
    setVerifying(true);
    try {
      // Against the head kept outside the database too, so a cut-off tail is named.
      const anchor = anchorOf(await readAuditHead());
      setVerdict(
        await verifyAuditChain(db, anchor, (checked, total) => setProgress({ checked, total })),
      );
    } finally {
      setVerifying(false);
      setProgress(null);
    }
  }

  const columns = [
    { title: t('audit.columns.seq'), dataIndex: 'seq', width: 80 },
    {
      title: t('audit.columns.at'),
      dataIndex: 'at',
      width: 190,
      render: (at: string) => new Date(at).toLocaleString(),
    },
    { title: t('audit.columns.actor'), dataIndex: 'actor', render: who },
    { title: t('audit.columns.action'), dataIndex: 'action' },
    { title: t('audit.columns.entity'), dataIndex: 'entity' },
    { title: t('audit.columns.entityId'), dataIndex: 'entityId', ellipsis: true },
    { title: t('audit.columns.detail'), dataIndex: 'detail', ellipsis: true },
  ];

  return (
    <div style={{ height: '100%', overflow: 'auto', padding: 16 }} data-testid="audit-page">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('audit.title')}
        </Typography.Title>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('audit.filterActor')}
          aria-label={t('audit.filterActor')}
          value={actor ?? undefined}
          onChange={(v: string | undefined) => setActor(v ?? null)}
          options={staff.map((s) => ({ value: s.id, label: s.name }))}
          data-testid="audit-filter-actor"
        />
        <Input
          allowClear
          style={{ width: 160 }}
          placeholder={t('audit.filterAction')}
          aria-label={t('audit.filterAction')}
          value={action}
          onChange={(e) => setAction(e.target.value)}
          data-testid="audit-filter-action"
        />
        <DatePicker.RangePicker
          aria-label={t('audit.filterDates')}
          onChange={(v) => setRange(v ? [v[0], v[1]] : null)}
        />
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={verifying}
          onClick={() => void verify()}
          data-testid="verify-chain"
        >
          {progress
            ? t('audit.verifying', { checked: progress.checked, total: progress.total })
            : t('audit.verify')}
        </Button>
        <ExportMenu
          label={t('audit.export')}
          testId="export-audit"
          disabled={!events?.length}
          request={{
            columns: columns.map((c) => ({
              header: c.title,
              key: c.dataIndex,
              type: 'text' as const,
            })),
            rows: async () =>
              (events ?? []).map((e: AuditEvent) => ({
                ...e,
                actor: who(e.actor),
                seq: String(e.seq),
                entityId: e.entityId ?? '',
                detail: e.detail ?? '',
              })),
            sheetName: t('audit.title'),
            fileStem: t('audit.title'),
          }}
        />
      </Space>
      {verdict ? (
        <Alert
          style={{ marginBottom: 12 }}
          showIcon
          data-testid="verify-result"
          type={verdict.ok ? 'success' : 'error'}
          title={
            verdict.ok
              ? t('audit.verifyOk', { count: verdict.count })
              : t('audit.verifyBroken', {
                  seq: verdict.seq,
                  reason: t(`audit.reasons.${verdict.reason}`),
                })
          }
        />
      ) : null}
      <Table<AuditEvent>
        size="small"
        rowKey="id"
        loading={!events}
        dataSource={events ?? []}
        columns={columns}
        onRow={() => ({ 'data-testid': 'audit-row' }) as object}
        pagination={{ pageSize: 50 }}
      />
    </div>
  );
}
