import { type acceptInvitationSchema, invitationEndpoints } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'

/** `POST /api/invitations/:token/accept`: create the account with a password. */
export function useAcceptInvitation(token: string) {
  return useMutation({
    mutationFn: (body: z.input<typeof acceptInvitationSchema>) =>
      apiFetch(invitationEndpoints.acceptInvitation, { params: { token }, body }),
  })
}
