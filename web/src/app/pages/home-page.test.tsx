import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../test/factories.ts'
import { apiErrorResponse, mswPath, sessionHandler } from '../../test/handlers.ts'
import { teamViewHandler } from '../../features/support-requests/test/handlers.ts'
import { server } from '../../test/msw-server.ts'
import { renderRoute } from '../../test/render.tsx'

function linksOf(element: HTMLElement) {
  return within(element)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

describe('home page', () => {
  it('shows an adoptive parent their name, role and family', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'adopter' } })))
    renderRoute('/home')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Your account – Adoption support')
    expect(screen.getByText('Adoption Central England')).toHaveClass('govuk-caption-l')
    expect(screen.getByText('Role').nextElementSibling).toHaveTextContent(
      'Adoptive parent or special guardian',
    )
    expect(screen.getByText('Security codes').nextElementSibling).toHaveTextContent('Email')
    const main = within(screen.getByRole('main'))
    expect(main.getByRole('link', { name: 'Your family' })).toHaveAttribute('href', '/my-family')
    expect(main.queryByRole('link', { name: 'Find a person' })).not.toBeInTheDocument()
    expect(main.queryByRole('link', { name: 'Invite a person' })).not.toBeInTheDocument()
    expect(linksOf(screen.getByRole('navigation', { name: 'Menu' }))).toEqual([
      ['Your account', '/home'],
      ['Your family', '/my-family'],
      ['Ask for support', '/support/ask'],
      ['Your requests', '/support/requests'],
      ['Groups and training', '/groups'],
      ['Letterbox', '/letterbox'],
      ['Sign out', '/sign-out'],
    ])
  })

  it('gives a team manager people, invitations and the audit trail', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'team_manager' } })), teamViewHandler())
    renderRoute('/home')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Grace Okafor' }),
    ).toBeInTheDocument()
    expect(screen.getByText('Role').nextElementSibling).toHaveTextContent('Team manager')
    const main = within(screen.getByRole('main'))
    expect(main.getByRole('link', { name: 'Find a person' })).toHaveAttribute('href', '/people')
    expect(main.getByText(/check its audit trail/)).toBeInTheDocument()
    expect(main.getByRole('link', { name: 'Invite a person' })).toHaveAttribute(
      'href',
      '/invitations/new',
    )
    expect(main.getByRole('link', { name: 'Staff accounts' })).toHaveAttribute('href', '/staff')
    expect(main.queryByRole('link', { name: 'Local authorities' })).not.toBeInTheDocument()
    expect(main.queryByRole('link', { name: 'Your family' })).not.toBeInTheDocument()
  })

  it('shows a team manager how assessments stand, each figure linked to the list', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      teamViewHandler(undefined, {
        waitingToStart: 4,
        waitingPastStandard: 1,
        inProgress: 7,
        inProgressPastTarget: 2,
        awaitingSignOff: 0,
        awaitingResponse: 2,
        readyForDecision: 3,
        reviewsDueSoon: 5,
        reviewsOverdue: 1,
      }),
    )
    renderRoute('/home')

    const heading = await screen.findByRole('heading', { level: 2, name: 'How assessments stand' })
    const figures = heading.nextElementSibling as HTMLElement
    const row = (key: string) => within(figures).getByText(key, { selector: 'dt' }).parentElement!
    expect(
      within(figures)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    ).toEqual([
      ['Waiting to start', '4See assessments waiting to start'],
      ['Not started within the standard', '1See assessments not started in time'],
      ['In progress past the target date', '2See the late assessments'],
      ['Waiting for sign-off', '0'],
      ['Waiting for the family’s response', '2See proposed decisions sent'],
      [
        'Ready for a decision',
        '3See responses receivedSee proposals whose time to respond has ended',
      ],
      ['Plan reviews', '1 overdue, 5 due soonSee decided assessments and their plans'],
    ])
    expect(linksOf(row('Waiting to start'))).toEqual([
      ['See assessments waiting to start', '/needs-assessments?view=all&status=waiting'],
    ])
    expect(linksOf(row('Not started within the standard'))).toEqual([
      ['See assessments not started in time', '/needs-assessments?view=late&status=waiting'],
    ])
    expect(linksOf(row('In progress past the target date'))).toEqual([
      ['See the late assessments', '/needs-assessments?view=late'],
    ])
    expect(within(row('Waiting for sign-off')).queryByRole('link')).not.toBeInTheDocument()
    expect(linksOf(row('Waiting for the family’s response'))).toEqual([
      ['See proposed decisions sent', '/needs-assessments?view=all&status=proposal_sent'],
    ])
    expect(linksOf(row('Ready for a decision'))).toEqual([
      ['See responses received', '/needs-assessments?view=all&status=response_received'],
      [
        'See proposals whose time to respond has ended',
        '/needs-assessments?view=late&status=proposal_sent',
      ],
    ])
    expect(linksOf(row('Plan reviews'))).toEqual([
      ['See decided assessments and their plans', '/needs-assessments?view=all&status=decided'],
    ])
  })

  it('does not show a support worker the manager’s figures on assessments', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'support_worker' } })))
    renderRoute('/home')

    await screen.findByRole('heading', { level: 1 })
    const main = within(screen.getByRole('main'))
    // The link to their assessments, but no figures (msw fails on any request not handled).
    expect(main.getByRole('link', { name: 'Assessments' })).toHaveAttribute(
      'href',
      '/needs-assessments',
    )
    expect(main.queryByRole('heading', { name: 'How assessments stand' })).not.toBeInTheDocument()
    expect(main.queryByText('Waiting to start')).not.toBeInTheDocument()
  })

  it('gives an administrator invitations, staff accounts and local authorities', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'administrator' } })))
    renderRoute('/home')

    await screen.findByRole('heading', { level: 1, name: 'Martin Reid' })
    const main = within(screen.getByRole('main'))
    expect(main.getByText(/disable their account/)).toBeInTheDocument()
    expect(linksOf(screen.getByRole('navigation', { name: 'Menu' }))).toEqual([
      ['Your account', '/home'],
      ['Groups and training', '/group-programme'],
      ['Find a person', '/people'],
      ['Administration', '/administration'],
      ['Sign out', '/sign-out'],
    ])
    expect(main.getByRole('link', { name: 'Local authorities' })).toHaveAttribute(
      'href',
      '/local-authorities',
    )
  })

  it('gives a data analyst the reports, and nothing that opens a case', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'data_analyst' } })))
    renderRoute('/home')

    await screen.findByRole('heading', { level: 1, name: 'Aisha Rahman' })
    expect(screen.getByText('Role').nextElementSibling).toHaveTextContent('Data analyst')
    expect(linksOf(screen.getByRole('navigation', { name: 'Menu' }))).toEqual([
      ['Your account', '/home'],
      ['Reports', '/reports'],
      ['Sign out', '/sign-out'],
    ])
    // The BFF refuses a data analyst everything but reports and their own account.
    expect(linksOf(screen.getByRole('main'))).toEqual([
      ['Reports', '/reports'],
      ['Change your password', '/account/password'],
    ])
  })

  it('gives a duty officer the search and nothing to invite with', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'duty_officer' } })))
    renderRoute('/home')

    await screen.findByRole('heading', { level: 1, name: 'Priya Shah' })
    const main = within(screen.getByRole('main'))
    expect(main.getByRole('link', { name: 'Find a person' })).toBeInTheDocument()
    expect(main.queryByText(/audit trail/)).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Invite a person' })).not.toBeInTheDocument()
  })

  it('signs out of all other devices', async () => {
    let calls = 0
    server.use(
      sessionHandler(buildSession()),
      http.post(mswPath('signOutOtherDevices'), () => {
        calls += 1
        return HttpResponse.json({ ok: true })
      }),
    )
    const { user } = renderRoute('/home')
    await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' })

    await user.click(screen.getByRole('button', { name: 'Sign out of all other devices' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('You have signed out of all other devices')
    expect(banner).toHaveFocus()
    expect(calls).toBe(1)
  })

  it('says so when signing out of other devices is refused', async () => {
    server.use(
      sessionHandler(buildSession()),
      http.post(mswPath('signOutOtherDevices'), () =>
        apiErrorResponse(429, {
          code: 'RATE_LIMITED',
          message: 'Too many attempts. Wait a few minutes and try again',
        }),
      ),
    )
    const { user } = renderRoute('/home')
    await screen.findByRole('heading', { level: 1, name: 'Sarah Philips' })

    await user.click(screen.getByRole('button', { name: 'Sign out of all other devices' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Wait a few minutes and try again',
    )
    expect(document.title).toBe('Error: Your account – Adoption support')
  })
})
