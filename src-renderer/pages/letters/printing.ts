// A letter's PDF in the browser: saved under its name, or printed through the browser's own PDF
// viewer in a hidden frame (browser mode; the desktop app prints directly from the core).
import type { LetterFile } from '../../../shared/schemas/letter';
import { blobFromBase64, downloadBlob } from '../../api/files';

export function savePdf(file: LetterFile): void {
  downloadBlob(blobFromBase64(file.dataBase64, 'application/pdf'), file.fileName);
}

/** Opens the browser's print dialog for the PDF; falls back to saving it. Resolves once shown. */
export function printPdf(file: LetterFile): Promise<'printed' | 'saved'> {
  const url = URL.createObjectURL(blobFromBase64(file.dataBase64, 'application/pdf'));
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;inset-inline-end:0;bottom:0;width:1px;height:1px;border:0;opacity:0';
  frame.setAttribute('aria-hidden', 'true');
  frame.src = url;
  return new Promise((resolve) => {
    const cleanup = () =>
      setTimeout(() => {
        frame.remove();
        URL.revokeObjectURL(url);
      }, 10 * 60_000);
    frame.onload = () => {
      try {
        frame.contentWindow?.focus();
        frame.contentWindow?.print();
        resolve('printed');
      } catch {
        savePdf(file);
        resolve('saved');
      }
      cleanup();
    };
    document.body.appendChild(frame);
  });
}
