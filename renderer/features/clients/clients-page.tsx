// The customers screen: search as you type, filters, the virtualised list, the detail drawer,
// the walk-in form, and the empty state that offers an import or the sample agency.
import { useEffect, useRef } from 'react';
import { App, Button, Input, Space, Spin, Typography, type InputRef } from 'antd';
import { PlusOutlined, ImportOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { restoreClient, softDeleteClient } from '../../db/repositories/client-repository';
import { useDb } from '../../services/db/db-context';
import { currentActor } from '../../services/actor';
import { useToday } from '../../ui/use-today';
import { useNavigation } from '../../services/navigation';
import { CLIENT_LIST_ID, ClientList } from './client-list';
import { ClientDetailDrawer } from './client-detail';
import { ClientFormModal } from './client-form';
import { ClientFiltersBar } from './client-filters-bar';
import { ClientsEmptyState, SampleDataBanner } from './clients-empty-state';
import { useClientsUi } from './clients-store';
import { useClientRows } from './use-client-rows';
import { ExportClientsButton } from './export-button';

export function ClientsPage({ clientId }: { clientId?: string | undefined }) {
  const { t } = useTranslation(['clients', 'common']);
  const db = useDb();
  const today = useToday();
  const { message } = App.useApp();
  const navigate = useNavigation();
  const searchRef = useRef<InputRef>(null);
  const ui = useClientsUi();
  const { rows, total, loading, hasSample } = useClientRows(ui.filters, ui.query);

  // Ctrl/Cmd+F or "/" jumps to search; Ctrl/Cmd+N opens the walk-in form.
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const inField = (event.target as HTMLElement | null)?.closest(
        'input, textarea, [contenteditable]',
      );
      if (
        (event.key === 'f' && (event.ctrlKey || event.metaKey)) ||
        (event.key === '/' && !inField)
      ) {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (event.key === 'n' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        useClientsUi.getState().openCreate();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  async function onDelete(id: string, name: string) {
    await softDeleteClient(db, id, currentActor());
    navigate({ name: 'clients' });
    const key = `deleted-${id}`;
    message.open({
      key,
      type: 'success',
      duration: 10,
      content: (
        <Space>
          {t('deleted', { name })}
          <Button
            size="small"
            type="link"
            data-testid="undo-delete"
            onClick={() => {
              void restoreClient(db, id, currentActor()).then(() => message.destroy(key));
            }}
          >
            {t('common:actions.undo')}
          </Button>
        </Space>
      ),
    });
  }

  const isEmpty =
    !loading &&
    total === 0 &&
    ui.query === '' &&
    !ui.filters.insurer &&
    !ui.filters.month &&
    !ui.filters.staffId;

  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div style={{ padding: '16px 16px 8px', display: 'flex', gap: 12, alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="client-count">
          {ui.query ? t('matches', { count: rows.length }) : t('count', { count: total })}
        </Typography.Text>
        <span style={{ flex: 1 }} />
        <ExportClientsButton rows={rows} />
        <Button icon={<ImportOutlined />} onClick={() => navigate({ name: 'import' })}>
          {t('importList')}
        </Button>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={ui.openCreate}
          data-testid="new-client"
        >
          {t('newClient')}
        </Button>
      </div>
      <div style={{ padding: '0 16px 12px', display: 'flex', gap: 12, alignItems: 'center' }}>
        <Input.Search
          ref={searchRef}
          allowClear
          autoFocus
          value={ui.query}
          onChange={(e) => ui.setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter opens the highlighted result; ↓ carries on in the list with the keyboard.
            if (e.key === 'Enter') {
              const row = rows[Math.min(ui.activeIndex, rows.length - 1)];
              if (row) navigate({ name: 'clients', id: row.id });
            } else if (e.key === 'ArrowDown' && rows.length > 0) {
              e.preventDefault();
              document.getElementById(CLIENT_LIST_ID)?.focus();
            }
          }}
          aria-label={t('searchPlaceholder')}
          placeholder={t('searchPlaceholder')}
          style={{ flex: 1, maxWidth: 520 }}
          data-testid="client-search"
        />
        <ClientFiltersBar />
      </div>
      {hasSample ? <SampleDataBanner /> : null}
      {isEmpty ? (
        <ClientsEmptyState />
      ) : rows.length === 0 && loading && ui.query ? (
        <Spin style={{ padding: 24 }} description={t('searching')} />
      ) : rows.length === 0 && !loading ? (
        <Typography.Paragraph type="secondary" style={{ padding: 24 }} data-testid="no-match">
          {t('noMatch')}
        </Typography.Paragraph>
      ) : (
        <ClientList
          rows={rows}
          today={today}
          activeIndex={ui.activeIndex}
          onActiveIndexChange={ui.setActiveIndex}
          onOpen={(id) => navigate({ name: 'clients', id })}
        />
      )}
      {clientId ? (
        <ClientDetailDrawer
          clientId={clientId}
          onClose={() => navigate({ name: 'clients' })}
          onEdit={ui.openEdit}
          onDelete={(id, name) => void onDelete(id, name)}
        />
      ) : null}
      {ui.form.mode !== 'closed' ? (
        <ClientFormModal
          mode={ui.form.mode}
          clientId={ui.form.mode === 'edit' ? ui.form.clientId : undefined}
          onClose={ui.closeForm}
          onSaved={(id) => {
            ui.closeForm();
            navigate({ name: 'clients', id });
          }}
        />
      ) : null}
    </div>
  );
}
