// The sessions capability's contract methods, bound to its services (issue 3). Every change
// answers with the session as it now is, so a screen redraws from one reply.
import type { sessionMethods } from '../../../shared/api/methods/sessions';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { proposeAgenda, setAgenda } from './agenda';
import { getSessionDetail, listSessions, sessionMinutes } from './read';
import { closeSession, ruleBlock, ruleItem } from './ruling';
import { cancelSession, scheduleSession, updateSession } from './schedule';
import { sessionSettings, updateSessionSettings } from './settings';
import { recordAttendance, recordFinding } from './voting';
import { saveObjection } from './drafting';

export function sessionHandlers(core: CoreContext): HandlersOf<typeof sessionMethods> {
  const detail = (id: string) => getSessionDetail(core, id);
  return {
    'sessions.list': (input) => listSessions(core, input),
    'sessions.get': (input) => detail(input.id),
    'sessions.schedule': async (input, call) => detail(await scheduleSession(core, call, input)),
    'sessions.update': async (input, call) => {
      await updateSession(core, call, input);
      return detail(input.id);
    },
    'sessions.cancel': async (input, call) => {
      await cancelSession(core, call, input);
      return detail(input.id);
    },
    'sessions.proposeAgenda': (input) => proposeAgenda(core, input),
    'sessions.setAgenda': async (input, call) => {
      await setAgenda(core, call, input);
      return detail(input.id);
    },
    'sessions.recordAttendance': async (input, call) => {
      await recordAttendance(core, call, input);
      return detail(input.id);
    },
    'sessions.recordFinding': async (input, call) => detail(await recordFinding(core, call, input)),
    'sessions.ruleItem': async (input, call) => {
      await ruleItem(core, call, input.id, input.itemId, input.objection);
      return detail(input.id);
    },
    'sessions.saveObjection': async (input, call) => detail(await saveObjection(core, call, input)),
    'sessions.ruleBlock': async (input, call) => {
      await ruleBlock(core, call, input.id);
      return detail(input.id);
    },
    'sessions.close': async (input, call) => {
      await closeSession(core, call, input.id);
      return detail(input.id);
    },
    'sessions.minutes': (input) => sessionMinutes(core, input.id),
    'sessions.settings': () => sessionSettings(core.db.read),
    'sessions.updateSettings': (input, call) => updateSessionSettings(core, call, input),
  };
}
