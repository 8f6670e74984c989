import type { CaseType, ReasonCategory } from '../../../../shared/domain/aftersales';

/** What the queue shows: tab (mine / team / others), the counter's "urgent" shortcut, and the shared filters. */
export interface DeskFilters {
  tab: 'mine' | 'team' | 'others';
  urgent: boolean;
  type?: CaseType;
  reasonCategory?: ReasonCategory;
  waitingOn?: 'buyer' | 'platform' | 'review';
  dispute: boolean;
  skuCode?: string;
  storeId?: string;
}

export const defaultDeskFilters: DeskFilters = { tab: 'team', urgent: false, dispute: false };

/** The header's counter links to `/desk?due=urgent`: the team's cases overdue or due within 2 hours. */
export const urgentDeskPath = '/desk?due=urgent';

export const filtersFromSearch = (search: string, base: DeskFilters): DeskFilters =>
  new URLSearchParams(search).get('due') === 'urgent' ? { ...defaultDeskFilters, urgent: true } : base;

export const queueInput = (f: DeskFilters, limit: number, offset: number) => ({
  scope: f.tab === 'mine' ? ('mine' as const) : ('team' as const),
  view: f.tab === 'others' ? ('others' as const) : ('merchant' as const),
  due: f.urgent && f.tab !== 'others' ? ('urgent' as const) : ('all' as const),
  type: f.type,
  reasonCategory: f.reasonCategory,
  waitingOn: f.tab === 'others' ? f.waitingOn : undefined,
  dispute: f.dispute ? true : undefined,
  skuCode: f.skuCode || undefined,
  storeId: f.storeId,
  limit,
  offset,
});
