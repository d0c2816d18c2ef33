// `cli restore <backup.age> --identity <age key file> [--json]`
// Decrypts, checks and restores a backup into a fresh in-memory database, exactly as the app
// restores (renderer/services/backup), and reports
//   { tables: { name: count }, audit: { events, chainOk, firstBreak }, errors: [{ code, message }] }
// A missing, foreign, truncated or altered file is a named error in `errors` (exit 0); only
// bad arguments make the command fail.
import { readFile } from 'node:fs/promises';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { identityFromKeyFile, isBackupError } from '../../shared/backup';
import { createTranslator, DEFAULT_LANG, errorText, type Lang } from '../../shared/i18n';
import { restoreBackupFile } from '../../renderer/services/backup/backup-file';
import { packageVersion } from './backup-output';
import { UsageError } from './import-command';

export interface RestoreReport {
  tables: Record<string, number>;
  audit: {
    events: number;
    chainOk: boolean;
    firstBreak: { seq: number; id: string | null; reason: string } | null;
  };
  errors: { code: string; message: string }[];
}

export function parseRestoreArgs(argv: string[]): { file: string; identity: string } {
  let file: string | null = null;
  let identity: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') continue;
    if (arg === '--identity') identity = argv[++i] ?? null;
    else if (arg.startsWith('--')) throw new UsageError(`未知参数 ${arg}`);
    else if (file === null) file = arg;
    else throw new UsageError(`只能还原一个备份文件：多出了 ${arg}`);
  }
  if (!file || !identity)
    throw new UsageError(
      '用法：npm run --silent cli -- restore <备份.age> --identity <age 密钥文件> --json',
    );
  return { file, identity };
}

let restoreCounter = 0;

export async function runRestoreCommand(
  argv: string[],
  lang: Lang = DEFAULT_LANG,
): Promise<RestoreReport> {
  const { file, identity } = parseRestoreArgs(argv);
  const text = createTranslator(lang);
  const failed = (code: string, message: string): RestoreReport => ({
    tables: {},
    audit: { events: 0, chainOk: false, firstBreak: null },
    errors: [{ code, message }],
  });
  const [bytes, keyText] = await Promise.all([
    readFile(file).catch(() => null),
    readFile(identity, 'utf8').catch(() => null),
  ]);
  if (!bytes) return failed('not_found', text.t('import:path.notFound', { path: file }));
  if (keyText === null)
    return failed('not_found', text.t('import:path.notFound', { path: identity }));
  restoreCounter++;
  try {
    const restored = await restoreBackupFile(
      new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      identityFromKeyFile(keyText),
      {
        name: `cli-restore-${process.pid}-${restoreCounter}`,
        appVersion: await packageVersion(),
        dexieOptions: { indexedDB, IDBKeyRange },
      },
    );
    restored.db.close();
    const { firstBreak } = restored.audit;
    return {
      tables: restored.tables,
      audit: {
        events: restored.audit.events,
        chainOk: restored.audit.chainOk,
        firstBreak: firstBreak
          ? { seq: firstBreak.seq, id: firstBreak.eventId, reason: firstBreak.reason }
          : null,
      },
      errors: [],
    };
  } catch (error) {
    if (isBackupError(error)) return failed(error.code, errorText(error, text));
    throw error;
  }
}
