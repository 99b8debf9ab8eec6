// «اقدامات»: only what the signed-in user may do with this resolution now — the state machine's
// transitions for the user's role (transitionsFrom), narrowed by what the page knows (the
// assigned expert, a closed objection window, the council's clock) — each opening its dialog.
import { useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
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
import { TRANSITIONS, isTerminal, transitionsFrom, type TransitionName } from '../../../../shared/lifecycle/machine';
import { useCall } from '../../../api/useCall';
import { lifecycleMessages as m } from '../../../messages/lifecycle';
import { AssignDialog, SendToPanelDialog } from './ReviewDialogs';
import { OpinionDialog } from './OpinionDialog';
import { CorrectionDialog } from './CorrectionDialog';
import { CouncilReceivedDialog, LetterSentDialog } from './LetterDialogs';
import { CouncilAnswerDialog, NoAnswerDialog } from './CouncilDialogs';
import { BoardDecisionDialog, CourtAnnulmentDialog } from './FinalDialogs';
import { useLifecycle } from './LifecycleContext';
import { RegistrationCorrectionDialog } from './RegistrationCorrectionDialog';
import { registrationMessages as rm } from '../../../messages/registration';

type ActionKey =
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

interface Action {
  key: ActionKey;
  label: string;
  icon: ReactNode;
  /** the step's main action is a filled button */
  primary?: boolean;
}

/** actions beside the process, shown quietly */
const SIDE: readonly ActionKey[] = ['court', 'registration'];

const WAITS_ON: Partial<Record<string, string>> = {
  received: 'دبیرخانه',
  under_review: 'کارشناس مشورتی',
  awaiting_ruling: 'هیأت تطبیق',
  compliant: 'دبیرخانه',
  objected: 'دبیرخانه',
  with_council: 'شورا',
  referred: 'هیأت حل اختلاف',
};

function useActions(): Action[] {
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

function ActionDialogFor({ action, onClose }: { action: ActionKey; onClose: () => void }) {
  switch (action) {
    case 'assign':
    case 'reassign':
      return <AssignDialog reassign={action === 'reassign'} onClose={onClose} />;
    case 'opinion':
      return <OpinionDialog onClose={onClose} />;
    case 'send':
      return <SendToPanelDialog onClose={onClose} />;
    case 'correct':
      return <CorrectionDialog onClose={onClose} />;
    case 'notice':
      return <LetterSentDialog kind="compliance" onClose={onClose} />;
    case 'letter':
      return <LetterSentDialog kind="objection" onClose={onClose} />;
    case 'received':
      return <CouncilReceivedDialog onClose={onClose} />;
    case 'answer':
      return <CouncilAnswerDialog onClose={onClose} />;
    case 'noAnswer':
      return <NoAnswerDialog onClose={onClose} />;
    case 'board':
      return <BoardDecisionDialog onClose={onClose} />;
    case 'court':
      return <CourtAnnulmentDialog onClose={onClose} />;
    case 'registration':
      return <RegistrationCorrectionDialog onClose={onClose} />;
  }
}

const TEST_IDS: Record<ActionKey, string> = {
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

export function ActionsPanel() {
  const { r, user, records } = useLifecycle();
  const actions = useActions();
  const [open, setOpen] = useState<ActionKey | null>(null);
  const experts = useCall('users.list', r.assignedExpertId ? { role: 'expert', includeInactive: true } : null);
  const expert = experts.data?.find((u) => u.id === r.assignedExpertId);
  const now = new Date();
  const windowClosed =
    r.objectionDeadline !== null &&
    isPast(r.objectionDeadline, now) &&
    ['received', 'under_review', 'awaiting_ruling'].includes(r.status);

  return (
    <Box data-testid="actions-panel" sx={{ display: 'grid', gap: 1.5 }}>
      {r.assignedExpertId && (
        <Typography variant="body2" color="text.secondary" data-testid="assigned-expert">
          {m.assignedExpert}: <b>{expert?.fullName ?? '…'}</b>
        </Typography>
      )}
      {windowClosed && <Alert severity="warning">{m.windowClosedActions}</Alert>}
      {/* a court annulment or a correction alone is not the step at hand: say whose step it is */}
      {!actions.some((a) => a.key !== 'court' && a.key !== 'registration') && (
        <Typography variant="body2" color="text.secondary" data-testid="no-actions">
          {isTerminal(r.status) ? m.processEnded : WAITS_ON[r.status] ? m.waitingFor(WAITS_ON[r.status]!) : m.noActions}
        </Typography>
      )}
      {actions.length > 0 && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {actions.map((a) => (
            <Button
              key={a.key}
              variant={a.primary ? 'contained' : SIDE.includes(a.key) ? 'text' : 'outlined'}
              color={SIDE.includes(a.key) ? 'inherit' : 'primary'}
              startIcon={a.icon}
              onClick={() => setOpen(a.key)}
              data-testid={TEST_IDS[a.key]}
            >
              {a.label}
            </Button>
          ))}
        </Box>
      )}
      {r.status === 'awaiting_ruling' && user?.role === 'secretary' && !windowClosed && (
        <Typography variant="caption" color="text.secondary">
          {m.rulingInSession}
        </Typography>
      )}
      {r.status === 'with_council' && records?.councilNoAnswerOutcome === 'withdrawn' && (
        <Typography variant="caption" color="text.secondary">
          {m.noAnswerWithdrawn}
        </Typography>
      )}
      {open && <ActionDialogFor action={open} onClose={() => setOpen(null)} />}
    </Box>
  );
}
