// The notes capability's Persian messages.
export const noteMessages = {
  sessionNotFound: 'جلسه پیدا نشد.',
  itemNotInSession: 'این بند در دستور این جلسه نیست.',
  membersOnly: 'یادداشت شخصی را فقط اعضای فعال هیأت می‌نویسند.',
} as const;
