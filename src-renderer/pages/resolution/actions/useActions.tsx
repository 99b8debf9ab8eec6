// What the signed-in user may do with this resolution now (ActionsPanel.tsx): the state machine's
// transitions for the user's role, narrowed by what the page knows (the assigned expert, a closed
// objection window, the council's clock).
import type { ReactNode } from 'react';
import AssignmentIndOutlined from '@mui/icons-material/AssignmentIndOutlined';
import BalanceOutlined from '@mui/icons-material/BalanceOutlined';
import DrawOutlined from '@mui/icons-material/DrawOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import MarkEmailReadOutlined from '@mui/icons-material/MarkEmailReadOutlined';
import ForwardToInboxOutlined from '@mui/icons-material/ForwardToInboxOutlined';
import ReplyOutlined from '@mui/icons-material/ReplyOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import TimerOffOutlined from '@mui/icons-material/TimerOffOutlined';
import EditCalendarOutlined from '@mui/icons-material/EditCalendarOutlined';
import { isPast } from '../../../../shared/deadlines/calculator';
import { TRANSITIONS, transitionsFrom, type TransitionName } from '../../../../shared/lifecycle/machine';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { registrationMessages as rm } from '../../../messages/registration';
import { useLifecycle } from './LifecycleContext';

export type ActionKey =
  | 'assign'
  | 'reassign'
  | 'opinion'
  | 'send'
  | 'correct'
  | 'notice'
  | 'letter'
  | 'received'
  | 'answer'
  | 'noAnswer'
  | 'board'
  | 'court'
  | 'registration';

export interface Action {
  key: ActionKey;
  label: string;
  icon: ReactNode;
  /** the step's main action is a filled button */
  primary?: boolean;
}

export const TEST_IDS: Record<ActionKey, string> = {
  assign: 'action-assign',
  reassign: 'action-reassign',
  opinion: 'action-opinion',
  send: 'action-send-to-panel',
  correct: 'action-correct',
  notice: 'action-notice-sent',
  letter: 'action-letter-sent',
  received: 'action-council-received',
  answer: 'action-council-answer',
  noAnswer: 'action-no-answer',
  board: 'action-board-decision',
  court: 'action-court',
  registration: 'action-correct-registration',
};

export function useActions(): Action[] {
  const { r, user, records, review } = useLifecycle();
  if (!user) return [];
  const now = new Date();
  const windowClosed = r.objectionDeadline !== null && isPast(r.objectionDeadline, now);
  const available = transitionsFrom(r.status, user.role);
  // once the window has closed, the core refuses every step that needs it: do not offer them
  const may = (t: TransitionName) =>
    available.includes(t) &&
    !(windowClosed && (TRANSITIONS[t].requires as readonly string[]).includes('withinObjectionWindow'));
  const secretary = user.role === 'secretary';
  const list: Action[] = [];
  if (may('assign_expert'))
    list.push({ key: 'assign', label: m.assign, icon: <AssignmentIndOutlined />, primary: true });
  if (may('record_opinion') && r.assignedExpertId === user.id) {
    const draft = review?.opinions.some((o) => o.status === 'draft' && o.expertId === user.id);
    list.push({
      key: 'opinion',
      label: draft ? m.continueDraft : m.writeOpinion,
      icon: <EditNoteOutlined />,
      primary: true,
    });
  }
  if (secretary && r.status === 'under_review' && !windowClosed)
    list.push({ key: 'reassign', label: m.reassign, icon: <AssignmentIndOutlined /> });
  if (may('send_to_panel')) list.push({ key: 'send', label: m.sendToPanel, icon: <SendOutlined /> });
  if (may('send_objection_letter')) list.push({ key: 'letter', label: m.letterSent, icon: <ForwardToInboxOutlined /> });
  if (may('mark_enforceable')) list.push({ key: 'notice', label: m.noticeSent, icon: <MarkEmailReadOutlined /> });
  if ((may('correct_to_objected') || may('correct_to_compliant')) && records?.rulings.length)
    list.push({ key: 'correct', label: m.correctRuling, icon: <DrawOutlined /> });
  if (secretary && r.status === 'with_council') {
    const received = records?.letters.some((l) => l.kind === 'objection' && l.councilReceivedDate);
    list.push({
      key: 'received',
      label: received ? m.councilReceivedAgain : m.councilReceived,
      icon: <MarkEmailReadOutlined />,
      primary: !received,
    });
  }
  if (may('council_repeals'))
    list.push({ key: 'answer', label: m.councilAnswer, icon: <ReplyOutlined />, primary: true });
  const councilLate = records?.councilAnswerDeadline ? isPast(records.councilAnswerDeadline, now) : false;
  if (may('council_no_answer') && councilLate && records?.councilNoAnswerOutcome === 'objection_stands')
    list.push({ key: 'noAnswer', label: m.noAnswer, icon: <TimerOffOutlined /> });
  if (may('board_upholds'))
    list.push({ key: 'board', label: m.boardDecision, icon: <BalanceOutlined />, primary: true });
  if (may('court_annuls')) list.push({ key: 'court', label: m.courtAnnulment, icon: <GavelOutlined /> });
  // at any stage: the receipt date drives the legal clock, and a typing error must not stand
  if (secretary) list.push({ key: 'registration', label: rm.action, icon: <EditCalendarOutlined /> });
  return list;
}
