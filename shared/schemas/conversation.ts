// Messages between the secretariat and the panel's members (issue 15 item 5): threads on a
// resolution, on a session, and direct ones between two people. Office data: kept in the office's
// database (and its backups), never synced to the ministry.
import { z } from 'zod';
import { toPersianDigits } from '../text/persian';
import { idSchema, rawText } from './fields';

export const MESSAGE_MAX = 4_000;
export const CONVERSATION_KINDS = ['resolution', 'session', 'direct'] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** What a thread is about; opening one that does not exist yet makes it. */
export const conversationTarget = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('resolution'), resolutionId: idSchema }),
    z.object({ kind: z.literal('session'), sessionId: idSchema }),
    z.object({ kind: z.literal('direct'), userId: idSchema }),
  ],
  { error: 'موضوع گفت‌وگو نامعتبر است.' },
);
export type ConversationTarget = z.input<typeof conversationTarget>;

/** A message's text: trimmed, not empty, at most MESSAGE_MAX characters. */
export const messageText = rawText(
  MESSAGE_MAX,
  `پیام حداکثر ${toPersianDigits(MESSAGE_MAX)} نویسه می‌تواند باشد.`,
  'متن پیام نامعتبر است.',
).pipe(z.string().trim().min(1, 'متن پیام خالی است.'));

export const conversationPostInput = z.object({ conversationId: idSchema, text: messageText });
export const conversationIdInput = z.object({ id: idSchema });
/** The secretary's notice to every member of a session, posted on the session's thread. */
export const sessionNoticeInput = z.object({ sessionId: idSchema, text: messageText });

export const conversationMessage = z.object({
  id: z.string(),
  seq: z.number(),
  /** null for the system's own notices (the finding-deadline reminder) */
  authorId: z.string().nullable(),
  authorName: z.string(),
  /** 'notice': the secretary's (or the system's) notice to all of a session's members */
  kind: z.enum(['message', 'notice']),
  text: z.string(),
  createdAt: z.string(),
});
export type ConversationMessage = z.infer<typeof conversationMessage>;

export const conversationSummary = z.object({
  id: z.string(),
  kind: z.enum(CONVERSATION_KINDS),
  title: z.string(),
  resolutionId: z.string().nullable(),
  sessionId: z.string().nullable(),
  /** a direct thread's other person */
  otherUserId: z.string().nullable(),
  lastAt: z.string().nullable(),
  lastText: z.string().nullable(),
  lastAuthor: z.string().nullable(),
  unread: z.number(),
});
export type ConversationSummary = z.infer<typeof conversationSummary>;

export const conversationList = z.object({ threads: z.array(conversationSummary), unread: z.number() });
export type ConversationList = z.infer<typeof conversationList>;

export const conversationDetail = z.object({
  conversation: conversationSummary,
  messages: z.array(conversationMessage),
});
export type ConversationDetail = z.infer<typeof conversationDetail>;

/** The caller's unread count and the newest message not their own, for badges and notifications. */
export const unreadState = z.object({
  unread: z.number(),
  latest: z
    .object({ conversationId: z.string(), seq: z.number(), authorName: z.string(), text: z.string() })
    .nullable(),
});
export type UnreadState = z.infer<typeof unreadState>;

/** Someone a direct thread can be started with. */
export const conversationPerson = z.object({
  id: z.string(),
  fullName: z.string(),
  role: z.string(),
  title: z.string(),
});
export type ConversationPerson = z.infer<typeof conversationPerson>;
