import { sessionEndpoints } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'

/**
 * `POST /api/session/security-code`: send a security code for the second factor, by the
 * account's own channel (email or text message).
 */
export function useSendSecurityCode() {
  return useMutation({
    mutationFn: () => apiFetch(sessionEndpoints.sendSecurityCode),
  })
}
