// What each invoke channel does, with Electron and the scheduler injected. Payloads arrive
// already validated by ipc.ts. Keyed by HostApi method; the HostHandlers type makes a missing or
// an extra handler a type error.
import { join } from 'node:path';
import type { ReminderPlan } from '../../shared/domain/reminders/reminder-plan-types';
import type { SaveFileRequest, SaveFileResult } from '../../shared/ipc/contract';
import { writeFileAtomic } from '../scheduler/atomic-file';
import type { AuditHeadStore } from './audit-head-store';
import type { BackupFolder } from './backup-folder';
import type { HostHandlers } from './ipc';
import type { MailService } from './mail/mail-service';
import type { SmsService } from './sms/sms-service';

export interface SaveDialogResult {
  canceled: boolean;
  filePath?: string;
}

export interface HostHandlerDeps {
  version: string;
  platform: string;
  userDataDir: string;
  /** Where the save dialog starts (the user's Downloads folder). */
  defaultSaveDir: string;
  getStartAtLogin: () => boolean;
  setStartAtLogin: (enabled: boolean) => void;
  syncPlan: (plan: ReminderPlan) => Promise<void>;
  openExternal: (url: string) => Promise<boolean>;
  showSaveDialog: (options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }) => Promise<SaveDialogResult>;
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  /** The idle poll's minutes (lock-signals.ts). */
  setIdleLockMinutes: (minutes: number) => void;
  auditHead: AuditHeadStore;
  backups: BackupFolder;
  /** E-mail over the agency's SMTP (issue 13). */
  mail: MailService;
  /** The optional SMS provider (issue 13 §3). */
  sms: SmsService;
}

export function createHostHandlers(deps: HostHandlerDeps): HostHandlers {
  const writeFile = deps.writeFile ?? writeFileAtomic;
  return {
    appInfo: async () => ({
      host: 'electron',
      version: deps.version,
      platform: deps.platform,
      dataLocation: deps.userDataDir,
    }),
    setStartAtLogin: async ({ enabled }) => deps.setStartAtLogin(enabled),
    getStartAtLogin: async () => deps.getStartAtLogin(),
    syncReminderPlan: (plan) => deps.syncPlan(plan),
    openExternal: (url) => deps.openExternal(url),
    saveFile: (request) => saveFile(deps, writeFile, request),
    setIdleLockMinutes: async ({ minutes }) => deps.setIdleLockMinutes(minutes),
    appendAuditHead: (head) => deps.auditHead.append(head),
    readAuditHead: () => deps.auditHead.read(),
    replaceAuditHead: ({ head }) => deps.auditHead.replace(head),
    backupWrite: (request) => deps.backups.write(request),
    backupList: () => deps.backups.list(),
    backupChooseFolder: () => deps.backups.chooseFolder(),
    backupRead: (request) => deps.backups.read(request),
    getMailSettings: () => deps.mail.get(),
    setMailSettings: ({ settings, authCode }) => deps.mail.set(settings, authCode),
    testMail: () => deps.mail.test(),
    sendMail: (message) => deps.mail.send(message),
    getSmsSettings: () => deps.sms.get(),
    setSmsSettings: ({ settings, secretKey }) => deps.sms.set(settings, secretKey),
    sendSms: (message) => deps.sms.send(message),
    pullSmsReplies: () => deps.sms.pullReplies(),
    ackSmsReplies: ({ ids }) => deps.sms.ackReplies(ids),
  };
}

async function saveFile(
  deps: HostHandlerDeps,
  writeFile: (path: string, data: Uint8Array) => Promise<void>,
  request: SaveFileRequest,
): Promise<SaveFileResult> {
  const result = await deps.showSaveDialog({
    defaultPath: join(deps.defaultSaveDir, request.suggestedName),
    filters: [
      { name: request.filterName || request.extensions.join(', '), extensions: request.extensions },
    ],
  });
  if (result.canceled || !result.filePath) return { saved: false };
  await writeFile(result.filePath, request.data);
  return { saved: true, path: result.filePath };
}
