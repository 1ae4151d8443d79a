import { familyEndpoints, type updateFamilyParentSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'
import { putParent } from './get-family.ts'

/**
 * `PATCH /api/families/:familyId/parents/:parentId`: change an adoptive parent's or special
 * guardian's details, with their version.
 */
export function useUpdateParent(familyId: string, parentId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof updateFamilyParentSchema>) =>
      apiFetch(familyEndpoints.updateFamilyParent, { params: { familyId, parentId }, body }),
    onSuccess: (parent) => {
      putParent(queryClient, familyId, parent)
    },
  })
}
