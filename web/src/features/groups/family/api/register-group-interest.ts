import { groupEndpoints, type GroupEvent, type groupEventsPageSchema } from '@asp/bff/contract'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { z } from 'zod'
import { apiFetch } from '../../../../lib/api-client.ts'
import { groupEventQueries } from './find-group-events.ts'

type GroupEventsPage = z.infer<typeof groupEventsPageSchema>

/**
 * `POST /api/group-events/:eventId/interest`: registers interest in a course with no dates yet, so
 * that the family is emailed when staff publish them. The course is marked at once in every page
 * of the list and on its own page.
 */
export function useRegisterGroupInterest() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (eventId: string) =>
      apiFetch(groupEndpoints.registerGroupInterest, { params: { eventId } }),
    onSuccess: async ({ eventId }) => {
      queryClient.setQueriesData<GroupEventsPage>(
        { queryKey: groupEventQueries.lists() },
        (page) =>
          page && {
            ...page,
            plannedCourses: page.plannedCourses.map((course) =>
              course.id === eventId ? { ...course, interestRegistered: true } : course,
            ),
          },
      )
      queryClient.setQueryData<GroupEvent>(
        groupEventQueries.detail(eventId).queryKey,
        (event) => event && { ...event, interestRegistered: true },
      )
      await queryClient.invalidateQueries({
        queryKey: groupEventQueries.all(),
        refetchType: 'none',
      })
    },
  })
}
