// The letters capability's contract methods, bound to its services (issue 4).
import type { letterMethods } from '../../../shared/api/methods/letters';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { createDraft, discardDraft, updateDraft } from './drafts';
import { exportLetterDocx } from './docx';
import { issueLetter } from './issue';
import { letterPdf, previewLetter, voidLetter } from './output';
import { confirmPrint, printLetters } from './print';
import { listLetters } from './query';
import { requireLetter, toLetter } from './record';
import { importCertificate, letterSettings, removeCertificate, updateLetterSettings, uploadImage } from './settings';
import { listTemplates, resetTemplate, updateTemplate } from './templates';
import { previewTemplate } from './preview';
import { verifyPdf, verifyQr } from './verify';

export function letterHandlers(core: CoreContext): HandlersOf<typeof letterMethods> {
  return {
    'letters.list': (input) => listLetters(core, input),
    'letters.get': async (input) => toLetter(await requireLetter(core.db.read, input.id)),
    'letters.createDraft': (input, call) => createDraft(core, call, input),
    'letters.updateDraft': (input, call) => updateDraft(core, call, input),
    'letters.discardDraft': (input, call) => discardDraft(core, call, input.id),
    'letters.preview': (input) => previewLetter(core, input.id),
    'letters.issue': (input, call) => issueLetter(core, call, input),
    'letters.void': (input, call) => voidLetter(core, call, input.id, input.reason),
    'letters.pdf': (input) => letterPdf(core, input.id),
    'letters.exportDocx': (input) => exportLetterDocx(core, input.id, input.folder),
    'letters.print': (input, call) => printLetters(core, call, input.ids, input.silent),
    'letters.confirmPrint': (input, call) => confirmPrint(core, call, input.ticket),
    'letters.verify': (input) =>
      input.pdfBase64 ? verifyPdf(core, Buffer.from(input.pdfBase64, 'base64')) : verifyQr(core, input.qrText ?? ''),
    'letters.templates': () => listTemplates(core),
    'letters.updateTemplate': (input, call) => updateTemplate(core, call, input),
    'letters.resetTemplate': (input, call) => resetTemplate(core, call, input.kind),
    'letters.previewTemplate': (input) => previewTemplate(core, input),
    'letters.settings': () => letterSettings(core),
    'letters.updateSettings': (input, call) => updateLetterSettings(core, call, input),
    'letters.uploadImage': (input) => uploadImage(core, input.dataBase64),
    'letters.importCertificate': (input, call) => importCertificate(core, call, input.p12Base64, input.password),
    'letters.removeCertificate': (_input, call) => removeCertificate(core, call),
  };
}
