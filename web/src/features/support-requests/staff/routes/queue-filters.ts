import { queueQuerySchema } from '@asp/bff/contract'
import { paths, withQuery, type BuiltPath } from '../../../../app/paths.ts'
import { fieldErrorsOf } from '../../../../lib/form-errors.tsx'
import type { QueueFilters } from '../api/get-support-request.ts'

/** The queue's filters as the form and the address hold them: strings, empty when not set. */
export interface QueueFilterValues {
  q: string
  localAuthorityId: string
  queue: string
  category: string
  status: string
  workerId: string
}

export const queueFilterFields = [
  'q',
  'localAuthorityId',
  'queue',
  'category',
  'status',
  'workerId',
] as const satisfies readonly (keyof QueueFilterValues)[]

/** The view the queue shows when none is chosen: what waits for the support line. */
export const defaultStatus = 'waiting'

/** The filters as the address holds them; the view is "waiting" unless another is chosen. */
export function queueFilterValuesOf(searchParams: URLSearchParams): QueueFilterValues {
  return {
    q: searchParams.get('q') ?? '',
    localAuthorityId: searchParams.get('localAuthorityId') ?? '',
    queue: searchParams.get('queue') ?? '',
    category: searchParams.get('category') ?? '',
    status: searchParams.get('status') ?? defaultStatus,
    workerId: searchParams.get('workerId') ?? '',
  }
}

export type CheckedQueueFilters =
  | { filters: QueueFilters & { page: number }; errors?: undefined }
  | { filters?: undefined; errors: Record<string, string> }

/**
 * Checks the filters with the contract's rules: either the filters to ask the API for, or the
 * messages of those that break a rule (a search too long, say).
 */
export function checkQueueFilters(
  values: QueueFilterValues,
  page: string | null = null,
): CheckedQueueFilters {
  const parsed = queueQuerySchema.safeParse({
    q: values.q.trim() || undefined,
    localAuthorityId: values.localAuthorityId || undefined,
    queue: values.queue || undefined,
    category: values.category || undefined,
    status: values.status || undefined,
    workerId: values.workerId || undefined,
    page: page ?? undefined,
  })
  if (!parsed.success) {
    return { errors: fieldErrorsOf(parsed.error) }
  }
  // Only the filters that are set, so that equal searches share one cache entry.
  const filters = Object.fromEntries(
    Object.entries(parsed.data).filter(([, value]) => value !== undefined),
  ) as QueueFilters & { page: number }
  return { filters }
}

/** The queue's address for these filters, leaving out the defaults: `/support-line/queue?q=Rowe`. */
export function queueHref(values: QueueFilterValues, page?: number): BuiltPath {
  return withQuery(paths.supportLineQueue, {
    q: values.q.trim(),
    localAuthorityId: values.localAuthorityId,
    queue: values.queue,
    category: values.category,
    status: values.status === defaultStatus ? undefined : values.status,
    workerId: values.workerId,
    page: page === undefined || page === 1 ? undefined : String(page),
  })
}
