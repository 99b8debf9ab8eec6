// Panel sessions (issue 3): the secretary schedules and runs them; each member records their own
// findings; everyone signed in reads the schedule, the agendas and the minutes.
import { z } from 'zod';
import { method, SECRETARIAT } from '../method';
import {
  agendaProposal,
  agendaProposeInput,
  agendaSetInput,
  attendanceInput,
  findingInput,
  objectionDraftInput,
  ruleItemInput,
  sessionById,
  sessionCancelInput,
  sessionDetail,
  sessionListInput,
  sessionMinutes,
  sessionScheduleInput,
  sessionSettings,
  sessionSettingsInput,
  sessionSummary,
  sessionUpdateInput,
} from '../../schemas/session';

const empty = z.object({}).strict();

export const sessionMethods = {
  'sessions.list': method(sessionListInput, z.array(sessionSummary), 'signedIn'),
  'sessions.get': method(sessionById, sessionDetail, 'signedIn'),
  'sessions.schedule': method(sessionScheduleInput, sessionDetail, SECRETARIAT),
  'sessions.update': method(sessionUpdateInput, sessionDetail, SECRETARIAT),
  'sessions.cancel': method(sessionCancelInput, sessionDetail, SECRETARIAT),
  'sessions.proposeAgenda': method(agendaProposeInput, agendaProposal, SECRETARIAT),
  'sessions.setAgenda': method(agendaSetInput, sessionDetail, SECRETARIAT),
  'sessions.recordAttendance': method(attendanceInput, sessionDetail, SECRETARIAT),
  // the member is the caller: nobody records a finding for someone else
  'sessions.recordFinding': method(findingInput, sessionDetail, ['member']),
  'sessions.ruleItem': method(ruleItemInput, sessionDetail, SECRETARIAT),
  /** the panel's objection for an item, ahead of its ruling: the chair (the core checks) or the secretary */
  'sessions.saveObjection': method(objectionDraftInput, sessionDetail, ['secretary', 'member']),
  /** rules together every item all present members found no conflict (DESIGN.md §2) */
  'sessions.ruleBlock': method(sessionById, sessionDetail, SECRETARIAT),
  'sessions.close': method(sessionById, sessionDetail, SECRETARIAT),
  'sessions.minutes': method(sessionById, sessionMinutes, 'signedIn'),
  'sessions.settings': method(empty, sessionSettings, 'signedIn'),
  'sessions.updateSettings': method(sessionSettingsInput, sessionSettings, ['secretary', 'admin']),
} as const;
