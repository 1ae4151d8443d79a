import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildAuditEvent } from '../../../../test/factories.ts'
import { mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import {
  assessmentIds,
  buildAssessmentSummary,
  buildAssessmentsPage,
  buildCounts,
  buildMyWork,
  buildQueueItem,
  buildTeamView,
  supportRequestId,
} from '../test/factories.ts'
import {
  myAssessmentsHandler,
  signedInAs,
  supportRequestHandler,
  teamViewHandler,
} from '../test/handlers.ts'

function linksOf(element: HTMLElement) {
  return within(element)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

describe('my work', { timeout: 30_000 }, () => {
  it('shows the worker’s requests, how many are overdue and the counts by status', async () => {
    server.use(
      ...signedInAs('support_worker'),
      http.get(mswPath('getMyWork'), () => HttpResponse.json(buildMyWork())),
      myAssessmentsHandler().handler,
    )
    renderRoute('/support-line/my-work')

    expect(await screen.findByRole('heading', { level: 1, name: 'My work' })).toBeInTheDocument()
    expect(document.title).toBe('My work – Adoption support')
    expect(screen.getByText('Overdue', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      '1',
    )
    const table = screen.getByRole('table', { name: 'Your requests (2)' })
    expect(within(table).getByRole('link', { name: 'SR-2026-0051' })).toBeInTheDocument()
    expect(within(table).getByText('3 working days overdue')).toHaveClass('govuk-tag--red')
    const counts = screen.getByRole('table', { name: 'Your requests by status' })
    expect(
      within(counts)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      'New0',
      'Duty support0',
      'Advice call booked1',
      'Awaiting allocation0',
      'Allocated2',
      'Closed0',
      'Withdrawn0',
    ])
  })

  it('lists the worker’s open assessments after the requests, late ones tagged', async () => {
    const assessments = myAssessmentsHandler(
      buildAssessmentsPage([
        buildAssessmentSummary({
          id: assessmentIds.osei,
          subject: 'birth_relative',
          subjectName: 'Freya Osei',
          childNames: [],
          status: 'waiting',
          startBy: '2026-09-29',
          completeBy: null,
          late: true,
        }),
        buildAssessmentSummary({ childNames: ['Mia Philips', 'Leo Philips'] }),
        buildAssessmentSummary({
          id: assessmentIds.decided,
          subjectName: 'ACE-2023-0042',
          status: 'decided',
        }),
      ]),
    )
    server.use(
      ...signedInAs('support_worker'),
      http.get(mswPath('getMyWork'), () => HttpResponse.json(buildMyWork())),
      assessments.handler,
    )
    renderRoute('/support-line/my-work')

    const heading = await screen.findByRole('heading', { level: 2, name: 'Assessments' })
    // After the requests.
    expect(
      screen
        .getByRole('table', { name: 'Your requests by status' })
        .compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()
    expect(assessments.queries.map((query) => Object.fromEntries(query))).toEqual([
      { view: 'mine' },
    ])
    const table = screen.getByRole('table', { name: 'Your open assessments (2)' })
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'Family or birth relativeStatusDate',
      'Freya OseiWaiting to startStart by 29 September 2026Late',
      'ACE-2024-0117Mia Philips, Leo PhilipsIn progressComplete by 10 November 2026',
    ])
    expect(within(table).getByText('Late')).toHaveClass('govuk-tag--red')
    expect(within(table).getAllByText('Late')).toHaveLength(1)
    expect(within(table).getByText('Waiting to start')).toHaveClass('govuk-tag')
    expect(linksOf(table)).toEqual([
      ['Freya Osei', `/needs-assessments/${assessmentIds.osei}`],
      ['ACE-2024-0117', `/needs-assessments/${assessmentIds.philips}`],
    ])
    // A decided assessment is not open.
    expect(screen.queryByText('ACE-2023-0042')).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'All your assessments' })).toHaveAttribute(
      'href',
      '/needs-assessments?view=mine',
    )
  })

  it('shows a team manager their own assessments too, and says when none is open', async () => {
    server.use(
      ...signedInAs('team_manager'),
      http.get(mswPath('getMyWork'), () => HttpResponse.json(buildMyWork())),
      myAssessmentsHandler(buildAssessmentsPage([buildAssessmentSummary({ status: 'withdrawn' })]))
        .handler,
    )
    renderRoute('/support-line/my-work')

    expect(await screen.findByRole('heading', { level: 2, name: 'Assessments' })).toBeVisible()
    expect(screen.getByText('You have no open assessments.')).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: /Your open assessments/ })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'All your assessments' })).toHaveAttribute(
      'href',
      '/needs-assessments?view=mine',
    )
  })

  it('says when none of the first page of assessments is open, though there are more', async () => {
    server.use(
      ...signedInAs('support_worker'),
      http.get(mswPath('getMyWork'), () => HttpResponse.json(buildMyWork())),
      myAssessmentsHandler(
        buildAssessmentsPage(
          Array.from({ length: 25 }, () => buildAssessmentSummary({ status: 'decided' })),
          { total: 30 },
        ),
      ).handler,
    )
    renderRoute('/support-line/my-work')

    expect(
      await screen.findByText('None of the first 25 of your 30 assessments is open.'),
    ).toBeInTheDocument()
    expect(screen.queryByText('You have no open assessments.')).not.toBeInTheDocument()
  })

  it('says where new work is when there is none', async () => {
    server.use(
      ...signedInAs('duty_officer'),
      http.get(mswPath('getMyWork'), () =>
        HttpResponse.json(buildMyWork({ items: [], counts: buildCounts(), overdue: 0 })),
      ),
    )
    renderRoute('/support-line/my-work')

    expect(await screen.findByText(/You have no requests/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'triage queue' })).toHaveAttribute(
      'href',
      '/support-line/queue',
    )
    // Duty officers carry out no assessments: none are asked for (msw fails on any request).
    expect(screen.queryByRole('heading', { name: 'Assessments' })).not.toBeInTheDocument()
  })
})

describe('team view', { timeout: 30_000 }, () => {
  it('shows a team manager the figures, safeguarding alerts and caseloads', async () => {
    server.use(
      ...signedInAs('team_manager'),
      http.get(mswPath('getTeamView'), () => HttpResponse.json(buildTeamView())),
    )
    renderRoute('/support-line/team')

    expect(await screen.findByRole('heading', { level: 1, name: 'Team' })).toBeInTheDocument()
    expect(document.title).toBe('Team – Adoption support')
    const banner = screen.getByRole('region', { name: 'Safeguarding' })
    expect(banner).toHaveTextContent('1 open request is flagged as a safeguarding concern.')
    expect(within(banner).getByRole('link')).toHaveAttribute('href', '#safeguarding-alerts')
    expect(
      screen.getByText('Unallocated', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('6See requests awaiting allocation')
    expect(screen.getByRole('link', { name: 'See requests awaiting allocation' })).toHaveAttribute(
      'href',
      '/support-line/queue?status=awaiting_allocation',
    )
    expect(screen.getByText('Overdue', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      '3',
    )
    expect(
      within(
        screen.getByRole('table', { name: 'Requests flagged as safeguarding concerns (1)' }),
      ).getByRole('link', { name: 'SR-2026-0042' }),
    ).toHaveAttribute('href', `/support-line/requests/${supportRequestId}`)
    const caseloads = screen.getByRole('table', { name: 'Each worker’s open cases' })
    expect(
      within(caseloads)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['WorkerRoleOpen cases', 'Sam OkaforSupport worker12', 'Jo WhitfieldSupport worker1'])
  })

  it('shows a crisis without a worker past the standard, overdue, at the top and in its own list', async () => {
    const crisis = buildQueueItem({
      reference: 'SR-2026-0077',
      status: 'duty_support',
      safeguarding: true,
      due: { action: 'allocation', dueOn: '2026-09-29', workingDaysLeft: -2, overdue: true },
    })
    server.use(
      ...signedInAs('team_manager'),
      http.get(mswPath('getTeamView'), () =>
        HttpResponse.json(buildTeamView({ crisisOverdue: [crisis], crisisOverdueCount: 1 })),
      ),
    )
    renderRoute('/support-line/team')

    const banner = await screen.findByRole('region', { name: 'Crises without a worker' })
    expect(banner).toHaveTextContent(
      '1 crisis or safeguarding request has no worker, past the agency’s standard.',
    )
    expect(within(banner).getByRole('link', { name: 'SR-2026-0077' })).toHaveAttribute(
      'href',
      `/support-line/requests/${supportRequestId}`,
    )
    expect(within(banner).getByText('2 working days overdue')).toHaveClass('govuk-tag--red')
    const list = screen.getByRole('table', {
      name: 'Crisis and safeguarding requests without a worker past the standard (1)',
    })
    expect(within(list).getByText('Named worker')).toBeInTheDocument()
    expect(
      screen.getByText('Crises without a worker', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('1See the crises without a worker')
  })

  it('counts every crisis without a worker, though it lists only the longest waiting', async () => {
    server.use(
      ...signedInAs('team_manager'),
      http.get(mswPath('getTeamView'), () =>
        HttpResponse.json(
          buildTeamView({
            crisisOverdueCount: 60,
            crisisOverdue: [buildQueueItem({ reference: 'SR-2026-0077' })],
          }),
        ),
      ),
    )
    renderRoute('/support-line/team')

    const banner = await screen.findByRole('region', { name: 'Crises without a worker' })
    expect(banner).toHaveTextContent(
      '60 crisis or safeguarding requests have no worker, past the agency’s standard.',
    )
    expect(
      screen.getByRole('table', {
        name: 'Crisis and safeguarding requests without a worker past the standard: the 1 longest of 60',
      }),
    ).toBeInTheDocument()
  })

  it('is for team managers only', async () => {
    server.use(...signedInAs('support_worker'))
    renderRoute('/support-line/team')

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})

describe('support line navigation', { timeout: 30_000 }, () => {
  it('gives a team manager the queue, their work and the team, and any crisis without a worker', async () => {
    server.use(
      ...signedInAs('team_manager'),
      teamViewHandler(
        buildTeamView({
          crisisOverdueCount: 1,
          crisisOverdue: [
            buildQueueItem({
              reference: 'SR-2026-0077',
              due: {
                action: 'allocation',
                dueOn: '2026-09-29',
                workingDaysLeft: -2,
                overdue: true,
              },
            }),
          ],
        }),
      ),
    )
    renderRoute('/home')
    const crises = await screen.findByRole('region', { name: 'Crises without a worker' })
    expect(within(crises).getByRole('link', { name: 'SR-2026-0077' })).toBeInTheDocument()

    await screen.findByRole('heading', { level: 1, name: 'Grace Okafor' })
    // My work and the team view are reached from the support line, so that the navigation fits
    // one line.
    expect(linksOf(screen.getByRole('navigation', { name: 'Menu' })).slice(0, 5)).toEqual([
      ['Your account', '/home'],
      ['Support line', '/support-line/queue'],
      ['Letterbox', '/letterbox-checks'],
      ['Groups and training', '/group-programme'],
      ['Find a person', '/people'],
    ])
    const main = within(screen.getByRole('main'))
    expect(main.getByRole('link', { name: 'Support line' })).toHaveAttribute(
      'href',
      '/support-line/queue',
    )
    expect(main.getByRole('link', { name: 'Team' })).toHaveAttribute('href', '/support-line/team')
  })

  it('gives a duty officer the queue and their work, but not the team', async () => {
    server.use(...signedInAs('duty_officer'))
    renderRoute('/home')

    await screen.findByRole('heading', { level: 1, name: 'Priya Shah' })
    const nav = screen.getByRole('navigation', { name: 'Menu' })
    expect(within(nav).getByRole('link', { name: 'Support line' })).toBeInTheDocument()
    expect(within(nav).queryByRole('link', { name: 'Team' })).not.toBeInTheDocument()
    // Their work is on their home page, and linked from the support line's queue.
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'My work' })).toHaveAttribute(
      'href',
      '/support-line/my-work',
    )
  })

  it('gives administrators none of it', async () => {
    server.use(...signedInAs('administrator'))
    renderRoute('/home')

    await screen.findByRole('heading', { level: 1, name: 'Martin Reid' })
    expect(screen.queryByRole('link', { name: 'Support line' })).not.toBeInTheDocument()
  })
})

describe('a request’s audit trail', { timeout: 30_000 }, () => {
  it('shows team managers who viewed or changed the request', async () => {
    const asked: URLSearchParams[] = []
    server.use(
      ...signedInAs('team_manager'),
      supportRequestHandler(),
      http.get(mswPath('getAuditTrail'), ({ request }) => {
        asked.push(new URL(request.url).searchParams)
        return HttpResponse.json({
          events: [
            buildAuditEvent({
              action: 'update',
              recordType: 'support-request',
              recordId: supportRequestId,
            }),
            buildAuditEvent({
              action: 'read',
              actorName: 'Priya Shah',
              actorRole: 'duty_officer',
              recordType: 'support-request',
              recordId: supportRequestId,
            }),
          ],
        })
      }),
    )
    renderRoute(`/support-line/requests/${supportRequestId}/audit`)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Audit trail' }),
    ).toBeInTheDocument()
    expect(Object.fromEntries(asked[0]!)).toEqual({
      recordType: 'support-request',
      recordId: supportRequestId,
    })
    const table = screen.getByRole('table', { name: '2 events' })
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([
      '3 October 2026 at 2:05pmTom HughesSupport workerChanged the request192.0.2.10',
      '3 October 2026 at 2:05pmPriya ShahDuty officerViewed the request192.0.2.10',
    ])
    expect(screen.getByRole('link', { name: 'Back to the request' })).toHaveAttribute(
      'href',
      `/support-line/requests/${supportRequestId}`,
    )
  })
})
