import { describe, expect, it } from 'vitest';
import { itRefuses } from '../../../support/tables';
import { zh } from '../../../support/text';
import { validateVin, vinCheckChar } from '../../../../shared/domain/validation/vin';

/** Independent reference: the published transliteration table, written out in full. */
function referenceCheck(vin: string): string {
  const values: Record<string, number> = {};
  for (let d = 0; d <= 9; d++) values[String(d)] = d;
  'ABCDEFGH'.split('').forEach((c, i) => (values[c] = i + 1));
  'JKLMN'.split('').forEach((c, i) => (values[c] = i + 1));
  values.P = 7;
  values.R = 9;
  'STUVWXYZ'.split('').forEach((c, i) => (values[c] = i + 2));
  const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (values[vin[i] ?? ''] ?? NaN) * (weights[i] ?? 0);
  return sum % 11 === 10 ? 'X' : String(sum % 11);
}

function withCheck(vin: string): string {
  return vin.slice(0, 8) + referenceCheck(vin) + vin.slice(9);
}

describe('validateVin', () => {
  it.each([
    '1M8GDM9AXKP042788', // the classic published example, check digit X
    '11111111111111111',
    withCheck('LSVAM4180C2184847'),
    withCheck('LFV3A23C0K3000001'),
  ])('a VIN with the right check digit passes without warnings: %s', (vin) => {
    expect(vinCheckChar(vin)).toBe(referenceCheck(vin));
    expect(validateVin(vin)).toEqual({ ok: true, value: vin, warnings: [] });
  });

  it('normalises case, spaces and full-width characters', () => {
    expect(validateVin(' 1m8gdm9a xkp-042788 ')).toMatchObject({
      ok: true,
      value: '1M8GDM9AXKP042788',
    });
    expect(validateVin('１M8GDM9AXKP042788')).toMatchObject({
      ok: true,
      value: '1M8GDM9AXKP042788',
    });
  });

  it('a wrong check digit is a warning, not a refusal', () => {
    const r = validateVin('1M8GDM9A1KP042788');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toBe('1M8GDM9A1KP042788');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.code).toBe('vin_check_digit');
    expect(zh(r.warnings[0]?.text)).toContain('应为 X');
  });

  itRefuses('refuses %s (%s)', validateVin, [
    ['', 'vin_empty'],
    ['1M8GDM9AXKP04278', 'vin_length'],
    ['1M8GDM9AXKP0427888', 'vin_length'],
    ['1M8GDM9AXKP04278O', 'vin_chars'],
    ['IM8GDM9AXKP042788', 'vin_chars'],
    ['QM8GDM9AXKP042788', 'vin_chars'],
    ['1M8GDM9AXKP04278#', 'vin_chars'],
  ]);

  it('matches the reference on many generated VINs', () => {
    const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
    let seed = 7;
    for (let n = 0; n < 500; n++) {
      let vin = '';
      for (let i = 0; i < 17; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        vin += chars[seed % chars.length];
      }
      expect(vinCheckChar(vin)).toBe(referenceCheck(vin));
    }
  });
});

describe('validateVin to the character (issue 15)', () => {
  it('no text is an empty VIN', () => {
    expect(validateVin(null)).toEqual({
      ok: false,
      code: 'vin_empty',
      text: { key: 'problems:vin.empty' },
    });
  });

  it('a wrong length names the VIN and its length', () => {
    expect(validateVin('1M8GDM9AXKP04278')).toEqual({
      ok: false,
      code: 'vin_length',
      text: { key: 'problems:vin.length', params: { vin: '1M8GDM9AXKP04278', length: 16 } },
    });
  });

  it('names each wrong character once, in order, I O Q and the rest', () => {
    expect(validateVin('IM8GDM9AOKP04278I')).toEqual({
      ok: false,
      code: 'vin_chars',
      text: { key: 'problems:vin.chars', params: { vin: 'IM8GDM9AOKP04278I', chars: 'I O' } },
    });
    expect(validateVin('QM8GDM9AXKP04278#')).toMatchObject({
      text: { params: { chars: 'Q #' } },
    });
  });
});
