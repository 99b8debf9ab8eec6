// What the resolution page's lifecycle parts share: the resolution, the signed-in user, the
// expert opinions, the rulings and letters, and the references catalog. Everything reloads when
// the resolution's rev changes, which every action bumps.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Council } from '../../../../shared/schemas/council';
import type { Resolution } from '../../../../shared/schemas/resolution';
import type { LegalReference, ReviewState } from '../../../../shared/schemas/review';
import type { LifecycleRecords } from '../../../../shared/schemas/ruling';
import type { CurrentUser } from '../../../../shared/schemas/user';
import { useCall } from '../../../api/useCall';
import { useAppInfo } from '../../../app/AppInfoContext';

export interface Lifecycle {
  r: Resolution;
  user: CurrentUser | null;
  review: ReviewState | undefined;
  records: LifecycleRecords | undefined;
  references: LegalReference[];
  /** the resolution's council (its kind decides the competent dispute board) */
  council: Council | undefined;
  /** what failed to load, if anything */
  error: unknown;
  /** reloads the resolution (and so everything here) after an action */
  changed: () => void;
}

const LifecycleContext = createContext<Lifecycle | null>(null);

export function useLifecycle(): Lifecycle {
  const value = useContext(LifecycleContext);
  if (!value) throw new Error('useLifecycle outside LifecycleProvider');
  return value;
}

export function LifecycleProvider({
  r,
  onChanged,
  children,
}: {
  r: Resolution;
  onChanged: () => void;
  children: ReactNode;
}) {
  const { user } = useAppInfo();
  const key = `${r.id}:${r.rev}`;
  const review = useCall('review.get', { resolutionId: r.id }, key);
  const records = useCall('lifecycle.records', { resolutionId: r.id }, key);
  // the catalog changes only through sync: once per page is enough
  const references = useCall('references.list', { includeInactive: true }, 'catalog');
  const councils = useCall('councils.list', { includeInactive: true }, 'councils');
  const council = councils.data?.find((c) => c.id === r.councilId);
  const value = useMemo<Lifecycle>(
    () => ({
      r,
      user,
      review: review.data,
      records: records.data,
      references: references.data ?? [],
      council,
      error: review.error ?? records.error ?? references.error,
      changed: onChanged,
    }),
    [
      r,
      user,
      review.data,
      review.error,
      records.data,
      records.error,
      references.data,
      references.error,
      council,
      onChanged,
    ],
  );
  return <LifecycleContext.Provider value={value}>{children}</LifecycleContext.Provider>;
}
