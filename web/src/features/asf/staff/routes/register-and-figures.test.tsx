import type { AsfFigures, AsfProvider } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { buildSession } from '../../../../test/factories.ts'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'

const provider: AsfProvider = {
  id: '4e5f6071-8293-4d0e-8f1a-3b4c5d6e7f80',
  name: 'Ridgeway Theraplay',
  registrationBody: 'Theraplay Institute',
  registrationNumber: 'TI-UK-3390',
  therapies: ['theraplay'],
  sessionRatePence: 8000,
  contactEmail: 'referrals@ridgeway.invalid',
  contactPhone: null,
  version: 1,
}

describe('the provider register', { timeout: 30_000 }, () => {
  it('lists the providers, and lets the finance officer add one with what the BFF needs', async () => {
    const sent: unknown[] = []
    server.use(
      sessionHandler(buildSession({ user: { role: 'finance_officer' } })),
      http.get(mswPath('findAsfProviders'), () => HttpResponse.json({ providers: [provider] })),
      http.post(mswPath('createAsfProvider'), async ({ request }) => {
        sent.push(await request.json())
        return HttpResponse.json<AsfProvider>(
          { ...provider, name: 'Lowfield Therapy' },
          { status: 201 },
        )
      }),
    )
    const { user } = renderRoute('/fund-applications/providers')

    await screen.findByRole('heading', { level: 1, name: 'Therapy providers' })
    const table = screen.getByRole('table')
    expect(within(table).getByText('Ridgeway Theraplay')).toBeInTheDocument()
    expect(within(table).getByText('£80.00')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Add the provider' }))
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Enter the provider’s name',
      'Enter the registration body',
      'Enter the registration number',
      'Select at least one therapy',
      'Enter the rate for a session',
    ])

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Lowfield Therapy')
    await user.type(screen.getByRole('textbox', { name: /Registration body/ }), 'HCPC')
    await user.type(screen.getByRole('textbox', { name: 'Registration number' }), 'PYL55555')
    await user.click(screen.getByRole('checkbox', { name: 'Theraplay' }))
    await user.type(screen.getByRole('textbox', { name: 'Usual rate for a session' }), '90')
    await user.click(screen.getByRole('button', { name: 'Add the provider' }))
    expect(await screen.findByText('Lowfield Therapy is in the register.')).toBeInTheDocument()
    expect(sent).toEqual([
      {
        name: 'Lowfield Therapy',
        registrationBody: 'HCPC',
        registrationNumber: 'PYL55555',
        therapies: ['theraplay'],
        sessionRatePence: 9000,
        contactEmail: '',
        contactPhone: '',
      },
    ])
  })

  it('is read only for a support worker', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'support_worker' } })),
      http.get(mswPath('findAsfProviders'), () => HttpResponse.json({ providers: [provider] })),
    )
    renderRoute('/fund-applications/providers')
    await screen.findByRole('heading', { level: 1, name: 'Therapy providers' })
    expect(screen.queryByRole('button', { name: 'Add the provider' })).not.toBeInTheDocument()
  })
})

describe('the year’s figures', { timeout: 30_000 }, () => {
  it('shows the totals and the money by therapy and provider, with the CSV', async () => {
    const requested: string[] = []
    server.use(
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      http.get(mswPath('getAsfFigures'), ({ request }) => {
        requested.push(new URL(request.url).search)
        return HttpResponse.json<AsfFigures>({
          financialYear: 2025,
          localAuthorityId: null,
          totals: {
            applications: 25,
            children: 24,
            approved: 15,
            declined: 4,
            requestedPence: 4_979_875,
            approvedPence: 2_838_630,
            invoicedPence: 1_200_000,
          },
          byTherapyType: [
            {
              key: 'theraplay',
              name: 'Theraplay',
              applications: 25,
              requestedPence: 4_979_875,
              approvedPence: 2_838_630,
              invoicedPence: 1_200_000,
            },
          ],
          byProvider: [],
        })
      }),
    )
    renderRoute('/fund-applications/figures?financialYear=2025')

    await screen.findByRole('heading', { level: 1, name: 'Adoption Support Fund figures' })
    expect(requested).toEqual(['?financialYear=2025'])
    expect(screen.getByText('2025 to 2026')).toBeInTheDocument()
    expect(
      screen.getByText('Asked of the fund', { selector: 'dt' }).nextElementSibling?.textContent,
    ).toBe('£49,798.75')
    const byTherapy = screen.getByRole('table', { name: 'By type of therapy' })
    expect(within(byTherapy).getByText('£28,386.30')).toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: 'Download the year’s applications (CSV)' }),
    ).toHaveAttribute('href', '/api/staff/asf/figures.csv?financialYear=2025')
  })

  it('is not for support workers', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'support_worker' } })))
    renderRoute('/fund-applications/figures')
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
