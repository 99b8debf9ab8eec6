// The rulings capability's contract methods, bound to its services (issue 3).
import type { rulingMethods } from '../../../shared/api/methods/rulings';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { runCouncilSilenceCheck, runLapseCheck } from '../lifecycle/lapse';
import { boardDecision, courtAnnulment } from './board';
import { rulingsOf } from './checks';
import { correctRuling } from './correct';
import { councilAnswer, councilNoAnswer, registerAmendment } from './council';
import { complianceNoticeSent, councilReceived, objectionLetterSent } from './letters';
import { lifecycleRecords } from './records';

export function rulingHandlers(core: CoreContext): HandlersOf<typeof rulingMethods> {
  return {
    'rulings.list': (input) => rulingsOf(core.db.read, input.resolutionId),
    'rulings.correct': (input, call) => correctRuling(core, call, input),
    'lifecycle.records': (input) => lifecycleRecords(core, input.resolutionId),
    'objection.letterSent': (input, call) => objectionLetterSent(core, call, input),
    'objection.councilReceived': (input, call) => councilReceived(core, call, input),
    'objection.councilAnswer': (input, call) => councilAnswer(core, call, input),
    'objection.registerAmendment': (input, call) => registerAmendment(core, call, input),
    'objection.noAnswer': (input, call) => councilNoAnswer(core, call, input),
    'objection.boardDecision': (input, call) => boardDecision(core, call, input),
    'compliance.noticeSent': (input, call) => complianceNoticeSent(core, call, input),
    'court.annulment': (input, call) => courtAnnulment(core, call, input),
    'lifecycle.runLapseCheck': async () => ({
      ...(await runLapseCheck(core)),
      ...(await runCouncilSilenceCheck(core)),
    }),
  };
}
