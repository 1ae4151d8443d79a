import { agreementsQuerySchema } from '@asp/bff/contract'
import { paths, withQuery, type BuiltPath } from '../../../../app/paths.ts'
import type { AgreementFilters } from '../api/find-contact-agreements.ts'

/** The agreements list's filters as the form and the address hold them: strings, empty when not set. */
export interface AgreementFilterValues {
  view: string
  status: string
  page: string
}

export function agreementFilterValuesOf(searchParams: URLSearchParams): AgreementFilterValues {
  return {
    view: searchParams.get('view') ?? '',
    status: searchParams.get('status') ?? '',
    page: searchParams.get('page') ?? '',
  }
}

/**
 * The filters to ask the API for (only those set, so that equal lists share one cache entry), or
 * `undefined` when the address holds something the contract refuses.
 */
export function checkAgreementFilters(values: AgreementFilterValues): {
  filters?: AgreementFilters
} {
  const parsed = agreementsQuerySchema.safeParse({
    view: values.view || undefined,
    status: values.status || undefined,
    page: values.page || undefined,
  })
  if (!parsed.success) {
    return {}
  }
  const { view, status, page } = parsed.data
  return {
    filters: {
      ...(view === 'all' ? {} : { view }),
      ...(status === undefined ? {} : { status }),
      ...(page === 1 ? {} : { page }),
    },
  }
}

/** The list's address for these filters, leaving out the defaults: `/contact-agreements?view=reviews_due`. */
export function agreementsHref(values: AgreementFilterValues, page?: number): BuiltPath {
  return withQuery(paths.contactAgreements, {
    view: values.view === 'all' ? undefined : values.view,
    status: values.status,
    page: page === undefined || page === 1 ? undefined : String(page),
  })
}
