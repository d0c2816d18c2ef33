// Call scripts (话术): versioned templates. An edit adds a version, a restore adds a version
// with the old text; the defaults are seeded once with fixed ids.
import { defaultScripts } from '../../../shared/domain/scripts/default-scripts';
import {
  currentScripts,
  newVersion,
  restoreVersion,
  type ScriptEdit,
} from '../../../shared/domain/scripts/versioning';
import type { Channel, Id, Script } from '../../../shared/domain/types';
import { textRef } from '../../../shared/i18n';
import type { AppDb } from '../app-db';
import {
  auditEvent,
  newId,
  notFound,
  nowIso,
  RepositoryError,
  type Actor,
  writeAudit,
} from './write-context';
import { authorize } from './authorize';

/** Current version of every template, by tier then channel. */
export async function listCurrentScripts(db: AppDb): Promise<Script[]> {
  return currentScripts(await db.scripts.toArray()).sort(
    (a, b) => a.tier.localeCompare(b.tier) || a.channel.localeCompare(b.channel),
  );
}

/** Every version of one template, newest first. */
export async function scriptHistory(db: AppDb, templateId: Id): Promise<Script[]> {
  const rows = await db.scripts.where('templateId').equals(templateId).toArray();
  return rows.sort((a, b) => b.version - a.version);
}

/** Writes the default set when the table is empty. Call inside or outside a transaction. */
export async function seedDefaultScripts(db: AppDb, now: string = nowIso()): Promise<number> {
  return db.transaction('rw', [db.scripts, db.auditEvents], async () => {
    if ((await db.scripts.count()) > 0) return 0;
    const scripts = defaultScripts(now);
    await db.scripts.bulkAdd(scripts);
    await writeAudit(db, auditEvent('system', 'seed', 'script', null, `${scripts.length}`, now));
    return scripts.length;
  });
}

async function latestVersion(db: AppDb, templateId: Id): Promise<Script> {
  const [latest] = await scriptHistory(db, templateId);
  if (!latest) throw notFound('script', templateId);
  return latest;
}

async function writeVersion(
  db: AppDb,
  pair: { next: Script; previous: Script },
  action: string,
  actor: Actor,
): Promise<Script> {
  await db.scripts.bulkPut([pair.previous, pair.next]);
  await writeAudit(
    db,
    auditEvent(
      actor,
      action,
      'script',
      pair.next.templateId,
      `v${pair.next.version}`,
      pair.next.updatedAt,
    ),
  );
  return pair.next;
}

export async function editScript(
  db: AppDb,
  templateId: Id,
  edit: ScriptEdit,
  actor: Actor,
  now: string = nowIso(),
): Promise<Script> {
  if (!edit.body.trim()) {
    throw new RepositoryError('invalid', textRef('errors:repository.emptyScript'), 'body');
  }
  await authorize(db, actor, 'edit', 'Script');
  return db.transaction('rw', [db.scripts, db.auditEvents], async () => {
    const latest = await latestVersion(db, templateId);
    return writeVersion(db, newVersion(latest, edit, { id: newId(), now, actor }), 'edit', actor);
  });
}

export async function restoreScript(
  db: AppDb,
  templateId: Id,
  version: number,
  actor: Actor,
  now: string = nowIso(),
): Promise<Script> {
  await authorize(db, actor, 'edit', 'Script');
  return db.transaction('rw', [db.scripts, db.auditEvents], async () => {
    const history = await scriptHistory(db, templateId);
    const old = history.find((s) => s.version === version);
    const latest = history[0];
    if (!old || !latest) throw notFound('scriptVersion', `${templateId} v${version}`);
    return writeVersion(
      db,
      restoreVersion(latest, old, { id: newId(), now, actor }),
      'restore',
      actor,
    );
  });
}

/** A new template (e.g. for a custom tier), version 1. */
export async function createScript(
  db: AppDb,
  input: { tier: string; channel: Channel; title: string; body: string },
  actor: Actor,
  now: string = nowIso(),
): Promise<Script> {
  await authorize(db, actor, 'edit', 'Script');
  const script: Script = {
    ...input,
    id: newId(),
    templateId: newId(),
    version: 1,
    current: true,
    createdAt: now,
    updatedAt: now,
    updatedBy: actor,
  };
  return db.transaction('rw', [db.scripts, db.auditEvents], async () => {
    await db.scripts.add(script);
    await writeAudit(db, auditEvent(actor, 'create', 'script', script.templateId, 'v1', now));
    return script;
  });
}
