// The review capability's contract methods, bound to its services (issue 3).
import type { reviewMethods } from '../../../shared/api/methods/review';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { assignExpert, sendToPanel } from './assign';
import { opinionsOf, saveOpinionDraft, submitOpinion } from './opinions';
import { listReferences, saveOfficeReference } from './references';

export function reviewHandlers(core: CoreContext): HandlersOf<typeof reviewMethods> {
  return {
    'review.assign': (input, call) => assignExpert(core, call, input),
    'review.sendToPanel': (input, call) => sendToPanel(core, call, input),
    'review.saveOpinion': (input, call) => saveOpinionDraft(core, call, input),
    'review.submitOpinion': (input, call) => submitOpinion(core, call, input),
    'review.get': async (input, call) => ({ opinions: await opinionsOf(core, input.resolutionId, call.actor) }),
    'references.list': (input) => listReferences(core, input.includeInactive),
    'references.saveOffice': (input, call) => saveOfficeReference(core, call, input),
  };
}
