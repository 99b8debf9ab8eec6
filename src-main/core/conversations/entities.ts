// Conversations between the secretariat and members (issue 15 item 5), each table declared once
// (storage/table.ts): a thread (on a resolution, on a session, or between two people), its
// messages in one office-wide order (seq), and each reader's marker. Never pushed to the ministry.
import { col, defineTable } from '../storage/table';

export const conversationTable = defineTable('conversation', {
  id: col.id(),
  kind: col.text<'resolution' | 'session' | 'direct'>(),
  resolutionId: col.maybeText(),
  sessionId: col.maybeText(),
  /** a direct thread's two people, in id order */
  userA: col.maybeText(),
  userB: col.maybeText(),
  createdAt: col.text(),
  lastSeq: col.int().withDefault(),
});

export const conversationMessageTable = defineTable('conversation_message', {
  id: col.id(),
  conversationId: col.text(),
  seq: col.int(),
  /** null: the system (automatic reminders) */
  authorId: col.maybeText(),
  authorName: col.text(),
  kind: col.text<'message' | 'notice'>(),
  /** a notice's key, so it is posted once */
  noticeKey: col.maybeText(),
  text: col.text(),
  createdAt: col.text(),
});

export const conversationReadTable = defineTable('conversation_read', {
  conversationId: col.id(),
  userId: col.id(),
  lastSeq: col.int(),
});

export const CONVERSATION_TABLES = [conversationTable, conversationMessageTable, conversationReadTable];
