import type { AsfAllowance, AsfApplication } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { buildSession } from '../../../../test/factories.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { applicationId, buildAsfApplication } from '../../test/factories.ts'

const childId = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d'
const planServiceId = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d'
const providerId = '4e5f6071-8293-4d0e-8f1a-3b4c5d6e7f80'

function allowance(overrides: Partial<AsfAllowance> = {}): AsfAllowance {
  return {
    childId,
    financialYear: 2026,
    startsOn: '2026-04-01',
    endsOn: '2027-03-31',
    rules: buildAsfApplication().rules,
    committedPence: 90_000,
    committedAssessmentPence: 0,
    remainingPence: 210_000,
    remainingAssessmentPence: 210_000,
    ...overrides,
  }
}

function handlers(limits: AsfAllowance = allowance()) {
  return [
    sessionHandler(buildSession({ user: { role: 'support_worker' } })),
    http.get(mswPath('getAsfNewApplication'), () =>
      HttpResponse.json({
        children: [{ id: childId, name: 'Mia Philips', familyReference: 'CSA-00001' }],
        planService: {
          id: planServiceId,
          description: 'Theraplay for Mia and her parents',
          provider: 'Ridgeway Theraplay',
          costPence: 120_000,
          endsOn: '2027-03-15',
          assessedOn: '2026-11-16',
        },
        financialYear: 2026,
      }),
    ),
    http.get(mswPath('findAsfProviders'), () =>
      HttpResponse.json({
        providers: [
          {
            id: providerId,
            name: 'Ridgeway Theraplay',
            registrationBody: 'Theraplay Institute',
            registrationNumber: 'TI-UK-3390',
            therapies: ['theraplay'],
            sessionRatePence: 8000,
            contactEmail: null,
            contactPhone: null,
            version: 1,
          },
        ],
      }),
    ),
    http.get(mswPath('getAsfAllowance'), () => HttpResponse.json<AsfAllowance>(limits)),
  ]
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

describe('a new application', { timeout: 30_000 }, () => {
  it('starts from the plan’s service, shows what is left, checks what is missing, then saves a draft', async () => {
    const sent: unknown[] = []
    server.use(
      ...handlers(),
      http.post(mswPath('createAsfApplication'), async ({ request }) => {
        sent.push(await request.json())
        return HttpResponse.json<AsfApplication>(buildAsfApplication({ status: 'draft' }), {
          status: 201,
        })
      }),
      http.get(mswPath('getAsfApplication'), () =>
        HttpResponse.json<AsfApplication>(buildAsfApplication({ status: 'draft' })),
      ),
    )
    const { user, router } = renderRoute(`/fund-applications/new?planServiceId=${planServiceId}`)

    await screen.findByRole('heading', { level: 1, name: 'Apply to the Adoption Support Fund' })
    expect(document.title).toBe('Apply to the Adoption Support Fund – Adoption support')
    expect(await screen.findByText('£2,100.00')).toBeInTheDocument()
    // The rules from April 2025 allow no match funding, so the form does not ask for it.
    expect(screen.queryByRole('textbox', { name: /Match funding/ })).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Cost' })).toHaveValue('1200.00')

    await user.click(screen.getByRole('button', { name: 'Save as a draft' }))
    expect(summaryLinks()).toEqual([
      ['Select why the child is eligible', '#eligibility'],
      ['Enter why the therapy is needed', '#justification'],
      ['Select the type of therapy', '#lines-0-therapyType'],
      ['Select the provider', '#lines-0-providerId'],
      ['Enter the number of sessions', '#lines-0-sessions'],
      ['Select the outcome measure', '#lines-0-outcomeTool'],
    ])
    expect(sent).toEqual([])

    await user.click(screen.getByRole('radio', { name: 'Adopted from care in England' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Why is the therapy needed?' }),
      'Theraplay with both parents.',
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type of therapy' }), 'theraplay')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Provider' }), providerId)
    await user.type(screen.getByRole('textbox', { name: 'Number of sessions' }), '12')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Outcome measure' }), 'bac')
    await user.click(screen.getByRole('button', { name: 'Save as a draft' }))

    await screen.findByRole('heading', { level: 1, name: 'Adoption Support Fund application' })
    expect(currentLocation(router).path).toBe(`/fund-applications/${applicationId}`)
    expect(sent).toEqual([
      {
        childId,
        planServiceId,
        financialYear: 2026,
        eligibility: 'adopted_from_care_england',
        assessedOn: '2026-11-16',
        justification: 'Theraplay with both parents.',
        lines: [
          {
            therapyType: 'theraplay',
            providerId,
            sessions: 12,
            costPence: 120_000,
            outcomeTool: 'bac',
            endsOn: '2027-03-15',
          },
        ],
        matchFundingPence: 0,
      },
    ])
  })

  it('asks for match funding where the year’s rules allow it', async () => {
    server.use(
      ...handlers(
        allowance({
          financialYear: 2024,
          rules: {
            ...buildAsfApplication().rules,
            name: 'Fair access limit and match funding (to March 2025)',
            matchFundingAllowed: true,
            assessmentsWithinLimit: false,
            fairAccessLimitPence: 500_000,
          },
        }),
      ),
    )
    renderRoute(`/fund-applications/new?planServiceId=${planServiceId}`)
    expect(
      await screen.findByRole('textbox', { name: 'Match funding from the council' }),
    ).toBeInTheDocument()
  })
})
