import { administrationEndpoints, type recordConflictSchema } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'

/**
 * `POST /api/conflicts-of-interest`: a member of staff must no longer reach a family's records
 * (administrators and team managers).
 */
export function useRecordConflictOfInterest() {
  return useMutation({
    mutationFn: (body: z.input<typeof recordConflictSchema>) =>
      apiFetch(administrationEndpoints.recordConflictOfInterest, { body }),
  })
}
