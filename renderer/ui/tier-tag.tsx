// The reason a task is on the list, as a short coloured tag: 30天 / 15天 / 7天 / 紧急 / 脱保 /
// 核实 / 回电. Custom tiers show their own name. Used by the Today and Tasks screens.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const LABELS: Record<string, { zh: string; en: string; color: string }> = {
  d30: { zh: '30天', en: '30 days', color: 'blue' },
  d15: { zh: '15天', en: '15 days', color: 'gold' },
  d7: { zh: '7天', en: '7 days', color: 'orange' },
  urgent: { zh: '紧急', en: 'Urgent', color: 'red' },
  lapsed: { zh: '脱保', en: 'Lapsed', color: 'magenta' },
  verify: { zh: '核实', en: 'Verify', color: 'cyan' },
  callback: { zh: '回电', en: 'Call back', color: 'purple' },
  complaint: { zh: '投诉', en: 'Complaint', color: 'volcano' },
};

export const TIER_ORDER = ['urgent', 'lapsed', 'callback', 'verify', 'd7', 'd15', 'd30'];

export function tierLabel(tier: string, language: string): string {
  const label = LABELS[tier];
  if (!label) return tier;
  return language === 'en' ? label.en : label.zh;
}

export function TierTag({ tier }: { tier: string }) {
  const { i18n } = useTranslation();
  return (
    <Tag
      color={LABELS[tier]?.color ?? 'default'}
      data-testid="tier-tag"
      style={{ marginInlineEnd: 0 }}
    >
      {tierLabel(tier, i18n.language)}
    </Tag>
  );
}
