import type { AuditEvent, Family } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildAuditEvent, buildFamily, buildSession, familyId } from '../../../test/factories.ts'
import { apiErrorResponse, mswPath, sessionHandler } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

function familyHandler(family: Family = buildFamily()) {
  return http.get(mswPath('getFamily'), () => HttpResponse.json<Family>(family))
}

/** The text of a summary list row's value, found by its key. */
function valueOf(container: HTMLElement, key: string) {
  return within(container).getByText(key).nextElementSibling?.textContent
}

/** Links whose text (with the visually hidden part) reads `text`. */
function linksReading(text: string) {
  return screen
    .getAllByRole('link')
    .filter((link) => link.textContent.replace(/\s+/g, ' ').trim() === text)
}

describe('family record', () => {
  it('shows the address, parents and children, with change and invite links for a support worker', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'support_worker' } })), familyHandler())
    renderRoute(`/families/${familyId}`)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sarah Philips and James Philips' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Sarah Philips and James Philips – Adoption support')
    const main = screen.getByRole('main')
    expect(valueOf(main, 'Family reference')).toBe('ACE-2024-0117')
    expect(valueOf(main, 'Address')).toBe('12 Elm GroveEarlsdonCoventryCV5 6AB')
    expect(valueOf(main, 'Telephone number')).toBe('024 7696 0123')
    expect(valueOf(main, 'Responsible local authority')).toBe('Coventry City Council')
    expect(valueOf(main, 'Date of birth')).toBe('14 March 2019')
    expect(valueOf(main, 'Date of adoption order')).toBe('3 October 2022')
    expect(screen.getByRole('heading', { level: 3, name: 'Mia Philips' })).toBeInTheDocument()

    const changeAddress = linksReading('Change address (Address and contact details)')
    expect(changeAddress).toHaveLength(1)
    expect(changeAddress[0]).toHaveAttribute('href', `/families/${familyId}/address`)
    expect(linksReading('Change telephone number (Address and contact details)')).toHaveLength(1)
    expect(
      linksReading('Change responsible local authority (Address and contact details)')[0],
    ).toHaveAttribute('href', `/families/${familyId}/address`)

    // James has no account yet; Sarah has one.
    const invite = linksReading('Invite to create an account (James Philips)')
    expect(invite[0]).toHaveAttribute(
      'href',
      `/invitations/new?familyId=${familyId}&familyParentId=9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5e`,
    )
    expect(linksReading('Invite to create an account (Sarah Philips)')).toHaveLength(0)
    expect(
      screen.queryByRole('link', { name: 'Check who has viewed or changed this record' }),
    ).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Start an assessment of need' })).toHaveAttribute(
      'href',
      `/needs-assessments/new?familyId=${familyId}`,
    )
  })

  it('lets a duty officer read but not change, and a team manager check the audit trail', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'duty_officer' } })), familyHandler())
    renderRoute(`/families/${familyId}`)

    await screen.findByRole('heading', { level: 1, name: 'Sarah Philips and James Philips' })
    expect(linksReading('Change address (Address and contact details)')).toHaveLength(0)
    expect(screen.queryByText(/Invite to create an account/)).not.toBeInTheDocument()
    expect(
      screen.queryByRole('link', { name: 'Start an assessment of need' }),
    ).not.toBeInTheDocument()
  })

  it('is "Page not found" for a family the API will not show, or an id that cannot be one', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'support_worker' } })),
      http.get(mswPath('getFamily'), () =>
        apiErrorResponse(404, { code: 'NOT_FOUND', message: 'Page not found' }),
      ),
    )
    const { router } = renderRoute(`/families/${familyId}`)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()

    await router.navigate('/families/not-a-family')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })

  it('tells an adoptive parent they do not have permission', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'adopter' } })), familyHandler())
    renderRoute(`/families/${familyId}`)

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})

describe('your family', () => {
  it('shows an adoptive parent their own family, without change links', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'adopter' } })),
      http.get(mswPath('getMyFamily'), () => HttpResponse.json<Family>(buildFamily())),
      http.get(mswPath('getMyAsfApplications'), () => HttpResponse.json({ applications: [] })),
    )
    renderRoute('/my-family')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your family' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Your family – Adoption support')
    expect(valueOf(screen.getByRole('main'), 'Address')).toBe('12 Elm GroveEarlsdonCoventryCV5 6AB')
    expect(screen.getByRole('heading', { level: 3, name: 'Mia Philips' })).toBeInTheDocument()
    expect(linksReading('Change address (Address and contact details)')).toHaveLength(0)
    expect(screen.queryByText(/Invite to create an account/)).not.toBeInTheDocument()
  })

  it('shows the therapy applied for their children, where it is and its dates, and no money', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'adopter' } })),
      http.get(mswPath('getMyFamily'), () => HttpResponse.json<Family>(buildFamily())),
      http.get(mswPath('getMyAsfApplications'), () =>
        HttpResponse.json({
          applications: [
            {
              id: '6f1c1e0e-2f7a-4c1b-9b7e-1d2c3b4a5f60',
              childFirstName: 'Mia',
              financialYear: 2026,
              status: 'approved',
              therapies: [
                {
                  therapyType: 'theraplay',
                  providerName: 'Ridgeway Theraplay',
                  endsOn: '2027-03-15',
                },
              ],
              submittedOn: '2026-10-02',
              decidedOn: '2026-11-04',
            },
          ],
        }),
      ),
    )
    renderRoute('/my-family')

    const card = (
      await screen.findByRole('heading', { level: 3, name: 'Mia, 2026 to 2027' })
    ).closest('.govuk-summary-card') as HTMLElement
    const value = (key: string) =>
      within(card).getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
    expect(value('Therapy')).toBe('Theraplay with Ridgeway Theraplay, until 15 March 2027')
    expect(value('Where it is')).toBe('Approved by the fund')
    expect(value('Sent to the fund')).toBe('2 October 2026')
    expect(value('Decided')).toBe('4 November 2026')
    expect(screen.queryByText(/£/)).not.toBeInTheDocument()
  })

  it('is only for adoptive parents', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'support_worker' } })))
    renderRoute('/my-family')

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})

describe('audit trail', () => {
  it('shows a team manager who viewed or changed the record, when and from where', async () => {
    const requested: string[] = []
    server.use(
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      familyHandler(),
      http.get(mswPath('getAuditTrail'), ({ request }) => {
        requested.push(new URL(request.url).search)
        return HttpResponse.json<{ events: AuditEvent[] }>({
          events: [
            buildAuditEvent({
              action: 'update',
              occurredAt: '2026-10-03T13:05:00.000Z',
              changedFields: ['addressLine1', 'postcode'],
            }),
            buildAuditEvent({
              id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5d',
              action: 'update',
              actorName: null,
              actorRole: null,
              occurredAt: '2026-06-01T10:30:00.000Z',
            }),
            buildAuditEvent({
              id: 'e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5c',
              action: 'read',
              actorName: 'Priya Shah',
              actorRole: 'duty_officer',
              occurredAt: '2026-01-15T09:00:00.000Z',
              ipAddress: null,
            }),
          ],
        })
      }),
    )
    const { user, router } = renderRoute(`/families/${familyId}`)

    await user.click(
      await screen.findByRole('link', { name: 'Check who has viewed or changed this record' }),
    )

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Audit trail' }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/families/${familyId}/audit`)
    expect(document.title).toBe('Audit trail – Adoption support')
    const table = screen.getByRole('table', { name: '3 events' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['When', 'Who', 'Role', 'What', 'From where (IP address)'])
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole('cell')
            .map((cell) => cell.textContent),
        ),
    ).toEqual([
      [
        '3 October 2026 at 2:05pm',
        'Tom Hughes',
        'Support worker',
        'Changed: address line 1, postcode',
        '192.0.2.10',
      ],
      ['1 June 2026 at 11:30am', 'Not known', 'Not known', 'Changed the record', '192.0.2.10'],
      [
        '15 January 2026 at 9:00am',
        'Priya Shah',
        'Duty officer',
        'Viewed the record',
        'Not recorded',
      ],
    ])
    expect(screen.getByRole('region', { name: 'Audit trail' })).toHaveAttribute('tabindex', '0')
    expect(requested).toEqual([`?recordType=family&recordId=${familyId}`])
  })

  it('is only for team managers', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'support_worker' } })), familyHandler())
    renderRoute(`/families/${familyId}/audit`)

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
