// The column titles a council file may use, Persian or English, and the field each one fills.
import type { CouncilFields } from './service';

export const HEADERS: Record<string, keyof CouncilFields> = {
  نام: 'name',
  'نام شورا': 'name',
  name: 'name',
  نوع: 'kind',
  'نوع شورا': 'kind',
  kind: 'kind',
  شهرستان: 'county',
  county: 'county',
  استان: 'province',
  province: 'province',
  کد: 'nationalCode',
  'کد ملی': 'nationalCode',
  'کد شورا': 'nationalCode',
  code: 'nationalCode',
  nationalcode: 'nationalCode',
};
