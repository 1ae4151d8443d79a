import type { AsfAllowance, AsfApplication, AsfProvider } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { apiErrorResponse, mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { buildSession } from '../../../../test/factories.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { applicationId, buildAsfApplication } from '../../test/factories.ts'

// Today, for the financial years the pages offer: 2026 to 2027, so a renewal is for 2027 to 2028.
const now = new Date('2026-12-07T10:00:00Z')
const renewalId = '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d'
const ridgeway = '4e5f6071-8293-4d0e-8f1a-3b4c5d6e7f80'
const northgate = '8b9c0d1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e'

function provider(id: string, name: string): AsfProvider {
  return {
    id,
    name,
    registrationBody: 'Theraplay Institute',
    registrationNumber: 'TI-UK-3390',
    therapies: ['theraplay'],
    sessionRatePence: 8000,
    contactEmail: null,
    contactPhone: null,
    version: 1,
  }
}

/** A draft its worker may still change, as the BFF answers for a support worker. */
function buildDraft(overrides: Partial<AsfApplication> = {}): AsfApplication {
  return buildAsfApplication({
    status: 'draft',
    approvedPence: null,
    approvedInPart: false,
    invoicedPence: 0,
    remainingPence: null,
    fundReference: null,
    submittedOn: null,
    decidedOn: null,
    invoices: [],
    allowedActions: ['change', 'submit_for_approval', 'withdraw'],
    version: 3,
    ...overrides,
  })
}

function allowance(): AsfAllowance {
  return {
    childId: buildAsfApplication().childId,
    financialYear: 2026,
    startsOn: '2026-04-01',
    endsOn: '2027-03-31',
    rules: buildAsfApplication().rules,
    committedPence: 150_000,
    committedAssessmentPence: 0,
    remainingPence: 150_000,
    remainingAssessmentPence: 150_000,
  }
}

/** The session, the application (by id: the one given, or a renewal), the register, the allowance. */
function handlers(
  role: 'support_worker' | 'team_manager' | 'finance_officer',
  application: () => AsfApplication,
  renewal?: AsfApplication,
) {
  return [
    sessionHandler(buildSession({ user: { role } })),
    http.get(mswPath('getAsfApplication'), ({ params }) =>
      HttpResponse.json<AsfApplication>(
        renewal && params.applicationId === renewal.id ? renewal : application(),
      ),
    ),
    http.get(mswPath('findAsfProviders'), () =>
      HttpResponse.json({
        providers: [provider(ridgeway, 'Ridgeway Theraplay'), provider(northgate, 'Northgate DDP')],
      }),
    ),
    http.get(mswPath('getAsfAllowance'), ({ request }) => {
      allowanceAsked.push(Object.fromEntries(new URL(request.url).searchParams))
      return HttpResponse.json<AsfAllowance>(allowance())
    }),
  ]
}

/** The queries the allowance was asked with, in order. */
let allowanceAsked: Record<string, string>[] = []

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

function errorSummary() {
  return screen.getByRole('alert').closest('.govuk-error-summary')
}

const changeHref = `/fund-applications/${applicationId}/change`
const renewHref = `/fund-applications/${applicationId}/renew`

beforeAll(async () => {
  // The feature's pages load lazily: import them once here, so the first test's wait for its page
  // is not spent on the import.
  await import('../../routes.tsx')
})
beforeEach(() => {
  allowanceAsked = []
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(now)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('the application page’s change and renewal links', { timeout: 30_000 }, () => {
  it('offers a draft’s change, and no renewal', async () => {
    server.use(...handlers('support_worker', () => buildDraft()))
    renderRoute(`/fund-applications/${applicationId}`)

    expect(await screen.findByRole('link', { name: 'Change the application' })).toHaveAttribute(
      'href',
      changeHref,
    )
    expect(screen.queryByRole('button', { name: /^Renew/ })).not.toBeInTheDocument()
  })

  it('offers the renewal for next financial year of an application in therapy, and no change', async () => {
    server.use(
      ...handlers('support_worker', () =>
        buildAsfApplication({ allowedActions: ['renew', 'complete', 'withdraw'] }),
      ),
    )
    renderRoute(`/fund-applications/${applicationId}`)

    expect(await screen.findByRole('button', { name: 'Renew for 2027 to 2028' })).toHaveAttribute(
      'href',
      renewHref,
    )
    expect(screen.queryByRole('link', { name: 'Change the application' })).not.toBeInTheDocument()
  })

  it('renews an application for a year gone by for this financial year, as the BFF does', async () => {
    server.use(
      ...handlers('support_worker', () =>
        buildAsfApplication({ financialYear: 2024, allowedActions: ['renew'] }),
      ),
    )
    renderRoute(`/fund-applications/${applicationId}`)
    expect(
      await screen.findByRole('button', { name: 'Renew for 2026 to 2027' }),
    ).toBeInTheDocument()
  })

  it('offers neither when the BFF allows neither', async () => {
    server.use(...handlers('finance_officer', () => buildAsfApplication()))
    renderRoute(`/fund-applications/${applicationId}`)

    expect(await screen.findByRole('button', { name: 'Record an invoice' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'Change the application' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Renew/ })).not.toBeInTheDocument()
  })
})

describe('changing a draft', { timeout: 30_000 }, () => {
  it('fills the form in as the draft is, and sends the changes with its version', async () => {
    const sent: unknown[] = []
    let saved = buildDraft()
    server.use(
      ...handlers('support_worker', () => saved),
      http.put(mswPath('changeAsfApplication'), async ({ request }) => {
        sent.push(await request.json())
        saved = buildDraft({ justification: 'Changed.', version: 4 })
        return HttpResponse.json<AsfApplication>(saved)
      }),
    )
    const { user, router } = renderRoute(changeHref)

    await screen.findByRole('heading', { level: 1, name: 'Change the application' })
    expect(document.title).toBe('Change the application – Adoption support')
    expect(screen.getByText('Mia Philips (CSA-00001)')).toBeInTheDocument()
    // The child stays: the form does not ask which child.
    expect(screen.queryByRole('group', { name: 'Which child is the application for?' })).toBeNull()
    expect(screen.getByRole('radio', { name: '2026 to 2027' })).toBeChecked()
    expect(screen.getByRole('radio', { name: 'Adopted from care in England' })).toBeChecked()
    const assessed = within(
      screen.getByRole('group', { name: 'When was the needs assessment finished?' }),
    )
    expect(assessed.getByRole('textbox', { name: 'Day' })).toHaveValue('1')
    expect(assessed.getByRole('textbox', { name: 'Month' })).toHaveValue('9')
    expect(assessed.getByRole('textbox', { name: 'Year' })).toHaveValue('2026')
    expect(screen.getByRole('textbox', { name: 'Why is the therapy needed?' })).toHaveValue(
      'Theraplay with both parents is recommended.',
    )
    expect(screen.getByRole('combobox', { name: 'Type of therapy' })).toHaveValue('theraplay')
    expect(screen.getByRole('combobox', { name: 'Provider' })).toHaveValue(ridgeway)
    expect(screen.getByRole('textbox', { name: 'Number of sessions' })).toHaveValue('12')
    expect(screen.getByRole('textbox', { name: 'Cost' })).toHaveValue('1500.00')
    expect(screen.getByRole('combobox', { name: 'Outcome measure' })).toHaveValue('bac')
    expect(screen.getByRole('textbox', { name: 'Baseline score (optional)' })).toHaveValue('24')
    const ends = within(screen.getByRole('group', { name: 'When does the therapy end?' }))
    expect(ends.getByRole('textbox', { name: 'Day' })).toHaveValue('15')
    expect(ends.getByRole('textbox', { name: 'Month' })).toHaveValue('3')
    expect(ends.getByRole('textbox', { name: 'Year' })).toHaveValue('2027')
    // What is left, asked for without what this draft holds now: what is saved takes its place.
    expect(await screen.findByText('£1,500.00', { selector: 'strong' })).toBeInTheDocument()
    expect(allowanceAsked).toContainEqual(
      expect.objectContaining({ exceptApplicationId: applicationId, financialYear: '2026' }),
    )
    // The rules from April 2025 allow no match funding.
    expect(screen.queryByRole('textbox', { name: /Match funding/ })).not.toBeInTheDocument()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Provider' }), northgate)
    const sessions = screen.getByRole('textbox', { name: 'Number of sessions' })
    await user.clear(sessions)
    await user.type(sessions, '10')
    const cost = screen.getByRole('textbox', { name: 'Cost' })
    await user.clear(cost)
    await user.type(cost, '1,250')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    await screen.findByRole('heading', { level: 1, name: 'Adoption Support Fund application' })
    expect(currentLocation(router).path).toBe(`/fund-applications/${applicationId}`)
    expect(within(screen.getByRole('alert')).getByText('Application changed')).toBeInTheDocument()
    expect(sent).toEqual([
      {
        financialYear: 2026,
        eligibility: 'adopted_from_care_england',
        assessedOn: '2026-09-01',
        justification: 'Theraplay with both parents is recommended.',
        lines: [
          {
            therapyType: 'theraplay',
            providerId: northgate,
            sessions: 10,
            costPence: 125_000,
            outcomeTool: 'bac',
            baselineScore: 24,
            endsOn: '2027-03-15',
          },
        ],
        matchFundingPence: 0,
        version: 3,
      },
    ])
  })

  it('shows the BFF’s messages on the fields they are about, and keeps what was typed', async () => {
    server.use(
      ...handlers('support_worker', () => buildDraft()),
      http.put(mswPath('changeAsfApplication'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with what you entered',
          fieldErrors: {
            'lines.0.providerId': 'Select a provider from the register',
            lines:
              'The total must be £1,500 or less: what is left of the fund’s £3,000 limit for this child this financial year',
          },
        }),
      ),
    )
    const { user, router } = renderRoute(changeHref)

    const cost = await screen.findByRole('textbox', { name: 'Cost' })
    await user.clear(cost)
    await user.type(cost, '2000')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(
      await screen.findByRole('heading', { level: 2, name: 'There is a problem' }),
    ).toBeInTheDocument()
    expect(summaryLinks()).toEqual([
      [
        'The total must be £1,500 or less: what is left of the fund’s £3,000 limit for this child this financial year',
        '#lines-0-therapyType',
      ],
      ['Select a provider from the register', '#lines-0-providerId'],
    ])
    expect(errorSummary()).toHaveFocus()
    expect(document.title).toBe('Error: Change the application – Adoption support')
    expect(screen.getByRole('combobox', { name: 'Provider' })).toHaveAccessibleDescription(
      'Error: Select a provider from the register',
    )
    expect(screen.getByRole('textbox', { name: 'Cost' })).toHaveValue('2000')
    expect(currentLocation(router).path).toBe(changeHref)
  })

  it('says when someone else changed it first, keeps what was typed, and reloads it on the link', async () => {
    const sent: { version: number }[] = []
    let saved = buildDraft()
    server.use(
      ...handlers('support_worker', () => saved),
      http.put(mswPath('changeAsfApplication'), async ({ request }): Promise<Response> => {
        const body = (await request.json()) as { version: number }
        sent.push(body)
        return body.version === saved.version
          ? HttpResponse.json<AsfApplication>(saved)
          : apiErrorResponse(409, {
              code: 'CONFLICT',
              message: 'This application was changed by someone else. Check it and try again',
            })
      }),
    )
    const { user } = renderRoute(changeHref)

    const justification = await screen.findByRole('textbox', { name: 'Why is the therapy needed?' })
    // Someone else saves the draft while it is open here.
    saved = buildDraft({ justification: 'Their words.', version: 4 })
    await user.type(justification, ' Mine too.')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    const alert = within(await screen.findByRole('alert'))
    expect(
      alert.getByText(/Someone else changed this application after you opened it/),
    ).toBeInTheDocument()
    expect(errorSummary()).toHaveFocus()
    expect(document.title).toBe('Error: Change the application – Adoption support')
    expect(justification).toHaveValue('Theraplay with both parents is recommended. Mine too.')
    const reload = alert.getByRole('link', { name: 'Reload the application' })
    expect(reload).toHaveAttribute('href', changeHref)

    await user.click(reload)
    // The form starts again from the application as it is now: their words and their version.
    expect(await screen.findByDisplayValue('Their words.')).toBe(
      screen.getByRole('textbox', { name: 'Why is the therapy needed?' }),
    )
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await screen.findByRole('heading', { level: 1, name: 'Adoption Support Fund application' })
    expect(sent.map((body) => body.version)).toEqual([3, 4])
  })

  it('is not offered once the application is no longer a draft', async () => {
    server.use(...handlers('support_worker', () => buildAsfApplication({ allowedActions: [] })))
    renderRoute(changeHref)
    expect(
      await screen.findByText(
        'Only a draft can be changed, by a support worker or a team manager.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument()
  })
})

describe('renewing an application', { timeout: 30_000 }, () => {
  it('says what is copied, starts the renewal, and lands on the new draft', async () => {
    const posted: string[] = []
    const renewal = buildDraft({
      id: renewalId,
      financialYear: 2027,
      renewsApplicationId: applicationId,
      assessedOn: '2026-12-07',
      version: 1,
    })
    server.use(
      ...handlers(
        'support_worker',
        () => buildAsfApplication({ allowedActions: ['renew', 'complete', 'withdraw'] }),
        renewal,
      ),
      http.post(mswPath('renewAsfApplication'), ({ request }) => {
        posted.push(new URL(request.url).pathname)
        return HttpResponse.json<AsfApplication>(renewal, { status: 201 })
      }),
    )
    const { user, router } = renderRoute(renewHref)

    await screen.findByRole('heading', {
      level: 1,
      name: 'Renew the application for 2027 to 2028',
    })
    expect(document.title).toBe('Renew the application for 2027 to 2028 – Adoption support')
    expect(
      screen.getByText(
        'Theraplay with Ridgeway Theraplay: 12 sessions costing £1,500.00, measured by Brief Assessment Checklist (BAC)',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText('each therapy ends on 31 March 2028')).toBeInTheDocument()
    expect(posted).toEqual([])

    await user.click(screen.getByRole('button', { name: 'Start the renewal' }))

    await screen.findByRole('heading', { level: 1, name: 'Adoption Support Fund application' })
    expect(posted).toEqual([`/api/staff/asf/applications/${applicationId}/renewal`])
    expect(currentLocation(router).path).toBe(`/fund-applications/${renewalId}`)
    expect(within(screen.getByRole('alert')).getByText('Renewal started')).toBeInTheDocument()
    expect(
      screen.getByText('Financial year', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('2027 to 2028')
  })

  it('shows why the BFF refused the renewal in the error summary', async () => {
    server.use(
      ...handlers('support_worker', () => buildAsfApplication({ allowedActions: ['renew'] })),
      http.post(mswPath('renewAsfApplication'), () =>
        apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'You cannot renew an application that is withdrawn',
        }),
      ),
    )
    const { user, router } = renderRoute(renewHref)

    await user.click(await screen.findByRole('button', { name: 'Start the renewal' }))
    expect(
      await within(screen.getByRole('alert')).findByText(
        'You cannot renew an application that is withdrawn',
      ),
    ).toBeInTheDocument()
    expect(errorSummary()).toHaveFocus()
    expect(document.title).toBe('Error: Renew the application for 2027 to 2028 – Adoption support')
    expect(currentLocation(router).path).toBe(renewHref)
  })

  it('is not offered for an application that cannot be renewed', async () => {
    server.use(...handlers('support_worker', () => buildDraft()))
    renderRoute(renewHref)
    expect(
      await screen.findByText(
        'Only an application the fund approved can be renewed, by a support worker or a team manager.',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Start the renewal' })).not.toBeInTheDocument()
  })
})
