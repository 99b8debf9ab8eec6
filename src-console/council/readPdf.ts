// The chosen minutes as base64, refused here already when too large or not a PDF (the server checks again).
import { SUBMISSION_PDF_MAX_BYTES } from '../../shared/schemas/councilSubmission';
import { cm } from './messages';

export async function readPdf(file: File): Promise<string> {
  if (file.size > SUBMISSION_PDF_MAX_BYTES) throw new Error(cm.fileTooBig);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') throw new Error(cm.notPdf);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}
