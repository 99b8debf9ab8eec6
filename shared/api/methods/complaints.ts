// Citizens' complaints in the office (issue 14 item 8). The secretariat keeps the list, links each
// complaint to a resolution and answers it; everyone who sees a resolution (the expert, the
// panel's members) sees the complaints about it beside it.
import { z } from 'zod';
import { method } from '../method';
import { attachmentContent } from '../../schemas/attachment';
import {
  complaint,
  complaintAnswerInput,
  complaintById,
  complaintLinkInput,
  complaintListInput,
  complaintSummary,
  complaintsOfResolution,
} from '../../schemas/complaint';

export const COMPLAINT_KEEPERS = ['secretary', 'admin'] as const;

export const complaintMethods = {
  'complaints.list': method(complaintListInput, z.array(complaintSummary), COMPLAINT_KEEPERS),
  'complaints.get': method(complaintById, complaint, COMPLAINT_KEEPERS),
  /** the complaint's attachment, once fetched from the server */
  'complaints.file': method(complaintById, attachmentContent, COMPLAINT_KEEPERS),
  'complaints.link': method(complaintLinkInput, complaint, ['secretary'] as const),
  'complaints.answer': method(complaintAnswerInput, complaint, ['secretary'] as const),
  /** the complaints about one resolution, for its page */
  'complaints.ofResolution': method(complaintsOfResolution, z.array(complaint), 'signedIn'),
} as const;
