// The import worker's handler map (served by worker-rpc), without the worker globals so Node
// tests can drive it: calls run one after another against one ImportSession on the worker's own
// database connection; each call's progress goes to its caller. The window's `call<K>` is
// typed from this map, so it is the one list of what the worker does.
import type { DataKeys } from '../../../shared/crypto/keys';
import type { AppDb } from '../../db/app-db';
import { setRecordKeys } from '../../db/record-keys';
import { dbOpenFailure, openAppDb } from '../../db/open-db';
import type { RpcContext } from '../worker-rpc/wire';
import { ImportSession } from './import-session';
import type { ImportFix, PageQuery, ReadChoices, SessionProgress } from './import-session-types';

export type OpenDb = (name: string) => Promise<AppDb>;

async function openByName(name: string): Promise<AppDb> {
  const opened = await openAppDb({ name, purge: false });
  if (!opened.ok) throw dbOpenFailure(opened.error);
  return opened.db;
}

type Progress = RpcContext<SessionProgress>;

export function importHandlers(open: OpenDb = openByName) {
  let session: ImportSession | null = null;
  // The session reports to whichever call is running (calls never overlap: the server is serial).
  let report: (p: SessionProgress) => void = () => undefined;

  async function run<T>(ctx: Progress | null, work: (s: ImportSession) => T | Promise<T>) {
    if (!session) throw new Error('import worker: open the database first');
    report = ctx ? (p) => ctx.progress(p) : () => undefined;
    try {
      return await work(session);
    } finally {
      report = () => undefined;
    }
  }

  return {
    /** The window's data keys (or none): this worker's repositories seal and open with them. */
    keys: ({ keys }: { keys: DataKeys | null }) => {
      setRecordKeys(keys);
      return null;
    },
    open: async ({ dbName }: { dbName: string }) => {
      session = new ImportSession(await open(dbName), (p) => report(p));
      return null;
    },
    read: (
      args: {
        file: Blob | Uint8Array;
        fileName: string;
        choices: ReadChoices;
        keepEdits?: boolean;
      },
      ctx: Progress,
    ) =>
      run(ctx, (s) =>
        s.read(args.file, args.fileName, args.choices, ctx.signal, args.keepEdits ?? false),
      ),
    page: (query: PageQuery) => run(null, (s) => s.page(query)),
    fix: (fix: ImportFix, ctx: Progress) => run(ctx, (s) => s.fix(fix)),
    skip: (args: { rows: number[]; skip: boolean }, ctx: Progress) =>
      run(ctx, (s) => s.skip(args.rows, args.skip)),
    skipErrorRows: (_: undefined, ctx: Progress) => run(ctx, (s) => s.skipErrorRows()),
    commit: (args: { actor: string }, ctx: Progress) => run(ctx, (s) => s.commit(args.actor)),
    undo: (args: { batchId: string; actor: string }) =>
      run(null, (s) => s.undo(args.batchId, args.actor)),
  };
}

/** The import worker's API, as the window's `call<K>` sees it. */
export type ImportApi = ReturnType<typeof importHandlers>;
