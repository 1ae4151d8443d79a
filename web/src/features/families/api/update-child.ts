import { familyEndpoints, type updateChildSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'
import { putChild } from './get-family.ts'

/** `PATCH /api/families/:familyId/children/:childId`: change a child's details, with its version. */
export function useUpdateChild(familyId: string, childId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof updateChildSchema>) =>
      apiFetch(familyEndpoints.updateChild, { params: { familyId, childId }, body }),
    onSuccess: (child) => {
      putChild(queryClient, familyId, child)
    },
  })
}
