// A user's phone and email, beside the user (users/entities.ts), declared once (storage/table.ts).
import { col, defineTable } from '../storage/table';

export const userContactTable = defineTable('user_contact', {
  userId: col.id(),
  phone: col.text().withDefault(),
  email: col.text().withDefault(),
  updatedAt: col.text(),
});
