import { groupEndpoints, type markAttendanceSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { groupEventQueries } from './get-group-event.ts'

/**
 * `POST /api/group-programme/events/:eventId/attendance`: who came to a session, and who did not.
 * The register and the figures are asked for again.
 */
export function useMarkGroupAttendance(eventId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof markAttendanceSchema>) =>
      apiFetch(groupEndpoints.markGroupAttendance, { params: { eventId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: groupEventQueries.all() }),
  })
}
