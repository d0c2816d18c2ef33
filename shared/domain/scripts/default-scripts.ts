// The default script set that ships with the app: every tier × every channel, version 1.
// Seeded once; each default has a fixed template id so seeding twice changes nothing.
import { resources } from '../../i18n';
import type { Channel, IsoDateTime, Script } from '../types';
import { DEFAULT_CALL, DEFAULT_EMAIL } from './default-calls';
import { DEFAULT_SMS, DEFAULT_WECHAT } from './default-texts';

export const SCRIPT_TIERS = ['verify', 'd30', 'd15', 'd7', 'urgent', 'lapsed', 'callback'] as const;

// Script titles are seeded data in Chinese, like the bodies (a user edits them as text), named
// with the Chinese catalogue's tier names of the scripts screen.
const TIER_LABEL: Record<string, string> = resources['zh-CN'].scripts.tiers;

const CHANNEL_LABEL: Record<Channel, string> = {
  call: '电话话术',
  sms: '短信',
  wechat: '微信',
  email: '邮件',
};

const BODIES: Record<Channel, Record<string, string>> = {
  call: DEFAULT_CALL,
  sms: DEFAULT_SMS,
  wechat: DEFAULT_WECHAT,
  email: DEFAULT_EMAIL,
};

export function defaultTemplateId(tier: string, channel: Channel): string {
  return `default:${tier}:${channel}`;
}

/** The title a default template ships with (Chinese, stored): screens show it translated. */
export function defaultScriptTitle(tier: string, channel: Channel): string {
  return `${TIER_LABEL[tier] ?? tier} · ${CHANNEL_LABEL[channel]}`;
}

export function defaultScripts(now: IsoDateTime): Script[] {
  const scripts: Script[] = [];
  for (const tier of SCRIPT_TIERS) {
    for (const channel of ['call', 'sms', 'wechat', 'email'] as const) {
      const templateId = defaultTemplateId(tier, channel);
      scripts.push({
        id: `${templateId}:v1`,
        templateId,
        version: 1,
        tier,
        channel,
        title: defaultScriptTitle(tier, channel),
        // Stryker disable next-line StringLiteral: every tier has a body for every channel
        body: BODIES[channel][tier] ?? '',
        current: true,
        createdAt: now,
        updatedAt: now,
        updatedBy: 'system',
      });
    }
  }
  return scripts;
}
