// Putting the pack together with pdf-lib: each part Chromium made (agenda, each item's pages) and
// each item's council attachments after it, then page numbers on every page and a bookmark per
// item. Chromium's parts go through the letters' finishPdf first, so their Persian text extracts
// in logical order.
import { PDFDocument, PDFHexString, PDFName, StandardFonts, rgb, type PDFRef } from 'pdf-lib';
import { finishPdf } from '../letters/pdfpost';

export interface PackPart {
  /** a bookmark's title for the part's first page; null: no bookmark */
  bookmark: string | null;
  pdfs: Buffer[];
}

function addOutline(doc: PDFDocument, marks: { title: string; page: number }[]): void {
  if (marks.length === 0) return;
  const ctx = doc.context;
  const root = ctx.nextRef();
  const refs: PDFRef[] = marks.map(() => ctx.nextRef());
  marks.forEach((mk, i) => {
    const dict = ctx.obj({
      Title: PDFHexString.fromText(mk.title),
      Parent: root,
      Dest: [doc.getPage(mk.page).ref, 'XYZ', null, null, null],
    });
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]);
    if (i < marks.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]);
    ctx.assign(refs[i], dict);
  });
  ctx.assign(root, ctx.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Chromium's own PDFs (first of each part) and attachments (the rest) into one numbered file. */
export async function assemblePack(title: string, parts: PackPart[]): Promise<{ pdf: Buffer; pages: number }> {
  const out = await PDFDocument.create();
  const marks: { title: string; page: number }[] = [];
  for (const part of parts) {
    const first = out.getPageCount();
    for (const [n, bytes] of part.pdfs.entries()) {
      const src = n === 0 ? (await finishPdf(bytes, null)).pdf : bytes;
      const doc = await PDFDocument.load(src, { ignoreEncryption: true, updateMetadata: false });
      for (const p of await out.copyPages(doc, doc.getPageIndices())) out.addPage(p);
    }
    if (part.bookmark && out.getPageCount() > first) marks.push({ title: part.bookmark, page: first });
  }
  const font = await out.embedFont(StandardFonts.Helvetica);
  const total = out.getPageCount();
  out.getPages().forEach((p, i) => {
    const label = `${i + 1} / ${total}`;
    const size = 9;
    const { width } = p.getSize();
    p.drawText(label, {
      x: (width - font.widthOfTextAtSize(label, size)) / 2,
      y: 18,
      size,
      font,
      color: rgb(0.3, 0.3, 0.3),
    });
  });
  addOutline(out, marks);
  out.setTitle(title, { showInWindowTitleBar: true });
  out.setCreator('Tatbiq');
  out.setLanguage('fa-IR');
  return { pdf: Buffer.from(await out.save()), pages: total };
}

/** True when pdf-lib can read the file (a damaged or encrypted attachment is left out). */
export async function readablePdf(bytes: Buffer): Promise<boolean> {
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    return doc.getPageCount() > 0;
  } catch {
    return false;
  }
}
