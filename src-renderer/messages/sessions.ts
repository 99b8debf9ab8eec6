// The panel sessions' screens: the list, the schedule dialog, one session (agenda, attendance,
// findings, rulings, close) and its minutes.
import { toPersianDigits } from '../../shared/text/persian';

const fa = (n: number) => toPersianDigits(n);

export const sessionsMessages = {
  title: 'جلسات هیأت تطبیق',
  subtitle: 'برنامهٔ جلسات، دستور جلسه، حضور و غیاب، نظر اعضا و صورتجلسه',
  newSession: 'جلسهٔ جدید',
  upcoming: 'جلسات پیش رو',
  past: 'جلسات برگزارشده و لغوشده',
  noUpcoming: 'جلسه‌ای برنامه‌ریزی نشده است.',
  noPast: 'هنوز جلسه‌ای برگزار نشده است.',
  emptyTitle: 'هنوز جلسه‌ای ثبت نشده است',
  emptyBody: 'جلسهٔ هیأت را با تاریخ، ساعت و محل برنامه‌ریزی کنید؛ دستور جلسه از مصوبات آمادهٔ رأی پیشنهاد می‌شود.',
  items: (n: number) => (n ? `${fa(n)} مصوبه در دستور` : 'دستور جلسه خالی است'),
  ruledOf: (ruled: number, all: number) => `${fa(ruled)} از ${fa(all)} رأی صادر شده`,
  at: (time: string) => `ساعت ${toPersianDigits(time)}`,
  inDays: (n: number) => (n === 0 ? 'امروز' : n === 1 ? 'فردا' : n > 0 ? `${fa(n)} روز دیگر` : `${fa(-n)} روز پیش`),
  inProgress: 'در حال برگزاری',

  // schedule dialog
  scheduleTitle: 'برنامه‌ریزی جلسهٔ هیأت',
  editTitle: 'ویرایش زمان و محل جلسه',
  date: 'تاریخ جلسه',
  time: 'ساعت',
  timeHelp: 'مثلاً ۱۰:۳۰',
  place: 'محل جلسه',
  placeHelp: 'مثلاً سالن جلسات فرمانداری',
  note: 'توضیحات',
  schedule: 'ثبت جلسه',
  scheduled: (title: string) => `${title} برنامه‌ریزی شد.`,
  saved: 'تغییرات جلسه ذخیره شد.',

  // settings dialog
  settings: 'تنظیمات جلسات',
  settingsTitle: 'تنظیمات جلسات هیأت',
  settingsIntro: 'این تنظیمات در پیشنهاد دستور جلسه و رسمیت جلسات بعدی به کار می‌رود.',
  settingsAgendaLimit: 'سقف مصوبات دستور جلسه',
  settingsAgendaHelp: 'پیشنهاد دستور جلسه از مصوبات آماده، به ترتیب نزدیک‌ترین مهلت، تا این تعداد برمی‌دارد.',
  settingsQuorum: 'حد نصاب (نفر)',
  settingsQuorumHelp: 'اگر خالی بماند، اکثریت اعضای فعال هیأت حد نصاب است.',
  settingsSave: 'ذخیرهٔ تنظیمات',
  settingsSaved: 'تنظیمات جلسات ذخیره شد.',
  settingsSummary: (limit: number, quorum: number | null) =>
    `سقف دستور جلسه: ${fa(limit)} مصوبه · حد نصاب: ${quorum === null ? 'اکثریت اعضای فعال' : `${fa(quorum)} نفر`}`,

  // one session
  backToList: 'جلسات هیأت',
  notFoundTitle: 'جلسه یافت نشد',
  notFoundBody: 'جلسه‌ای با این نشانی وجود ندارد.',
  edit: 'ویرایش',
  cancelSession: 'لغو جلسه',
  cancelTitle: 'لغو جلسه',
  cancelBody: 'جلسهٔ لغوشده شماره‌اش را نگه می‌دارد و مصوبات دستور آن برای جلسهٔ دیگری آزاد می‌شوند.',
  cancelReason: 'دلیل لغو',
  cancelConfirm: 'لغو جلسه',
  cancelled: 'جلسه لغو شد.',
  cancelledBecause: (reason: string) => `این جلسه لغو شده است: ${reason}`,
  closedAt: (when: string) => `جلسه در ${when} پایان یافت.`,

  // agenda
  agenda: 'دستور جلسه',
  agendaHint: (limit: number) =>
    `حداکثر ${fa(limit)} مصوبه در هر جلسه (تنظیمات دبیرخانه). ترتیب، ترتیب طرح در جلسه است.`,
  agendaEmpty: 'هنوز مصوبه‌ای در دستور این جلسه نیست.',
  agendaEmptyAction: 'از «پیشنهاد دستور جلسه» شروع کنید.',
  propose: 'پیشنهاد دستور جلسه',
  includeUnderReview: 'مصوبات در حال بررسی کارشناسی هم پیشنهاد شوند',
  proposalTitle: 'مصوبات آمادهٔ طرح در هیأت',
  proposalHint: (shown: number, available: number) =>
    `${fa(shown)} مصوبه از ${fa(available)} مصوبهٔ آماده، به ترتیب نزدیک‌ترین مهلت قانونی.`,
  endingBefore: (n: number) =>
    `مهلت رسیدگی ${fa(n)} مصوبه پیش از تاریخ این جلسه به پایان می‌رسد؛ برای آنها جلسهٔ زودتری لازم است.`,
  proposalEmpty: 'مصوبهٔ دیگری آمادهٔ طرح در هیأت نیست.',
  addSelected: (n: number) => `افزودن ${fa(n)} مصوبه به دستور`,
  carriedFrom: (n: number, y: number) => `موکول‌شده از جلسهٔ ${fa(n)} سال ${fa(y)}`,
  moveUp: 'بالاتر',
  moveDown: 'پایین‌تر',
  remove: 'حذف از دستور',
  saveAgenda: 'ذخیرهٔ دستور جلسه',
  agendaSaved: 'دستور جلسه ذخیره شد.',
  agendaDirty: 'تغییرات دستور جلسه هنوز ذخیره نشده است.',
  discard: 'بازگرداندن',
  deadline: 'مهلت رسیدگی هیأت',
  findingDeadline: 'مهلت نظر اعضا',

  // attendance
  attendance: 'حضور و غیاب اعضا',
  attendanceHint: 'اعضای حاضر را علامت بزنید. بدون حد نصاب، رأیی صادر نمی‌شود.',
  attendanceNotYet: (date: string) => `حضور و غیاب در روز جلسه (${date}) ثبت می‌شود.`,
  saveAttendance: 'ثبت حضور و غیاب',
  attendanceSaved: 'حضور و غیاب ثبت شد.',
  chair: 'رئیس هیأت',
  present: 'حاضر',
  absent: 'غایب',
  notRecorded: 'ثبت نشده',
  quorum: (present: number, required: number, members: number) =>
    `${fa(present)} حاضر از ${fa(members)} عضو — حد نصاب ${fa(required)} نفر`,
  quorumMet: 'جلسه رسمی است',
  quorumNotMet: 'به حد نصاب نرسیده',
  quorumUnknown: 'حضور و غیاب ثبت نشده',
  noMembers: 'هیچ عضو فعالی برای هیأت تعریف نشده است؛ مدیر سامانه اعضا را در «کاربران» تعریف کند.',

  // findings
  findings: 'نظر اعضا و رأی',
  findingsHint: 'هر عضو نظر خود را پیش از جلسه یا در جلسه ثبت می‌کند و تا صدور رأی می‌تواند آن را تغییر دهد.',
  myFindingsHint: 'نظر خود را برای هر بند انتخاب کنید.',
  findingsClosedHint: 'نظر اعضا و نتیجهٔ هر بند، چنان‌که در پایان جلسه ثبت شد.',
  item: 'مصوبه',
  tally: 'شمارش آرا',
  decision: 'نتیجه',
  noFinding: '—',
  absentVote: 'غایب؛ شمرده نمی‌شود',
  systemPending: 'سکوت: عدم مغایرت (سیستمی)',
  systemVote: 'ثبت سامانه به علت سکوت عضو تا پایان مهلت',
  findingNote: 'توضیح نظر (اختیاری)',
  findingSaved: 'نظر شما ثبت شد.',
  tallyAgainst: (n: number) => `مغایرت: ${fa(n)}`,
  tallyInFavour: (n: number, system: number) => `عدم مغایرت: ${fa(n)}${system ? ` (${fa(system)} سیستمی)` : ''}`,
  missing: (n: number) => `${fa(n)} نظر ثبت‌نشده`,
  rule: 'صدور رأی',
  ruleDone: 'رأی صادر شد.',
  ruleBlock: (n: number) => `رأی یکجای ${fa(n)} مصوبهٔ بدون مغایرت`,
  ruleBlockHint: 'مصوباتی که همهٔ اعضای حاضر دربارهٔ آنها نظر عدم مغایرت داده‌اند یکجا رأی می‌گیرند.',
  ruleBlockTitle: 'رأی یکجای موارد بدون مغایرت',
  ruleBlockBody: (n: number) =>
    `برای ${fa(n)} مصوبه که همهٔ اعضای حاضر نظر عدم مغایرت داده‌اند، رأی عدم مغایرت ثبت می‌شود. رأی ثبت‌شده تغییر نمی‌کند.`,
  ruleBlockDone: (n: number) => `برای ${fa(n)} مصوبه رأی عدم مغایرت ثبت شد.`,
  confirm: 'تأیید',
  openResolution: 'مشاهدهٔ مصوبه',
  tallyLine: (against: number, inFavour: number, system: number, missing: number) =>
    [
      `${fa(against)} مغایرت`,
      `${fa(inFavour)} عدم مغایرت${system ? ` (${fa(system)} سیستمی)` : ''}`,
      ...(missing ? [`${fa(missing)} ثبت‌نشده`] : []),
    ].join(' · '),
  notYetRecorded: 'هنوز ثبت نشده',
  absentMe: 'شما در این جلسه غایب ثبت شده‌اید؛ نظر عضو غایب شمرده نمی‌شود.',
  findingClosed: 'مهلت ثبت نظر شما گذشته است.',

  // ruling one item (issue 11)
  ruleTitle: (title: string) => `صدور رأی: ${title}`,
  ruleConfirm: 'ثبت رأی',
  ruleWillRecord: (outcome: string) => `رأی «${outcome}» ثبت می‌شود.`,
  ruleVotes: (line: string) => `آرای اعضای حاضر: ${line}`,
  ruleIrreversible: 'رأی ثبت‌شده تغییر نمی‌کند؛ اصلاح آن فقط با رأی تازه، ذکر دلیل و در مهلت قانونی ممکن است.',
  ruleObjectionIntro:
    'بند مورد اعتراض، جهت و مستند قانونی را وارد کنید؛ همین‌ها در رأی و در نامهٔ اعتراض به شورا می‌آیند.',
  objectionFrom: {
    panel: (who: string) => `از جهات اعتراضی که ${who} برای این بند ثبت کرده است؛ در صورت لزوم اصلاح کنید.`,
    opinion: (who: string) => `از نظر کارشناسی ${who}؛ در صورت لزوم اصلاح کنید.`,
  },
  membersNotes: 'توضیح اعضا',
  noNotes: 'عضوی برای نظر خود توضیحی ننوشته است.',
  draftObjection: 'جهات اعتراض',
  draftTitle: (title: string) => `جهات اعتراض هیأت: ${title}`,
  draftIntro:
    'بند مورد اعتراض، جهت و مستند قانونی را برای رأی این بند ثبت کنید. دبیرخانه در صدور رأی یا پایان جلسه همین‌ها را ثبت می‌کند.',
  draftSave: 'ذخیرهٔ جهات اعتراض',
  draftSaved: 'جهات اعتراض ذخیره شد.',
  objectionReady: (who: string) => `جهات اعتراض: ${who}`,
  objectionMissing: 'جهات اعتراض ثبت نشده',

  // close
  close: 'پایان جلسه و ثبت نتیجه',
  closeTitle: 'پایان جلسه',
  closeIntro:
    'با پایان جلسه، رأی مصوباتی که نتیجه‌شان معلوم است ثبت می‌شود و بقیه به جلسهٔ بعد موکول می‌شوند. جلسهٔ پایان‌یافته تغییر نمی‌کند.',
  closeNoQuorum: 'جلسه به حد نصاب نرسیده است: هیچ رأیی صادر نمی‌شود و همهٔ مصوبات به جلسهٔ بعد موکول می‌شوند.',
  closeWillRule: (compliant: number, objected: number) =>
    `رأی صادر می‌شود: ${fa(compliant)} عدم مغایرت، ${fa(objected)} اعتراض`,
  closeWillCarry: (n: number) => `موکول به جلسهٔ بعد: ${fa(n)} مصوبه`,
  closeWillDrop: (n: number) => `خارج از دستور (مهلت گذشته یا رأی لازم نیست): ${fa(n)} مصوبه`,
  closeNeedsObjection: (n: number) =>
    `${fa(n)} مصوبه را اکثریت اعضا مغایر دانسته‌اند اما جهات اعتراض آن ثبت نشده است؛ اگر اکنون ثبت نشود، به جلسهٔ بعد موکول می‌شود:`,
  closeEnterObjection: 'ثبت جهات و صدور رأی',
  closeAlreadyRuled: (n: number) => `پیش‌تر در همین جلسه رأی گرفته: ${fa(n)} مصوبه`,
  closeSilentNote: 'نظر ثبت‌نشدهٔ اعضای حاضر، اگر مهلتشان نگذشته باشد، ممتنع شمرده می‌شود.',
  closeConfirm: 'پایان جلسه',
  closed: 'جلسه پایان یافت و نتیجه ثبت شد.',
  notYetDay: (date: string) => `این جلسه در ${date} برگزار می‌شود.`,

  // minutes
  minutes: 'صورتجلسه',
  minutesOf: (title: string) => `صورتجلسهٔ ${title}`,
  minutesPresent: 'اعضای حاضر',
  minutesAbsent: 'اعضای غایب',
  minutesNone: '—',
  minutesRow: 'ردیف',
  minutesCouncil: 'شورا',
  minutesNumber: 'شمارهٔ مصوبه',
  minutesTitle: 'موضوع',
  minutesTally: 'آرا',
  minutesOutcome: 'نتیجه',
  minutesSummary: (ruled: number, compliant: number, objected: number, carried: number) =>
    `${fa(ruled)} رأی (${fa(compliant)} عدم مغایرت، ${fa(objected)} اعتراض)؛ ${fa(carried)} مصوبه به جلسهٔ بعد موکول شد.`,
  minutesQuorum: (present: number, required: number) => `${fa(present)} عضو حاضر؛ حد نصاب ${fa(required)} نفر`,
  minutesNoQuorum: 'جلسه به حد نصاب نرسید.',
} as const;

/** How each decision reads, and its chip's color. */
export const DECISION_VIEW = {
  compliant: { label: 'عدم مغایرت', color: 'success' },
  objected: { label: 'اعتراض (مغایرت)', color: 'error' },
  tie: { label: 'آرا برابر', color: 'warning' },
  open: { label: 'در انتظار نظر اعضا', color: 'default' },
  no_quorum: { label: 'بدون حد نصاب', color: 'warning' },
} as const;
