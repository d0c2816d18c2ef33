// The reason a task is on the list, as a short coloured tag: 30天 / 15天 / 7天 / 紧急 / 脱保 /
// 核实 / 回电. Custom tiers show their own name. Used by the Today and Tasks screens.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { createTranslator, isLang, type KeysUnder } from '../../shared/i18n';

type BuiltInTier = KeysUnder<'common', 'tiers'>;

const COLORS: Record<BuiltInTier, string> = {
  d30: 'blue',
  d15: 'gold',
  d7: 'orange',
  urgent: 'red',
  lapsed: 'magenta',
  verify: 'cyan',
  callback: 'purple',
  followup: 'geekblue',
  complaint: 'volcano',
};

function isBuiltIn(tier: string): tier is BuiltInTier {
  return Object.hasOwn(COLORS, tier);
}

export const TIER_ORDER = [
  'urgent',
  'lapsed',
  'callback',
  'followup',
  'verify',
  'd7',
  'd15',
  'd30',
];

export function tierLabel(tier: string, language: string): string {
  if (!isBuiltIn(tier)) return tier;
  return createTranslator(isLang(language) ? language : 'zh-CN').t(`common:tiers.${tier}`);
}

export function TierTag({ tier }: { tier: string }) {
  const { i18n } = useTranslation();
  return (
    <Tag
      color={isBuiltIn(tier) ? COLORS[tier] : 'default'}
      data-testid="tier-tag"
      style={{ marginInlineEnd: 0 }}
    >
      {tierLabel(tier, i18n.language)}
    </Tag>
  );
}
