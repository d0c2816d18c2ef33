// A template's title as a screen shows it: a default template still carrying the Chinese title
// it shipped with is named from the catalogue (tier · channel) in the current language; a
// title someone typed is theirs and shown as it is.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { defaultScriptTitle } from '../../shared/domain/scripts/default-scripts';
import type { Script } from '../../shared/domain/types';

export function scriptTitle(
  script: Pick<Script, 'title' | 'tier' | 'channel'>,
  t: TFunction<['scripts', 'common']>,
): string {
  if (script.title !== defaultScriptTitle(script.tier, script.channel)) return script.title;
  return `${t(`tiers.${script.tier}`, { defaultValue: script.tier })} · ${t(`common:channels.${script.channel}`)}`;
}

/** scriptTitle with the texts it needs, for screens outside the scripts area (Today). */
export function useScriptTitle(): (script: Pick<Script, 'title' | 'tier' | 'channel'>) => string {
  const { t } = useTranslation(['scripts', 'common']);
  return (script) => scriptTitle(script, t);
}
