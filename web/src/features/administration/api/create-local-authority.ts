import { administrationEndpoints, type createLocalAuthoritySchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'
import { localAuthorityQueries } from './find-local-authorities.ts'

/** `POST /api/local-authorities`: add a local authority the agency serves (administrators). */
export function useCreateLocalAuthority() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof createLocalAuthoritySchema>) =>
      apiFetch(administrationEndpoints.createLocalAuthority, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: localAuthorityQueries.all() }),
  })
}
