// When the preview may say "nothing changes". Rows blocked by an error (an insurer not chosen
// yet, a bad date) are not "unchanged": they would change once fixed, so the green all-clear
// must not sit next to "100 rows have errors".
import type { PreviewSummary } from '../../services/import/import-session-types';

export function nothingChanges(preview: Pick<PreviewSummary, 'counts' | 'blockingRows'>): boolean {
  const c = preview.counts;
  return preview.blockingRows === 0 && c.new + c.updated + c.renewed + c.ownerChanged === 0;
}
