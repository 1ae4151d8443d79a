import type { ManagedGroupEvent } from '@asp/bff/contract'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { localAuthorities } from '../../../../test/factories.ts'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildManagedGroupEvent, eventId } from '../test/factories.ts'
import { groupEventHandler, recorder, signedInAs } from '../test/handlers.ts'

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

/** Types into a field as a paste does: the form sees the same change events, sooner. */
async function fill(
  user: ReturnType<typeof renderRoute>['user'],
  field: HTMLElement,
  text: string,
) {
  await user.click(field)
  await user.paste(text)
}

function session(number: number) {
  return within(screen.getByRole('group', { name: `Session ${String(number)}` }))
}

async function typeSession(
  user: ReturnType<typeof renderRoute>['user'],
  number: number,
  [day, month, year]: [string, string, string],
  start: string,
  end: string,
) {
  const fields = session(number)
  await fill(user, fields.getByRole('textbox', { name: 'Day' }), day)
  await fill(user, fields.getByRole('textbox', { name: 'Month' }), month)
  await fill(user, fields.getByRole('textbox', { name: 'Year' }), year)
  await fill(user, fields.getByRole('textbox', { name: 'Start time' }), start)
  await fill(user, fields.getByRole('textbox', { name: 'End time' }), end)
}

describe('create an event', { timeout: 60_000 }, () => {
  it('shows each problem at its field, adds and removes sessions, and keeps what was typed', async () => {
    const sent = recorder()
    server.use(
      ...signedInAs('support_worker'),
      groupEventHandler(),
      http.post(mswPath('createGroupEvent'), async ({ request }): Promise<Response> => {
        await sent.record(request)
        return sent.bodies.length === 1
          ? apiErrorResponse(400, {
              code: 'VALIDATION_FAILED',
              message: 'There is a problem',
              fieldErrors: {
                capacity: 'Enter 12 places or fewer: the venue holds 12 people',
                'sessions.1.startsAt': 'The session must start in the future',
              },
            })
          : HttpResponse.json<ManagedGroupEvent>(buildManagedGroupEvent(), { status: 201 })
      }),
    )
    const { user, router } = renderRoute('/group-programme/new')
    await screen.findByRole('heading', { level: 1, name: 'Create an event' })
    expect(document.title).toBe('Create an event – Adoption support')

    // Every problem at once, those across fields too.
    await user.click(screen.getByRole('radio', { name: 'In person' }))
    await user.click(screen.getByRole('button', { name: 'Create event' }))
    expect(summaryLinks()).toEqual([
      ['Select the kind of event', '#kind'],
      ['Enter a title', '#title'],
      ['Enter a description', '#description'],
      ['Select who it is for', '#audience'],
      ['Enter the venue', '#venueName'],
      ['Enter the number of places', '#capacity'],
      ['Select whether to publish the dates', '#status'],
    ])
    expect(document.title).toBe('Error: Create an event – Adoption support')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Type of event' }), [
      'Stay and play (under 5s)',
    ])
    await fill(user, screen.getByRole('textbox', { name: 'Title' }), 'Stay and play at Foleshill')
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Description' }),
      'Play, songs and a snack for under 5s.',
    )
    await user.click(screen.getByRole('checkbox', { name: 'Adoptive parents' }))
    // The ages are asked for only when the event is for children.
    const children = screen.getByRole('checkbox', { name: 'Children and young people' })
    const ages = document.getElementById(children.getAttribute('aria-controls') ?? '')
    expect(ages).toHaveClass('govuk-checkboxes__conditional--hidden')
    await user.click(children)
    expect(ages).not.toHaveClass('govuk-checkboxes__conditional--hidden')
    await fill(user, screen.getByRole('textbox', { name: 'Youngest age' }), '0')
    await fill(user, screen.getByRole('textbox', { name: 'Oldest age' }), '4')
    await fill(user, screen.getByRole('textbox', { name: 'Venue' }), 'Foleshill Community Centre')
    await fill(user, screen.getByRole('textbox', { name: 'Number of places' }), '20')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), [
      localAuthorities.coventry.name,
    ])
    expect(screen.queryByRole('group', { name: 'Sessions' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('radio', { name: /^Publish dates now/ }))

    // The first session ends before it starts.
    await typeSession(user, 1, ['3', '10', '2026'], '10am', '9am')
    await user.click(screen.getByRole('button', { name: 'Add another session' }))
    expect(session(2).getByRole('textbox', { name: 'Day' })).toHaveFocus()
    expect(screen.getByText('Session 2 added')).toBeInTheDocument()
    await typeSession(user, 2, ['10', '10', '2026'], '10am', '12pm')
    await user.click(screen.getByRole('button', { name: 'Add another session' }))
    expect(session(3).getByRole('textbox', { name: 'Day' })).toHaveFocus()
    await user.click(session(3).getByRole('button', { name: 'Remove session 3' }))
    expect(screen.queryByRole('group', { name: 'Session 3' })).not.toBeInTheDocument()
    expect(session(2).getByRole('textbox', { name: 'Day' })).toHaveFocus()
    expect(screen.getByText('Session 3 removed')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Create event' }))
    expect(summaryLinks()).toEqual([
      ['The end time of session 1 must be after the start time', '#session-1-endTime'],
    ])
    expect(session(1).getByRole('textbox', { name: 'End time' })).toHaveAccessibleDescription(
      expect.stringContaining('The end time of session 1 must be after the start time'),
    )
    expect(sent.bodies).toEqual([])

    // The API's rules: its messages go to the fields they are about.
    await user.clear(session(1).getByRole('textbox', { name: 'End time' }))
    await fill(user, session(1).getByRole('textbox', { name: 'End time' }), '12pm')
    await user.click(screen.getByRole('button', { name: 'Create event' }))
    expect(
      await screen.findByRole('link', { name: 'The session must start in the future' }),
    ).toHaveAttribute('href', '#session-2-date-day')
    expect(summaryLinks()).toEqual([
      ['Enter 12 places or fewer: the venue holds 12 people', '#capacity'],
      ['The session must start in the future', '#session-2-date-day'],
    ])
    expect(screen.getByRole('textbox', { name: 'Number of places' })).toHaveAccessibleDescription(
      expect.stringContaining('Enter 12 places or fewer: the venue holds 12 people'),
    )
    // Nothing typed is lost.
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Stay and play at Foleshill')
    expect(session(2).getByRole('textbox', { name: 'Start time' })).toHaveValue('10am')
    expect(screen.getByRole('textbox', { name: 'Youngest age' })).toHaveValue('0')

    await user.clear(screen.getByRole('textbox', { name: 'Number of places' }))
    await fill(user, screen.getByRole('textbox', { name: 'Number of places' }), '12')
    await user.click(screen.getByRole('button', { name: 'Create event' }))

    expect(
      await screen.findByText('The event has been created', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/group-programme/${eventId}`)
    expect(sent.bodies[1]).toEqual({
      kind: 'stay_and_play',
      title: 'Stay and play at Foleshill',
      description: 'Play, songs and a snack for under 5s.',
      audience: ['adopters', 'children'],
      minAge: 0,
      maxAge: 4,
      delivery: 'in_person',
      venueName: 'Foleshill Community Centre',
      capacity: 12,
      localAuthorityId: localAuthorities.coventry.id,
      status: 'published',
      // London times, with London's offset that day.
      sessions: [
        { startsAt: '2026-10-03T10:00:00+01:00', endsAt: '2026-10-03T12:00:00+01:00' },
        { startsAt: '2026-10-10T10:00:00+01:00', endsAt: '2026-10-10T12:00:00+01:00' },
      ],
    })
  })

  it('plans a course with no dates, for every area, online', async () => {
    const sent = recorder()
    server.use(
      ...signedInAs('duty_officer'),
      groupEventHandler(buildManagedGroupEvent({ status: 'planned', sessions: [] })),
      http.post(mswPath('createGroupEvent'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<ManagedGroupEvent>(
          buildManagedGroupEvent({ status: 'planned', sessions: [] }),
          { status: 201 },
        )
      }),
    )
    const { user } = renderRoute('/group-programme/new')
    await screen.findByRole('heading', { level: 1, name: 'Create an event' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type of event' }), [
      'Therapeutic parenting course',
    ])
    await fill(user, screen.getByRole('textbox', { name: 'Title' }), 'Nurturing attachments')
    await fill(user, screen.getByRole('textbox', { name: 'Description' }), 'Six weeks.')
    await user.click(screen.getByRole('checkbox', { name: 'Special guardians' }))
    await user.click(screen.getByRole('radio', { name: 'Online' }))
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Link to join online' }),
      'https://meet.example.org/nurture',
    )
    await fill(user, screen.getByRole('textbox', { name: 'Number of places' }), '16')
    await user.click(screen.getByRole('radio', { name: /^Plan the course with no dates yet/ }))
    await user.click(screen.getByRole('button', { name: 'Create event' }))

    expect(
      await screen.findByText('The event has been created', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(sent.bodies).toEqual([
      {
        kind: 'therapeutic_parenting_course',
        title: 'Nurturing attachments',
        description: 'Six weeks.',
        audience: ['special_guardians'],
        delivery: 'online',
        onlineLink: 'https://meet.example.org/nurture',
        capacity: 16,
        localAuthorityId: null,
        status: 'planned',
        sessions: [],
      },
    ])
  })
})

describe('change an event', { timeout: 60_000 }, () => {
  it('starts with the event as it is, and keeps what was typed when someone else changed it first', async () => {
    const sent = recorder()
    let version = 3
    let reads = 0
    server.use(
      ...signedInAs('team_manager'),
      groupEventHandler(() => {
        reads += 1
        return buildManagedGroupEvent({ version })
      }),
      http.put(mswPath('updateGroupEvent'), async ({ request }): Promise<Response> => {
        await sent.record(request)
        if (sent.bodies.length === 1) {
          version = 4
          return apiErrorResponse(409, {
            code: 'CONFLICT',
            message: 'This event was changed by someone else. Check it and try again',
          })
        }
        return HttpResponse.json<ManagedGroupEvent>(buildManagedGroupEvent({ version: 5 }))
      }),
    )
    const { user } = renderRoute(`/group-programme/${eventId}/edit`)
    await screen.findByRole('heading', { level: 1, name: 'Change the event' })
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Stay and play at Foleshill')
    expect(screen.queryByRole('radio', { name: /^Plan the course/ })).not.toBeInTheDocument()
    expect(session(1).getByRole('textbox', { name: 'Day' })).toHaveValue('3')
    expect(session(1).getByRole('textbox', { name: 'Start time' })).toHaveValue('10am')
    expect(session(2).getByRole('textbox', { name: 'End time' })).toHaveValue('midday')
    expect(screen.getByRole('textbox', { name: 'Time booking closes' })).toHaveValue('5pm')

    const title = screen.getByRole('textbox', { name: 'Title' })
    await user.clear(title)
    await user.type(title, 'Stay and play in Foleshill')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(
      await within(await screen.findByRole('alert')).findByText(
        /This event was changed by someone else/,
      ),
    ).toBeInTheDocument()
    expect(title).toHaveValue('Stay and play in Foleshill')
    expect(sent.bodies[0]).toMatchObject({
      version: 3,
      event: { title: 'Stay and play in Foleshill', capacity: 12 },
    })

    // The event was fetched again: the next try carries its new version.
    await waitFor(() => {
      expect(reads).toBe(2)
    })
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(
      await screen.findByText('The event has been changed', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(sent.bodies[1]).toMatchObject({ version: 4 })
  })
})
