import {
  administrationEndpoints,
  type StaffMember,
  type updateStaffMemberSchema,
} from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../lib/api-client.ts'
import { staffQueries } from './find-staff.ts'

/**
 * `PATCH /api/staff/:userId`: a member of staff's role and local authorities, or disable their
 * account, with the version it was read at (administrators).
 */
export function useUpdateStaffMember(userId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof updateStaffMemberSchema>) =>
      apiFetch(administrationEndpoints.updateStaffMember, { params: { userId }, body }),
    onSuccess: (member) => {
      queryClient.setQueryData(staffQueries.list().queryKey, (list?: { staff: StaffMember[] }) =>
        list === undefined
          ? undefined
          : {
              staff: list.staff.map((candidate) =>
                candidate.id === member.id ? member : candidate,
              ),
            },
      )
    },
  })
}
