// The rulings capability's contract methods (issue 3): the panel's rulings and their corrections,
// and every step after them: letters to the council, its answer, the dispute board, the court.
import { z } from 'zod';
import { method, SECRETARIAT } from '../method';
import { resolution } from '../../schemas/resolution';
import {
  amendmentInput,
  boardDecisionInput,
  byResolution,
  correctionInput,
  councilAnswerInput,
  councilReceivedInput,
  courtAnnulmentInput,
  lapseResult,
  letterSentInput,
  lifecycleRecords,
  noAnswerInput,
  ruling,
} from '../../schemas/ruling';

const empty = z.object({}).strict();

export const rulingMethods = {
  'rulings.list': method(byResolution, z.array(ruling), 'signedIn'),
  'rulings.correct': method(correctionInput, ruling, SECRETARIAT),
  'lifecycle.records': method(byResolution, lifecycleRecords, 'signedIn'),
  'objection.letterSent': method(letterSentInput, resolution, SECRETARIAT),
  'objection.councilReceived': method(councilReceivedInput, resolution, SECRETARIAT),
  'objection.councilAnswer': method(councilAnswerInput, resolution, SECRETARIAT),
  /** returns the amended version (the new resolution) */
  'objection.registerAmendment': method(amendmentInput, resolution, SECRETARIAT),
  'objection.noAnswer': method(noAnswerInput, resolution, SECRETARIAT),
  'objection.boardDecision': method(boardDecisionInput, resolution, SECRETARIAT),
  'compliance.noticeSent': method(letterSentInput, resolution, SECRETARIAT),
  'court.annulment': method(courtAnnulmentInput, resolution, SECRETARIAT),
  // runs by itself every five minutes; the secretary or admin may run it now
  'lifecycle.runLapseCheck': method(empty, lapseResult, ['secretary', 'admin']),
} as const;
