// The review capability's contract methods (issue 3): assigning an expert, the expert's opinion,
// sending a resolution to the panel, and the catalog of legal references opinions cite.
import { method, REFERENCE_KEEPERS, SECRETARIAT } from '../method';
import { resolution } from '../../schemas/resolution';
import {
  assignInput,
  legalReference,
  officeReferenceInput,
  opinion,
  opinionDraftInput,
  opinionSubmitInput,
  referencesListInput,
  reviewGetInput,
  reviewState,
  sendToPanelInput,
} from '../../schemas/review';
import { z } from 'zod';

/** Only the expert assigned to a resolution writes its opinion; the core checks who that is. */
const EXPERTS = ['expert'] as const;

export const reviewMethods = {
  'review.assign': method(assignInput, resolution, SECRETARIAT),
  'review.sendToPanel': method(sendToPanelInput, resolution, SECRETARIAT),
  'review.saveOpinion': method(opinionDraftInput, opinion, EXPERTS),
  'review.submitOpinion': method(opinionSubmitInput, opinion, EXPERTS),
  // members read the opinion before they vote; viewers and admins read the file like anyone
  'review.get': method(reviewGetInput, reviewState, 'signedIn'),
  'references.list': method(referencesListInput, z.array(legalReference), 'signedIn'),
  /** the office's own catalog entries: the secretariat and the admin keep them (issue 11) */
  'references.saveOffice': method(officeReferenceInput, legalReference, REFERENCE_KEEPERS),
} as const;
