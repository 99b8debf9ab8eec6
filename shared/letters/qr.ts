// What a letter's QR code carries: the office, the letter's number and date, and the SHA-256 of
// its content, so a paper letter can be checked against the register (DESIGN.md §5). One line of
// '|'-separated fields; numbers and dates with ASCII digits so any scanner reads them alike.
import { toAsciiDigits } from '../text/persian';
import { letterNumberKey } from './numbering';

const MAGIC = 'TATBIQ-LETTER';
const VERSION = 'v1';

export interface QrPayload {
  officeCode: string;
  /** as stored (ASCII digits) */
  number: string;
  /** Jalali 'YYYY/MM/DD', ASCII digits */
  jalaliDate: string;
  contentHash: string;
}

export function qrPayloadText(p: QrPayload): string {
  return [MAGIC, VERSION, p.officeCode, p.number, p.jalaliDate, p.contentHash].join('|');
}

/** The payload in a scanned or typed text, or null when it is not a Tatbiq letter's code. */
export function parseQrPayload(text: string): QrPayload | null {
  const parts = toAsciiDigits(text.trim()).split('|');
  if (parts.length !== 6 || parts[0] !== MAGIC || parts[1] !== VERSION) return null;
  const [, , officeCode, number, jalaliDate, contentHash] = parts.map((p) => p.trim());
  if (!officeCode || !number || !/^\d{4}\/\d{2}\/\d{2}$/.test(jalaliDate)) return null;
  if (!/^[0-9a-f]{64}$/i.test(contentHash)) return null;
  return { officeCode, number: letterNumberKey(number), jalaliDate, contentHash: contentHash.toLowerCase() };
}
