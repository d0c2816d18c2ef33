// App settings: one row with id 'app'. Reads merge stored values over the defaults, so a new
// setting added in a later version has a sensible value without a migration.
import { defaultSettings } from '../../../shared/domain/reminders/default-settings';
import type { Settings } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { publishPlanInputsChanged } from '../change-feed';
import { auditEvent, nowIso, writeAudit, type Actor } from './write-context';
import { authorize } from './authorize';

export async function getSettings(db: AppDb): Promise<Settings> {
  const stored = await db.settings.get('app');
  return { ...defaultSettings(), ...stored, id: 'app' };
}

export async function updateSettings(
  db: AppDb,
  patch: Partial<Omit<Settings, 'id'>>,
  actor: Actor,
): Promise<Settings> {
  await authorize(db, actor, 'update', 'Settings');
  return db.transaction('rw', [db.settings, db.auditEvents], async () => {
    const next: Settings = { ...(await getSettings(db)), ...patch, id: 'app' };
    await db.settings.put(next);
    publishPlanInputsChanged(db, ['settings']);
    await writeAudit(
      db,
      auditEvent(actor, 'update', 'settings', 'app', Object.keys(patch).join(','), nowIso()),
    );
    return next;
  });
}
