// The templates shipped with the app, one per kind (DOMAIN.md "Letters"). The admin may edit
// them (letter_template overrides a kind); fields are {{group.name}} from shared/letters/fields.
import type { LetterKind } from '../../../shared/letters/kinds';

export interface TemplateText {
  recipient: string;
  subject: string;
  salutation: string;
  body: string;
  closing: string;
  attachments: string;
  copies: string[];
}

const GOVERNORATE_COPY = 'استانداری {{office.province}} — {{council.affairsOffice}}، جهت استحضار';
const HEAD_COPY = '{{council.head}} محترم {{council.place}}، جهت اطلاع';

const RESOLUTION_REF =
  'مصوبهٔ شمارهٔ {{resolution.number}} مورخ {{resolution.approvalDate}} آن شورا (جلسهٔ شمارهٔ {{resolution.sessionNumber}} ' +
  'مورخ {{resolution.sessionDate}}) با موضوع «{{resolution.title}}» که به شمارهٔ {{resolution.incomingNumber}} ' +
  'در تاریخ {{resolution.receiptDate}} به این هیأت واصل شده است';

export const DEFAULT_TEMPLATES: Readonly<Record<LetterKind, TemplateText>> = {
  objection: {
    recipient: 'ریاست محترم {{council.name}}',
    subject: 'اعتراض به مصوبهٔ شمارهٔ {{resolution.number}} مورخ {{resolution.approvalDate}} و درخواست تجدیدنظر',
    salutation: 'با سلام و احترام',
    body: `<p>احتراماً، ${RESOLUTION_REF}، در {{ruling.session}} هیأت تطبیق مصوبات شوراهای اسلامی شهرستان {{office.county}} مطرح و بررسی شد و هیأت به شرح زیر به آن اعتراض دارد:</p>
<p><strong>بند مورد اعتراض:</strong></p>
<blockquote>{{ruling.clause}}</blockquote>
<p><strong>جهت اعتراض:</strong> {{ruling.grounds}}</p>
<p><strong>مستند قانونی:</strong> {{ruling.references}}</p>
<p><strong>دلایل:</strong> {{ruling.reasoning}}</p>
<p>بنا بر این، مستنداً به مادهٔ ۸۰ قانون تشکیلات، وظایف و انتخابات شوراهای اسلامی کشور و انتخاب شهرداران، خواهشمند است ظرف مدت {{objection.answerDays}} روز از تاریخ وصول این نامه در مصوبهٔ یادشده تجدیدنظر و نتیجه را به این هیأت اعلام فرمایید. بدیهی است در صورت اصرار آن شورا بر مصوبه، موضوع برای رسیدگی به {{board.name}} ارجاع خواهد شد.</p>`,
    closing: '',
    attachments: 'ندارد',
    copies: [GOVERNORATE_COPY, HEAD_COPY],
  },
  compliance_notice: {
    recipient: 'ریاست محترم {{council.name}}',
    subject: 'اعلام عدم مغایرت مصوبهٔ شمارهٔ {{resolution.number}} مورخ {{resolution.approvalDate}}',
    salutation: 'با سلام و احترام',
    body: `<p>احتراماً، ${RESOLUTION_REF}، در {{ruling.session}} هیأت تطبیق مصوبات شوراهای اسلامی شهرستان {{office.county}} بررسی شد و مغایرتی با قوانین و مقررات، حدود وظایف و اختیارات شورا و موازین اسلامی ندارد.</p>
<p>بنا بر این، مصوبهٔ یادشده از نظر این هیأت لازم‌الاجرا است.</p>`,
    closing: '',
    attachments: 'ندارد',
    copies: [HEAD_COPY],
  },
  board_referral: {
    recipient: 'ریاست محترم {{board.name}}',
    subject: 'ارجاع مصوبهٔ شمارهٔ {{resolution.number}} {{council.name}} برای رسیدگی',
    salutation: 'با سلام و احترام',
    body: `<p>احتراماً، به استحضار می‌رساند ${RESOLUTION_REF.replace('آن شورا', '{{council.name}}')}، در {{ruling.session}} این هیأت بررسی و به استناد مادهٔ ۸۰ قانون تشکیلات، وظایف و انتخابات شوراهای اسلامی کشور و انتخاب شهرداران طی نامهٔ شمارهٔ {{objection.letterNumber}} مورخ {{objection.letterDate}} مورد اعتراض قرار گرفت.</p>
<p><strong>بند مورد اعتراض:</strong></p>
<blockquote>{{ruling.clause}}</blockquote>
<p><strong>جهت اعتراض:</strong> {{ruling.grounds}}</p>
<p><strong>مستند قانونی:</strong> {{ruling.references}}</p>
<p>{{answer.summary}}</p>
<p>لذا مراتب همراه با سوابق امر برای رسیدگی و صدور رأی مقتضی ارسال می‌گردد.</p>`,
    closing: '',
    attachments: 'سوابق پرونده',
    copies: [GOVERNORATE_COPY, 'ریاست محترم {{council.name}}، جهت اطلاع'],
  },
  council_reminder: {
    recipient: 'ریاست محترم {{council.name}}',
    subject: 'یادآوری پاسخ به اعتراض هیأت تطبیق',
    salutation: 'با سلام و احترام',
    body: `<p>احتراماً، پیرو نامهٔ شمارهٔ {{objection.letterNumber}} مورخ {{objection.letterDate}} این هیأت دربارهٔ اعتراض به مصوبهٔ شمارهٔ {{resolution.number}} مورخ {{resolution.approvalDate}} با موضوع «{{resolution.title}}»، یادآوری می‌شود که مهلت قانونی تجدیدنظر آن شورا ({{objection.answerDays}} روز از تاریخ وصول نامه) در تاریخ {{objection.answerDeadline}} به پایان می‌رسد.</p>
<p>خواهشمند است نتیجهٔ تجدیدنظر آن شورا را در مهلت مقرر به این هیأت اعلام فرمایید.</p>`,
    closing: '',
    attachments: 'ندارد',
    copies: [HEAD_COPY],
  },
  session_minutes: {
    recipient: 'بایگانی دبیرخانهٔ هیأت تطبیق مصوبات شوراهای اسلامی شهرستان {{office.county}}',
    subject: 'صورتجلسهٔ هیأت تطبیق مصوبات — {{session.title}}',
    salutation: '',
    body: `<p>{{session.title}} هیأت تطبیق مصوبات شوراهای اسلامی شهرستان {{office.county}} در تاریخ {{session.date}} ساعت {{session.time}} در {{session.place}} با حضور اعضای زیر تشکیل شد:</p>
{{session.attendance}}
<p><strong>غایبان:</strong> {{session.absent}}</p>
<p>مصوبات زیر مطرح و به شرح جدول دربارهٔ آن‌ها رأی صادر شد. {{session.summary}}</p>
{{session.items}}
<p><strong>امضای اعضای حاضر:</strong></p>
{{session.signatures}}`,
    closing: '',
    attachments: 'ندارد',
    copies: [],
  },
  free: {
    recipient: '',
    subject: '',
    salutation: 'با سلام و احترام',
    body: '<p>احتراماً، </p>',
    closing: '',
    attachments: 'ندارد',
    copies: [],
  },
};

/** The words a letter prints besides its template: field values, the page's frame, marks. */
export const letterWords = {
  list: '، ',
  reasons: '؛ ',
  none: 'ندارد',
  councilHeads: {
    city: 'شهردار',
    village: 'دهیار',
    district: 'بخشدار',
    county: 'فرماندار',
    province: 'استاندار',
  } as Record<string, string>,
  defaultHead: 'شهردار',
  affairsOffice: (rural: boolean) => (rural ? 'دفتر امور روستایی و شوراها' : 'دفتر امور شهری و شوراها'),
  sessionOn: (title: string, date: string) => `${title} مورخ ${date}`,
  sessionOnDate: (date: string) => `جلسهٔ مورخ ${date}`,
  answeredByLetter: (number: string, date: string) => `طی نامهٔ شمارهٔ ${number} مورخ ${date} `,
  answeredOn: (date: string) => `در تاریخ ${date} `,
  councilInsists: (council: string, answered: string) => `${council} ${answered}بر مصوبهٔ خود اصرار ورزیده است.`,
  councilSilent: (council: string) => `${council} در مهلت قانونی به اعتراض این هیأت پاسخ نداده است.`,
  /** the minutes' table is narrow: «شهر کرمان» rather than «شورای اسلامی شهر کرمان» */
  councilPrefix: /^شورای اسلامی\s+/,
  carriedOver: 'موکول به جلسهٔ بعد',
  itemVotes: (conflict: string, noConflict: string) => `مغایرت ${conflict}، عدم مغایرت ${noConflict}`,
  minutesSummary: (items: string, compliant: string, objected: string, carriedOver: string | null) =>
    `${items} مصوبه بررسی شد: ${compliant} عدم مغایرت، ${objected} اعتراض` +
    (carriedOver ? `، ${carriedOver} موکول به جلسهٔ بعد.` : '.'),
  itemsTable: (rows: string) =>
    '<table><thead><tr><th>ردیف</th><th>شورا</th><th>شمارهٔ مصوبه</th><th>موضوع</th><th>رأی هیأت</th>' +
    `<th>آرای اعضا</th></tr></thead><tbody>${rows}</tbody></table>`,
  signHere: 'امضا:',

  // the page
  pageOfPages: '"صفحهٔ " counter(page, persian) " از " counter(pages, persian)',
  runningHead: (number: string, date: string) => `شماره ${number}   تاریخ ${date}`,
  nation: 'جمهوری اسلامی ایران',
  bismillah: 'بسمه تعالی',
  numberLabel: 'شماره',
  dateLabel: 'تاریخ',
  attachmentsLabel: 'پیوست',
  digitallySigned: 'دارای امضای دیجیتال',
  copiesLabel: 'رونوشت:',
  subjectLabel: 'موضوع:',

  // marks across the page and titles
  watermarks: { draft: 'پیش‌نویس', copy: 'المثنی', voided: 'باطل شد' },
  numberedTitle: (number: string) => `نامهٔ شمارهٔ ${number}`,
  draftTitle: (kind: string) => `پیش‌نویس ${kind}`,
  copyNote: (copyNo: string) => `المثنی — نسخهٔ ${copyNo}`,
  chairTitle: 'فرماندار و رئیس هیأت تطبیق',
};
