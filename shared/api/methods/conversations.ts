// Messages (issue 15 item 5). The secretariat (secretary, admin) and the panel's members take
// part; the core answers each caller with only the threads they are in (a resolution's or a
// session's thread: the secretariat and the members; a direct one: its two people).
import { z } from 'zod';
import { method } from '../method';
import {
  conversationDetail,
  conversationIdInput,
  conversationList,
  conversationMessage,
  conversationPerson,
  conversationPostInput,
  conversationTarget,
  sessionNoticeInput,
  unreadState,
} from '../../schemas/conversation';

export const CONVERSATION_PARTIES = ['secretary', 'admin', 'member'] as const;

const empty = z.object({}).strict();

export const conversationMethods = {
  'conversations.list': method(empty, conversationList, CONVERSATION_PARTIES),
  'conversations.unread': method(empty, unreadState, CONVERSATION_PARTIES),
  /** the thread on a resolution, a session or with a person, made on first opening */
  'conversations.open': method(conversationTarget, conversationDetail, CONVERSATION_PARTIES),
  'conversations.get': method(conversationIdInput, conversationDetail, CONVERSATION_PARTIES),
  'conversations.post': method(conversationPostInput, conversationMessage, CONVERSATION_PARTIES),
  /** marks everything in the thread read for the caller; answers the caller's unread state */
  'conversations.markRead': method(conversationIdInput, unreadState, CONVERSATION_PARTIES),
  'conversations.people': method(empty, z.array(conversationPerson), CONVERSATION_PARTIES),
  /** the secretary's notice to all of a session's members */
  'conversations.notice': method(sessionNoticeInput, conversationMessage, ['secretary'] as const),
} as const;
