// The council portal over real HTTP for tests: a council secretary's client (its own cookie and
// CSRF token on /council/api), and a submission's fields as the portal form sends them.
import { tinyPdf } from '../support/core';
import { ConsoleClient, type Answer } from './consoleClient';

export class CouncilClient extends ConsoleClient {
  override async signIn(username: string, password: string): Promise<Answer> {
    const r = await this.call<{ csrf: string }>('POST', '/council/api/session', { username, password });
    const set = r.headers.get('set-cookie');
    if (r.status === 200 && set) {
      this.cookie = set.split(';')[0];
      this.csrf = r.body.csrf;
    }
    return r as Answer;
  }
}

export function submissionInput(over: Record<string, unknown> = {}) {
  return {
    councilResolutionNumber: '۵۵/۱۲',
    councilSessionNumber: '۱۲',
    councilSessionDate: '2026-11-20',
    approvalDate: '2026-11-20',
    title: 'نرخ کرایهٔ تاکسی درون‌شهری',
    text: 'شورای اسلامی شهر کرمان نرخ کرایهٔ تاکسی را ده درصد افزایش داد.',
    category: 'fees',
    financial: null,
    pdfBase64: tinyPdf('minutes').toString('base64'),
    pdfName: 'صورتجلسه.pdf',
    ...over,
  };
}
