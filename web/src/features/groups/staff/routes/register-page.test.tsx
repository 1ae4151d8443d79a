import type { GroupRegister } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { attendeeIds, buildGroupRegister, eventId, now, sessionIds } from '../test/factories.ts'
import { groupRegisterHandler, recorder, signedInAs } from '../test/handlers.ts'

const path = `/group-programme/${eventId}/register`

/** The register once Amir Khan walked in to the first session. */
function withWalkIn(): GroupRegister {
  const register = buildGroupRegister()
  return {
    ...register,
    booked: [
      ...register.booked,
      {
        bookingId: 'a4d5e6f7-0a1b-4c2d-8e3f-4a5b6c7d8e09',
        kind: 'walk_in',
        familyReference: null,
        localAuthorityName: null,
        bookedAt: now.toISOString(),
        attendees: [
          {
            id: attendeeIds.walkIn,
            name: 'Amir Khan',
            kind: 'walk_in',
            age: null,
            attendance: { [sessionIds[0]]: true, [sessionIds[1]]: null },
          },
        ],
      },
    ],
  }
}

function rowOf(name: string) {
  const cell = within(
    screen.getByRole('table', { name: /^Stay and play at Foleshill:/ }),
  ).getByRole('cell', { name })
  return within(cell.closest('tr')!)
}

describe('the register', { timeout: 60_000 }, () => {
  beforeEach(() => {
    // Only the clock: today is the first session's day.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(now)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('opens at today’s session and saves a mark for everyone on it', async () => {
    const sent = recorder()
    server.use(
      ...signedInAs('support_worker'),
      groupRegisterHandler(),
      http.post(mswPath('markGroupAttendance'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json({ marked: 3 })
      }),
    )
    const { user } = renderRoute(path)

    await screen.findByRole('heading', { level: 1, name: 'Register' })
    expect(document.title).toBe(
      'Register for Saturday 3 October 2026, 10am to midday – Adoption support',
    )
    expect(
      screen.getByRole('radio', { name: 'Session 1: Saturday 3 October 2026, 10am to midday' }),
    ).toBeChecked()
    expect(rowOf('Mia Philips').getByRole('cell', { name: 'Child' })).toBeInTheDocument()
    expect(rowOf('Mia Philips').getByRole('cell', { name: '3' })).toBeInTheDocument()
    expect(rowOf('Mia Philips').getByRole('cell', { name: 'ACE-2024-0117' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Present Oscar Mistry' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Present Sarah Philips' })).not.toBeChecked()
    expect(screen.getByRole('link', { name: 'Download the register (CSV)' })).toHaveAttribute(
      'href',
      `/api/group-programme/events/${eventId}/register.csv`,
    )
    // The waiting list, in order, to read only.
    const waiting = within(screen.getByRole('table', { name: /waiting, in order/ }))
    expect(waiting.getByRole('cell', { name: 'Priya Patel, Arjun Patel' })).toBeInTheDocument()

    await user.click(screen.getByRole('checkbox', { name: 'Present Sarah Philips' }))
    await user.click(screen.getByRole('checkbox', { name: 'Present Oscar Mistry' }))
    await user.click(screen.getByRole('button', { name: 'Save attendance' }))

    expect(
      await screen.findByText('Attendance saved: 1 present, 2 absent', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(sent.bodies).toEqual([
      {
        sessionId: sessionIds[0],
        marks: [
          { attendeeId: attendeeIds.sarah, present: true },
          { attendeeId: attendeeIds.mia, present: false },
          { attendeeId: attendeeIds.oscar, present: false },
        ],
      },
    ])
  })

  it('adds a walk-in to the session', async () => {
    const sent = recorder()
    let register = buildGroupRegister()
    server.use(
      ...signedInAs('team_manager'),
      http.get(mswPath('getGroupRegister'), () => HttpResponse.json(register)),
      http.post(mswPath('addGroupWalkIn'), async ({ request }) => {
        await sent.record(request)
        register = withWalkIn()
        return HttpResponse.json(
          { bookingId: 'a4d5e6f7-0a1b-4c2d-8e3f-4a5b6c7d8e09', attendeeId: attendeeIds.walkIn },
          { status: 201 },
        )
      }),
    )
    const { user } = renderRoute(path)
    await screen.findByRole('heading', { level: 1, name: 'Register' })

    await user.click(screen.getByRole('button', { name: 'Add walk-in' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: 'Enter the person’s full name' }),
    ).toHaveAttribute('href', '#walk-in-name')

    await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Amir Khan')
    await user.click(screen.getByRole('checkbox', { name: 'This is a child' }))
    await user.click(screen.getByRole('button', { name: 'Add walk-in' }))

    expect(
      await screen.findByText('Amir Khan has been added to the register', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(sent.bodies).toEqual([{ sessionId: sessionIds[0], name: 'Amir Khan', isChild: true }])
    expect(await screen.findByRole('checkbox', { name: 'Present Amir Khan' })).toBeChecked()
    expect(rowOf('Amir Khan').getByRole('cell', { name: 'Walk-in' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('')
  })

  it('shows another session’s register, which cannot be marked before its day', async () => {
    server.use(...signedInAs('duty_officer'), groupRegisterHandler(withWalkIn()))
    const { user, router } = renderRoute(path)
    await screen.findByRole('heading', { level: 1, name: 'Register' })

    await user.click(
      screen.getByRole('radio', { name: 'Session 2: Saturday 10 October 2026, 10am to midday' }),
    )
    await user.click(screen.getByRole('button', { name: 'Show the register for this session' }))

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Saturday 10 October 2026, 10am to midday',
      }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`${path}?session=${sessionIds[1]}`)
    expect(
      screen.getByText('You can mark who is present from the day of the session.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save attendance' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add walk-in' })).not.toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Present Sarah Philips' })).toBeDisabled()
    // The first session's walk-in is not on the second's register.
    expect(screen.queryByRole('checkbox', { name: 'Present Amir Khan' })).not.toBeInTheDocument()
  })

  it('can be marked in the hour before a session just after midnight, as the BFF allows', async () => {
    // 23:50 on Friday 9 October in London; the second session starts at 00:15 on the Saturday.
    vi.setSystemTime(new Date('2026-10-09T22:50:00.000Z'))
    const register = buildGroupRegister()
    const [first, second] = register.event.sessions
    const nearMidnight: GroupRegister = {
      ...register,
      event: {
        ...register.event,
        sessions: [
          first!,
          { ...second!, startsAt: '2026-10-09T23:15:00.000Z', endsAt: '2026-10-10T00:15:00.000Z' },
        ],
      },
    }
    server.use(...signedInAs('duty_officer'), groupRegisterHandler(nearMidnight))
    renderRoute(`${path}?session=${sessionIds[1]}`)
    await screen.findByRole('heading', { level: 1, name: 'Register' })
    expect(await screen.findByRole('checkbox', { name: 'Present Sarah Philips' })).toBeEnabled()
    expect(
      screen.queryByText('You can mark who is present from the day of the session.'),
    ).not.toBeInTheDocument()
  })

  it('is not for administrators', async () => {
    server.use(...signedInAs('administrator'), groupRegisterHandler())
    renderRoute(path)
    expect(
      await screen.findByRole('heading', { level: 1, name: /permission/i }),
    ).toBeInTheDocument()
  })
})
