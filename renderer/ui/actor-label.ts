// Who made a change, as people read it: the internal actor names ('system', 'local-user') are
// never shown; anything else (a staff member's name) is shown as it is.
import { useTranslation } from 'react-i18next';

export function useActorLabel(): (actor: string) => string {
  const { t } = useTranslation('common');
  return (actor) => {
    if (actor === 'system') return t('actors.system');
    if (actor === 'local-user') return t('actors.localUser');
    return actor;
  };
}
