// The office's letterhead and numbering (office_setting), its signing certificate, and the
// letterhead images (emblem, scanned signature) in the blob store. The admin edits them; every
// letter issued keeps a snapshot of the letterhead it was printed with.
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { jalaliYear, todayInTehran } from '../../../shared/dates/jalali';
import { DEFAULT_NUMBERING, formatLetterNumber, type NumberingFormat } from '../../../shared/letters/numbering';
import {
  letterheadSchema,
  numberingSchema,
  type CertificateInfo,
  type Letterhead,
  type LetterSettings,
  type letterSettingsInput,
} from '../../../shared/schemas/letter';
import type { CallContext, CoreContext } from '../context';
import { recordAudit } from '../audit/log';
import { requireOffice } from '../office/service';
import { certificateFacts, readP12, type P12Contents } from './p12';
import { letterWords } from './texts';
import { letterMessages } from './messages';
import { putSetting, readSetting } from '../storage/settings';
import { insertRow } from '../storage/table';
import { signingCertificateTable } from './entities';

const LETTERHEAD = 'letters.letterhead';
const NUMBERING = 'letters.numbering';
export const CHAIR_TITLE = letterWords.chairTitle;

/** The letterhead in force: the admin's, else one made from the office and the panel's chair. */
export async function letterhead(m: EntityManager): Promise<Letterhead> {
  const stored = await readSetting(m, LETTERHEAD, letterheadSchema);
  if (stored) return stored;
  const office = await requireOffice(m);
  const chair: { name: string; title: string }[] = await m.query(
    `SELECT full_name AS name, title FROM app_user WHERE role = 'member' AND is_chair = 1 AND active = 1 LIMIT 1`,
  );
  return {
    organisationLines: [office.ministry, office.organisation].filter((l) => l.trim() !== ''),
    signatoryName: chair[0]?.name ?? '',
    signatoryTitle: chair[0]?.title || CHAIR_TITLE,
    emblemSha256: null,
    signatureSha256: null,
  };
}

export async function numbering(m: EntityManager): Promise<NumberingFormat> {
  return (await readSetting(m, NUMBERING, numberingSchema)) ?? DEFAULT_NUMBERING;
}

export interface StoredCertificate extends CertificateInfo {
  p12: Buffer;
}

export async function storedCertificate(m: EntityManager): Promise<StoredCertificate | null> {
  const rows: (CertificateInfo & { p12: Buffer })[] = await m.query(
    `SELECT p12, subject, issuer, serial_number AS serialNumber, valid_from AS validFrom, valid_to AS validTo,
            fingerprint, imported_at AS importedAt
       FROM signing_certificate WHERE id = 1`,
  );
  return rows[0] ? { ...rows[0], p12: Buffer.from(rows[0].p12) } : null;
}

function info(c: StoredCertificate | null): CertificateInfo | null {
  if (!c) return null;
  const { p12: _secret, ...rest } = c;
  return rest;
}

export async function letterSettings(core: CoreContext, m: EntityManager = core.db.read): Promise<LetterSettings> {
  const [head, format, cert] = await Promise.all([letterhead(m), numbering(m), storedCertificate(m)]);
  const year = jalaliYear(todayInTehran(core.clock()));
  const rows: { n: number | null }[] = await m.query('SELECT max(serial) AS n FROM letter WHERE year = ?', [year]);
  return {
    letterhead: head,
    numbering: format,
    certificate: info(cert),
    nextNumber: formatLetterNumber(format, year, (rows[0]?.n ?? 0) + 1),
  };
}

export async function updateLetterSettings(
  core: CoreContext,
  call: CallContext,
  input: z.output<typeof letterSettingsInput>,
): Promise<LetterSettings> {
  await core.db.write(async (tx) => {
    for (const sha of [input.letterhead.emblemSha256, input.letterhead.signatureSha256]) {
      if (sha && !core.blobs.has(sha)) {
        throw new AppError('validation', letterMessages.imageMissing);
      }
    }
    const before = { letterhead: await letterhead(tx), numbering: await numbering(tx) };
    const at = core.clock().toISOString();
    await putSetting(tx, LETTERHEAD, input.letterhead, at);
    await putSetting(tx, NUMBERING, input.numbering, at);
    await recordAudit(tx, {
      actor: call.actor,
      at,
      entity: 'office_setting',
      entityId: 'letters',
      action: 'update',
      before,
      after: input,
    });
  });
  return letterSettings(core);
}

const IMAGE_TYPES: [string, (b: Buffer) => boolean][] = [
  ['image/png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['image/jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
];

export function imageType(b: Buffer): string | null {
  return IMAGE_TYPES.find(([, is]) => is(b))?.[0] ?? null;
}

/** An emblem or scanned signature: PNG or JPEG only (an SVG could carry script). */
export async function uploadImage(core: CoreContext, dataBase64: string) {
  const bytes = Buffer.from(dataBase64, 'base64');
  const mimeType = imageType(bytes);
  if (!mimeType) throw new AppError('unsupported_type', letterMessages.imageType);
  return { sha256: await core.blobs.put(bytes), mimeType };
}

export async function imageDataUrl(core: CoreContext, sha: string | null): Promise<string | null> {
  if (!sha) return null;
  const bytes = await core.blobs.get(sha);
  const type = bytes && imageType(bytes);
  return bytes && type ? `data:${type};base64,${bytes.toString('base64')}` : null;
}

export async function importCertificate(core: CoreContext, call: CallContext, p12Base64: string, password: string) {
  const p12 = Buffer.from(p12Base64, 'base64');
  const contents: P12Contents = readP12(p12, password);
  const facts = certificateFacts(contents);
  const at = core.clock().toISOString();
  if (new Date(facts.validTo) < core.clock()) {
    throw new AppError('validation', letterMessages.certificateExpired, {
      p12Base64: letterMessages.certificateExpired,
    });
  }
  await core.db.write(async (tx) => {
    await insertRow(
      tx,
      signingCertificateTable,
      {
        id: 1,
        p12,
        subject: facts.subject,
        issuer: facts.issuer,
        serialNumber: facts.serialNumber,
        validFrom: facts.validFrom,
        validTo: facts.validTo,
        fingerprint: facts.fingerprint,
        importedBy: call.actor.id,
        importedAt: at,
      },
      { onConflict: ['id'] },
    );
    // the password is neither stored nor logged: it is asked again at each signing
    await recordAudit(tx, {
      actor: call.actor,
      at,
      entity: 'signing_certificate',
      entityId: facts.fingerprint,
      action: 'import',
      after: facts,
    });
  });
  return { ...facts, importedAt: at };
}

export async function removeCertificate(core: CoreContext, call: CallContext): Promise<{ ok: true }> {
  await core.db.write(async (tx) => {
    const cert = await storedCertificate(tx);
    if (!cert) return;
    await tx.query('DELETE FROM signing_certificate WHERE id = 1');
    await recordAudit(tx, {
      actor: call.actor,
      at: core.clock().toISOString(),
      entity: 'signing_certificate',
      entityId: cert.fingerprint,
      action: 'remove',
      before: info(cert),
    });
  });
  return { ok: true };
}
