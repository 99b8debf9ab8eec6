// The member's workspace (issue 15 item 3): the signed-in member's next sessions and the agenda
// items still waiting for their finding, each with its deadline.
import { z } from 'zod';

export const workspaceInput = z.object({
  /** how many waiting items to list (the count is always whole) */
  limit: z.number().int().min(1).max(200).optional().default(50),
});

export const workspaceSession = z.object({
  id: z.string(),
  year: z.number().int(),
  number: z.number().int(),
  date: z.string(),
  time: z.string(),
  place: z.string(),
  itemCount: z.number().int(),
  /** items of this session still waiting for the caller's finding */
  waitingCount: z.number().int(),
  daysLeft: z.number().int(),
});
export type WorkspaceSession = z.infer<typeof workspaceSession>;

export const workspaceItem = z.object({
  itemId: z.string(),
  sessionId: z.string(),
  sessionNumber: z.number().int(),
  sessionYear: z.number().int(),
  sessionDate: z.string(),
  resolutionId: z.string(),
  title: z.string(),
  incomingNumber: z.string(),
  councilDisplayName: z.string(),
  /** the last day the member's finding counts; after it silence counts as no conflict */
  deadline: z.string(),
  daysLeft: z.number().int(),
  countdownFa: z.string(),
});
export type WorkspaceItem = z.infer<typeof workspaceItem>;

export const workspace = z.object({
  today: z.string(),
  sessions: z.array(workspaceSession),
  waitingCount: z.number().int(),
  waiting: z.array(workspaceItem),
});
export type Workspace = z.infer<typeof workspace>;
