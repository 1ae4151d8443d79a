import { configure, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../../../test/factories.ts'
import { apiErrorResponse, mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import {
  areaIds,
  buildGroupEventSummary,
  buildGroupEventsPage,
  buildPlannedCourse,
  courseId,
  eventId,
  nthId,
} from '../test/factories.ts'
import { groupEventsHandler, signedInAsAdopter } from '../test/handlers.ts'

// Pages load through the app's loaders: give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 })

/** The text of a summary list row's value, found by its key. */
function valueOf(container: HTMLElement, key: string) {
  return within(container).getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

function card(title: string) {
  return screen
    .getByRole('heading', { level: 3, name: title })
    .closest('.govuk-summary-card') as HTMLElement
}

describe('groups and training', { timeout: 30_000 }, () => {
  it('lists the upcoming events with when, where, who for and places left', async () => {
    signedInAsAdopter()
    const events = groupEventsHandler()
    server.use(events.handler)
    renderRoute('/groups')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Groups and training' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Groups and training – Adoption support')
    expect(events.queries.map((query) => query.toString())).toEqual(['page=1'])

    const stayAndPlay = card('Stay and play at Foleshill')
    expect(within(stayAndPlay).getByRole('link')).toHaveAttribute('href', `/groups/${eventId}`)
    expect(valueOf(stayAndPlay, 'Type')).toBe('Stay and play (under 5s)')
    expect(valueOf(stayAndPlay, 'When')).toBe('Thursday 3 December 2026, 10am to 12pm')
    expect(valueOf(stayAndPlay, 'Where')).toBe('Foleshill Family Hub')
    expect(valueOf(stayAndPlay, 'Area')).toBe('Coventry City Council')
    expect(valueOf(stayAndPlay, 'Who it is for')).toBe(
      'Adoptive parentsSpecial guardiansChildren and young people, for children aged 0 to 4',
    )
    expect(valueOf(stayAndPlay, 'Places')).toBe('3 places left')
    expect(within(stayAndPlay).queryByText('Your booking')).not.toBeInTheDocument()

    const course = card('Understanding trauma: a course for adoptive parents')
    expect(within(course).getByRole('link')).toHaveAttribute('href', `/groups/${courseId}`)
    expect(valueOf(course, 'When')).toBe('Starts Thursday 14 January 2027 at 7pm5 sessions')
    expect(valueOf(course, 'Where')).toBe('Online')
    expect(valueOf(course, 'Area')).toBe('All areas')
    expect(valueOf(course, 'Places')).toBe('Full – join the waiting list')
    expect(within(course).getByText('On the waiting list')).toHaveClass('govuk-tag')

    expect(screen.getByRole('status')).toHaveTextContent('2 events')
    expect(screen.queryByRole('navigation', { name: 'Pagination' })).not.toBeInTheDocument()
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Your bookings' }),
    ).toHaveAttribute('href', '/groups/bookings')
  })

  it('filters by type, area and month in the address, and pages through 20 at a time', async () => {
    signedInAsAdopter()
    const month = '2027-03'
    const events = groupEventsHandler((query) => {
      const page = Number(query.get('page') ?? '1')
      return buildGroupEventsPage({
        items: Array.from({ length: page < 3 ? 20 : 5 }, (_, index) =>
          buildGroupEventSummary({
            id: nthId((page - 1) * 20 + index + 1),
            title: `Stay and play ${String((page - 1) * 20 + index + 1)}`,
          }),
        ),
        page,
        total: 45,
        plannedCourses: [],
        // Nothing in February.
        months: ['2026-12', '2027-01', '2027-03'],
      })
    })
    server.use(events.handler)
    const { user, router } = renderRoute('/groups')
    await screen.findByRole('heading', { level: 1, name: 'Groups and training' })

    // Only the months with upcoming events.
    const monthSelect = screen.getByRole('combobox', { name: 'Month' })
    expect(
      within(monthSelect)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any month', 'December 2026', 'January 2027', 'March 2027'])
    expect(
      within(screen.getByRole('combobox', { name: 'Area' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All areas', 'Coventry City Council', 'Solihull Metropolitan Borough Council'])

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Type' }),
      'Stay and play (under 5s)',
    )
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Area' }),
      'Solihull Metropolitan Borough Council',
    )
    await user.selectOptions(monthSelect, 'March 2027')
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))

    await waitFor(() => {
      expect(currentLocation(router).path).toBe(
        `/groups?kind=stay_and_play&localAuthorityId=${areaIds.solihull}&month=${month}`,
      )
    })
    // Found and checked in one step: the filtered list may replace the unfiltered one's line,
    // which says the same, between finding it and checking it.
    await waitFor(() => {
      expect(screen.getByText('45 events: showing 1 to 20')).toBeInTheDocument()
    })
    expect(Object.fromEntries(events.queries.at(-1) ?? [])).toEqual({
      kind: 'stay_and_play',
      localAuthorityId: areaIds.solihull,
      month,
      page: '1',
    })
    // The form shows what the address asks for.
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('stay_and_play')
    expect(screen.getByRole('combobox', { name: 'Area' })).toHaveValue(areaIds.solihull)
    expect(screen.getByRole('combobox', { name: 'Month' })).toHaveValue(month)

    const filtered = `/groups?kind=stay_and_play&localAuthorityId=${areaIds.solihull}&month=${month}`
    const pagination = () => screen.getByRole('navigation', { name: 'Pagination' })
    await waitFor(() => {
      expect(within(pagination()).getByRole('link', { name: 'Page 3' })).toHaveAttribute(
        'href',
        `${filtered}&page=3`,
      )
    })
    expect(within(pagination()).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await user.click(within(pagination()).getByRole('link', { name: 'Page 3' }))
    expect(await screen.findByText('45 events: showing 41 to 45')).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(
      `/groups?kind=stay_and_play&localAuthorityId=${areaIds.solihull}&month=${month}&page=3`,
    )
    expect(document.title).toBe('Groups and training (page 3 of 3) – Adoption support')
    expect(screen.getByRole('heading', { level: 3, name: 'Stay and play 41' })).toBeInTheDocument()
    expect(
      within(screen.getByRole('navigation', { name: 'Pagination' })).queryByRole('link', {
        name: /Next/,
      }),
    ).not.toBeInTheDocument()

    await user.click(screen.getByRole('link', { name: 'Clear filters' }))
    await waitFor(() => {
      expect(screen.getByRole('combobox', { name: 'Type' })).toHaveValue('')
    })
    expect(currentLocation(router).path).toBe('/groups')
    expect(await screen.findByText('45 events: showing 1 to 20')).toBeInTheDocument()
  })

  it('says when nothing matches the filters', async () => {
    signedInAsAdopter()
    server.use(
      groupEventsHandler(() => buildGroupEventsPage({ items: [], total: 0, plannedCourses: [] }))
        .handler,
    )
    renderRoute('/groups?kind=fun_day&month=2027-02')
    expect(
      await screen.findByText(
        'There are no upcoming events that match your filters. Try another type, area or month, or clear the filters.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('No events found')
    // The month in the address is offered too, though it has no events.
    const monthSelect = screen.getByRole('combobox', { name: 'Month' })
    expect(monthSelect).toHaveValue('2027-02')
    expect(
      within(monthSelect)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any month', 'December 2026', 'January 2027', 'February 2027'])
  })

  it('registers interest in a course with no dates yet', async () => {
    signedInAsAdopter()
    let registered = false
    server.use(
      groupEventsHandler(() =>
        buildGroupEventsPage({
          plannedCourses: [buildPlannedCourse({ interestRegistered: registered })],
        }),
      ).handler,
      http.post(mswPath('registerGroupInterest'), ({ params }) => {
        registered = true
        return HttpResponse.json({ eventId: String(params.eventId), registered: true })
      }),
    )
    const { user } = renderRoute('/groups')
    const section = (
      await screen.findByRole('heading', {
        level: 2,
        name: 'Courses with no dates yet',
      })
    ).closest('section') as HTMLElement
    expect(
      within(section).getByRole('heading', {
        level: 3,
        name: 'Non-violent resistance (NVR) course',
      }),
    ).toBeInTheDocument()
    await user.click(
      within(section).getByRole('button', {
        name: 'Register interest in Non-violent resistance (NVR) course',
      }),
    )
    expect(await within(section).findByText('You have registered interest')).toBeInTheDocument()
    expect(within(section).queryByRole('button')).not.toBeInTheDocument()
    expect(registered).toBe(true)
  })

  it('explains a refused registration of interest', async () => {
    signedInAsAdopter()
    server.use(
      groupEventsHandler().handler,
      http.post(mswPath('registerGroupInterest'), () =>
        apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'This course has dates now: book a place instead',
        }),
      ),
    )
    const { user } = renderRoute('/groups')
    await user.click(
      await screen.findByRole('button', {
        name: 'Register interest in Non-violent resistance (NVR) course',
      }),
    )
    expect(
      await within(screen.getByRole('alert')).findByText(
        'This course has dates now: book a place instead',
      ),
    ).toBeInTheDocument()
    expect(document.title).toBe('Error: Groups and training – Adoption support')
  })

  it('is for families only', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'birth_relative' } })))
    renderRoute('/groups')
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
