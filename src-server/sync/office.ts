// The office a request acts for, as the bearer token resolves it.
import type { Scope } from '../../shared/sync/protocol';
import { scopeOf } from '../../shared/sync/protocol';

export interface AuthedOffice {
  id: string;
  code: string;
  name: string;
  /** the office database's own office id (its records' officeId) */
  clientOfficeId: string;
  province: string;
  county: string;
  scopes: ReadonlySet<Scope>;
  /** when it last read the feed to its end (the admin's office list) */
  lastPullAt: string | null;
  /** the office app's version, as its last pull said (the console's sync health) */
  appVersion: string | null;
}

/** The feed scopes an office reads: national data, its province's, and its own. */
export function feedScopes(o: Pick<AuthedOffice, 'id' | 'province'>): string[] {
  return [scopeOf.national, scopeOf.province(o.province), scopeOf.office(o.id)];
}
