// A member's private note on a session or one of its items, declared once (storage/table.ts).
import { col, defineTable } from '../storage/table';

export const privateNoteTable = defineTable('private_note', {
  id: col.id(),
  authorId: col.text(),
  sessionId: col.text(),
  itemId: col.maybeText(),
  text: col.text(),
  createdAt: col.text(),
  updatedAt: col.text(),
});
