// Who made a change, as people read it. Since sign-in every write carries the staff id, so
// the feature passes the staff names it read (ui/ reads no records); an id no longer among
// them is a removed staff member, never shown raw. The internal actors of the app itself
// ('system', 'local-user' from before sign-in) have names of their own.
import { useTranslation } from 'react-i18next';

export function useActorLabel(
  staffNames: ReadonlyMap<string, string> = new Map(),
): (actor: string) => string {
  const { t } = useTranslation('common');
  return (actor) => {
    const name = staffNames.get(actor);
    if (name) return name;
    if (actor === 'system' || actor === 'plan') return t('actors.system');
    if (actor === 'local-user') return t('actors.localUser');
    if (actor === 'import') return t('actors.import');
    return t('actors.removed');
  };
}
