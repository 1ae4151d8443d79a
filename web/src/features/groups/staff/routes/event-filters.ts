import { managedGroupEventsQuerySchema } from '@asp/bff/contract'
import { paths, withQuery, type BuiltPath } from '../../../../app/paths.ts'
import { fieldErrorsOf } from '../../../../lib/form-errors.tsx'
import type { GroupEventFilters } from '../api/get-group-event.ts'

/** The list's filters as the form and the address hold them: strings, empty when not set. */
export interface EventFilterValues {
  when: string
  kind: string
  localAuthorityId: string
  month: string
  page: string
}

export const eventFilterFields = ['when', 'kind', 'localAuthorityId', 'month'] as const

/** The events the list shows when nothing is chosen: those still to come. */
export const defaultWhen = 'upcoming'

export function eventFilterValuesOf(searchParams: URLSearchParams): EventFilterValues {
  return {
    when: searchParams.get('when') ?? defaultWhen,
    kind: searchParams.get('kind') ?? '',
    localAuthorityId: searchParams.get('localAuthorityId') ?? '',
    month: searchParams.get('month') ?? '',
    page: searchParams.get('page') ?? '',
  }
}

export type CheckedEventFilters =
  | { filters: GroupEventFilters; errors?: undefined }
  | { filters?: undefined; errors: Record<string, string> }

/**
 * Checks the filters with the contract's rules: the filters to ask the API for (only those set,
 * so that equal lists share one cache entry, and the first page with no filters is `{}`), or the
 * messages of those that break a rule.
 */
export function checkEventFilters(values: EventFilterValues): CheckedEventFilters {
  const parsed = managedGroupEventsQuerySchema.safeParse({
    when: values.when || undefined,
    kind: values.kind || undefined,
    localAuthorityId: values.localAuthorityId || undefined,
    month: values.month || undefined,
    page: values.page || undefined,
  })
  if (!parsed.success) {
    return { errors: fieldErrorsOf(parsed.error) }
  }
  const { when, page, ...chosen } = parsed.data
  return {
    filters: {
      ...(when === defaultWhen ? {} : { when }),
      ...Object.fromEntries(Object.entries(chosen).filter(([, value]) => value !== undefined)),
      ...(page === 1 ? {} : { page }),
    },
  }
}

/** The list's address for these filters, leaving out the defaults: `/group-programme?when=past`. */
export function eventsHref(values: EventFilterValues, page?: number): BuiltPath {
  return withQuery(paths.groupProgramme, {
    when: values.when === defaultWhen ? undefined : values.when,
    kind: values.kind,
    localAuthorityId: values.localAuthorityId,
    month: values.month,
    page: page === undefined || page === 1 ? undefined : String(page),
  })
}

const monthFormat = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

/**
 * The months the filter offers, earliest first, as `{ value: '2026-10', text: 'October 2026' }`:
 * those with events, and the one chosen in the address (when it is a month) even if it has none.
 */
export function monthChoices(
  monthsWithEvents: string[],
  chosen: string,
): { value: string; text: string }[] {
  const isMonth = /^\d{4}-(0[1-9]|1[0-2])$/.test(chosen)
  const months = [...new Set(isMonth ? [...monthsWithEvents, chosen] : monthsWithEvents)].sort()
  return months.map((value) => ({
    value,
    text: monthFormat.format(new Date(`${value}-01T00:00:00Z`)),
  }))
}
