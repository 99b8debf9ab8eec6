export const shellMessages = {
  navRegister: 'دفتر مصوبات',
  navNewResolution: 'ثبت مصوبه جدید',
  navCouncils: 'شوراها',
  navSectionWork: 'کارتابل',
  navSectionSettings: 'اطلاعات پایه',
  version: (v: string) => `نسخه ${v}`,
  modeBrowser: 'نسخه مرورگر',
  modeDesktop: 'نسخه رومیزی',
  openMenu: 'باز کردن منو',
} as const;
