import { administrationEndpoints, type StaffMember, staffParamsSchema } from '@asp/bff/contract'
import { queryOptions } from '@tanstack/react-query'
import { data } from 'react-router'
import { apiFetch } from '../../../lib/api-client.ts'

/** Query keys and options for `GET /api/staff`: the agency's staff accounts. */
export const staffQueries = {
  all: () => ['staff'] as const,
  list: () =>
    queryOptions({
      queryKey: [...staffQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => apiFetch(administrationEndpoints.findStaff, { signal }),
    }),
}

/** The `:userId` of a route, or "Page not found" when it cannot be one (the contract's rule). */
export function parseStaffUserId(params: { userId?: string | undefined }): string {
  const parsed = staffParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data.userId
}

/** A member of staff from the list, or "Page not found". */
export function getStaffMemberById(staff: StaffMember[], userId: string): StaffMember {
  const member = staff.find((candidate) => candidate.id === userId)
  if (!member) {
    throw data(null, { status: 404 })
  }
  return member
}
