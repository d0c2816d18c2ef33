// `cli import <file> [--insurer NAME] [<file> [--insurer NAME] ...] [--json]`
// Imports the files, in order, into a fresh in-memory database and reports one JSON document
// (format: README, "Command-line import"). A file that cannot be read is reported in its
// `error`; only bad arguments make the command fail.
import { createTranslator, DEFAULT_LANG, type Lang } from '../../shared/i18n';
import { importFilesIntoDb, openMemoryDb, policiesForJson, type CliFileInput } from './shared';

export class UsageError extends Error {}

export function parseImportArgs(argv: string[]): { files: CliFileInput[]; json: boolean } {
  const files: CliFileInput[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--insurer') {
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
      '用法：npm run --silent cli -- import <文件> [--insurer 保险公司] [<文件> ...] --json',
    );
  return { files, json };
}

export async function runImportCommand(
  argv: string[],
  lang: Lang = DEFAULT_LANG,
): Promise<unknown> {
  const { files } = parseImportArgs(argv);
  const db = openMemoryDb();
  try {
    const result = await importFilesIntoDb(db, files, createTranslator(lang));
    return {
      files: result.files,
      policies: await policiesForJson(db),
      renewals: result.renewals,
      ownerChanges: result.ownerChanges,
    };
  } finally {
    db.close();
  }
}
