// Shared by the letters tests: text extracted from a PDF (tests/support/pdf.ts), pages rendered
// to PNG under test-output/letters for a person to look at, a resolution brought to `objected`
// through the real services, and a throwaway self-signed PKCS#12 made with node-forge.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import type { People, TestCore } from '../support/core';
import { registerOne, rule, toAwaitingRuling } from '../support/lifecycle';
import { tempFile } from '../support/pdf';

// the PDF text helpers and the free letter's draft live in tests/support: the browser and server
// tests use them too
export { flat, pdfText, reads } from '../support/pdf';
export { freeLetterDraft } from '../support/core';

export const OUT_DIR = path.resolve(__dirname, '..', '..', 'test-output', 'letters');

/** Renders every page to test-output/letters/<name>-<n>.png (80 dpi) and returns the files. */
export function savePages(pdf: Buffer, name: string): string[] {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const f of fs.readdirSync(OUT_DIR)) if (f.startsWith(`${name}-`)) fs.rmSync(path.join(OUT_DIR, f));
  fs.writeFileSync(path.join(OUT_DIR, `${name}.pdf`), pdf);
  execFileSync('pdftoppm', ['-png', '-r', '80', path.join(OUT_DIR, `${name}.pdf`), path.join(OUT_DIR, name)]);
  return fs
    .readdirSync(OUT_DIR)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .map((f) => path.join(OUT_DIR, f));
}

/** pdfsig's report on the PDF's signatures. */
export function pdfsig(pdf: Buffer): string {
  const file = tempFile('signed.pdf', pdf);
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
}

/** A resolution of `councilId` the panel has ruled against (status `objected`). */
export async function objectedResolution(
  t: TestCore,
  people: People,
  councilId: string,
  over: Record<string, unknown> = {},
) {
  const r = await registerOne(t, councilId, over);
  await toAwaitingRuling(t, people, r.id);
  await rule(t, people.secretary, r.id, 'objected');
  return r;
}

/** A self-signed RSA certificate and key in a PKCS#12 file, valid around `now`. */
export function selfSignedP12(password: string, now: Date, commonName = 'Tatbiq Test Governor'): Buffer {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '0a1b2c3d';
  cert.validity.notBefore = new Date(now.getTime() - 86_400_000);
  cert.validity.notAfter = new Date(now.getTime() + 365 * 86_400_000);
  const attrs = [
    { shortName: 'CN', value: commonName },
    { shortName: 'O', value: 'Kerman Governorate (test)' },
    { shortName: 'C', value: 'IR' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], password, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}

export const pdfOf = (b64: string) => Buffer.from(b64, 'base64');

/** A PNG of a hand-drawn-looking signature (pdf-lib draws it, pdftoppm rasterises it). */
export async function signaturePng(): Promise<Buffer> {
  const { PDFDocument, rgb } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  const page = doc.addPage([220, 80]);
  page.drawSvgPath('M 10 50 C 40 10, 60 80, 90 40 S 140 10, 160 50 C 170 60, 190 30, 210 45', {
    x: 0,
    y: 80,
    borderColor: rgb(0.1, 0.15, 0.45),
    borderWidth: 2.2,
  });
  const file = tempFile('sig.pdf', Buffer.from(await doc.save()));
  execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', file, file.replace(/\.pdf$/, '')]);
  return fs.readFileSync(file.replace(/\.pdf$/, '.png'));
}
