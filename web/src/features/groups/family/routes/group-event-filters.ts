import { groupEventsQuerySchema } from '@asp/bff/contract'
import { paths, withQuery, type BuiltPath } from '../../../../app/paths.ts'
import { fieldErrorsOf } from '../../../../lib/form-errors.tsx'
import type { GroupEventFilters } from '../api/find-group-events.ts'

/** The filters of "Groups and training" as the form and the address hold them: empty when not set. */
export interface GroupEventFilterValues {
  kind: string
  localAuthorityId: string
  month: string
}

export const groupEventFilterFields = [
  'kind',
  'localAuthorityId',
  'month',
] as const satisfies readonly (keyof GroupEventFilterValues)[]

export function groupEventFilterValuesOf(searchParams: URLSearchParams): GroupEventFilterValues {
  return {
    kind: searchParams.get('kind') ?? '',
    localAuthorityId: searchParams.get('localAuthorityId') ?? '',
    month: searchParams.get('month') ?? '',
  }
}

export type CheckedGroupEventFilters =
  | { filters: GroupEventFilters & { page: number }; errors?: undefined }
  | { filters?: undefined; errors: Record<string, string> }

/**
 * Checks the filters with the contract's rules: the filters to ask the API for, or the messages of
 * those that break one (a month typed into the address by hand, say).
 */
export function checkGroupEventFilters(
  values: GroupEventFilterValues,
  page: string | null = null,
): CheckedGroupEventFilters {
  const parsed = groupEventsQuerySchema.safeParse({
    kind: values.kind || undefined,
    localAuthorityId: values.localAuthorityId || undefined,
    month: values.month || undefined,
    page: page ?? undefined,
  })
  if (!parsed.success) {
    return { errors: fieldErrorsOf(parsed.error) }
  }
  // Only the filters that are set, so that equal searches share one cache entry.
  const filters = Object.fromEntries(
    Object.entries(parsed.data).filter(([, value]) => value !== undefined),
  ) as GroupEventFilters & { page: number }
  return { filters }
}

/** The API filters for the address: what it asks for, or every event when it breaks a rule. */
export function groupEventFiltersOf(searchParams: URLSearchParams) {
  const values = groupEventFilterValuesOf(searchParams)
  const checked = checkGroupEventFilters(values, searchParams.get('page'))
  return { values, errors: checked.errors, filters: checked.filters ?? { page: 1 } }
}

/** The list's address for these filters: `/groups?kind=stay_and_play&page=2`. */
export function groupEventsHref(values: GroupEventFilterValues, page?: number): BuiltPath {
  return withQuery(paths.groups, {
    kind: values.kind,
    localAuthorityId: values.localAuthorityId,
    month: values.month,
    page: page === undefined || page === 1 ? undefined : String(page),
  })
}
