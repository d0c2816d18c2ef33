// Opens the database before any screen renders. When it cannot open, the user sees why and
// what to do; nothing is deleted and nothing is retried behind their back.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppDb } from '../db/app-db';
import { requestPersistentStorage, type DbOpenError } from '../db/open-db';
import { activeDbName, removeUnfinishedRestore } from '../services/backup/active-db';
import { openWithUpgradeBackup } from '../services/backup/upgrade-backup';
import { getHost } from '../services/host';
import { DbContext } from '../services/db/db-context';
import { warmFigures } from '../services/kpi/kpi-client';
import { parseHash } from '../services/navigation';
import { preloadScreen } from './screens';
import { warmTodayOrder } from '../services/today/today-order-client';
import { chinaDate } from '../../shared/domain/china-date';
import { useText } from '../ui/use-text';

type GateState =
  { kind: 'opening' } | { kind: 'open'; db: AppDb } | { kind: 'failed'; error: DbOpenError };

export function DbGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const text = useText();
  const [state, setState] = useState<GateState>({ kind: 'opening' });

  const open = useCallback(async (skipBackup = false) => {
    setState({ kind: 'opening' });
    // A restore the last run never finished leaves its half-filled database: removed first.
    await removeUnfinishedRestore();
    // The database a restore switched to, or the usual one; backed up first when this app is
    // about to upgrade its schema.
    const result = await openWithUpgradeBackup(getHost(), { name: activeDbName(), skipBackup });
    if (result.ok) {
      setState({ kind: 'open', db: result.db });
      void requestPersistentStorage();
      // The first screen's worker starts loading while the person signs in: Today's order
      // (the usual first screen), or the figures when the app opens on the dashboard.
      if (parseHash(window.location.hash).name === 'dashboard') {
        warmFigures(result.db, chinaDate(new Date()));
        preloadScreen('dashboard');
      } else {
        warmTodayOrder(result.db);
      }
    } else {
      setState({ kind: 'failed', error: result.error });
    }
  }, []);

  useEffect(() => {
    // Opening is async and reports back through state; nothing else to synchronise with.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void open();
  }, [open]);

  if (state.kind === 'opening') {
    return <Spin size="large" description={t('loading')} fullscreen />;
  }
  if (state.kind === 'failed') {
    return (
      <Result
        status="error"
        title={t('db.title')}
        subTitle={
          <>
            <p data-testid="db-error">{text.text(state.error.text)}</p>
            <p>{text.text(state.error.action)}</p>
            <p>{t('db.nothingDeleted')}</p>
          </>
        }
        extra={
          <>
            <Button onClick={() => void open()}>{t('db.retry')}</Button>
            {state.error.kind === 'upgrade-backup' && (
              <Button danger onClick={() => void open(true)} data-testid="db-upgrade-anyway">
                {t('db.upgradeWithoutBackup')}
              </Button>
            )}
          </>
        }
      />
    );
  }
  return <DbContext.Provider value={state.db}>{children}</DbContext.Provider>;
}
