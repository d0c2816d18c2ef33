// Mounted once under the open database, beside the session gate: the automatic daily backup
// runs whenever the app runs (signed in, locked or at the sign-in screen). A failure is shown
// by name at once and stays on Settings' backup card until a backup is written again.
import { useEffect, useRef } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDb } from '../db/db-context';
import { getHost } from '../host';
import { afterFirstScreen } from '../reminders/first-screen';
import { createTranslator, isLang } from '../../../shared/i18n';
import { startAutoBackup } from './auto-backup';
import { useAutoBackupStatus } from './auto-backup-status';
import { workerBackupWriter } from './backup-worker-client';

export function AutoBackupRunner() {
  const db = useDb();
  const { notification } = App.useApp();
  const { t, i18n } = useTranslation('backup');
  // The latest texts and notifier, read when an outcome arrives: the schedule itself starts
  // once per database (a restart would check again).
  const ui = useRef({ t, i18n, notification });
  useEffect(() => {
    ui.current = { t, i18n, notification };
  });
  useEffect(
    () =>
      startAutoBackup(db, getHost(), workerBackupWriter, {
        startAfter: afterFirstScreen(),
        onOutcome: (outcome) => {
          useAutoBackupStatus.getState().note(outcome, new Date());
          const { t, i18n, notification } = ui.current;
          const text = createTranslator(isLang(i18n.language) ? i18n.language : 'zh-CN');
          if (outcome.kind === 'failed') {
            console.error('automatic backup failed', outcome.code, outcome.detail);
            notification.warning({
              key: 'auto-backup',
              message: t('auto.failedTitle'),
              description: text.text(outcome.text),
              duration: 0,
            });
          } else if (outcome.kind === 'written' && outcome.written.fellBack) {
            notification.warning({
              key: 'auto-backup',
              message: t('auto.fellBackTitle'),
              description: t('card.fellBack', { path: outcome.written.path }),
              duration: 0,
            });
          }
        },
      }),
    [db],
  );
  return null;
}
