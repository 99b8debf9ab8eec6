// The register's view (page, sort, filters) lives in the URL's search params, so Back from a
// resolution returns to the same view and a view can be bookmarked.
import type { ResolutionListInput, ResolutionSortField } from '../../../shared/schemas/resolution';
import { RESOLUTION_SORT_FIELDS } from '../../../shared/schemas/resolution';
import { CATEGORY_CODES, type CategoryCode } from '../../../shared/domain/categories';
import { STATUS_CODES, type StatusCode } from '../../../shared/domain/statuses';

export const PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 50;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export interface RegisterQuery {
  page: number;
  pageSize: number;
  sort: ResolutionSortField;
  dir: 'asc' | 'desc';
  q: string;
  councilId: string | null;
  category: CategoryCode | null;
  status: StatusCode[];
  from: string | null;
  to: string | null;
  /** only resolutions registered after their objection window had ended */
  late: boolean;
}

export const DEFAULT_QUERY: RegisterQuery = {
  page: 0,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: 'receiptDate',
  dir: 'desc',
  q: '',
  councilId: null,
  category: null,
  status: [],
  from: null,
  to: null,
  late: false,
};

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseQuery(params: URLSearchParams): RegisterQuery {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('size'));
  return {
    page: Number.isInteger(page) && page > 0 ? page : 0,
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    sort: oneOf(params.get('sort'), RESOLUTION_SORT_FIELDS) ?? DEFAULT_QUERY.sort,
    dir: params.get('dir') === 'asc' ? 'asc' : 'desc',
    q: params.get('q') ?? '',
    councilId: params.get('council') || null,
    category: oneOf(params.get('category'), CATEGORY_CODES),
    status: (params.get('status') ?? '')
      .split(',')
      .map((s) => oneOf(s, STATUS_CODES))
      .filter((s): s is StatusCode => s !== null),
    from: ISO.test(params.get('from') ?? '') ? params.get('from') : null,
    to: ISO.test(params.get('to') ?? '') ? params.get('to') : null,
    late: params.get('late') === '1',
  };
}

/** Only what differs from the default view goes into the URL. */
export function toParams(query: RegisterQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (query.page) p.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) p.set('size', String(query.pageSize));
  if (query.sort !== DEFAULT_QUERY.sort || query.dir !== DEFAULT_QUERY.dir) {
    p.set('sort', query.sort);
    p.set('dir', query.dir);
  }
  if (query.q.trim()) p.set('q', query.q);
  if (query.councilId) p.set('council', query.councilId);
  if (query.category) p.set('category', query.category);
  if (query.status.length) p.set('status', query.status.join(','));
  if (query.from) p.set('from', query.from);
  if (query.to) p.set('to', query.to);
  if (query.late) p.set('late', '1');
  return p;
}

export function hasFilters(query: RegisterQuery): boolean {
  return Boolean(
    query.q.trim() || query.councilId || query.category || query.status.length || query.from || query.to || query.late,
  );
}

export function toListInput(query: RegisterQuery): ResolutionListInput {
  const filter: NonNullable<ResolutionListInput['filter']> = {};
  if (query.q.trim()) filter.q = query.q.trim();
  if (query.councilId) filter.councilId = query.councilId;
  if (query.category) filter.category = query.category;
  if (query.status.length) filter.status = query.status;
  if (query.from) filter.receivedFrom = query.from;
  if (query.to) filter.receivedTo = query.to;
  if (query.late) filter.late = true;
  return { page: query.page, pageSize: query.pageSize, sort: { field: query.sort, dir: query.dir }, filter };
}
