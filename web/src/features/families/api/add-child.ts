import { type addChildSchema, familyEndpoints } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'
import { putChild } from './get-family.ts'

/** `POST /api/families/:familyId/children`: add a child to a family's record. */
export function useAddChild(familyId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof addChildSchema>) =>
      apiFetch(familyEndpoints.addChild, { params: { familyId }, body }),
    onSuccess: (child) => {
      putChild(queryClient, familyId, child)
    },
  })
}
