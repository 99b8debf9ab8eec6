// What MUI's faIR locales leave in English or in Latin digits (DESIGN.md §10).
import type { GridLocaleText } from '@mui/x-data-grid';
import type { PickersLocaleText } from '@mui/x-date-pickers/locales';
import { numFa } from '../format/fa';

export const gridLocaleOverrides: Partial<GridLocaleText> = {
  noRowsLabel: 'موردی برای نمایش نیست',
  noResultsOverlayLabel: 'نتیجه‌ای یافت نشد.',
  noColumnsOverlayLabel: 'ستونی برای نمایش نیست',
  noColumnsOverlayManageColumns: 'مدیریت ستون‌ها',
  headerFilterClear: 'پاک کردن فیلتر',
  columnMenuAriaLabel: (columnName) => `فهرست ستون ${columnName}`,
  aggregationFunctionLabelNone: 'هیچ',
  toolbarFiltersTooltipActive: (count) => `${numFa(count)} فیلتر فعال`,
  columnHeaderFiltersTooltipActive: (count) => `${numFa(count)} فیلتر فعال`,
  footerRowSelected: (count) => `${numFa(count)} سطر انتخاب شده`,
  footerTotalVisibleRows: (visibleCount, totalCount) => `${numFa(visibleCount)} از ${numFa(totalCount)}`,
  paginationRowsPerPage: 'سطر در هر صفحه:',
  paginationDisplayedRows: ({ from, to, count, estimated }) => {
    const unknown = count == null || count === -1;
    if (!unknown) return `${numFa(from)}–${numFa(to)} از ${numFa(count)}`;
    const more = estimated && estimated > to ? `حدود ${numFa(estimated)}` : `بیش از ${numFa(to)}`;
    return `${numFa(from)}–${numFa(to)} از ${more}`;
  },
};

export const pickersLocaleOverrides: Partial<PickersLocaleText> = {
  fieldYearPlaceholder: (params) => (params.digitAmount === 2 ? 'سس' : 'سال'),
  fieldMonthPlaceholder: (params) => (params.contentType === 'letter' ? 'ماه' : 'ماه'),
  fieldDayPlaceholder: () => 'روز',
  fieldWeekDayPlaceholder: () => 'روز هفته',
  fieldHoursPlaceholder: () => 'ساعت',
  fieldMinutesPlaceholder: () => 'دقیقه',
  fieldSecondsPlaceholder: () => 'ثانیه',
  fieldMeridiemPlaceholder: () => 'ق.ظ',
  calendarWeekNumberText: (weekNumber) => numFa(weekNumber),
  calendarWeekNumberAriaLabelText: (weekNumber) => `هفته ${numFa(weekNumber)}`,
  okButtonLabel: 'تأیید',
  nextStepButtonLabel: 'بعدی',
};
