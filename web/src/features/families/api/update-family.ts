import { familyEndpoints, type updateFamilySchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'
import { familyQueries } from './get-family.ts'

/** `PATCH /api/families/:familyId`: address, telephone and local authority, with its version. */
export function useUpdateFamily(familyId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof updateFamilySchema>) =>
      apiFetch(familyEndpoints.updateFamily, { params: { familyId }, body }),
    onSuccess: (family) => {
      queryClient.setQueryData(familyQueries.detail(familyId).queryKey, family)
    },
  })
}
