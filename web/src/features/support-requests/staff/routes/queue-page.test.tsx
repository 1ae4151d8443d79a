import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildSession, localAuthorities } from '../../../../test/factories.ts'
import { mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import {
  buildQueueItem,
  buildQueuePage,
  otherSupportRequestId,
  supportRequestId,
  workers,
} from '../test/factories.ts'
import { signedInAs } from '../test/handlers.ts'

function queue(page = buildQueuePage(), asked: URLSearchParams[] = []) {
  return http.get(mswPath('findSupportRequests'), ({ request }) => {
    asked.push(new URL(request.url).searchParams)
    return HttpResponse.json(page)
  })
}

function cellsOf(row: HTMLElement) {
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent)
}

describe('triage queue', { timeout: 30_000 }, () => {
  it('lists what waits for the support line, reference, who, urgency, status and time left first', async () => {
    const asked: URLSearchParams[] = []
    server.use(
      ...signedInAs('duty_officer'),
      queue(
        buildQueuePage(
          [
            buildQueueItem(),
            buildQueueItem({
              id: otherSupportRequestId,
              reference: 'SR-2026-0043',
              name: 'Karen Doyle',
              queue: 'birth_relative',
              categories: ['contact_and_letterbox'],
              urgency: 'urgent',
              status: 'duty_support',
              workerName: null,
              safeguarding: true,
              due: {
                action: 'allocation',
                dueOn: '2026-09-28',
                workingDaysLeft: -3,
                overdue: true,
              },
            }),
            buildQueueItem({
              id: '3f2b8c1a-6d4e-4a7b-9c0d-1e2f3a4b5c6f',
              reference: 'SR-2026-0044',
              status: 'advice_call_booked',
              workerName: null,
              due: null,
              adviceCallAt: '2026-10-08T09:00:00.000Z',
            }),
          ],
          { views: { waiting: 3, open: 17 } },
        ),
        asked,
      ),
    )
    renderRoute('/support-line/queue')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Triage queue' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Triage queue – Adoption support')
    expect(screen.getByRole('link', { name: 'Assessments' })).toHaveAttribute(
      'href',
      '/needs-assessments',
    )
    const table = screen.getByRole('table', { name: '3 requests' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual([
      'Reference and received',
      'Who',
      'Urgency',
      'Status and worker',
      'Time left',
      'What it is about',
    ])
    const [, first, second, third] = within(table).getAllByRole('row')
    expect(cellsOf(first!)).toEqual([
      'SR-2026-00421 October 2026 at 10:45am',
      'Sarah Philips and James PhilipsCoventry City Council',
      'Soon',
      'NewNo worker',
      'Reply: 2 working days left',
      'School or educationTherapeutic support, including therapy paid for by the Adoption Support Fund',
    ])
    expect(within(first!).getByRole('link', { name: 'SR-2026-0042' })).toHaveAttribute(
      'href',
      `/support-line/requests/${supportRequestId}`,
    )
    // A birth relative's request in their own words; the family's "Urgent" is the staff's too.
    expect(cellsOf(second!)).toEqual([
      'SR-2026-00431 October 2026 at 10:45am',
      'Karen DoyleBirth relative, Coventry City Council',
      'UrgentSafeguarding',
      'Duty supportNo worker',
      'Named worker: 3 working days overdue',
      'Help with letterbox contact',
    ])
    expect(within(second!).getByText('3 working days overdue')).toHaveClass(
      'govuk-tag',
      'govuk-tag--red',
    )
    expect(within(second!).getByText('Safeguarding')).toHaveClass('govuk-tag--red')
    expect(within(second!).getByText('Duty support')).toHaveClass('govuk-tag--purple')
    // Nothing due: the next thing to happen.
    expect(cellsOf(third!)[4]).toBe('Nothing dueAdvice call 8 October 2026 at 10:00am')

    // On a phone, each request is a summary card with the time left near the top.
    const cards = screen.getByRole('region', { name: '3 requests' })
    const card = within(cards).getByRole('heading', { level: 2, name: 'SR-2026-0043' })
      .parentElement!.parentElement!
    expect(
      within(card)
        .getAllByRole('term')
        .map((term) => term.textContent),
    ).toEqual(['Who', 'Time left', 'Urgency', 'Status', 'What it is about', 'Received'])
    expect(within(card).getByText('3 working days overdue')).toHaveClass('govuk-tag--red')

    // The two views, with their counts; what waits for the support line unless another is chosen.
    const views = screen.getByRole('navigation', { name: 'Views of the queue' })
    expect(
      within(views).getByRole('link', { name: 'Waiting for the support line (3)' }),
    ).toHaveAttribute('aria-current', 'page')
    expect(within(views).getByRole('link', { name: 'All open requests (17)' })).toHaveAttribute(
      'href',
      '/support-line/queue?status=open',
    )
    expect(screen.getByRole('button', { name: 'Log a contact' })).toHaveAttribute(
      'href',
      '/support-line/contacts/new',
    )
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('waiting')
    // The team view and the reports are a team manager's.
    expect(screen.queryByRole('link', { name: /^Team view/ })).toBeNull()
    expect(screen.queryByRole('link', { name: /^Reports/ })).toBeNull()
    expect([...asked[0]!]).toEqual([
      ['status', 'waiting'],
      ['page', '1'],
    ])
  })

  it('puts the filters in the address and asks for what they say', async () => {
    const asked: URLSearchParams[] = []
    server.use(
      ...signedInAs('team_manager'),
      http.get(mswPath('findSupportRequests'), ({ request }) => {
        const params = new URL(request.url).searchParams
        asked.push(params)
        return HttpResponse.json(params.has('q') ? buildQueuePage([]) : buildQueuePage())
      }),
    )
    const { user, router } = renderRoute('/support-line/queue')
    await screen.findByRole('table', { name: '1 request' })
    // A team manager reaches the team view and the reports from here (the navigation leaves them
    // out).
    expect(screen.getByRole('link', { name: /^Team view/ })).toHaveAttribute(
      'href',
      '/support-line/team',
    )
    expect(screen.getByRole('link', { name: /^Reports/ })).toHaveAttribute('href', '/reports')

    await user.type(screen.getByRole('searchbox', { name: 'Name or reference' }), ' Philips ')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Local authority' }),
      'Solihull Metropolitan Borough Council',
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Queue' }), 'Families')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Category' }),
      'School or education',
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'All statuses')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Worker' }), 'Unallocated')
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))

    expect(
      await screen.findByRole(
        'heading',
        { level: 2, name: 'No requests match these filters' },
        { timeout: 5_000 },
      ),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(
      `/support-line/queue?q=Philips&localAuthorityId=${localAuthorities.solihull.id}&queue=family&category=education&status=all&workerId=unallocated`,
    )
    expect(Object.fromEntries(asked.at(-1)!)).toEqual({
      q: 'Philips',
      localAuthorityId: localAuthorities.solihull.id,
      queue: 'family',
      category: 'education',
      status: 'all',
      workerId: 'unallocated',
      page: '1',
    })
    // The form shows what the address says.
    expect(screen.getByRole('searchbox', { name: 'Name or reference' })).toHaveValue('Philips')
    expect(screen.getByRole('combobox', { name: 'Worker' })).toHaveValue('unallocated')

    await user.click(screen.getByRole('link', { name: 'Clear filters' }))
    await screen.findByRole('table', { name: '1 request' }, { timeout: 5_000 })
    expect(currentLocation(router).path).toBe('/support-line/queue')
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('waiting')
  })

  it('offers only the local authorities they work for, and every worker', async () => {
    server.use(...signedInAs('duty_officer'), queue())
    server.use(
      http.get(mswPath('findLocalAuthorities'), () =>
        HttpResponse.json({
          localAuthorities: Object.values(localAuthorities).map((la) => ({
            ...la,
            worksFor: la.id !== localAuthorities.warwickshire.id,
          })),
        }),
      ),
    )
    renderRoute('/support-line/queue')

    const authorities = await screen.findByRole('combobox', { name: 'Local authority' })
    expect(
      within(authorities)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'All your local authorities',
      'Coventry City Council',
      'Solihull Metropolitan Borough Council',
    ])
    expect(
      within(screen.getByRole('combobox', { name: 'Worker' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Any worker', 'Unallocated', 'Sam Okafor', 'Jo Whitfield', 'Grace Okafor'])
  })

  it('pages through the requests with GOV.UK pagination, keeping the filters', async () => {
    const asked: URLSearchParams[] = []
    server.use(
      ...signedInAs('support_worker'),
      http.get(mswPath('findSupportRequests'), ({ request }) => {
        const params = new URL(request.url).searchParams
        asked.push(params)
        const page = Number(params.get('page'))
        return HttpResponse.json(
          buildQueuePage(
            [buildQueueItem({ reference: `SR-2026-${String(page).padStart(4, '0')}` })],
            { page, pageSize: 20, total: 45 },
          ),
        )
      }),
    )
    const { user, router } = renderRoute(`/support-line/queue?workerId=${workers.sam.id}`)

    expect(
      await screen.findByRole('table', { name: '45 requests: showing 1 to 1' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Triage queue (page 1 of 3) – Adoption support')
    const pagination = screen.getByRole('navigation', { name: 'Pagination' })
    expect(within(pagination).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(pagination.querySelector('a[rel="prev"]')).toBeNull()
    expect(within(pagination).getByRole('link', { name: 'Page 3' })).toHaveAttribute(
      'href',
      `/support-line/queue?workerId=${workers.sam.id}&page=3`,
    )

    const next = pagination.querySelector<HTMLAnchorElement>('a[rel="next"]')
    expect(next).toHaveTextContent('Next page')
    await user.click(next!)

    const second = await screen.findByRole(
      'table',
      { name: '45 requests: showing 21 to 21' },
      { timeout: 5_000 },
    )
    expect(within(second).getByRole('link', { name: 'SR-2026-0002' })).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(
      `/support-line/queue?workerId=${workers.sam.id}&page=2`,
    )
    expect(asked.at(-1)?.get('page')).toBe('2')
    expect(asked.at(-1)?.get('workerId')).toBe(workers.sam.id)
    expect(
      screen.getByRole('navigation', { name: 'Pagination' }).querySelector('a[rel="prev"]'),
    ).toHaveAttribute('href', `/support-line/queue?workerId=${workers.sam.id}`)
  })

  it('explains a search in the address that breaks the rules, without asking for it', async () => {
    let asked = 0
    server.use(
      ...signedInAs('duty_officer'),
      http.get(mswPath('findSupportRequests'), () => {
        asked += 1
        return HttpResponse.json(buildQueuePage())
      }),
    )
    renderRoute(`/support-line/queue?q=${'x'.repeat(101)}`)

    const summary = await screen.findByRole('alert')
    expect(
      within(summary).getByRole('link', { name: 'Search must be 100 characters or fewer' }),
    ).toHaveAttribute('href', '#q')
    expect(document.title).toBe('Error: Triage queue – Adoption support')
    expect(asked).toBe(0)
  })

  it('is not for administrators', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'administrator' } })))
    renderRoute('/support-line/queue')

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
