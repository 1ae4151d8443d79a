import { sessionEndpoints } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'

/** `POST /api/session/sign-out-other-devices`: end every session of this account but this one. */
export function useSignOutOtherDevices() {
  return useMutation({
    mutationFn: () => apiFetch(sessionEndpoints.signOutOtherDevices),
  })
}
