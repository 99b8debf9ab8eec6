// What the core says to users that belongs to no one capability.

/** The things a page can hold at a revision, named as the refusal names them. */
export const REVISED_THINGS = {
  letter: 'نامه',
  resolution: 'مصوبه',
  session: 'جلسه',
  council: 'شورا',
  user: 'کاربر',
} as const;

export const coreMessages = {
  /** who the audit names for automatic transitions */
  systemActor: 'سامانه',
  /** who a public call made before anyone signed in is */
  anonymousActor: 'کاربر واردنشده',
  changedMeanwhile: (thing: keyof typeof REVISED_THINGS) =>
    `این ${REVISED_THINGS[thing]} در این فاصله تغییر کرده است. صفحه را دوباره باز کنید.`,
};
