// The desk's Persian lines added with issue 11.
import { toPersianDigits } from '../../../shared/text/persian';

export const deskMessages = {
  /** how late a resolution was registered, on the late-registration card */
  lateNote: (days: number) => `${toPersianDigits(days)} روز پس از پایان مهلت ثبت شد`,
} as const;
