import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildSession, localAuthorities } from '../../../../test/factories.ts'
import { mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildManagedEventsPage, buildManagedGroupEvent, otherEventId } from '../test/factories.ts'

describe('groups and training, for staff', { timeout: 30_000 }, () => {
  it('lists the events with their places and status, filtered in the address', async () => {
    const asked: string[] = []
    server.use(
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      http.get(mswPath('findManagedGroupEvents'), ({ request }) => {
        asked.push(new URL(request.url).search)
        return HttpResponse.json(
          buildManagedEventsPage(
            [
              buildManagedGroupEvent(),
              buildManagedGroupEvent({
                id: otherEventId,
                kind: 'therapeutic_parenting_course',
                title: 'Nurturing attachments',
                status: 'planned',
                startsAt: null,
                endsAt: null,
                sessions: [],
                localAuthorityId: null,
                localAuthorityName: null,
                placesBooked: 0,
                waitingCount: 0,
                interestCount: 9,
              }),
            ],
            { total: 45 },
          ),
        )
      }),
    )
    const { user, router } = renderRoute('/group-programme')

    await screen.findByRole('heading', { level: 1, name: 'Groups and training' })
    expect(document.title).toBe('Groups and training (page 1 of 3) – Adoption support')
    const table = within(screen.getByRole('table', { name: '45 events: showing 1 to 2' }))
    const rows = table.getAllByRole('row').map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent),
    )
    expect(rows.slice(1)).toEqual([
      [
        'Stay and play at Foleshill',
        'Stay and play (under 5s)',
        '3 October 2026',
        'Coventry City Council',
        '8 of 12',
        '2',
        'Published',
      ],
      [
        'Nurturing attachments',
        'Therapeutic parenting course',
        'No dates yet',
        'All areas',
        '0 of 12',
        '0',
        'Planned',
      ],
    ])
    expect(screen.getByRole('button', { name: 'Create an event' })).toHaveAttribute(
      'href',
      '/group-programme/new',
    )
    expect(screen.getByRole('link', { name: 'See the figures' })).toHaveAttribute(
      'href',
      '/group-programme/figures',
    )
    // Only the months their events start in: the planned course has no dates yet.
    expect(
      within(screen.getByRole('combobox', { name: 'Month' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any month', 'October 2026'])

    await user.selectOptions(screen.getByRole('combobox', { name: 'When' }), ['Past'])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Area' }), [
      localAuthorities.coventry.name,
    ])
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    await waitFor(() => {
      expect(screen.getByRole('link', { name: 'Page 2' })).toHaveAttribute(
        'href',
        `/group-programme?when=past&localAuthorityId=${localAuthorities.coventry.id}&page=2`,
      )
    })
    expect(currentLocation(router).path).toBe(
      `/group-programme?when=past&localAuthorityId=${localAuthorities.coventry.id}`,
    )
    expect(asked.at(-1)).toBe(`?when=past&localAuthorityId=${localAuthorities.coventry.id}`)
    expect(screen.getByRole('combobox', { name: 'When' })).toHaveValue('past')
  })

  it('offers the months with events, and the one in the address', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      http.get(mswPath('findManagedGroupEvents'), () =>
        HttpResponse.json(
          buildManagedEventsPage([], { months: ['2025-11', '2026-10', '2027-01'] }),
        ),
      ),
    )
    const { user, router } = renderRoute('/group-programme?when=all&month=2026-12')
    await screen.findByRole('heading', { level: 2, name: 'No events match these filters' })
    const month = screen.getByRole('combobox', { name: 'Month' })
    expect(month).toHaveValue('2026-12')
    expect(
      within(month)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any month', 'November 2025', 'October 2026', 'December 2026', 'January 2027'])

    await user.selectOptions(month, ['November 2025'])
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    await waitFor(() => {
      expect(currentLocation(router).path).toBe('/group-programme?when=all&month=2025-11')
    })
  })

  it('offers no figures to a support worker', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'support_worker' } })),
      http.get(mswPath('findManagedGroupEvents'), () =>
        HttpResponse.json(buildManagedEventsPage([])),
      ),
    )
    renderRoute('/group-programme')
    await screen.findByRole('heading', { level: 2, name: 'No events match these filters' })
    expect(screen.queryByRole('link', { name: 'See the figures' })).not.toBeInTheDocument()
  })
})
