// Command-line entry: `npm run --silent cli -- <command> ...`. Prints one JSON document on
// stdout; exits non-zero only when the command could not run at all (bad arguments, crash).
import { DEFAULT_LANG, isLang, LANGS, type Lang } from '../shared/i18n';
import { UsageError, runImportCommand } from './cli/import-command';

type Command = (argv: string[], lang: Lang) => Promise<unknown>;

/** `--lang zh-CN|en` anywhere on the line: the language of the message fields (codes stay). */
function takeLang(argv: string[]): { argv: string[]; lang: Lang } {
  const at = argv.indexOf('--lang');
  if (at === -1) return { argv, lang: DEFAULT_LANG };
  const lang = argv[at + 1];
  if (!isLang(lang)) throw new UsageError(`--lang 只能是 ${LANGS.join(' 或 ')}，例如：--lang en`);
  return { argv: [...argv.slice(0, at), ...argv.slice(at + 2)], lang };
}

const commands: Record<string, () => Promise<Command>> = {
  import: async () => runImportCommand,
  // Written by the planning engineer; loaded lazily so this file works before it exists.
  plan: async () => {
    const modulePath = './cli/plan-command.ts';
    const mod = (await import(modulePath)) as { runPlanCommand: Command };
    return mod.runPlanCommand;
  },
  kpi: async () => (await import('./cli/kpi-command')).runKpiCommand,
  'contact-check': async () => (await import('./cli/contact-check-command')).runContactCheckCommand,
  restore: async () => (await import('./cli/restore-command')).runRestoreCommand,
};

async function main(): Promise<void> {
  // stdout carries exactly one JSON document: library chatter (SheetJS logs unknown BIFF
  // records with console.log) goes to stderr.
  console.log = (...args: unknown[]) => process.stderr.write(args.map(String).join(' ') + '\n');
  console.info = console.log;
  const { argv: args, lang } = takeLang(process.argv.slice(2));
  const [name, ...argv] = args;
  const load = name ? commands[name] : undefined;
  if (!load) {
    process.stderr.write(`用法：cli <${Object.keys(commands).join('|')}> ...\n`);
    process.exitCode = 2;
    return;
  }
  const output = await (await load())(argv, lang);
  process.stdout.write(JSON.stringify(output, null, 2) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof UsageError ? '' : 'cli: '}${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
