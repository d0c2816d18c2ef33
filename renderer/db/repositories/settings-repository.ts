// App settings: one row with id 'app'. Reads merge stored values over the defaults, so a new
// setting added in a later version has a sensible value without a migration.
import type { Settings } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { auditEvent, nowIso, writeAudit, type Actor } from './write-context';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  id: 'app',
  locale: 'zh-CN',
  tiers: [
    { name: 'd30', daysBefore: 30 },
    { name: 'd15', daysBefore: 15 },
    { name: 'd7', daysBefore: 7 },
  ],
  urgentDaysBefore: 3,
  lapsedDaysAfter: 30,
  mergeWindowDays: 7,
  callHours: { from: '09:00', to: '21:00' },
  textHours: { from: '08:00', to: '21:00' },
  verifyAfterMonths: 12,
  doNotContactMonths: 6,
  maxAttempts: 3,
  digestTime: '08:30',
  doNotDisturb: false,
  overdueFlagHours: 24,
  lostReasons: ['价格', '转投其他保险公司', '车已卖', '车辆报废', '4S店购买', '联系不上', '其他'],
  extraHolidays: [],
  extraWorkdays: [],
  startAtLogin: false,
  currentStaffId: null,
} satisfies Settings);

function defaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

export async function getSettings(db: AppDb): Promise<Settings> {
  const stored = await db.settings.get('app');
  return { ...defaults(), ...stored, id: 'app' };
}

export async function updateSettings(
  db: AppDb,
  patch: Partial<Omit<Settings, 'id'>>,
  actor: Actor,
): Promise<Settings> {
  return db.transaction('rw', [db.settings, db.auditEvents], async () => {
    const next: Settings = { ...(await getSettings(db)), ...patch, id: 'app' };
    await db.settings.put(next);
    await writeAudit(
      db,
      auditEvent(actor, 'update', 'settings', 'app', Object.keys(patch).join(','), nowIso()),
    );
    return next;
  });
}
