// Official letters (issue 4): the secretary drafts, issues, voids and prints; the admin keeps the
// templates, the letterhead, the numbering and the signing certificate; everyone signed in reads
// the register and verifies a letter.
import { z } from 'zod';
import { method, SECRETARIAT } from '../method';
import {
  certificateImportInput,
  certificateInfo,
  imageUploadInput,
  imageUploadResult,
  issueResult,
  letter,
  letterById,
  letterDocxInput,
  letterDocxResult,
  letterDraftInput,
  letterFile,
  letterHtml,
  letterIssueInput,
  letterListInput,
  letterPage,
  letterConfirmPrintInput,
  letterPrintInput,
  letterPrintedResult,
  letterPrintResult,
  letterSettings,
  letterSettingsInput,
  letterTemplate,
  letterUpdateInput,
  letterVoidInput,
  templateKindInput,
  templatePreviewInput,
  templateUpdateInput,
  verifyInput,
  verifyResult,
} from '../../schemas/letter';

const empty = z.object({}).strict();
const done = z.object({ ok: z.literal(true) });
const ADMIN = ['admin'] as const;

export const letterMethods = {
  'letters.list': method(letterListInput, letterPage, 'signedIn'),
  'letters.get': method(letterById, letter, 'signedIn'),
  'letters.createDraft': method(letterDraftInput, letter, SECRETARIAT),
  'letters.updateDraft': method(letterUpdateInput, letter, SECRETARIAT),
  'letters.discardDraft': method(letterById, done, SECRETARIAT),
  /** the letter's HTML: the same page the PDF is printed from */
  'letters.preview': method(letterById, letterHtml, 'signedIn'),
  'letters.issue': method(letterIssueInput, issueResult, SECRETARIAT),
  'letters.void': method(letterVoidInput, letter, SECRETARIAT),
  /** the issued PDF as stored (a draft: a preview PDF marked as a draft) */
  'letters.pdf': method(letterById, letterFile, 'signedIn'),
  /** an issued letter as an editable DOCX in a folder; the issued PDF stays the record */
  'letters.exportDocx': method(letterDocxInput, letterDocxResult, 'signedIn'),
  'letters.print': method(letterPrintInput, letterPrintResult, SECRETARIAT),
  /** browser mode: the print window has the PDF; count the prints of letters.print's ticket */
  'letters.confirmPrint': method(letterConfirmPrintInput, letterPrintedResult, SECRETARIAT),
  'letters.verify': method(verifyInput, verifyResult, 'signedIn'),
  'letters.templates': method(empty, z.array(letterTemplate), 'signedIn'),
  'letters.updateTemplate': method(templateUpdateInput, letterTemplate, ADMIN),
  'letters.resetTemplate': method(templateKindInput, letterTemplate, ADMIN),
  'letters.previewTemplate': method(templatePreviewInput, letterHtml, ADMIN),
  'letters.settings': method(empty, letterSettings, 'signedIn'),
  'letters.updateSettings': method(letterSettingsInput, letterSettings, ADMIN),
  'letters.uploadImage': method(imageUploadInput, imageUploadResult, ADMIN),
  'letters.importCertificate': method(certificateImportInput, certificateInfo, ADMIN),
  'letters.removeCertificate': method(empty, done, ADMIN),
} as const;
