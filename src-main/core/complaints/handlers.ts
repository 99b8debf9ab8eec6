// The complaints capability's contract methods, bound to its service (issue 14 item 8).
import type { complaintMethods } from '../../../shared/api/methods/complaints';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import {
  answerComplaint,
  complaintFile,
  complaintsOfResolution,
  getComplaint,
  linkComplaint,
  listComplaints,
} from './service';

export function complaintHandlers(core: CoreContext): HandlersOf<typeof complaintMethods> {
  return {
    'complaints.list': (input) => listComplaints(core, input.status),
    'complaints.get': (input) => getComplaint(core, input.id),
    'complaints.file': (input) => complaintFile(core, input.id),
    'complaints.link': (input, call) => linkComplaint(core, call, input),
    'complaints.answer': (input, call) => answerComplaint(core, call, input),
    'complaints.ofResolution': (input) => complaintsOfResolution(core, input.resolutionId),
  };
}
