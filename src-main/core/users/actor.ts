// Who a user is when acting (the Actor every core call takes), and how the UI sees the signed-in user.
import type { CurrentUser } from '../../../shared/schemas/user';
import type { Role } from '../../../shared/lifecycle/roles';
import type { Actor } from '../context';
import type { UserRow } from './entities';

export function actorOf(r: UserRow): Actor {
  return {
    id: r.id,
    name: r.fullName,
    role: r.role as Role,
    isChair: Boolean(r.isChair),
    username: r.username,
    title: r.title,
  };
}

export function currentUserOf(a: Actor): CurrentUser {
  return {
    id: a.id,
    username: a.username ?? a.id,
    fullName: a.name,
    title: a.title ?? '',
    role: a.role as Role,
    isChair: Boolean(a.isChair),
  };
}
