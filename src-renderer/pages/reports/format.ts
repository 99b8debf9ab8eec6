// How report figures read on screen: Persian digits, percentages, «—» for what cannot be computed.
import { numFa } from '../../format/fa';

export const countFa = (n: number) => numFa(n);
export const rateFa = (r: number | null) => (r === null ? '—' : `${numFa(Math.round(r * 1000) / 10)}٪`);
export const daysFa = (d: number | null) => (d === null ? '—' : numFa(d));
