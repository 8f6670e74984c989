/**
 * The codes a merchant sees, generated cheaply and without collisions: each unique code embeds a bijection of a
 * running counter (counter × odd-and-not-5 multiplier mod 10^k), so it looks random yet can never repeat.
 */
import type { Rng } from './prng';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const encodeBase32 = (value: number, length: number): string => {
  let text = '';
  let rest = value;
  for (let i = 0; i < length; i += 1) {
    text = crockford[rest % 32] + text;
    rest = Math.floor(rest / 32);
  }
  return text;
};

/**
 * Valid ULIDs (10 chars of time, 16 of "randomness") made from the record's own time and a counter, so ids are
 * deterministic for a seed and cost two small string encodes instead of 80 random bits each.
 */
export const createIdFactory = (rng: Rng) => {
  const salt = encodeBase32(rng.int(0, 32 ** 6 - 1), 6);
  let counter = 0;
  return (timeMs: number): string => {
    counter += 1;
    return encodeBase32(Math.max(0, Math.floor(timeMs)), 10) + salt + encodeBase32(counter, 10);
  };
};
export type IdFactory = ReturnType<typeof createIdFactory>;

const scramble9 = (counter: number): string => String((counter * 387420489 + 1234567) % 1_000_000_000).padStart(9, '0');

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `260730-590830166131860`: China-time date of payment, then 15 digits (9 unique + 6 random). */
export const orderNumber = (chinaDate: { y: number; m: number; d: number }, counter: number, rng: Rng): string =>
  `${pad2(chinaDate.y % 100)}${pad2(chinaDate.m)}${pad2(chinaDate.d)}-${rng.int(1, 9)}${rng.digits(2)}${scramble9(counter)}${rng.digits(3)}`;

/** 12-digit 售后单号, never starting with 0. */
export const caseNumber = (counter: number): string => String(100_000_000_000 + ((counter * 1977326743 + 8675309) % 900_000_000_000));

export interface Courier {
  name: string;
  /** Builds a tracking number around 9 unique digits. */
  format: (unique9: string, rng: Rng) => string;
}

export const couriers: ReadonlyArray<readonly [Courier, number]> = [
  [{ name: '中通快递', format: (u, rng) => `7${rng.int(3, 8)}${u}${rng.digits(3)}` }, 30],
  [{ name: '圆通快递', format: (u, rng) => `YT${rng.digits(4)}${u}` }, 22],
  [{ name: '韵达快递', format: (u, rng) => `43${rng.digits(4)}${u}` }, 16],
  [{ name: '申通快递', format: (u, rng) => `77${rng.digits(4)}${u}` }, 12],
  [{ name: '极兔速递', format: (u, rng) => `JT${rng.digits(4)}${u}` }, 10],
  [{ name: '邮政EMS', format: (u, rng) => `98${rng.digits(2)}${u}` }, 5],
  [{ name: '顺丰速运', format: (u, rng) => `SF${rng.digits(4)}${u}` }, 5],
];

/** Outbound parcels use counters from 0, returns from 500 000 000, so the two never share a number. */
export const returnCounterBase = 500_000_000;
export const trackingNumber = (courier: Courier, counter: number, rng: Rng): string => courier.format(scramble9(counter), rng);

/** EAN-13 under China's 69 prefix with a correct check digit. */
export const ean13 = (twelveDigits: string): string => {
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(twelveDigits[i]) * (i % 2 === 0 ? 1 : 3);
  return twelveDigits + String((10 - (sum % 10)) % 10);
};
