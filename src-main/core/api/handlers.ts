// The contract's methods, each bound to the service that does the work.
import { todayInTehran } from '../../../shared/dates/jalali';
import type { CoreContext } from '../context';
import { ANONYMOUS, type Handlers } from './dispatcher';
import { currentUserOf } from '../users/actor';
import type { Sessions } from '../users/sessions';
import { findOffice, setupOffice } from '../office/service';
import { createCouncil, listCouncils, updateCouncil } from '../councils/service';
import { importCouncils } from '../councils/import';
import { readAttachment, uploadAttachment } from '../attachments/service';
import { getResolution, registerResolution, updateResolution } from '../resolutions/service';
import { correctRegistration } from '../resolutions/correct';
import { listResolutions } from '../resolutions/query';
import { AppError } from '../../../shared/api/errors';
import { authHandlers } from '../users/handlers';
import { reviewHandlers } from '../review/handlers';
import { rulingHandlers } from '../rulings/handlers';
import { sessionHandlers } from '../sessions/handlers';
import { deskHandlers } from '../desk/handlers';
import { letterHandlers } from '../letters/handlers';
import { syncHandlers } from '../sync/handlers';
import { backupHandlers } from '../backup/handlers';
import { reportHandlers } from '../reports/handlers';
import { noteHandlers } from '../notes/handlers';
import { councilInboxHandlers } from '../councilInbox/handlers';
import { workspaceHandlers } from '../workspace/handlers';
import { packHandlers } from '../packs/handlers';
import { contactHandlers } from '../contacts/handlers';
import { lanHandlers } from '../lan/handlers';
import type { Lan } from '../lan/service';
import { conversationHandlers } from '../conversations/handlers';
import { withSessionNotices } from '../conversations/notices';
import { complaintHandlers } from '../complaints/handlers';

export function createHandlers(core: CoreContext & { sessions: Sessions; lan: Lan }): Handlers {
  return {
    ...authHandlers(core),
    ...reviewHandlers(core),
    ...rulingHandlers(core),
    // the session's members hear of a new session, a move, a cancellation and a changed agenda
    ...withSessionNotices(core, sessionHandlers(core)),
    ...deskHandlers(core),
    ...letterHandlers(core),
    ...syncHandlers(core),
    ...backupHandlers(core),
    ...reportHandlers(core),
    ...noteHandlers(core),
    ...councilInboxHandlers(core),
    ...workspaceHandlers(core),
    ...packHandlers(core),
    ...contactHandlers(core),
    ...lanHandlers(core),
    ...conversationHandlers(core),
    ...complaintHandlers(core),
    'app.info': async (_input, call) => ({
      version: core.version,
      user: call.actor.id === ANONYMOUS.id ? null : currentUserOf(call.actor),
      mode: core.mode,
      office: await findOffice(core.db.read),
      today: todayInTehran(core.clock()),
    }),
    'office.setup': (input, call) => setupOffice(core, call, input),
    'councils.list': (input) => listCouncils(core, input.includeInactive),
    'councils.create': (input, call) => createCouncil(core, call, input),
    'councils.update': async (input, call) => (await updateCouncil(core, call, input)).council,
    'councils.import': (input, call) => importCouncils(core, call, input),
    'attachments.upload': (input) => uploadAttachment(core, input),
    'attachments.read': (input) => readAttachment(core, input.sha256),
    'resolutions.register': (input, call) => registerResolution(core, call, input),
    'resolutions.update': (input, call) => updateResolution(core, call, input),
    'resolutions.correct': (input, call) => correctRegistration(core, call, input),
    'resolutions.get': (input) => getResolution(core, input.id),
    'resolutions.list': (input) => listResolutions(core, input),
  };
}

export { AppError };
