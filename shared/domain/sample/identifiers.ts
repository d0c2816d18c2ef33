// Valid-looking identifiers for the sample agency: each passes the checks real data must pass
// (ID check character, VIN check digit, plate and mobile patterns), so the sample exercises the
// same code paths as a real list.
import type { IsoDate } from '../types';
import type { Rng } from './random';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
/** A few real area codes (province + city + district). */
const AREAS = ['110105', '310115', '440305', '330106', '510107', '420106', '320102', '370102'];

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (ID_WEIGHTS[i] as number);
  return ID_CHECK[sum % 11] as string;
}

/** 18-character resident ID with the given birth date and a correct check character. */
export function sampleIdNumber(rng: Rng, birth: IsoDate): string {
  const body = `${rng.pick(AREAS)}${birth.replaceAll('-', '')}${String(rng.int(0, 999)).padStart(3, '0')}`;
  return body + idCheckChar(body);
}

const MOBILE_PREFIXES = [
  '130',
  '133',
  '135',
  '136',
  '138',
  '139',
  '150',
  '152',
  '158',
  '177',
  '186',
  '188',
  '199',
];

export function sampleMobile(rng: Rng): string {
  return rng.pick(MOBILE_PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

const PROVINCES = '京沪粤浙苏川鄂鲁';
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '0123456789';
const ENERGY = 'DABCEFGHJK';

/** A 7-character plate, or (about one in eight) an 8-character new-energy plate. */
export function samplePlate(rng: Rng): string {
  const head = rng.pick([...PROVINCES]) + rng.pick([...PLATE_LETTERS]);
  if (rng.chance(0.125)) {
    const tail = Array.from({ length: 4 }, () => rng.pick([...DIGITS])).join('');
    return `${head}${rng.pick([...ENERGY])}${rng.pick([...DIGITS])}${tail}`;
  }
  const body = Array.from({ length: 5 }, (_, i) =>
    i === 0 && rng.chance(0.3) ? rng.pick([...PLATE_LETTERS]) : rng.pick([...DIGITS]),
  ).join('');
  return head + body;
}

const VIN_CHARS = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const VIN_VALUES: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};

export function vinCheckChar(vin17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin17[i] as string;
    const v = c >= '0' && c <= '9' ? Number(c) : (VIN_VALUES[c] ?? 0);
    sum += v * (VIN_WEIGHTS[i] as number);
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** 17-character VIN with a Chinese maker prefix and a correct check digit in position 9. */
export function sampleVin(rng: Rng): string {
  const wmi = rng.pick(['LSV', 'LFV', 'LGB', 'LHG', 'LBV', 'LVS', 'LGX']);
  const rest = Array.from({ length: 14 }, () => rng.pick([...VIN_CHARS])).join('');
  const draft = wmi + rest;
  return draft.slice(0, 8) + vinCheckChar(draft) + draft.slice(9);
}
