import { assessmentsQuerySchema, type Role } from '@asp/bff/contract'
import { paths, withQuery, type BuiltPath } from '../../../../app/paths.ts'
import type { AssessmentFilters } from '../api/find-assessments.ts'
import { defaultViewOf } from './assessment-staff-roles.ts'

/** The list's filters as the address holds them: strings, empty when not set. */
export interface AssessmentFilterValues {
  view: string
  status: string
  page: string
}

export function assessmentFilterValuesOf(searchParams: URLSearchParams): AssessmentFilterValues {
  return {
    view: searchParams.get('view') ?? '',
    status: searchParams.get('status') ?? '',
    page: searchParams.get('page') ?? '',
  }
}

/**
 * The filters to ask the API for, the view always said (a support worker's list starts with their
 * own), or `undefined` when the address holds something the contract refuses.
 */
export function checkAssessmentFilters(
  values: AssessmentFilterValues,
  role: Role,
): AssessmentFilters | undefined {
  const parsed = assessmentsQuerySchema.safeParse({
    view: values.view || defaultViewOf(role),
    status: values.status || undefined,
    page: values.page || undefined,
  })
  if (!parsed.success) {
    return undefined
  }
  const { view, status, page } = parsed.data
  return {
    view,
    ...(status === undefined ? {} : { status }),
    ...(page === 1 ? {} : { page }),
  }
}

/** The list's address for these filters: `/needs-assessments?view=late&status=waiting&page=2`. */
export function assessmentsHref(filters: {
  view: string
  status?: string | undefined
  page?: number | undefined
}): BuiltPath {
  return withQuery(paths.needsAssessments, {
    view: filters.view,
    status: filters.status,
    page: filters.page === undefined || filters.page === 1 ? undefined : String(filters.page),
  })
}
