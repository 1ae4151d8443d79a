import { endpoints } from '@asp/bff/contract'
import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '../../../lib/api-client.ts'

/** `POST /api/session/email-code`: email a security code for the second factor. */
export function useSendEmailCode() {
  return useMutation({
    mutationFn: () => apiFetch(endpoints.sendEmailCode),
  })
}
