// The resolution page's lifecycle: deadlines, actions and their dialogs, review and rulings,
// letters and the council's answer, and the timeline.
import { TRANSITIONS, type TransitionName } from '../../shared/lifecycle/machine';

export const lifecycleMessages = {
  // deadlines
  objectionDeadline: 'مهلت رسیدگی هیأت',
  objectionClosed: (date: string) => `مهلت قانونی رسیدگی هیأت در ${date} به پایان رسیده است.`,
  lapsedNote: 'هیأت در مهلت قانونی اعتراضی نکرد و مصوبه به علت انقضای مهلت لازم‌الاجراست.',
  windowClosedActions:
    'مهلت رسیدگی هیأت گذشته است؛ اقدامات رسیدگی دیگر پذیرفته نمی‌شود و مصوبه به‌زودی به‌طور خودکار لازم‌الاجرا می‌شود.',
  currentDue: 'مهلت جاری',

  // the actions panel
  actions: 'اقدامات',
  noActions: 'در این مرحله اقدامی بر عهدهٔ شما نیست.',
  waitingFor: (who: string) => `در انتظار اقدام ${who}.`,
  processEnded: 'رسیدگی به این مصوبه پایان یافته است.',
  rulingInSession: 'رأی هیأت در جلسهٔ هیأت و از صفحهٔ جلسات ثبت می‌شود.',
  assignedExpert: 'کارشناس',
  notAssigned: 'تعیین نشده',
  assign: 'ارجاع به کارشناس',
  reassign: 'ارجاع به کارشناس دیگر',
  writeOpinion: 'نوشتن نظر کارشناسی',
  continueDraft: 'ادامهٔ پیش‌نویس نظر',
  sendToPanel: 'ارسال به هیأت',
  correctRuling: 'اصلاح رأی',
  noticeSent: 'ثبت نامهٔ عدم مغایرتِ صادرشده بیرون از برنامه',
  letterSent: 'ثبت نامهٔ اعتراضِ صادرشده بیرون از برنامه',
  councilReceived: 'ثبت وصول نامه در شورا',
  councilReceivedAgain: 'اصلاح تاریخ وصول در شورا',
  councilAnswer: 'ثبت پاسخ شورا',
  noAnswer: 'عدم پاسخ شورا و ارجاع',
  boardDecision: 'ثبت رأی هیأت حل اختلاف',
  courtAnnulment: 'ثبت ابطال در دیوان عدالت اداری',
  runLapseCheck: 'بررسی مهلت‌ها',
  done: 'ثبت شد.',

  // dialogs: common
  submit: 'ثبت',
  reason: 'توضیح',
  outgoingNumber: 'شمارهٔ نامه',
  letterDate: 'تاریخ نامه',
  letterRefHelp:
    'نامه‌ای که در بخش «نامه‌ها»ی همین برنامه صادر شود این مرحله را خودکار ثبت می‌کند؛ این فرم برای نامه‌ای است که بیرون از برنامه شماره خورده و ارسال شده است.',

  // assign
  assignTitle: 'ارجاع به کارشناس مشورتی',
  expert: 'کارشناس',
  expertPlaceholder: 'نام کارشناس را بنویسید…',
  noExperts: 'کارشناس فعالی تعریف نشده است.',
  assignHelp: (days: string) => `مهلت نظر کارشناسی ${days} روز از امروز است و از مهلت رسیدگی هیأت فراتر نمی‌رود.`,

  // send to panel
  sendToPanelTitle: 'ارسال مصوبه به هیأت',
  sendToPanelBody: 'مصوبه بدون نظر کارشناسی (یا پیش از ثبت آن) در دستور رسیدگی هیأت قرار می‌گیرد.',
  sendToPanelReason: 'دلیل (اختیاری)',

  // opinion
  opinionTitle: 'نظر کارشناسی',
  conclusion: 'نتیجهٔ بررسی',
  reasoning: 'استدلال',
  reasoningHelp: 'استدلال حقوقی خود را با ذکر جزئیات بنویسید.',
  clauses: 'بندهای مورد نظر مصوبه',
  clause: (n: string) => `بند ${n}`,
  clauseHelp: 'متن بند را از مصوبه نقل کنید.',
  addClause: 'افزودن بند',
  removeClause: 'حذف بند',
  grounds: 'جهت مغایرت',
  references: 'مستندات قانونی',
  referencesPlaceholder: 'جست‌وجوی قانون یا ماده…',
  noReferences: 'مستندی یافت نشد.',
  saveDraft: 'ذخیرهٔ پیش‌نویس',
  submitOpinion: 'ثبت نهایی نظر',
  draftSaved: 'پیش‌نویس ذخیره شد.',
  opinionSubmitted: 'نظر کارشناسی ثبت شد و مصوبه به هیأت رفت.',
  submitWarning: 'پس از ثبت نهایی، نظر قابل ویرایش نیست.',
  draftLoaded: 'پیش‌نویس ذخیره‌شدهٔ شما باز شد.',

  // correction
  correctionTitle: 'اصلاح رأی هیأت',
  correctionBody: 'رأی ثبت‌شده تغییر نمی‌کند؛ رأی تازه‌ای با ذکر دلیل ثبت می‌شود که به رأی پیشین ارجاع دارد.',
  correctionReason: 'دلیل اصلاح',
  newOutcome: 'رأی اصلاح‌شده',
  objectionClause: 'بند مورد اعتراض',
  objectionReasoning: 'استدلال اعتراض',

  // letters
  letterTitle: 'ثبت ارسال نامهٔ اعتراض به شورا',
  noticeTitle: 'ثبت ارسال نامهٔ اعلام عدم مغایرت',
  letterBody: 'با ثبت ارسال نامهٔ اعتراض، مصوبه برای تجدیدنظر نزد شورا می‌رود.',
  noticeBody: 'با ثبت ارسال نامهٔ عدم مغایرت، مصوبه لازم‌الاجرا می‌شود.',
  receivedTitle: 'ثبت وصول نامهٔ اعتراض در شورا',
  receivedDate: 'تاریخ وصول در شورا',
  portalDelivery: 'درگاه شورا',
  portalOpened: (posted: string, opened: string) => `رسیده به درگاه ${posted}؛ گشوده‌شده در ${opened}`,
  portalUnopened: (posted: string, deemed: string) =>
    `رسیده به درگاه ${posted}؛ هنوز گشوده نشده (ابلاغ‌شده در ${deemed} اگر گشوده نشود)`,
  receivedHelp: (days: string) => `مهلت ${days} روزهٔ تجدیدنظر شورا از این تاریخ شمرده می‌شود.`,

  // council answer
  answerTitle: 'پاسخ شورا به اعتراض',
  answer: 'پاسخ شورا',
  answers: { amend: 'اصلاح مصوبه', repeal: 'لغو مصوبه', insist: 'اصرار بر مصوبه' },
  answerDate: 'تاریخ پاسخ شورا',
  answerNumber: 'شمارهٔ نامهٔ شورا',
  answerNote: 'خلاصهٔ پاسخ',
  amendNext: 'ادامه: ثبت نسخهٔ اصلاحی',
  amendHelp: 'نسخهٔ اصلاحی مانند مصوبه‌ای تازه با مهلت مستقل ثبت می‌شود و این نسخه لغو‌شده تلقی می‌شود.',
  amendmentTitle: 'ثبت نسخهٔ اصلاحی مصوبه',
  amendmentSaved: 'نسخهٔ اصلاحی ثبت شد.',
  boardLevel: 'هیأت حل اختلاف',
  boardName: 'نام هیأت',
  referralDate: 'تاریخ ارجاع',
  referralNumber: 'شمارهٔ نامهٔ ارجاع',
  noAnswerTitle: 'عدم پاسخ شورا در مهلت و ارجاع به هیأت حل اختلاف',
  noAnswerBody: (date: string) =>
    `مهلت تجدیدنظر شورا در ${date} پایان یافته و طبق ضوابط، اعتراض به قوت خود باقی است؛ پرونده به هیأت حل اختلاف ارجاع می‌شود.`,
  noAnswerWithdrawn: 'طبق ضوابط ابلاغی، با پایان مهلت پاسخ شورا مصوبه به‌طور خودکار لغو‌شده تلقی می‌شود.',

  // board and court
  boardTitle: 'رأی هیأت حل اختلاف',
  decision: 'رأی هیأت',
  decisions: { upheld: 'تأیید مصوبه', annulled: 'ابطال مصوبه' },
  decisionNumber: 'شمارهٔ رأی',
  decisionDate: 'تاریخ رأی',
  decisionNote: 'خلاصهٔ رأی',
  courtTitle: 'ابطال مصوبه به رأی دیوان عدالت اداری',
  courtBody: 'رأی ابطال دیوان عدالت اداری در هر مرحله قابل ثبت است و رسیدگی را پایان می‌دهد.',
  courtNumber: 'شمارهٔ دادنامه',
  courtDate: 'تاریخ دادنامه',

  // records
  reviewAndRulings: 'بررسی و رأی',
  opinions: 'نظر کارشناسی',
  draft: 'پیش‌نویس',
  noOpinion: 'نظر کارشناسی ثبت نشده است.',
  rulings: 'آرای هیأت',
  outcome: { compliant: 'عدم مغایرت', objected: 'اعتراض (مغایرت)' },
  votes: (conflict: string, partial: string, no: string, system: string) =>
    `آرا: مغایرت ${conflict}، مغایرت بخشی ${partial}، عدم مغایرت ${no}، عدم مغایرت سیستمی ${system}`,
  correctsNote: (reason: string) => `اصلاح رأی پیشین — دلیل: ${reason}`,
  correctedNote: 'این رأی بعداً اصلاح شده است.',
  correspondence: 'مکاتبات و پاسخ شورا',
  objectionLetter: 'نامهٔ اعتراض',
  complianceNotice: 'نامهٔ اعلام عدم مغایرت',
  letterLine: (number: string, date: string) => `شمارهٔ ${number} مورخ ${date}`,
  receivedLine: (date: string) => `وصول در شورا: ${date}`,
  councilAnswerDeadline: 'مهلت پاسخ شورا',
  referral: 'ارجاع به هیأت حل اختلاف',
  referralCause: { insist: 'به سبب اصرار شورا', no_answer: 'به سبب عدم پاسخ شورا در مهلت' },
  court: 'رأی دیوان عدالت اداری',
  amendedBy: 'نسخهٔ اصلاحی این مصوبه',
  viewAmended: 'دیدن نسخهٔ اصلاحی',
  by: (name: string) => `ثبت: ${name}`,

  // timeline
  timeline: 'تاریخچه',
  timelineEmpty: 'رویدادی ثبت نشده است.',
  otherEvent: 'تغییر در پرونده',
} as const;

/** Persian labels of the audit actions a resolution's timeline shows (transitions use the machine's). */
const ACTION_LABELS: Record<string, string> = {
  register: 'ثبت مصوبه',
  update: 'ویرایش مشخصات مصوبه',
  reassign_expert: 'ارجاع به کارشناس دیگر',
  opinion_draft: 'ذخیرهٔ پیش‌نویس نظر کارشناسی',
  opinion_submit: 'ثبت نظر کارشناسی',
  ruling: 'ثبت رأی هیأت',
  ruling_correction: 'اصلاح رأی هیأت',
  letter_sent: 'ثبت ارسال نامه به شورا',
  council_received: 'وصول نامهٔ اعتراض در شورا',
  council_answer: 'ثبت پاسخ شورا',
  board_referral: 'ارجاع به هیأت حل اختلاف',
  board_decision: 'ثبت رأی هیأت حل اختلاف',
  court_ruling: 'ثبت رأی دیوان عدالت اداری',
  correct_registration: 'اصلاح مشخصات ثبت',
};

/** Events other capabilities record against a resolution, by entity and action. */
const RECORD_LABELS: Record<string, string> = {
  'session_item:add_to_agenda': 'افزودن به دستور جلسهٔ هیأت',
  'session_item:remove_from_agenda': 'حذف از دستور جلسهٔ هیأت',
  'session_item:rule': 'رسیدگی در جلسهٔ هیأت',
  'session_finding:record_finding': 'ثبت نظر عضو هیأت',
  'session_finding:change_finding': 'تغییر نظر عضو هیأت',
  'session_finding:system_finding': 'عدم مغایرت سیستمی (عدم ثبت نظر عضو)',
  'session_objection:draft_objection': 'ثبت جهات اعتراض هیأت',
  'session_objection:change_objection': 'تغییر جهات اعتراض هیأت',
  'letter:draft': 'تهیهٔ پیش‌نویس نامه',
  'letter:edit_draft': 'ویرایش پیش‌نویس نامه',
  'letter:discard_draft': 'حذف پیش‌نویس نامه',
  'letter:issue': 'صدور نامه',
  'letter:void': 'ابطال نامه',
  'letter:print': 'چاپ نامه',
  'letter:print_copy': 'چاپ المثنی نامه',
};

export function actionLabel(action: string, entity = 'resolution'): string {
  if (entity === 'resolution' && Object.prototype.hasOwnProperty.call(TRANSITIONS, action))
    return TRANSITIONS[action as TransitionName].label;
  return RECORD_LABELS[`${entity}:${action}`] ?? ACTION_LABELS[action] ?? lifecycleMessages.otherEvent;
}
