// Ids of the records the plan computes, derived from their natural key so that two desks that
// plan the same book offline make the same record, not two (a future sync then sees one row
// changed twice instead of a duplicate task). A case's id is its key itself, `vehicleId:endDate`
// (caseIdFor in cases.ts); a task's key embeds the case id (`caseId:tier:dueDate`, taskKey in
// tiers.ts) and its id is a name-based UUID (v5) of that key, so ids keep one shape for every
// table. The key stays a unique index: lookups and merges go by it.
import { v5 as uuidv5 } from 'uuid';

/** Fixed namespace of task ids. Changing it would give every future task a new id: never. */
export const TASK_ID_NAMESPACE = '6f1c8c2e-3b1d-4a7e-9a43-0c2d7f9e4b10';

/** The id of the task whose natural key is `key`: the same on every desk and every run. */
export function taskIdFor(key: string): string {
  return uuidv5(key, TASK_ID_NAMESPACE);
}
