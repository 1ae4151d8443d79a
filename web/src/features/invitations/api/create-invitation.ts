import { type CreateInvitation, invitationEndpoints } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'

/** `POST /api/invitations`: email a person a link to create their account. */
export function useCreateInvitation() {
  return useMutation({
    mutationFn: (body: CreateInvitation) =>
      apiFetch(invitationEndpoints.createInvitation, { body }),
  })
}
