// Mapping presets: the column mapping (header text → field) and the insurer a user chose for a
// file layout, keyed by the header signature so the next file of that layout maps itself.
import type { ColumnMapping } from '../../../shared/domain/import/types';
import type { ImportPreset } from '../../../shared/domain/types';
import type { AppDb } from '../app-db';
import { newId, nowIso } from './write-context';

export async function listImportPresets(db: AppDb): Promise<ImportPreset[]> {
  return db.importPresets.toArray();
}

export async function findPresetBySignature(
  db: AppDb,
  signature: string,
): Promise<ImportPreset | undefined> {
  return db.importPresets.where('signature').equals(signature).first();
}

/** Creates or updates the preset of this header signature; returns it. */
export async function saveImportPreset(
  db: AppDb,
  input: { signature: string; mapping: ColumnMapping; insurer?: string | null; name?: string },
): Promise<ImportPreset> {
  const mapping: Record<string, string | null> = {};
  for (const c of input.mapping.columns) if (c.header) mapping[c.header] = c.target;
  return db.transaction('rw', db.importPresets, async () => {
    const existing = await db.importPresets.where('signature').equals(input.signature).first();
    const at = nowIso();
    const preset: ImportPreset = {
      id: existing?.id ?? newId(),
      signature: input.signature,
      name: input.name ?? existing?.name ?? (input.insurer ? `${input.insurer} 清单` : '导入模板'),
      mapping,
      insurer: input.insurer ?? existing?.insurer ?? null,
      headerRow: input.mapping.headerRowIndex + 1,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    await db.importPresets.put(preset);
    return preset;
  });
}
