// 投诉与反馈: every feedback with filters on the left, the chosen one with its workflow on the
// right. The route id opens one feedback, or carries the dashboard's drill-down
// (complaint-filters.ts). The list is keyboard-usable: each row's first cell is a button.
import { useMemo, useState } from 'react';
import { App, Button, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isOverdue } from '../../../shared/domain/complaints/complaint-workflow';
import type { Feedback } from '../../../shared/domain/types';
import { recordFeedback } from '../../db/repositories/feedback-repository';
import { clientNames, listFeedback } from '../../db/repositories/feedback-queries';
import { listStaff } from '../../db/repositories/staff-repository';
import { currentActor } from '../../services/actor';
import { searchServiceFor } from '../../services/search/window-search';
import { useDb } from '../../services/db/db-context';
import { useNavigation } from '../../services/navigation';
import { useSession } from '../../services/session/session-store';
import { FeedbackFormModal, type FeedbackFormValues, type Option } from '../../ui/feedback-form';
import { ComplaintDetail } from './complaint-detail';
import {
  matches,
  NO_FILTERS,
  readRouteId,
  type ComplaintFilters,
  type StateFilter,
} from './complaint-filters';
import { when } from './format';

const STATE_FILTERS: StateFilter[] = ['all', 'open', 'overdue', 'escalated'];

export function ComplaintsPage({ routeId }: { routeId?: string | undefined }) {
  const { t } = useTranslation(['complaints', 'common']);
  const db = useDb();
  const navigate = useNavigation();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const route = readRouteId(routeId);
  const [filters, setFilters] = useState<ComplaintFilters>({ ...NO_FILTERS, ...route.filters });
  const [recording, setRecording] = useState(false);
  const [clientOptions, setClientOptions] = useState<Option[]>([]);
  // A drill-down arriving while the page is open replaces the filters (adjusted while
  // rendering, as React advises for state derived from a prop).
  const [seenRouteId, setSeenRouteId] = useState(routeId);
  if (seenRouteId !== routeId) {
    setSeenRouteId(routeId);
    if (routeId && !route.selected) setFilters({ ...NO_FILTERS, ...route.filters });
  }

  const rows = useLiveQuery(() => listFeedback(db), [db]);
  const staffRows = useLiveQuery(() => listStaff(db), [db]);
  const staff = useMemo(() => staffRows ?? [], [staffRows]);
  const names = useLiveQuery(
    () =>
      clientNames(
        db,
        (rows ?? []).flatMap((f) => (f.clientId ? [f.clientId] : [])),
      ),
    [db, rows],
  );
  const staffName = useMemo(() => new Map(staff.map((s) => [s.id, s.name])), [staff]);
  const now = new Date().toISOString();
  const shown = (rows ?? []).filter((f) => matches(f, filters, now));
  const selected = rows?.find((f) => f.id === route.selected) ?? null;
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  async function submit(values: FeedbackFormValues) {
    const row = await recordFeedback(db, values, currentActor());
    setRecording(false);
    message.success(row.escalations.length ? t('form.escalated') : t('form.saved'));
    navigate({ name: 'complaints', id: row.id });
  }

  async function searchClients(query: string) {
    // The window's search index (names are sealed in storage): name, pinyin, phone, plate.
    const q = query.trim();
    if (!q) return setClientOptions([]);
    const service = searchServiceFor(db);
    await service.ready;
    const found = service.search(q, {}, 20).items;
    setClientOptions(found.map((c) => ({ value: c.id, label: c.name })));
  }

  const columns = [
    {
      key: 'received',
      title: t('columns.received'),
      width: 150,
      render: (_: unknown, f: Feedback) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() => navigate({ name: 'complaints', id: f.id })}
          data-testid="feedback-open"
        >
          {when(f.receivedAt)}
        </Button>
      ),
    },
    {
      key: 'kind',
      title: t('columns.kind'),
      width: 150,
      render: (_: unknown, f: Feedback) => (
        <Space size={4} wrap>
          <Tag color={f.kind === 'complaint' ? 'red' : f.kind === 'praise' ? 'green' : 'blue'}>
            {t(`kinds.${f.kind}`)}
          </Tag>
          {f.kind === 'complaint' ? <span>{t(`severities.${f.severity}`)}</span> : null}
        </Space>
      ),
    },
    {
      key: 'client',
      title: t('columns.client'),
      render: (_: unknown, f: Feedback) =>
        f.clientId ? (names?.get(f.clientId) ?? '…') : t('anonymous'),
    },
    {
      key: 'about',
      title: t('columns.about'),
      render: (_: unknown, f: Feedback) =>
        f.aboutStaffId ? (staffName.get(f.aboutStaffId) ?? '—') : '—',
    },
    {
      key: 'state',
      title: t('columns.state'),
      render: (_: unknown, f: Feedback) =>
        f.state ? (
          <Space size={4} wrap>
            <span data-testid="feedback-state">{t(`states.${f.state}`)}</span>
            {f.dueAt && isOverdue({ state: f.state, dueAt: f.dueAt }, now) ? (
              <Tag color="red">{t('detail.overdue')}</Tag>
            ) : null}
            {f.escalations.length > 0 && f.state !== 'resolved' && f.state !== 'closed' ? (
              <Tag color="orange">{t('escalation.tag')}</Tag>
            ) : null}
          </Space>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <div
      data-testid="complaints-page"
      style={{ display: 'flex', height: '100%', overflow: 'hidden' }}
    >
      <section
        aria-label={t('page.list')}
        style={{ flex: '1 1 55%', overflow: 'auto', padding: 24, minWidth: 0 }}
      >
        <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('page.title')}
          </Typography.Title>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setRecording(true)}
            data-testid="feedback-new"
          >
            {t('page.new')}
          </Button>
        </Space>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('filters.kind')}
            style={{ width: 120 }}
            value={filters.kind}
            onChange={(kind) => setFilters({ ...filters, kind })}
            options={[
              { value: 'all', label: `${t('filters.kind')}: ${t('filters.all')}` },
              ...(['complaint', 'suggestion', 'praise'] as const).map((k) => ({
                value: k,
                label: t(`kinds.${k}`),
              })),
            ]}
            data-testid="filter-kind"
          />
          <Select
            aria-label={t('filters.state')}
            style={{ width: 140 }}
            value={filters.state}
            onChange={(state) => setFilters({ ...filters, state })}
            options={STATE_FILTERS.map((s) => ({
              value: s,
              label: s === 'all' ? `${t('filters.state')}: ${t('filters.all')}` : t(`filters.${s}`),
            }))}
            data-testid="filter-state"
          />
          <Select
            aria-label={t('filters.aboutStaff')}
            style={{ width: 160 }}
            allowClear
            placeholder={t('filters.aboutStaff')}
            value={filters.aboutStaffId ?? undefined}
            onChange={(id?: string) => setFilters({ ...filters, aboutStaffId: id ?? null })}
            options={staff.map((s) => ({ value: s.id, label: s.name }))}
          />
          {filters.scriptId ? (
            <Tag closable onClose={() => setFilters({ ...filters, scriptId: null })}>
              {t('filters.scriptVersion')}
            </Tag>
          ) : null}
          {filtered ? (
            <Button onClick={() => setFilters(NO_FILTERS)} data-testid="filter-clear">
              {t('filters.clear')}
            </Button>
          ) : null}
        </Space>
        {rows && rows.length === 0 ? (
          <Empty
            data-testid="complaints-empty"
            description={
              <Space direction="vertical">
                <Typography.Text strong>{t('page.emptyTitle')}</Typography.Text>
                <Typography.Text type="secondary">{t('page.emptyHint')}</Typography.Text>
              </Space>
            }
          >
            <Button type="primary" onClick={() => setRecording(true)}>
              {t('page.new')}
            </Button>
          </Empty>
        ) : (
          <Table<Feedback>
            size="small"
            rowKey="id"
            loading={rows === undefined}
            dataSource={shown}
            columns={columns}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{ emptyText: t('page.noMatch') }}
            onRow={(f) => ({
              'data-testid': 'feedback-row',
              'aria-selected': f.id === selected?.id,
              style: f.id === selected?.id ? { background: '#e6f4ff' } : undefined,
            })}
          />
        )}
      </section>
      <section
        aria-label={t('detail.title')}
        style={{ flex: '1 1 45%', overflow: 'auto', borderLeft: '1px solid #f0f0f0', padding: 24 }}
      >
        {selected ? (
          <ComplaintDetail
            feedback={selected}
            staff={staff}
            clientName={selected.clientId ? (names?.get(selected.clientId) ?? null) : null}
          />
        ) : (
          <Empty description={t('detail.select')} />
        )}
      </section>
      {recording ? (
        <FeedbackFormModal
          staff={staff.filter((s) => s.active && !s.deletedAt)}
          defaultHandlerId={user?.id ?? null}
          clientOptions={clientOptions}
          onClientSearch={(q) => void searchClients(q)}
          onCancel={() => setRecording(false)}
          onSubmit={submit}
        />
      ) : null}
    </div>
  );
}
