// `cli import <file> [--insurer NAME] [<file> [--insurer NAME] ...] [--backup <out.age>
// --recipient <age1…>] [--json]`
// Imports the files, in order, into a fresh in-memory database and reports one JSON document
// (format: README, "Command-line import"; the backup: README, "Backups"). A file that cannot
// be read is reported in its `error`; only bad arguments make the command fail.
import { isRecipient } from '../../shared/backup';
import { createTranslator, DEFAULT_LANG, type Lang } from '../../shared/i18n';
import { writeCliBackup } from './backup-output';
import { importFilesIntoDb, openMemoryDb, policiesForJson, type CliFileInput } from './shared';

export class UsageError extends Error {}

export interface ImportArgs {
  files: CliFileInput[];
  json: boolean;
  /** Where to write a backup once imported, and the public key it is encrypted to. */
  backup: { file: string; recipient: string } | null;
}

export function parseImportArgs(argv: string[]): ImportArgs {
  const files: CliFileInput[] = [];
  let json = false;
  let backupFile: string | null = null;
  let recipient: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--backup') {
      backupFile = argv[++i] ?? null;
      if (!backupFile || backupFile.startsWith('--'))
        throw new UsageError('--backup 需要给出备份文件路径，例如：--backup 备份.age');
    } else if (arg === '--recipient') {
      recipient = argv[++i] ?? null;
      if (!recipient || !isRecipient(recipient))
        throw new UsageError(
          '--recipient 需要一个 age 公钥（以 age1 开头），例如：--recipient age1…',
        );
    } else if (arg === '--insurer') {
      const name = argv[++i];
      const last = files[files.length - 1];
      if (!name || !last)
        throw new UsageError(
          '--insurer 需要跟在文件名后面，并给出保险公司名称，例如：import 清单.xlsx --insurer 人保财险',
        );
      last.insurer = name;
    } else if (arg.startsWith('--')) throw new UsageError(`未知参数 ${arg}`);
    // A missing path or a folder is reported in the JSON document (not_found / not_a_file).
    else files.push({ path: arg });
  }
  if (files.length === 0)
    throw new UsageError(
      '用法：npm run --silent cli -- import <文件> [--insurer 保险公司] [<文件> ...] [--backup <备份.age> --recipient <age1…>] --json',
    );
  if ((backupFile === null) !== (recipient === null))
    throw new UsageError('--backup 和 --recipient 要一起给出：备份写到哪里，加密给哪个公钥');
  const backup = backupFile && recipient ? { file: backupFile, recipient } : null;
  return { files, json, backup };
}

export async function runImportCommand(
  argv: string[],
  lang: Lang = DEFAULT_LANG,
): Promise<unknown> {
  const { files, backup } = parseImportArgs(argv);
  const db = openMemoryDb();
  try {
    const result = await importFilesIntoDb(db, files, createTranslator(lang));
    return {
      files: result.files,
      policies: await policiesForJson(db),
      renewals: result.renewals,
      ownerChanges: result.ownerChanges,
      ...(backup ? { backup: await writeCliBackup(db, backup.file, backup.recipient) } : {}),
    };
  } finally {
    db.close();
  }
}
