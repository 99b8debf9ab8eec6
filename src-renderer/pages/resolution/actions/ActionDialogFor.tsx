// The dialog each of the resolution's actions opens (ActionsPanel.tsx).
import { AssignDialog, SendToPanelDialog } from './ReviewDialogs';
import { OpinionDialog } from './OpinionDialog';
import { CorrectionDialog } from './CorrectionDialog';
import { CouncilReceivedDialog, LetterSentDialog } from './LetterDialogs';
import { CouncilAnswerDialog, NoAnswerDialog } from './CouncilDialogs';
import { BoardDecisionDialog, CourtAnnulmentDialog } from './FinalDialogs';
import { RegistrationCorrectionDialog } from './RegistrationCorrectionDialog';
import type { ActionKey } from './useActions';

export function ActionDialogFor({ action, onClose }: { action: ActionKey; onClose: () => void }) {
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
