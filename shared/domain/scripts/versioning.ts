// Script versions: editing never overwrites, it adds a version; restoring an old version adds
// a new version with the old body, so the history always says who changed what and when.
import type { Channel, Id, IsoDateTime, Script } from '../types';

export interface ScriptEdit {
  title?: string;
  body: string;
}

/** The current version of each template. */
export function currentScripts(scripts: readonly Script[]): Script[] {
  const best = new Map<Id, Script>();
  for (const s of scripts) {
    if (s.deletedAt) continue;
    const seen = best.get(s.templateId);
    if (!seen || s.version > seen.version) best.set(s.templateId, s);
  }
  return [...best.values()];
}

/** The current script for a tier and channel (custom tiers fall back to the d30 wording). */
export function pickScript(
  scripts: readonly Script[],
  tier: string,
  channel: Channel,
): Script | undefined {
  const current = currentScripts(scripts);
  return (
    current.find((s) => s.tier === tier && s.channel === channel) ??
    current.find((s) => s.tier === 'd30' && s.channel === channel)
  );
}

/**
 * A new version of `latest` with the edit applied; `latest` must be the newest version. The
 * caller writes both: the returned new version and `previous` (no longer current).
 */
export function newVersion(
  latest: Script,
  edit: ScriptEdit,
  stamp: { id: Id; now: IsoDateTime; actor: string },
): { next: Script; previous: Script } {
  return {
    previous: { ...latest, current: false, updatedAt: stamp.now, updatedBy: stamp.actor },
    next: {
      ...latest,
      id: stamp.id,
      version: latest.version + 1,
      title: edit.title ?? latest.title,
      body: edit.body,
      current: true,
      createdAt: stamp.now,
      updatedAt: stamp.now,
      updatedBy: stamp.actor,
    },
  };
}

/** Restoring `old` = a new version on top of `latest` with the old title and body. */
export function restoreVersion(
  latest: Script,
  old: Script,
  stamp: { id: Id; now: IsoDateTime; actor: string },
): { next: Script; previous: Script } {
  return newVersion(latest, { title: old.title, body: old.body }, stamp);
}
