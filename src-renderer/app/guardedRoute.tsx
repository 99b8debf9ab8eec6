// A route whose page only those who may call `method` see (see RequireAccess). A function, not a
// component: <Routes> takes only <Route> elements as its children.
import type { ReactNode } from 'react';
import { Route } from 'react-router';
import type { Method } from '../../shared/api/contract';
import { RequireAccess } from './RequireAccess';

export function guardedRoute(path: string, method: Method, page: ReactNode) {
  return <Route key={path} path={path} element={<RequireAccess method={method}>{page}</RequireAccess>} />;
}
