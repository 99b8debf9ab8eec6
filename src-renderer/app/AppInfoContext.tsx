// What app.info said at start (the office, today's date, the mode), for every screen.
import { createContext, useContext } from 'react';
import type { AppInfo } from '../../shared/api/contract';
import type { Office } from '../../shared/schemas/office';

export type ReadyInfo = AppInfo & { office: Office };

export const AppInfoContext = createContext<ReadyInfo | null>(null);

export function useAppInfo(): ReadyInfo {
  const info = useContext(AppInfoContext);
  if (!info) throw new Error('useAppInfo outside AppInfoContext');
  return info;
}
