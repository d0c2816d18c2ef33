// What each invoke channel does, with Electron and the scheduler injected. Payloads arrive
// already validated by ipc.ts.
import { join } from 'node:path';
import type { ReminderPlan, SaveFileRequest } from '../../shared/ipc/contract';
import { writeFileAtomic } from '../scheduler/atomic-file';
import type { HostHandlers } from './ipc';

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
}

export function createHostHandlers(deps: HostHandlerDeps): HostHandlers {
  const writeFile = deps.writeFile ?? writeFileAtomic;
  return {
    'app:info': async () => ({
      host: 'electron',
      version: deps.version,
      platform: deps.platform,
      dataLocation: deps.userDataDir,
    }),
    'app:set-start-at-login': async ({ enabled }) => deps.setStartAtLogin(enabled),
    'app:get-start-at-login': async () => deps.getStartAtLogin(),
    'scheduler:sync': (plan) => deps.syncPlan(plan),
    'shell:open-external': (url) => deps.openExternal(url),
    'file:save': (request) => saveFile(deps, writeFile, request),
  };
}

async function saveFile(
  deps: HostHandlerDeps,
  writeFile: (path: string, data: Uint8Array) => Promise<void>,
  request: SaveFileRequest,
) {
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
