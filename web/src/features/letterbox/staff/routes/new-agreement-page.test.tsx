import type { StaffAgreement } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { agreementId, buildStaffAgreement, childId, relativeIds } from '../test/factories.ts'
import { agreementHandler, childLetterboxHandler, recorder, signedInAs } from '../test/handlers.ts'

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

/** Types into a field as a paste does: the form sees the same change events, sooner. */
async function fill(
  user: ReturnType<typeof renderRoute>['user'],
  field: HTMLElement,
  text: string,
) {
  await user.click(field)
  await user.paste(text)
}

describe('make a contact agreement', { timeout: 60_000 }, () => {
  it('shows every problem at its field, puts the API’s on theirs, keeps what was typed, then makes it', async () => {
    const sent = recorder()
    server.use(
      signedInAs('support_worker'),
      childLetterboxHandler(),
      agreementHandler(),
      http.post(mswPath('createContactAgreement'), async ({ request }): Promise<Response> => {
        await sent.record(request)
        return sent.bodies.length === 1
          ? apiErrorResponse(400, {
              code: 'VALIDATION_FAILED',
              message: 'There is a problem',
              fieldErrors: {
                'agreement.parties.1.exchangeName': 'Use a name without a surname',
                'agreement.startsOn': 'The agreement must start after the adoption order',
              },
            })
          : HttpResponse.json<StaffAgreement>(buildStaffAgreement(), { status: 201 })
      }),
    )
    const { user, router } = renderRoute(`/children/${childId}/letterbox/new-agreement`)
    await screen.findByRole('heading', { level: 1, name: 'Make a contact agreement' })
    expect(document.title).toBe('Make a contact agreement – Adoption support')
    expect(
      screen.getByRole('textbox', {
        name: 'Remind writers how many weeks before a letter is due?',
      }),
    ).toHaveValue('4')

    await user.click(screen.getByRole('button', { name: 'Make agreement' }))
    expect(summaryLinks()).toEqual([
      ['Select at least one birth relative', '#parties'],
      ['Select who writes', '#direction'],
      ['Select the months letters are due', '#exchangeMonths'],
      ['Enter the child’s name in the exchange', '#childExchangeName'],
      ['Enter the family’s name in the exchange', '#familyExchangeName'],
      ['Enter the date the agreement starts', '#startsOn-day'],
    ])
    expect(document.title).toBe('Error: Make a contact agreement – Adoption support')

    // Each birth relative ticked asks how they are related and named; the record's relationship
    // is chosen already where the agreement knows it.
    const karen = screen.getByRole('checkbox', { name: 'Karen Doyle' })
    const karenFields = document.getElementById(karen.getAttribute('aria-controls') ?? '')
    expect(karenFields).toHaveClass('govuk-checkboxes__conditional--hidden')
    await user.click(karen)
    expect(karenFields).not.toHaveClass('govuk-checkboxes__conditional--hidden')
    expect(
      screen.getByRole('combobox', { name: 'Relationship to the child: Karen Doyle' }),
    ).toHaveValue('mother')
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Name the family will see: Karen Doyle' }),
      'Birth mum, Karen',
    )
    await user.click(screen.getByRole('checkbox', { name: 'Lily Doyle' }))
    expect(
      screen.getByRole('combobox', { name: 'Relationship to the child: Lily Doyle' }),
    ).toHaveValue('')
    await user.click(screen.getByRole('radio', { name: 'Both ways' }))
    await user.click(screen.getByRole('checkbox', { name: 'September' }))
    await user.click(screen.getByRole('checkbox', { name: 'March' }))
    await user.click(screen.getByRole('checkbox', { name: 'Photos' }))
    await fill(user, screen.getByRole('textbox', { name: 'Child’s name in the exchange' }), 'Mia')
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Family’s name in the exchange' }),
      'Mia’s mum and dad',
    )
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Words to watch for (optional)' }),
      'Oakfield Primary\n\n  Otley Harriers  \n',
    )
    const weeks = screen.getByRole('textbox', {
      name: 'Remind writers how many weeks before a letter is due?',
    })
    await user.clear(weeks)
    await fill(user, weeks, 'six')
    const startsOn = within(screen.getByRole('group', { name: 'Date the agreement starts' }))
    await fill(user, startsOn.getByRole('textbox', { name: 'Day' }), '1')
    await fill(user, startsOn.getByRole('textbox', { name: 'Month' }), '3')
    await fill(user, startsOn.getByRole('textbox', { name: 'Year' }), '2026')

    await user.click(screen.getByRole('button', { name: 'Make agreement' }))
    expect(summaryLinks()).toEqual([
      ['Select their relationship to the child', `#party-${relativeIds.lily}-relationship`],
      ['Enter how the family will see their name', `#party-${relativeIds.lily}-exchangeName`],
      ['Enter the number of weeks as a whole number, like 4', '#reminderWeeks'],
    ])
    expect(sent.bodies).toEqual([])

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Relationship to the child: Lily Doyle' }),
      ['Brother or sister'],
    )
    await fill(
      user,
      screen.getByRole('textbox', { name: 'Name the family will see: Lily Doyle' }),
      'Lily Doyle',
    )
    await user.clear(weeks)
    await fill(user, weeks, '6')
    await user.click(screen.getByRole('button', { name: 'Make agreement' }))

    // The API's messages, on the fields they are about.
    expect(
      await screen.findByRole('link', { name: 'Use a name without a surname' }),
    ).toHaveAttribute('href', `#party-${relativeIds.lily}-exchangeName`)
    expect(summaryLinks()).toEqual([
      ['Use a name without a surname', `#party-${relativeIds.lily}-exchangeName`],
      ['The agreement must start after the adoption order', '#startsOn-day'],
    ])
    expect(
      screen.getByRole('textbox', { name: 'Name the family will see: Lily Doyle' }),
    ).toHaveAccessibleDescription(expect.stringContaining('Error: Use a name without a surname'))
    // Nothing typed is lost.
    expect(
      screen.getByRole('textbox', { name: 'Name the family will see: Karen Doyle' }),
    ).toHaveValue('Birth mum, Karen')
    expect(screen.getByRole('checkbox', { name: 'Photos' })).toBeChecked()
    expect(startsOn.getByRole('textbox', { name: 'Year' })).toHaveValue('2026')

    const lilyName = screen.getByRole('textbox', { name: 'Name the family will see: Lily Doyle' })
    await user.clear(lilyName)
    await fill(user, lilyName, 'Your sister, Lily')
    await user.click(screen.getByRole('button', { name: 'Make agreement' }))

    expect(
      await screen.findByText('Contact agreement made', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/contact-agreements/${agreementId}`)
    expect(sent.bodies[1]).toEqual({
      childId,
      agreement: {
        parties: [
          {
            birthRelativeId: relativeIds.karen,
            relationship: 'mother',
            exchangeName: 'Birth mum, Karen',
          },
          {
            birthRelativeId: relativeIds.lily,
            relationship: 'sibling',
            exchangeName: 'Your sister, Lily',
          },
        ],
        direction: 'two_way',
        exchangeMonths: [3, 9],
        photosAllowed: true,
        cardsAllowed: false,
        giftsAllowed: false,
        childExchangeName: 'Mia',
        familyExchangeName: 'Mia’s mum and dad',
        watchWords: ['Oakfield Primary', 'Otley Harriers'],
        reminderWeeks: 6,
        startsOn: '2026-03-01',
      },
    })
  })

  it('is only for support workers and team managers', async () => {
    server.use(signedInAs('duty_officer'), childLetterboxHandler())
    renderRoute(`/children/${childId}/letterbox/new-agreement`)
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
