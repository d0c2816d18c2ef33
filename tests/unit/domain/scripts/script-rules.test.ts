// The script rules to the character (issue 15): which text is a placeholder, which value counts
// as given, 称呼 from the ID, the values from the records, and which version is current.
import { describe, expect, it } from 'vitest';
import { itMaps } from '../../../support/tables';
import {
  defaultScripts,
  defaultScriptTitle,
  defaultTemplateId,
} from '../../../../shared/domain/scripts/default-scripts';
import { SMS_OPT_OUT } from '../../../../shared/domain/scripts/default-texts';
import {
  missingMarker,
  renderTemplateDetailed,
} from '../../../../shared/domain/scripts/render-template';
import {
  buildTemplateValues,
  formatChineseDate,
  salutation,
} from '../../../../shared/domain/scripts/template-values';
import {
  currentScripts,
  newVersion,
  pickScript,
} from '../../../../shared/domain/scripts/versioning';
import type { Script } from '../../../../shared/domain/types';

describe('placeholders', () => {
  it('a value is given when it is a finite number or text other than blank, undefined, null, NaN', () => {
    const r = renderTemplateDetailed(
      '{车牌}|{客户姓名}|{险种}|{剩余天数}|{到期日}|{业务员}|{保险公司}|{称呼}',
      {
        车牌: ' 京A12345 ',
        客户姓名: ' ',
        险种: 'undefined',
        剩余天数: Number.NaN,
        到期日: 'null',
        业务员: 'NaN',
        保险公司: Number.POSITIVE_INFINITY,
        称呼: 0,
      },
    );
    expect(r).toEqual({
      text: '京A12345|【缺:客户姓名】|【缺:险种】|【缺:剩余天数】|【缺:到期日】|【缺:业务员】|【缺:保险公司】|0',
      missing: ['客户姓名', '险种', '剩余天数', '到期日', '业务员', '保险公司'],
      unknown: [],
    });
  });

  it('names each missing and each unknown placeholder once, in order of first appearance', () => {
    expect(renderTemplateDetailed('{车牌}{甲}{业务员}{车牌}{甲}{乙}', {})).toEqual({
      text: '【缺:车牌】{甲}【缺:业务员】【缺:车牌】{甲}{乙}',
      missing: ['车牌', '业务员'],
      unknown: ['甲', '乙'],
    });
  });

  it('an unknown name the values carry is filled, or marked missing', () => {
    expect(renderTemplateDetailed('{门店}{备注}', { 门店: '朝阳店', 备注: null })).toEqual({
      text: '朝阳店【缺:备注】',
      missing: ['备注'],
      unknown: [],
    });
  });

  it('a name is 1 to 20 characters without spaces or braces', () => {
    const twenty = '一二三四五六七八九十一二三四五六七八九十';
    expect(renderTemplateDetailed(`{${twenty}}`, {}).unknown).toEqual([twenty]);
    expect(renderTemplateDetailed(`{${twenty}一}`, {})).toEqual({
      text: `{${twenty}一}`,
      missing: [],
      unknown: [],
    });
    expect(renderTemplateDetailed('{车 牌}{}', {})).toEqual({
      text: '{车 牌}{}',
      missing: [],
      unknown: [],
    });
  });

  it('the opt-out sentence every text ends with (DOMAIN.md)', () => {
    expect(SMS_OPT_OUT).toBe('拒收请回复R');
  });

  it('the missing marker', () => {
    expect(missingMarker('车牌')).toBe('【缺:车牌】');
  });
});

describe('称呼', () => {
  itMaps('%j → %s', salutation, [
    [{ name: ' 王芳 ', idNumber: ' 11010119900307124x ' }, '王女士'],
    [{ name: '张伟', idNumber: '110101199003071254' }, '张先生'],
    [{ name: '张伟', idNumber: '110101900307125' }, '您'], // old 15-digit number: no 17th digit
    [{ name: '张伟', idNumber: '1101011990030712541' }, '您'],
    [{ name: '张伟', idNumber: 'A10101199003071254' }, '您'],
    [{ name: '', idNumber: '110101199003071254' }, '您'],
    [undefined, '您'],
  ] as const);
});

describe('values from the records', () => {
  const today = '2026-06-05';
  it('the end date is the earliest policy end, unless the case gives one', () => {
    const policies = [
      { kind: 'commercial', insurer: '平安产险', endDate: '2026-06-23' },
      { kind: 'compulsory', insurer: ' ', endDate: '2026-06-20' },
      { kind: 'commercial', insurer: '人保财险', endDate: '2026-07-01' },
    ] as const;
    expect(buildTemplateValues({ policies, today })).toEqual({
      客户姓名: null,
      称呼: '您',
      车牌: null,
      险种: '商业险和交强险',
      到期日: '2026年6月20日',
      剩余天数: 15,
      保险公司: '平安产险、人保财险',
      业务员: null,
      业务员电话: null,
    });
    expect(buildTemplateValues({ policies, today, endDate: '2026-06-23' })).toMatchObject({
      到期日: '2026年6月23日',
      剩余天数: 18,
    });
  });

  it('no policy: no kind, end date, days or insurer', () => {
    expect(buildTemplateValues({ today })).toMatchObject({ 险种: null, 保险公司: null });
    expect(buildTemplateValues({ today, policies: [] })).toMatchObject({
      险种: null,
      到期日: null,
      剩余天数: null,
      保险公司: null,
    });
  });

  it('days left stop at 0 once lapsed, and are 0 on the end date', () => {
    const lapsed = buildTemplateValues({ today, endDate: '2026-06-02' });
    expect(lapsed.剩余天数).toBe(0);
    expect(buildTemplateValues({ today, endDate: today }).剩余天数).toBe(0);
    expect(buildTemplateValues({ today, endDate: '2026-06-06' }).剩余天数).toBe(1);
  });

  it('the staff member and the car', () => {
    expect(
      buildTemplateValues({
        today,
        client: { name: '张伟', idNumber: null },
        vehicle: { plate: '京A12345' },
        staff: { name: '李娜', phone: '13912345678' },
      }),
    ).toMatchObject({
      客户姓名: '张伟',
      车牌: '京A12345',
      业务员: '李娜',
      业务员电话: '13912345678',
    });
  });

  it('dates without leading zeros', () => {
    expect(formatChineseDate('2026-03-05')).toBe('2026年3月5日');
    expect(formatChineseDate('2026-12-31')).toBe('2026年12月31日');
  });
});

describe('versions', () => {
  // Built inside each test (not at load) so Stryker knows which test reaches which mutant.
  const base = () => defaultScripts('2026-01-01T00:00:00.000Z');
  const d30call = () => base().find((s) => s.tier === 'd30' && s.channel === 'call') as Script;
  const stamp = { id: 'v2', now: '2026-02-01T00:00:00Z', actor: 's1' };

  it('the default template id and title', () => {
    expect(defaultTemplateId('d30', 'call')).toBe('default:d30:call');
    expect(d30call()).toMatchObject({
      id: 'default:d30:call:v1',
      templateId: 'default:d30:call',
      version: 1,
      current: true,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: 'system',
    });
    expect(defaultScriptTitle('d45-custom', 'sms')).toBe('d45-custom · 短信');
    expect(defaultScriptTitle('x', 'call')).toBe('x · 电话话术');
    expect(defaultScriptTitle('x', 'wechat')).toBe('x · 微信');
    expect(defaultScriptTitle('x', 'email')).toBe('x · 邮件');
  });

  it('an edit keeps the title unless it gives one, and stamps both versions', () => {
    const { next, previous } = newVersion(d30call(), { body: '新' }, stamp);
    expect(previous).toEqual({
      ...d30call(),
      current: false,
      updatedAt: stamp.now,
      updatedBy: 's1',
    });
    expect(next).toEqual({
      ...d30call(),
      id: 'v2',
      version: 2,
      title: d30call().title,
      body: '新',
      current: true,
      createdAt: stamp.now,
      updatedAt: stamp.now,
      updatedBy: 's1',
    });
    expect(newVersion(d30call(), { title: '新标题', body: '新' }, stamp).next.title).toBe('新标题');
  });

  it('the current version is the highest one not deleted, in any order', () => {
    const v2 = { ...d30call(), id: 'v2', version: 2 };
    const v3 = { ...d30call(), id: 'v3', version: 3, deletedAt: '2026-03-01T00:00:00Z' };
    expect(currentScripts([v2, d30call(), v3])).toEqual([v2]);
    expect(currentScripts([d30call(), v2])).toEqual([v2]);
    expect(currentScripts([d30call(), { ...d30call(), id: 'same', version: 1 }])).toEqual([
      d30call(),
    ]);
  });

  it('a tier of its own wins over the d30 fallback; the channel must match', () => {
    const d15sms = base().find((s) => s.tier === 'd15' && s.channel === 'sms');
    expect(pickScript(base(), 'd15', 'sms')).toEqual(d15sms);
    expect(pickScript(base(), 'd45-custom', 'email')?.id).toBe('default:d30:email:v1');
    expect(pickScript([d30call()], 'd15', 'sms')).toBeUndefined();
  });
});
