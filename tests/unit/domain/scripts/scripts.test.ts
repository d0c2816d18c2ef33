import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScripts, SCRIPT_TIERS } from '../../../../shared/domain/scripts/default-scripts';
import { SMS_OPT_OUT } from '../../../../shared/domain/scripts/default-texts';
import {
  PLACEHOLDERS,
  renderTemplate,
  renderTemplateDetailed,
} from '../../../../shared/domain/scripts/render-template';
import { buildTemplateValues, salutation } from '../../../../shared/domain/scripts/template-values';
import {
  newVersion,
  pickScript,
  restoreVersion,
} from '../../../../shared/domain/scripts/versioning';
import { CHANNELS } from '../../../../shared/domain/types';

// Built inside each test (not at load) so Stryker knows which test reaches which mutant.
const values = () =>
  buildTemplateValues({
    client: { name: '张伟', idNumber: '110101199003071234' },
    vehicle: { plate: '京A12345' },
    policies: [
      { kind: 'compulsory', insurer: '人保财险', endDate: '2026-06-20' },
      { kind: 'commercial', insurer: '人保财险', endDate: '2026-06-23' },
    ],
    staff: { name: '李娜', phone: '13912345678' },
    today: '2026-06-05',
  });

describe('template values', () => {
  it('称呼 from the ID gender digit, else 您', () => {
    expect(salutation({ name: '张伟', idNumber: '110101199003071234' })).toBe('张先生'); // 3: odd
    expect(salutation({ name: '王芳', idNumber: '110101199003071244' })).toBe('王女士');
    expect(salutation({ name: '王芳', idNumber: null })).toBe('您');
    expect(salutation(null)).toBe('您');
  });

  it('fills every placeholder from the records', () => {
    expect(values()).toMatchObject({
      险种: '交强险和商业险',
      到期日: '2026年6月20日',
      剩余天数: 15,
      保险公司: '人保财险',
    });
    expect(renderTemplate('{称呼}，{车牌}还有{剩余天数}天', values())).toBe(
      '张先生，京A12345还有15天',
    );
  });
});

describe('renderTemplate', () => {
  it('a missing value is a visible marker, never undefined', () => {
    const r = renderTemplateDetailed('{客户姓名} {车牌} {业务员电话}', {
      客户姓名: '张伟',
      车牌: undefined,
      业务员电话: '',
    });
    expect(r.text).toBe('张伟 【缺:车牌】 【缺:业务员电话】');
    expect(r.missing).toEqual(['车牌', '业务员电话']);
  });

  it('unknown names are kept and reported (typo in an edited template)', () => {
    expect(renderTemplateDetailed('{车牌号}', {})).toEqual({
      text: '{车牌号}',
      missing: [],
      unknown: ['车牌号'],
    });
  });

  it('property: no output ever contains "undefined", "null" or "NaN" from values', () => {
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant(NaN),
      fc.constant(''),
      fc.constant('undefined'),
      fc.string(),
      fc.integer(),
    );
    const body = fc
      .array(
        fc.oneof(
          fc.constantFrom(...PLACEHOLDERS.map((p) => `{${p}}`)),
          fc.string({ maxLength: 5 }),
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(body, fc.dictionary(fc.constantFrom(...PLACEHOLDERS), value), (b, v) => {
        const out = renderTemplate(b, v);
        const fromBody = (w: string) => b.split(w).length - 1;
        for (const word of ['undefined', 'null', 'NaN']) {
          const fromValues = Object.values(v).filter(
            (x) => typeof x === 'string' && x.includes(word) && x.trim() !== word,
          ).length;
          if (fromValues === 0)
            expect(out.split(word).length - 1).toBeLessThanOrEqual(fromBody(word));
        }
      }),
    );
  });
});

describe('default scripts', () => {
  const scripts = () => defaultScripts('2026-01-01T00:00:00.000Z');
  it('every tier × channel, version 1, all placeholders known', () => {
    expect(scripts()).toHaveLength(SCRIPT_TIERS.length * CHANNELS.length);
    for (const s of scripts()) {
      expect(s.body.length).toBeGreaterThan(20);
      expect(renderTemplateDetailed(s.body, values()).unknown).toEqual([]);
      expect(renderTemplateDetailed(s.body, values()).missing).toEqual([]);
    }
  });

  it('SMS end with the opt-out sentence and stay short once filled in', () => {
    for (const s of scripts().filter((x) => x.channel === 'sms')) {
      expect(s.body.endsWith(SMS_OPT_OUT)).toBe(true);
      expect(renderTemplate(s.body, values()).length).toBeLessThanOrEqual(134); // two SMS segments
    }
  });

  it('versions: edit adds a version, restore adds a version with the old text', () => {
    const v1 = scripts().find((s) => s.tier === 'd30' && s.channel === 'call')!;
    const edit = newVersion(
      v1,
      { body: '新话术 {车牌}' },
      { id: 'v2', now: '2026-02-01T00:00:00Z', actor: 's1' },
    );
    expect(edit.previous.current).toBe(false);
    expect(edit.next).toMatchObject({
      id: 'v2',
      version: 2,
      current: true,
      body: '新话术 {车牌}',
      updatedBy: 's1',
    });
    const restored = restoreVersion(edit.next, v1, {
      id: 'v3',
      now: '2026-03-01T00:00:00Z',
      actor: 's2',
    });
    expect(restored.next).toMatchObject({ version: 3, body: v1.body, templateId: v1.templateId });
    expect(
      pickScript(
        [...scripts().filter((s) => s.id !== v1.id), edit.previous, restored.next],
        'd30',
        'call',
      )?.version,
    ).toBe(3);
    expect(pickScript(scripts(), 'd45-custom', 'sms')?.tier).toBe('d30');
  });
});
