// The conversations capability's contract methods, bound to its service (issue 15 item 5).
import type { conversationMethods } from '../../../shared/api/methods/conversations';
import type { CoreContext } from '../context';
import type { HandlersOf } from '../api/dispatcher';
import {
  getConversation,
  getUnread,
  listConversations,
  listPeople,
  markRead,
  openConversation,
  postMessage,
  postSessionNotice,
} from './service';

export function conversationHandlers(core: CoreContext): HandlersOf<typeof conversationMethods> {
  return {
    'conversations.list': (_input, call) => listConversations(core, call),
    'conversations.unread': (_input, call) => getUnread(core, call),
    'conversations.open': (input, call) => openConversation(core, call, input),
    'conversations.get': (input, call) => getConversation(core, call, input.id),
    'conversations.post': (input, call) => postMessage(core, call, input),
    'conversations.markRead': (input, call) => markRead(core, call, input.id),
    'conversations.people': (_input, call) => listPeople(core, call),
    'conversations.notice': (input, call) => postSessionNotice(core, call, input),
  };
}
