import { assessmentEndpoints, type AssessmentSection } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '../../../../lib/api-client.ts'
import { assessmentStaffKeys } from './assessment-staff-keys.ts'

/**
 * `GET …/sections/:section/versions`: every saved version of a section, and
 * `GET …/sections/:section/compare?from=&to=`: two of them compared word by word.
 */
export const sectionHistoryQueries = {
  all: () => [...assessmentStaffKeys.all(), 'section-history'] as const,
  versions: (assessmentId: string, section: AssessmentSection) =>
    queryOptions({
      queryKey: [...sectionHistoryQueries.all(), assessmentId, section] as const,
      queryFn: ({ signal }) =>
        apiFetch(assessmentEndpoints.getSectionHistory, {
          params: { assessmentId, section },
          signal,
        }),
    }),
  comparison: (assessmentId: string, section: AssessmentSection, from: number, to: number) =>
    queryOptions({
      queryKey: [...sectionHistoryQueries.all(), assessmentId, section, from, to] as const,
      queryFn: ({ signal }) =>
        apiFetch(assessmentEndpoints.compareSectionVersions, {
          params: { assessmentId, section },
          query: { from, to },
          signal,
        }),
    }),
}
