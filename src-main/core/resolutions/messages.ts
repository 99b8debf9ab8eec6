// What registering and correcting resolutions says to users: its refusals, late registration, and
// the correction of the registration fields (what it may do to the panel's window, and what it did).
import { formatJalali } from '../../../shared/dates/jalali';
import { toPersianDigits } from '../../../shared/text/persian';

const d = (iso: string) => formatJalali(iso);

export const resolutionMessages = {
  notFound: 'مصوبه یافت نشد.',
  councilNotFound: 'شورای انتخاب‌شده یافت نشد.',
  councilInactive: 'این شورا غیرفعال است؛ ابتدا آن را فعال کنید.',
  receiptAfterToday: (today: string) => `تاریخ وصول نمی‌تواند بعد از امروز (${d(today)}) باشد.`,
  duplicateNumber: (number: string, council: string, year: number, incoming: string) =>
    `مصوبهٔ شمارهٔ ${toPersianDigits(number)} ${council} در سال ${toPersianDigits(year)} ` +
    `قبلاً با شمارهٔ ثبت ${toPersianDigits(incoming)} ثبت شده است.`,
  duplicateIncoming: (incoming: string, year: number) =>
    `شمارهٔ ثبت وارده ${toPersianDigits(incoming)} در سال ${toPersianDigits(year)} به مصوبهٔ دیگری داده شده است.`,
  attachmentMissing: (name: string) => `پیوست «${name}» یافت نشد؛ آن را دوباره بارگذاری کنید.`,
  notEditable: 'مصوبه پس از ارجاع به کارشناس قابل ویرایش نیست.',
  // issue 14: the council portal's submissions
  submissionNotFound: 'این ارسال الکترونیکی در صندوق مصوبات رسیده نیست.',
  submissionDone: 'این ارسال الکترونیکی پیش‌تر ثبت یا به مصوبه‌ای پیوند شده است.',
  submissionCouncil: 'شورای مصوبه باید همان شورای فرستندهٔ ارسال الکترونیکی باشد.',
  submissionReceiptLater: (receipt: string) =>
    `تاریخ وصول ارسال الکترونیکی ${d(receipt)} است (لحظهٔ دریافت در سرور)؛ تاریخ دیرتری پذیرفته نیست.`,
  inInbox: (receiptNumber: string, receipt: string) =>
    `این مصوبه با رسید ${toPersianDigits(receiptNumber)} در ${d(receipt)} به‌صورت الکترونیکی رسیده و در «مصوبات الکترونیکی رسیده» است. ` +
    'بهتر است از همان‌جا ثبت شود. اگر ثبت دستی را تأیید کنید، همین ثبت به جای آن ارسال می‌نشیند و دو پرونده ساخته نمی‌شود.',
  lateRegistration: (receipt: string, days: number, deadline: string) =>
    `مهلت قانونی اعتراض هیأت به این مصوبه (${toPersianDigits(days)} روز از وصول در ${d(receipt)}) در ${d(deadline)} به پایان رسیده است. ` +
    'با ثبت آن، مصوبه بی‌درنگ «لازم‌الاجرا به علت انقضای مهلت» می‌شود و در فهرست «ثبت پس از انقضای مهلت» میز کار و دفتر مصوبات می‌ماند. اگر تاریخ وصول درست است، ثبت را تأیید کنید.',
  editClosesWindow: (deadline: string) =>
    `با این تاریخ وصول، مهلت قانونی اعتراض هیأت در ${d(deadline)} به پایان رسیده است؛ با ذخیره، مصوبه بی‌درنگ «لازم‌الاجرا به علت انقضای مهلت» می‌شود. اگر تاریخ وصول درست است، ذخیره را تأیید کنید.`,

  // corrections
  nothingChanged: 'هیچ‌یک از مشخصات ثبت تغییر نکرده است.',
  councilAfterRuling:
    'شورای مصوبه پس از رأی هیأت قابل اصلاح نیست: رأی و نامه‌ها به نام همین شورا صادر شده‌اند. اگر مصوبه از شورای دیگری است، مرجع صالح باید دربارهٔ رأی تصمیم بگیرد.',
  rulingOutsideWindow: (ruledOn: string, receipt: string, deadline: string) =>
    `رأی هیأت در ${d(ruledOn)} صادر شده است؛ با تاریخ وصول ${d(receipt)}، مهلت اعتراض در ${d(deadline)} پایان می‌یافت و رأی خارج از مهلت می‌افتاد. ` +
    'اصلاح تاریخ وصول پس از رأی فقط وقتی ثبت می‌شود که رأی در مهلت اصلاح‌شده بماند؛ اعتبار رأی صادرشده را مرجع صالح (هیأت حل اختلاف یا دیوان عدالت اداری) تعیین می‌کند.',
  confirmCloses: (deadline: string) =>
    `با تاریخ وصول اصلاح‌شده، مهلت قانونی اعتراض هیأت در ${d(deadline)} به پایان رسیده است. با ثبت این اصلاح، مصوبه بی‌درنگ «لازم‌الاجرا به علت انقضای مهلت» می‌شود و رسیدگی هیأت به آن پایان می‌یابد.`,
  confirmReopens: (deadline: string) =>
    `با تاریخ وصول اصلاح‌شده، مهلت قانونی اعتراض هیأت تا ${d(deadline)} باز است. با ثبت این اصلاح، مصوبه از «لازم‌الاجرا به علت انقضای مهلت» به «وصول‌شده» بازمی‌گردد و باید دوباره به کارشناس ارجاع یا به هیأت فرستاده شود.`,
  done: {
    none: 'اصلاح ثبت شد؛ مهلت اعتراض هیأت تغییری نکرد.',
    moved: (from: string, to: string) => `اصلاح ثبت شد؛ مهلت اعتراض هیأت از ${d(from)} به ${d(to)} تغییر کرد.`,
    closed: (deadline: string) =>
      `اصلاح ثبت شد؛ مهلت اعتراض هیأت در ${d(deadline)} به پایان رسیده بود و مصوبه به علت انقضای مهلت لازم‌الاجرا شد.`,
    reopened: (deadline: string) =>
      `اصلاح ثبت شد؛ مهلت اعتراض هیأت تا ${d(deadline)} باز است و مصوبه به «وصول‌شده» بازگشت.`,
  },
} as const;
