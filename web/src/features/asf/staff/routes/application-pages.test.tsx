import type { AsfApplication } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { buildSession } from '../../../../test/factories.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { applicationId, buildAsfApplication, lineId } from '../../test/factories.ts'

function handlers(
  role: 'support_worker' | 'team_manager' | 'finance_officer',
  application: AsfApplication,
) {
  return [
    sessionHandler(buildSession({ user: { role } })),
    http.get(mswPath('getAsfApplication'), () => HttpResponse.json<AsfApplication>(application)),
  ]
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

describe('an application', { timeout: 30_000 }, () => {
  it('shows the money, therapies, history and invoices, and offers the finance officer an invoice', async () => {
    server.use(...handlers('finance_officer', buildAsfApplication()))
    renderRoute(`/fund-applications/${applicationId}`)

    await screen.findByRole('heading', { level: 1, name: 'Adoption Support Fund application' })
    expect(document.title).toBe('Adoption Support Fund application – Adoption support')
    expect(screen.getByText('Therapy in progress')).toBeInTheDocument()
    const money = (key: string) =>
      screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
    expect(money('Asked of the fund')).toBe('£1,500.00')
    expect(money('Approved')).toBe('£1,200.00 (in part)')
    expect(money('Left to invoice')).toBe('£1,000.00')
    expect(screen.getByRole('button', { name: 'Record an invoice' })).toHaveAttribute(
      'href',
      `/fund-applications/${applicationId}/invoices/new`,
    )
    expect(
      screen.getByRole('link', { name: /Download the summary for the fund’s portal/ }),
    ).toHaveAttribute('href', `/api/staff/asf/applications/${applicationId}/summary`)
    const invoices = screen.getByRole('table', { name: 'Invoices' })
    expect(within(invoices).getByText('RT-1001')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Approve for submission' })).not.toBeInTheDocument()
  })

  it('sends a draft for approval with its version, and shows where it is now', async () => {
    const sent: unknown[] = []
    const draft = buildAsfApplication({
      status: 'draft',
      approvedPence: null,
      approvedInPart: false,
      invoicedPence: 0,
      remainingPence: null,
      invoices: [],
      allowedActions: ['change', 'submit_for_approval', 'withdraw'],
      version: 1,
    })
    server.use(
      ...handlers('support_worker', draft),
      http.post(mswPath('moveAsfApplication'), async ({ request }) => {
        sent.push(await request.json())
        return HttpResponse.json<AsfApplication>({
          ...draft,
          status: 'awaiting_approval',
          allowedActions: ['withdraw'],
          version: 2,
        })
      }),
    )
    const { user } = renderRoute(`/fund-applications/${applicationId}`)

    await user.click(await screen.findByRole('button', { name: 'Send for manager approval' }))
    expect(await screen.findByText('Waiting for manager approval')).toBeInTheDocument()
    expect(sent).toEqual([{ action: 'submit_for_approval', version: 1 }])
    expect(screen.getByRole('link', { name: 'Withdraw the application' })).toHaveAttribute(
      'href',
      `/fund-applications/${applicationId}/steps/withdraw`,
    )
  })

  it('shows why a step was refused', async () => {
    const waiting = buildAsfApplication({
      status: 'awaiting_approval',
      allowedActions: ['approve'],
    })
    server.use(
      ...handlers('team_manager', waiting),
      http.post(mswPath('moveAsfApplication'), () =>
        apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'This application was changed by someone else. Check it and try again',
        }),
      ),
    )
    const { user } = renderRoute(`/fund-applications/${applicationId}`)
    await user.click(await screen.findByRole('button', { name: 'Approve for submission' }))
    expect(
      await within(screen.getByRole('alert')).findByText(
        'This application was changed by someone else. Check it and try again',
      ),
    ).toBeInTheDocument()
  })
})

describe('recording the fund’s decision', { timeout: 30_000 }, () => {
  it('asks for the decision, the amount approved and the date, then records them', async () => {
    const sent: unknown[] = []
    const submitted = buildAsfApplication({
      status: 'submitted',
      approvedPence: null,
      approvedInPart: false,
      invoices: [],
      allowedActions: ['record_information_request', 'record_decision'],
    })
    server.use(
      ...handlers('finance_officer', submitted),
      http.post(mswPath('moveAsfApplication'), async ({ request }) => {
        sent.push(await request.json())
        return HttpResponse.json<AsfApplication>(buildAsfApplication())
      }),
    )
    const { user, router } = renderRoute(
      `/fund-applications/${applicationId}/steps/record_decision`,
    )

    await screen.findByRole('heading', { level: 1, name: 'Record the fund’s decision' })
    await user.click(screen.getByRole('button', { name: 'Record the decision' }))
    expect(summaryLinks()).toEqual([
      ['Select the fund’s decision', '#outcome'],
      ['Enter the date of the decision', '#happenedOn-day'],
    ])
    expect(document.title).toBe('Error: Record the fund’s decision – Adoption support')

    await user.click(screen.getByRole('radio', { name: 'Approved, in full or in part' }))
    await user.type(screen.getByRole('textbox', { name: 'Amount approved' }), '1,200')
    const date = within(screen.getByRole('group', { name: 'Date of the decision' }))
    await user.type(date.getByRole('textbox', { name: 'Day' }), '15')
    await user.type(date.getByRole('textbox', { name: 'Month' }), '10')
    await user.type(date.getByRole('textbox', { name: 'Year' }), '2026')
    await user.click(screen.getByRole('button', { name: 'Record the decision' }))

    await screen.findByRole('heading', { level: 1, name: 'Adoption Support Fund application' })
    expect(currentLocation(router).path).toBe(`/fund-applications/${applicationId}`)
    expect(sent).toEqual([
      {
        action: 'record_decision',
        version: 7,
        outcome: 'approved',
        approvedPence: 120_000,
        happenedOn: '2026-10-15',
      },
    ])
  })

  it('is not offered once the step cannot be taken', async () => {
    server.use(...handlers('finance_officer', buildAsfApplication()))
    renderRoute(`/fund-applications/${applicationId}/steps/record_decision`)
    expect(
      await screen.findByText('You cannot do this with the application as it is now.'),
    ).toBeInTheDocument()
  })
})

describe('recording an invoice', { timeout: 30_000 }, () => {
  it('shows what is left, and the BFF’s refusal of an amount over it on the amount', async () => {
    server.use(
      ...handlers('finance_officer', buildAsfApplication()),
      http.post(mswPath('recordAsfInvoice'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with what you entered',
          fieldErrors: {
            amountPence: 'The amount must be £1,000 or less: what is left of the approved amount',
          },
        }),
      ),
    )
    const { user } = renderRoute(`/fund-applications/${applicationId}/invoices/new`)

    await screen.findByRole('heading', { level: 1, name: 'Record an invoice' })
    expect(
      screen.getByText('Left to invoice: £1,000.00 of £1,200.00 approved.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Theraplay: Ridgeway Theraplay' })).toBeChecked()
    await user.type(screen.getByRole('textbox', { name: 'Invoice number' }), 'RT-1002')
    const date = within(screen.getByRole('group', { name: 'Date of the invoice' }))
    await user.type(date.getByRole('textbox', { name: 'Day' }), '1')
    await user.type(date.getByRole('textbox', { name: 'Month' }), '12')
    await user.type(date.getByRole('textbox', { name: 'Year' }), '2026')
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '1000.01')
    await user.click(screen.getByRole('button', { name: 'Record the invoice' }))

    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(summaryLinks()).toEqual([
      ['The amount must be £1,000 or less: what is left of the approved amount', '#amountPence'],
    ])
    expect(lineId).toBeTruthy()
  })
})
