// Private notes (issue 15 item 4). Panel members (the chair included) keep them; the core reads and
// writes only the caller's own, so no one else (another member, the secretary, the admin) can
// reach a note by any call.
import { z } from 'zod';
import { method } from '../method';
import { noteListInput, noteSaveInput, noteTarget, privateNote } from '../../schemas/note';

export const NOTE_KEEPERS = ['member'] as const;

export const noteMethods = {
  'notes.get': method(noteTarget, privateNote.nullable(), NOTE_KEEPERS),
  'notes.list': method(noteListInput, z.array(privateNote), NOTE_KEEPERS),
  /** empty text removes the note and answers null */
  'notes.save': method(noteSaveInput, privateNote.nullable(), NOTE_KEEPERS),
} as const;
