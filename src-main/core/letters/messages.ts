// What issuing, editing, printing and verifying letters says to users.
export const letterMessages = {
  printedMeanwhile: (number: string) =>
    `نامهٔ شمارهٔ ${number} در همین فاصله از جای دیگری چاپ یا باطل شد؛ این چاپ ثبت نشد. دوباره چاپ کنید.`,
  printTicketUnknown: 'این چاپ دیگر قابل ثبت نیست (پیش‌تر ثبت شده یا مهلتش گذشته است). دوباره چاپ کنید.',
  notFound: 'نامه یافت نشد.',
  notADraft: 'نامهٔ صادرشده تغییر نمی‌کند؛ برای اصلاح، آن را باطل و نامهٔ تازه صادر کنید.',

  // drafts and their subjects
  chooseResolution: 'مصوبهٔ موضوع نامه را انتخاب کنید.',
  chooseResolutionField: 'مصوبه را انتخاب کنید.',
  chooseSession: 'جلسهٔ هیأت را انتخاب کنید.',
  chooseSessionField: 'جلسه را انتخاب کنید.',
  chooseCouncil: 'شورای گیرندهٔ نامه را انتخاب کنید.',
  sessionNotFound: 'جلسه یافت نشد.',
  resolutionNotFound: 'مصوبه یافت نشد.',
  councilNotFound: 'شورا یافت نشد.',
  recipientMissing: 'گیرندهٔ نامه را وارد کنید.',
  subjectMissing: 'موضوع نامه را وارد کنید.',
  bodyEmpty: 'متن نامه خالی است.',

  // templates
  unknownFields: (names: string[]) => `فیلد ناشناخته در قالب: ${names.map((u) => `{{${u}}}`).join('، ')}`,
  foreignFields: (kind: string, labels: string[]) =>
    `در نامهٔ «${kind}» مقداری برای ${labels.map((l) => `«${l}»`).join('، ')} وجود ندارد.`,

  // issuing
  p12PasswordMissing: 'برای امضای دیجیتال، رمز گواهی امضا را وارد کنید.',
  letterResolutionNotFound: 'مصوبهٔ این نامه یافت نشد.',
  wrongResolutionStatus: (kind: string, status: string, allowed: string[]) =>
    `نامهٔ «${kind}» برای مصوبه‌ای در وضعیت «${status}» صادر نمی‌شود؛ ` +
    `این نامه فقط در وضعیت ${allowed.map((s) => `«${s}»`).join(' یا ')} صادر می‌شود.`,
  minutesBeforeClose: 'صورتجلسه پس از پایان جلسه و ثبت نتیجهٔ آن صادر می‌شود.',

  // the issued file, printing, voiding
  pdfMissing: 'پروندهٔ PDF این نامه در بایگانی یافت نشد یا آسیب دیده است.',
  draftNotVoided: 'پیش‌نویس باطل نمی‌شود؛ آن را حذف کنید.',
  alreadyVoided: 'این نامه قبلاً باطل شده است.',
  draftNotPrinted: 'پیش‌نویس چاپ نمی‌شود؛ ابتدا نامه را صادر کنید.',
  voidedNotPrinted: (number: string) => `نامهٔ شمارهٔ ${number} باطل شده است و چاپ نمی‌شود.`,

  // the letterhead and the signing certificate
  imageMissing: 'تصویر انتخاب‌شده یافت نشد؛ آن را دوباره بارگذاری کنید.',
  imageType: 'فقط تصویر PNG یا JPEG پذیرفته می‌شود.',
  certificateExpired: 'این گواهی منقضی شده است.',
  p12BadPassword: 'رمز گواهی امضا نادرست است یا پرونده گواهی معتبری نیست.',
  p12NoRsaKey: 'پروندهٔ گواهی کلید خصوصی ندارد (یا کلید آن از نوع RSA نیست).',
  p12NoCertificate: 'گواهی متناظر با کلید خصوصی در پرونده یافت نشد.',
  p12NotValidNow: 'گواهی امضای دیجیتال دبیرخانه در این تاریخ معتبر نیست (منقضی شده یا هنوز آغاز نشده است).',
};

/** What verifying a letter (by its QR text or its PDF) answers, check by check. */
export const verifyMessages = {
  numberLabel: 'شمارهٔ نامه',
  numberRegistered: (number: string) => `در دفتر اندیکاتور ثبت شده است: ${number}`,
  dateLabel: 'تاریخ نامه',
  dateDiffers: (printed: string, issued: string) =>
    `تاریخ روی نامه ${printed} است، اما نامه در ${issued} صادر شده است.`,
  textLabel: 'متن نامه',
  textSame: 'چکیدهٔ متن با نامهٔ صادرشده یکی است.',
  textDiffers: (printed: string, issued: string) =>
    `چکیدهٔ متن (${printed}) با نامهٔ صادرشده (${issued}) یکی نیست؛ متن نامه تغییر کرده است.`,
  registerLabel: 'سابقهٔ دفتر',
  registerIntact: 'متن ثبت‌شده در دفتر دست‌نخورده است.',
  registerTampered: 'متن ثبت‌شدهٔ این نامه در پایگاه داده با چکیدهٔ زمان صدور نمی‌خواند.',
  statusLabel: 'وضعیت',
  valid: 'معتبر',
  voided: (reason: string) => `این نامه باطل شده است: ${reason}`,
  fileLabel: 'پروندهٔ PDF',
  fileSame: 'پرونده همان است که صادر و بایگانی شده است.',
  fileDiffers: (issued: string) => `این پرونده با پروندهٔ صادرشدهٔ نامه (${issued}) یکی نیست؛ پس از صدور تغییر کرده است.`,
  mismatch: (number: string, labels: string[]) => `با نامهٔ شمارهٔ ${number} مطابقت ندارد: ${labels.join('، ')}.`,
  copyMatches: (copyNo: string, number: string) =>
    `المثنی (نسخهٔ ${copyNo}) نامهٔ شمارهٔ ${number} است و با دفتر مطابقت دارد.`,
  matches: (number: string, date: string) =>
    `نامهٔ شمارهٔ ${number} مورخ ${date} این دبیرخانه است و با دفتر مطابقت دارد.`,
  notOurQr: 'این متن، رمزینهٔ نامه‌های تطبیق نیست.',
  otherOffice: (code: string) => `این نامه از دبیرخانهٔ دیگری (کد ${code}) است و در دفتر این دبیرخانه نیست.`,
  notRegistered: (number: string) => `نامه‌ای با شمارهٔ ${number} در دفتر اندیکاتور این دبیرخانه ثبت نشده است.`,
  notPdf: 'این پرونده PDF نیست.',
  notOurPdf: 'این پرونده نامهٔ صادرشده از سامانهٔ تطبیق نیست (مشخصات نامه در آن یافت نشد).',
};

/** The editable Word copy of an issued letter (issue 12, exports): its page and what can go wrong. */
export const docxMessages = {
  fileName: (number: string) => `نامهٔ ${number}`,
  nation: 'جمهوری اسلامی ایران',
  bismillah: 'بسمه تعالی',
  number: 'شماره',
  date: 'تاریخ',
  attachments: 'پیوست',
  noAttachments: 'ندارد',
  subject: 'موضوع: ',
  copies: 'رونوشت:',
  footer: 'این نسخهٔ قابل ویرایش است؛ نسخهٔ رسمی همان PDF صادرشده است.',
  draft: 'پیش‌نویس را نمی‌توان به Word برد؛ نخست نامه را صادر کنید.',
  voided: 'این نامه باطل شده است؛ نسخهٔ Word از نامهٔ باطل‌شده ساخته نمی‌شود.',
  folderExample: 'D:\\نامه‌ها یا /home/office/letters',
  failed: 'ساختن پروندهٔ Word ناتمام ماند و پرونده‌ای بر جا نماند. دوباره تلاش کنید.',
};
