// The notes capability's contract methods, bound to its service (issue 15 item 4).
import type { noteMethods } from '../../../shared/api/methods/notes';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import { getNote, listNotes, saveNote } from './service';

export function noteHandlers(core: CoreContext): HandlersOf<typeof noteMethods> {
  return {
    'notes.get': (input, call) => getNote(core, call, input),
    'notes.list': (input, call) => listNotes(core, call, input),
    'notes.save': (input, call) => saveNote(core, call, input),
  };
}
