// What happens to Chromium's PDF before it is stored: the letter's identity goes into the
// document's metadata (verification reads it back), and right-to-left clusters are made
// extractable in the right order.
//
// Chromium writes an RTL run's glyphs in visual order inside `/ReversedChars` marked content and
// gives each multi-character glyph (the لا ligature, ه with hamza, a letter with tanvin) an
// `/ActualText` in logical order. Extractors (poppler's pdftotext, pdf.js, pdfminer) reverse the
// whole run — including those expansions — so «اسلامی» came out as «اسالمی». Inside a
// reversed-chars span every character is stored reversed, so the expansions are reversed here
// too, and the extracted text reads in logical order again.
import zlib from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream, PDFArray, type PDFRef } from 'pdf-lib';

export interface PdfIdentity {
  title: string;
  subject: string;
  /** the QR payload; verification reads it back from the file */
  keywords: string;
}

const TOKENS = /\/ReversedChars\s+BMC|\/ActualText\s*<([0-9A-Fa-f\s]*)>|\bBDC\b|\bBMC\b|\bEMC\b/g;

function reverseCodePoints(hex: string): string {
  const clean = hex.replace(/\s+/g, '');
  if (!/^FEFF/i.test(clean)) return hex;
  const text = Buffer.from(clean.slice(4), 'hex').swap16().toString('utf16le');
  const chars = [...text];
  if (chars.length < 2) return hex;
  const reversed = Buffer.from(chars.reverse().join(''), 'utf16le').swap16().toString('hex').toUpperCase();
  return `FEFF${reversed}`;
}

/** The content stream with every ActualText inside a /ReversedChars span reversed; null if unchanged. */
export function fixReversedActualText(content: string): string | null {
  const stack: boolean[] = [];
  let changed = false;
  const out = content.replace(TOKENS, (m: string, hex: string | undefined) => {
    if (m.startsWith('/ReversedChars')) {
      stack.push(true);
      return m;
    }
    if (hex !== undefined) {
      if (!stack.includes(true)) return m;
      const next = reverseCodePoints(hex);
      if (next === hex) return m;
      changed = true;
      return m.replace(hex, next);
    }
    if (m === 'EMC') stack.pop();
    else stack.push(false);
    return m;
  });
  return changed ? out : null;
}

function contentStreams(doc: PDFDocument): PDFRawStream[] {
  const out: PDFRawStream[] = [];
  for (const page of doc.getPages()) {
    const c = page.node.get(PDFName.of('Contents'));
    const refs = c instanceof PDFArray ? c.asArray() : c ? [c] : [];
    for (const r of refs) {
      const s = doc.context.lookup(r as PDFRef);
      if (s instanceof PDFRawStream) out.push(s);
    }
  }
  return out;
}

function rewrite(doc: PDFDocument, s: PDFRawStream): void {
  const filter = s.dict.get(PDFName.of('Filter'));
  const flate = filter === PDFName.of('FlateDecode');
  if (filter && !flate) return;
  const raw = Buffer.from(s.contents);
  const text = (flate ? zlib.inflateSync(raw) : raw).toString('latin1');
  const fixed = fixReversedActualText(text);
  if (fixed === null) return;
  const bytes = Buffer.from(fixed, 'latin1');
  const body = flate ? zlib.deflateSync(bytes) : bytes;
  const dict = s.dict.clone(doc.context);
  dict.delete(PDFName.of('Length'));
  const next = PDFRawStream.of(dict, new Uint8Array(body));
  const ref = doc.context.getObjectRef(s);
  if (ref) doc.context.assign(ref, next);
}

export interface Finished {
  pdf: Buffer;
  pages: number;
}

export async function finishPdf(chromiumPdf: Buffer, id: PdfIdentity | null): Promise<Finished> {
  const doc = await PDFDocument.load(chromiumPdf, { updateMetadata: false });
  for (const s of contentStreams(doc)) rewrite(doc, s);
  if (id) {
    doc.setTitle(id.title, { showInWindowTitleBar: true });
    doc.setSubject(id.subject);
    doc.setKeywords([id.keywords]);
    doc.setCreator('Tatbiq');
    doc.setLanguage('fa-IR');
  }
  const pdf = Buffer.from(await doc.save({ useObjectStreams: false }));
  return { pdf, pages: doc.getPageCount() };
}

/** The letter's identity as stored in a PDF's metadata (the QR payload), or null. */
export async function readKeywords(pdf: Buffer): Promise<string | null> {
  try {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
    return doc.getKeywords() ?? null;
  } catch {
    return null;
  }
}

/** Page count without parsing the whole file (Chromium writes one /Type /Page per page). */
export function countPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
