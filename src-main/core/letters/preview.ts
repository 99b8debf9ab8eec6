// The template editor's live preview: the template being edited, filled with sample values, on
// the letterhead being edited (or the one in force), drawn exactly as a letter is.
import { fillHtml, fillText, sampleValues } from '../../../shared/letters/fields';
import { qrPayloadText } from '../../../shared/letters/qr';
import { formatJalali, jalaliYear, todayInTehran } from '../../../shared/dates/jalali';
import { formatLetterNumber } from '../../../shared/letters/numbering';
import type { CoreContext } from '../context';
import { requireOffice } from '../office/service';
import { buildView, htmlFor } from './compose';
import { letterhead, numbering } from './settings';
import { checkedPreviewTemplate, type PreviewTemplateInput } from './templates';

export async function previewTemplate(core: CoreContext, input: PreviewTemplateInput): Promise<{ html: string }> {
  const t = checkedPreviewTemplate(input);
  const m = core.db.read;
  const [office, head, format] = await Promise.all([requireOffice(m), letterhead(m), numbering(m)]);
  const values = sampleValues();
  const today = todayInTehran(core.clock());
  const number = formatLetterNumber(format, jalaliYear(today), 123);
  const view = await buildView(core, {
    record: {
      kind: input.kind,
      number,
      letterDate: today,
      recipient: fillText(t.recipient, values),
      subject: fillText(t.subject, values),
      salutation: fillText(t.salutation, values),
      body: fillHtml(t.body, values),
      closing: fillText(t.closing, values),
      attachments: fillText(t.attachments, values),
      copies: JSON.stringify(t.copies.map((c) => fillText(c, values))),
      certificateSubject: null,
    },
    head: input.letterhead ?? head,
    mode: {
      kind: 'original',
      qrText: qrPayloadText({
        officeCode: office.code,
        number,
        jalaliDate: formatJalali(today, { digits: 'latin' }),
        contentHash: '0'.repeat(64),
      }),
    },
  });
  return { html: htmlFor(view) };
}
