import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localAuthorities } from '../../../../test/factories.ts'
import { mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { agreementId, buildAgreementsPage, buildStaffAgreement, now } from '../test/factories.ts'
import { signedInAs } from '../test/handlers.ts'

function tableRows() {
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    )
}

describe('contact agreements', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(now)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lists the agreements with their parties, months, status and next review', async () => {
    const asked: string[] = []
    server.use(
      signedInAs('duty_officer'),
      http.get(mswPath('findContactAgreements'), ({ request }) => {
        asked.push(new URL(request.url).search)
        return HttpResponse.json(
          buildAgreementsPage(
            [
              buildStaffAgreement({ nextReviewOn: '2026-09-01' }),
              buildStaffAgreement({
                id: '4a7f3b2c-8d5e-4f6a-9b0c-1d2e3f4a5b62',
                childName: 'Leo Morgan',
                familyReference: 'ACE-2025-0031',
                localAuthorityName: localAuthorities.solihull.name,
                parties: ['Birth mum, Kayleigh', 'Nan, Becky'],
                exchangeMonths: [12],
                status: 'paused',
              }),
            ],
            { pageSize: 2, total: 5 },
          ),
        )
      }),
    )
    renderRoute('/contact-agreements')

    await screen.findByRole('heading', { level: 1, name: 'Contact agreements' })
    expect(document.title).toBe('Contact agreements (page 1 of 3) – Adoption support')
    expect(tableRows()).toEqual([
      [
        'Mia Philips',
        'ACE-2024-0117',
        'Coventry City Council',
        'Birth mum, Karen',
        'March and September',
        'Active',
        '1 September 2026 Review due',
      ],
      [
        'Leo Morgan',
        'ACE-2025-0031',
        'Solihull Metropolitan Borough Council',
        'Birth mum, KayleighNan, Becky',
        'December',
        'Paused',
        '1 March 2027',
      ],
    ])
    expect(screen.getByRole('link', { name: 'Mia Philips' })).toHaveAttribute(
      'href',
      `/contact-agreements/${agreementId}`,
    )
    expect(screen.getByRole('link', { name: 'Page 3' })).toHaveAttribute(
      'href',
      '/contact-agreements?page=3',
    )
    expect(asked).toEqual([''])
  })

  it('shows the agreements whose review has come, filtered in the address', async () => {
    const asked: string[] = []
    server.use(
      signedInAs('support_worker'),
      http.get(mswPath('findContactAgreements'), ({ request }) => {
        const search = new URL(request.url).search
        asked.push(search)
        return HttpResponse.json(
          search === '?view=reviews_due&status=active'
            ? buildAgreementsPage([buildStaffAgreement({ nextReviewOn: '2026-10-01' })], {
                pageSize: 1,
                total: 2,
              })
            : buildAgreementsPage(),
        )
      }),
    )
    const { user, router } = renderRoute('/contact-agreements')
    await screen.findByRole('heading', { level: 1, name: 'Contact agreements' })

    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), ['Reviews due'])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), ['Active'])
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))

    await screen.findByRole('heading', { level: 1, name: 'Contact agreements: reviews due' })
    expect(currentLocation(router).path).toBe('/contact-agreements?view=reviews_due&status=active')
    expect(document.title).toBe('Contact agreements: reviews due (page 1 of 2) – Adoption support')
    await waitFor(() => {
      expect(screen.getByRole('link', { name: 'Page 2' })).toHaveAttribute(
        'href',
        '/contact-agreements?view=reviews_due&status=active&page=2',
      )
    })
    expect(screen.getByRole('combobox', { name: 'Show' })).toHaveValue('reviews_due')
    expect(asked).toEqual(['', '?view=reviews_due&status=active'])
  })

  it('says when no reviews are due', async () => {
    server.use(
      signedInAs('team_manager'),
      http.get(mswPath('findContactAgreements'), () => HttpResponse.json(buildAgreementsPage([]))),
    )
    renderRoute('/contact-agreements?view=reviews_due')
    expect(await screen.findByText('No agreements are due a review.')).toBeInTheDocument()
  })
})
