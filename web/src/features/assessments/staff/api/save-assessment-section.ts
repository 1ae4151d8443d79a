import {
  assessmentEndpoints,
  type AssessmentSection,
  type saveSectionSchema,
} from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { refreshAssessmentsStaff } from './assessment-staff-keys.ts'

/**
 * `PUT …/sections/:section`: save a section at the version it was read. A 409 means someone else
 * saved it since: the page keeps what was typed.
 */
export function useSaveAssessmentSection(assessmentId: string, section: AssessmentSection) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof saveSectionSchema>) =>
      apiFetch(assessmentEndpoints.saveAssessmentSection, {
        params: { assessmentId, section },
        body,
      }),
    onSuccess: () => {
      // The task list, the status (a first save starts a waiting assessment) and the history.
      refreshAssessmentsStaff(queryClient)
    },
  })
}
