// Verifying a letter: from its QR code's text, or from a PDF file. The answer says whether it
// is an issued letter of this office as issued (number, date, content hash, file hash), and
// names each thing that differs.
import { formatJalali } from '../../../shared/dates/jalali';
import { displayLetterNumber } from '../../../shared/letters/numbering';
import { parseQrPayload, type QrPayload } from '../../../shared/letters/qr';
import type { VerifyResult } from '../../../shared/schemas/letter';
import { toPersianDigits } from '../../../shared/text/persian';
import type { CoreContext } from '../context';
import { requireOffice } from '../office/service';
import { sha256Hex } from '../storage/blobs';
import { readKeywords } from './pdfpost';
import { LETTER_COLUMNS, LETTER_FROM, contentHash, type LetterRecord } from './record';
import { verifyMessages as vm } from './messages';

type Check = VerifyResult['checks'][number];

const short = (h: string) => `${h.slice(0, 12)}…`;

function summary(r: LetterRecord): NonNullable<VerifyResult['letter']> {
  return {
    id: r.id,
    number: r.number!,
    date: r.letterDate!,
    subject: r.subject,
    recipient: r.recipient,
    status: r.status,
    voidReason: r.voidReason,
    signed: !!r.signed,
  };
}

function unknown(message: string, checks: Check[] = []): VerifyResult {
  return { verdict: 'unknown', checks, letter: null, copyNo: null, message };
}

async function byNumber(core: CoreContext, numberKey: string): Promise<LetterRecord | null> {
  const rows: LetterRecord[] = await core.db.read.query(
    `SELECT ${LETTER_COLUMNS} FROM ${LETTER_FROM} WHERE l.number_key = ? AND l.status <> 'draft' LIMIT 1`,
    [numberKey],
  );
  return rows[0] ?? null;
}

/** The checks every verification makes against the register. */
async function checkAgainst(core: CoreContext, p: QrPayload, r: LetterRecord, officeCode: string): Promise<Check[]> {
  const issuedDate = formatJalali(r.letterDate!, { digits: 'latin' });
  const recomputed = contentHash(officeCode, { ...r, number: r.number!, letterDate: r.letterDate! });
  return [
    { label: vm.numberLabel, ok: true, detail: vm.numberRegistered(displayLetterNumber(r.number!)) },
    {
      label: vm.dateLabel,
      ok: p.jalaliDate === issuedDate,
      detail:
        p.jalaliDate === issuedDate
          ? toPersianDigits(issuedDate)
          : vm.dateDiffers(toPersianDigits(p.jalaliDate), toPersianDigits(issuedDate)),
    },
    {
      label: vm.textLabel,
      ok: p.contentHash === r.contentHash,
      detail:
        p.contentHash === r.contentHash ? vm.textSame : vm.textDiffers(short(p.contentHash), short(r.contentHash!)),
    },
    {
      label: vm.registerLabel,
      ok: recomputed === r.contentHash,
      detail: recomputed === r.contentHash ? vm.registerIntact : vm.registerTampered,
    },
    {
      label: vm.statusLabel,
      ok: r.status === 'issued',
      detail: r.status === 'issued' ? vm.valid : vm.voided(r.voidReason ?? ''),
    },
  ];
}

function verdictOf(checks: Check[], r: LetterRecord, copyNo: number | null): VerifyResult {
  const bad = checks.filter((c) => !c.ok);
  const number = displayLetterNumber(r.number!);
  const message = bad.length
    ? vm.mismatch(
        number,
        bad.map((c) => c.label),
      )
    : copyNo
      ? vm.copyMatches(toPersianDigits(copyNo), number)
      : vm.matches(number, formatJalali(r.letterDate!));
  return { verdict: bad.length ? 'mismatch' : 'match', checks, letter: summary(r), copyNo, message };
}

export async function verifyQr(core: CoreContext, text: string): Promise<VerifyResult> {
  const p = parseQrPayload(text);
  if (!p) return unknown(vm.notOurQr);
  const office = await requireOffice(core.db.read);
  if (p.officeCode !== office.code) {
    return unknown(vm.otherOffice(toPersianDigits(p.officeCode)));
  }
  const r = await byNumber(core, p.number);
  if (!r) return unknown(vm.notRegistered(displayLetterNumber(p.number)));
  return verdictOf(await checkAgainst(core, p, r, office.code), r, null);
}

export async function verifyPdf(core: CoreContext, pdf: Buffer): Promise<VerifyResult> {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') return unknown(vm.notPdf);
  const sha = sha256Hex(pdf);
  const office = await requireOffice(core.db.read);
  const m = core.db.read;
  const exact: LetterRecord[] = await m.query(`SELECT ${LETTER_COLUMNS} FROM ${LETTER_FROM} WHERE l.pdf_sha256 = ?`, [
    sha,
  ]);
  const copy: { letterId: string; copyNo: number }[] = exact.length
    ? []
    : await m.query('SELECT letter_id AS letterId, copy_no AS copyNo FROM letter_copy WHERE pdf_sha256 = ?', [sha]);
  const keywords = await readKeywords(pdf);
  const p = keywords ? parseQrPayload(keywords) : null;
  const fileCheck = (ok: boolean, detail: string): Check => ({ label: vm.fileLabel, ok, detail });

  if (exact.length || copy.length) {
    const r = exact[0] ?? (await byId(core, copy[0].letterId));
    const copyNo = copy[0]?.copyNo ?? null;
    const payload: QrPayload = p ?? {
      officeCode: office.code,
      number: r.number!,
      jalaliDate: formatJalali(r.letterDate!, { digits: 'latin' }),
      contentHash: r.contentHash!,
    };
    const checks = [fileCheck(true, vm.fileSame), ...(await checkAgainst(core, payload, r, office.code))];
    return verdictOf(checks, r, copyNo);
  }
  if (!p) return unknown(vm.notOurPdf);
  if (p.officeCode !== office.code) {
    return unknown(vm.otherOffice(toPersianDigits(p.officeCode)));
  }
  const r = await byNumber(core, p.number);
  if (!r) return unknown(vm.notRegistered(displayLetterNumber(p.number)));
  const checks = [
    fileCheck(false, vm.fileDiffers(short(r.pdfSha256!))),
    ...(await checkAgainst(core, p, r, office.code)),
  ];
  return verdictOf(checks, r, null);
}

async function byId(core: CoreContext, id: string): Promise<LetterRecord> {
  const rows: LetterRecord[] = await core.db.read.query(`SELECT ${LETTER_COLUMNS} FROM ${LETTER_FROM} WHERE l.id = ?`, [
    id,
  ]);
  return rows[0];
}
