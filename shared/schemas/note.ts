// Private notes (issue 15 item 4): a panel member's own note on a session or one of its agenda
// items. Only the author ever reads it; it is kept in the office's database and never synced.
import { z } from 'zod';
import { toPersianDigits } from '../text/persian';
import { idSchema, rawText } from './fields';

export const NOTE_MAX = 10_000;

/** A session's note (itemId null) or one item's. */
export const noteTarget = z.object({ sessionId: idSchema, itemId: idSchema.nullable().default(null) });

/** Empty text removes the note. */
export const noteSaveInput = noteTarget.extend({
  text: rawText(
    NOTE_MAX,
    `یادداشت حداکثر ${toPersianDigits(NOTE_MAX)} نویسه می‌تواند باشد.`,
    'متن یادداشت نامعتبر است.',
  ),
});
export type NoteSaveInput = z.input<typeof noteSaveInput>;

export const noteListInput = z.object({ sessionId: idSchema });

export const privateNote = z.object({
  id: z.string(),
  sessionId: z.string(),
  itemId: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PrivateNote = z.infer<typeof privateNote>;
