import type { StaffAgreement } from '@asp/bff/contract'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { agreementId, buildStaffAgreement } from '../test/factories.ts'
import { agreementHandler, recorder, signedInAs } from '../test/handlers.ts'

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

function valueOf(key: string) {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

describe('change the status of an agreement', { timeout: 30_000 }, () => {
  it('asks why contact is paused, then saves the status with the version', async () => {
    const sent = recorder()
    server.use(
      signedInAs('support_worker'),
      agreementHandler(),
      http.post(mswPath('changeAgreementStatus'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<StaffAgreement>(
          buildStaffAgreement({
            status: 'paused',
            statusReason: 'Karen is moving house.',
            version: 6,
          }),
        )
      }),
    )
    const { user, router } = renderRoute(`/contact-agreements/${agreementId}/status`)

    await screen.findByRole('heading', { level: 1, name: 'Change the status of the agreement' })
    expect(document.title).toBe('Change the status of the agreement – Adoption support')
    expect(screen.getByRole('radio', { name: 'Active' })).toBeChecked()

    await user.click(screen.getByRole('radio', { name: 'Paused' }))
    await user.click(screen.getByRole('button', { name: 'Save status' }))
    expect(summaryLinks()).toEqual([['Enter why contact is paused', '#pausedReason']])
    expect(
      screen.getByRole('textbox', { name: 'Why is contact paused?' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Error: Enter why contact is paused'))
    expect(document.title).toBe('Error: Change the status of the agreement – Adoption support')
    expect(sent.bodies).toEqual([])

    await user.type(
      screen.getByRole('textbox', { name: 'Why is contact paused?' }),
      'Karen is moving house.',
    )
    await user.click(screen.getByRole('button', { name: 'Save status' }))

    expect(await screen.findByText('Status changed', {}, { timeout: 5_000 })).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/contact-agreements/${agreementId}`)
    expect(valueOf('Status')).toBe('PausedKaren is moving house.')
    expect(sent.bodies).toEqual([
      { version: 5, status: 'paused', reason: 'Karen is moving house.' },
    ])
  })

  it('keeps what was chosen when someone else changed the agreement first, and retries with their version', async () => {
    const sent = recorder()
    let version = 5
    server.use(
      signedInAs('team_manager'),
      agreementHandler(() => buildStaffAgreement({ version })),
      http.post(mswPath('changeAgreementStatus'), async ({ request }): Promise<Response> => {
        await sent.record(request)
        if (sent.bodies.length === 1) {
          version = 6
          return apiErrorResponse(409, {
            code: 'CONFLICT',
            message: 'This agreement was changed by someone else.',
          })
        }
        return HttpResponse.json<StaffAgreement>(
          buildStaffAgreement({ status: 'ended', statusReason: 'Adopted abroad.', version: 7 }),
        )
      }),
    )
    const { user } = renderRoute(`/contact-agreements/${agreementId}/status`)
    await screen.findByRole('heading', { level: 1, name: 'Change the status of the agreement' })
    await user.click(screen.getByRole('radio', { name: 'Ended' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Why did contact end?' }),
      'Adopted abroad.',
    )
    await user.click(screen.getByRole('button', { name: 'Save status' }))

    expect(
      await within(await screen.findByRole('alert')).findByText(
        /This agreement was changed by someone else\. We have loaded their changes/,
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Why did contact end?' })).toHaveValue(
      'Adopted abroad.',
    )
    await user.click(screen.getByRole('button', { name: 'Save status' }))
    await screen.findByText('Status changed', {}, { timeout: 5_000 })
    await waitFor(() => {
      expect(sent.bodies).toEqual([
        { version: 5, status: 'ended', reason: 'Adopted abroad.' },
        { version: 6, status: 'ended', reason: 'Adopted abroad.' },
      ])
    })
  })
})

describe('record a review', { timeout: 30_000 }, () => {
  it('needs a real date, then records the review with the notes', async () => {
    const sent = recorder()
    server.use(
      signedInAs('team_manager'),
      agreementHandler(),
      http.post(mswPath('recordAgreementReview'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<StaffAgreement>(
          buildStaffAgreement({
            lastReviewedOn: '2026-09-28',
            nextReviewOn: '2029-09-28',
            version: 6,
          }),
        )
      }),
    )
    const { user, router } = renderRoute(`/contact-agreements/${agreementId}/review`)
    await screen.findByRole('heading', { level: 1, name: 'Record a review' })
    expect(screen.getByText(/The next review is due on 1 March 2027\./)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Record review' }))
    expect(summaryLinks()).toEqual([['Enter the date of the review', '#reviewedOn-day']])

    const review = within(screen.getByRole('group', { name: 'Date of the review' }))
    await user.type(review.getByRole('textbox', { name: 'Day' }), '31')
    await user.type(review.getByRole('textbox', { name: 'Month' }), '9')
    await user.type(review.getByRole('textbox', { name: 'Year' }), '2026')
    await user.type(
      screen.getByRole('textbox', { name: 'Notes (optional)' }),
      'Everyone wants to carry on as before.',
    )
    await user.click(screen.getByRole('button', { name: 'Record review' }))
    expect(summaryLinks()).toEqual([['Date of the review must be a real date', '#reviewedOn-day']])
    expect(review.getByRole('textbox', { name: 'Day' })).toHaveClass('govuk-input--error')
    expect(review.getByRole('textbox', { name: 'Month' })).not.toHaveClass('govuk-input--error')
    expect(sent.bodies).toEqual([])

    await user.clear(review.getByRole('textbox', { name: 'Day' }))
    await user.type(review.getByRole('textbox', { name: 'Day' }), '28')
    await user.click(screen.getByRole('button', { name: 'Record review' }))

    expect(await screen.findByText('Review recorded', {}, { timeout: 5_000 })).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/contact-agreements/${agreementId}`)
    expect(valueOf('Next review')).toBe('28 September 2029')
    expect(sent.bodies).toEqual([
      { version: 5, reviewedOn: '2026-09-28', notes: 'Everyone wants to carry on as before.' },
    ])
  })
})
