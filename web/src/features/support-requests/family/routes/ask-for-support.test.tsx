import type { AskForSupport, SupportDraft } from '@asp/bff/contract'
import { configure, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../../../test/factories.ts'
import { apiErrorResponse, mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildCreated, buildDraft, childIds } from '../test/factories.ts'
import { draftHandlers, myFamilyHandler } from '../test/handlers.ts'

// Whole journeys through the app's loaders: give pages time to load on a busy machine.
configure({ asyncUtilTimeout: 5000 })

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

function signedInAs(role: 'adopter' | 'birth_relative', draft: SupportDraft | null = null) {
  const drafts = draftHandlers(draft)
  server.use(sessionHandler(buildSession({ user: { role } })), ...drafts.handlers)
  if (role === 'adopter') {
    server.use(myFamilyHandler())
  }
  return drafts
}

/** Records every `POST /api/my/support-requests` body and answers with `answer`. */
function askForSupportHandler(
  answer: () => Response = () => HttpResponse.json(buildCreated(), { status: 201 }),
) {
  const received: AskForSupport[] = []
  server.use(
    http.post(mswPath('askForSupport'), async ({ request }) => {
      received.push((await request.json()) as AskForSupport)
      return answer()
    }),
  )
  return received
}

function errorLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

/**
 * The link whose text (with its visually hidden part) reads `text`. Testing Library's accessible
 * name drops the space before a visually hidden span, which browsers keep.
 */
async function findLinkReading(text: string) {
  return waitFor(() => {
    const [link, ...others] = screen
      .getAllByRole('link')
      .filter((candidate) => candidate.textContent.replace(/\s+/g, ' ').trim() === text)
    if (!link || others.length > 0) {
      throw new Error(`Expected one link reading "${text}"`)
    }
    return link
  })
}

/** The text of a summary list row's value, found by its key. */
function valueOf(key: string) {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

describe('ask for support', { timeout: 30_000 }, () => {
  it('takes an adoptive parent through every question, keeping a draft, and sends the request', async () => {
    const drafts = signedInAs('adopter')
    const received = askForSupportHandler()
    const { user, router } = renderRoute('/support/ask')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ask for support' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Ask for support – Adoption support')
    expect(screen.getByText(/If a child is in immediate danger, call 999/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Start now' }))

    // What the help is about: an adoptive parent's list.
    const categories = await screen.findByRole('group', { name: 'What do you need help with?' })
    expect(document.title).toBe('What do you need help with? – Adoption support')
    expect(within(categories).getAllByRole('checkbox')).toHaveLength(9)
    expect(
      within(categories).queryByRole('checkbox', { name: 'Help to write a letterbox letter' }),
    ).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(errorLinks()).toEqual([['Select what you need help with', '#categories']])
    expect(document.title).toBe('Error: What do you need help with? – Adoption support')
    await user.click(within(categories).getByRole('checkbox', { name: 'School or education' }))
    await user.click(
      within(categories).getByRole('checkbox', {
        name: 'Therapeutic support, including therapy paid for by the Adoption Support Fund',
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    // Which children: first names only.
    const children = await screen.findByRole('group', {
      name: 'Which of your children is it about?',
    })
    expect(
      within(children)
        .getAllByRole('checkbox')
        .map((checkbox) => checkbox.getAttribute('value')),
    ).toEqual([childIds.mia, childIds.leo, 'none'])
    expect(within(children).getByRole('checkbox', { name: 'Mia' })).toBeInTheDocument()
    expect(screen.queryByText(/Philips/)).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(errorLinks()).toEqual([
      [
        'Select which child it is about, or select ‘It is not about a particular child’',
        '#childIds',
      ],
    ])
    await user.click(within(children).getByRole('checkbox', { name: 'Mia' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    // What is happening, with a character count.
    const description = await screen.findByRole('textbox', { name: 'What is happening?' })
    expect(screen.getByText('You have 5,000 characters remaining')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(errorLinks()).toEqual([['Enter what is happening', '#description']])
    await user.type(description, 'Mia is refusing to go to school.{Enter}She is very anxious.')
    expect(screen.getByText('You have 4,947 characters remaining')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    // How urgent, under the warning.
    const urgency = await screen.findByRole('group', { name: 'How urgent is it?' })
    expect(screen.getByRole('heading', { level: 1, name: 'How urgent is it?' })).toBeInTheDocument()
    expect(
      screen.getByText(/Outside office hours, call your council’s emergency duty team/),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(errorLinks()).toEqual([['Select how urgent it is', '#urgency']])
    await user.click(within(urgency).getByRole('radio', { name: 'Soon: within the next few days' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    // How and when to contact them; phone reveals the number.
    const method = await screen.findByRole('group', { name: 'How should we contact you?' })
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(errorLinks()).toEqual([['Select how we should contact you', '#contactMethod']])
    await user.click(within(method).getByRole('radio', { name: 'By phone' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    expect(errorLinks()).toEqual([
      ['Enter a telephone number, like 01632 960 001 or 07700 900 982', '#contactPhone'],
    ])
    await user.type(screen.getByRole('textbox', { name: 'Telephone number' }), '07700 900 982')
    await user.type(
      screen.getByRole('textbox', { name: 'When is a good time to contact you? (optional)' }),
      'Weekday mornings',
    )
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    // Check your answers.
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Check your answers before sending your request',
      }),
    ).toBeInTheDocument()
    expect(valueOf('What you need help with')).toBe(
      'School or educationTherapeutic support, including therapy paid for by the Adoption Support Fund',
    )
    expect(valueOf('Which children it is about')).toBe('Mia')
    expect(valueOf('What is happening')).toBe(
      'Mia is refusing to go to school.She is very anxious.',
    )
    expect(valueOf('How urgent it is')).toBe('Soon: within the next few days')
    expect(valueOf('How we should contact you')).toBe('By phone07700 900 982')
    expect(valueOf('When to contact you')).toBe('Weekday mornings')
    expect(
      screen
        .getAllByRole('link', { name: /^Change/ })
        .map((link) => [link.textContent.replace(/\s+/g, ' '), link.getAttribute('href')]),
    ).toEqual([
      ['Change what you need help with', '/support/ask/what-about?from=check-your-answers'],
      ['Change which children it is about', '/support/ask/children?from=check-your-answers'],
      ['Change what is happening', '/support/ask/what-is-happening?from=check-your-answers'],
      ['Change how urgent it is', '/support/ask/how-urgent?from=check-your-answers'],
      ['Change how we should contact you', '/support/ask/contact?from=check-your-answers'],
      ['Change when to contact you', '/support/ask/contact?from=check-your-answers'],
    ])

    // The draft was kept after every page.
    expect(drafts.saved).toHaveLength(5)
    expect(drafts.saved.at(-1)).toEqual({
      categories: ['education', 'therapeutic_support'],
      childIds: [childIds.mia],
      description: 'Mia is refusing to go to school.\nShe is very anxious.',
      urgency: 'soon',
      contactMethod: 'phone',
      contactPhone: '07700 900 982',
      contactTimes: 'Weekday mornings',
    })

    await user.click(screen.getByRole('button', { name: 'Send request' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request sent' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Request sent – Adoption support')
    expect(screen.getByText('Your reference number', { exact: false })).toHaveTextContent(
      'Your reference numberASR-2026-000123',
    )
    expect(screen.getByText('You can expect a reply by 30 November 2026.')).toBeInTheDocument()
    expect(screen.queryByText(/outside our office hours/)).not.toBeInTheDocument()
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Your requests' }),
    ).toHaveAttribute('href', '/support/requests')
    expect(currentLocation(router).path).toBe('/support/ask/request-sent')
    expect(received).toHaveLength(1)
    expect(received[0]).toEqual({
      idempotencyKey: expect.stringMatching(uuid) as unknown,
      categories: ['education', 'therapeutic_support'],
      childIds: [childIds.mia],
      description: 'Mia is refusing to go to school.\nShe is very anxious.',
      urgency: 'soon',
      contactMethod: 'phone',
      contactPhone: '07700 900 982',
      contactTimes: 'Weekday mornings',
    })
  })

  it('keeps what was typed when an answer is too long, and says how many characters too many', async () => {
    const drafts = signedInAs('adopter', buildDraft({ description: undefined }))
    const { user } = renderRoute('/support/ask/what-is-happening')
    const description = await screen.findByRole('textbox', { name: 'What is happening?' })
    await user.click(description)
    await user.paste('a'.repeat(5001))

    expect(screen.getByText('You have 1 character too many')).toHaveClass('govuk-error-message')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(errorLinks()).toEqual([
      ['What is happening must be 5,000 characters or fewer', '#description'],
    ])
    expect(description).toHaveValue('a'.repeat(5001))
    expect(description).toHaveAccessibleDescription(
      expect.stringContaining(
        'Error: What is happening must be 5,000 characters or fewer',
      ) as string,
    )
    expect(drafts.saved).toHaveLength(0)
  })

  it('keeps what was typed when the draft cannot be saved', async () => {
    signedInAs('adopter', buildDraft({ description: undefined }))
    server.use(
      http.put(mswPath('saveSupportDraft'), () =>
        apiErrorResponse(503, { code: 'SERVICE_UNAVAILABLE', message: 'Unavailable' }),
      ),
    )
    const { user, router } = renderRoute('/support/ask/what-is-happening')
    const description = await screen.findByRole('textbox', { name: 'What is happening?' })
    await user.type(description, 'Things are hard at home')
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sorry, there is a problem with the service. Your answers have not been saved. Try again.',
    )
    expect(description).toHaveValue('Things are hard at home')
    expect(currentLocation(router).path).toBe('/support/ask/what-is-happening')
  })

  it('offers to continue a request left half way, from the first question without an answer', async () => {
    signedInAs('adopter', { categories: ['financial'], childIds: [] })
    const { user } = renderRoute('/support/ask')

    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'You have a request you have not sent',
      }),
    ).toBeInTheDocument()
    expect(
      screen.getByText('We saved your answers on 24 November 2026 at 10:05am.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Start now' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Continue your request' }))

    expect(await screen.findByRole('textbox', { name: 'What is happening?' })).toHaveValue('')
    await user.click(screen.getByRole('link', { name: 'Back' }))
    const children = await screen.findByRole('group', {
      name: 'Which of your children is it about?',
    })
    expect(
      within(children).getByRole('checkbox', { name: 'It is not about a particular child' }),
    ).toBeChecked()
    await user.click(screen.getByRole('link', { name: 'Back' }))
    expect(
      await screen.findByRole('checkbox', { name: 'Money and financial support' }),
    ).toBeChecked()
  })

  it('starts a new request, deleting the saved answers', async () => {
    const drafts = signedInAs('adopter', buildDraft())
    const { user, router } = renderRoute('/support/ask')
    await user.click(await screen.findByRole('button', { name: 'Start a new request' }))

    const categories = await screen.findByRole('group', { name: 'What do you need help with?' })
    expect(within(categories).queryAllByRole('checkbox', { checked: true })).toHaveLength(0)
    expect(drafts.saved).toEqual([{}])
    expect(currentLocation(router).path).toBe('/support/ask/what-about')
  })

  it('goes back to check your answers after changing an answer', async () => {
    const drafts = signedInAs('adopter', buildDraft())
    const { user, router } = renderRoute('/support/ask/check-your-answers')
    await user.click(await findLinkReading('Change how urgent it is'))

    const urgency = await screen.findByRole('group', { name: 'How urgent is it?' })
    expect(
      within(urgency).getByRole('radio', { name: 'Soon: within the next few days' }),
    ).toBeChecked()
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      '/support/ask/check-your-answers',
    )
    await user.click(
      within(urgency).getByRole('radio', { name: 'Urgent: we need help within a day' }),
    )
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Check your answers before sending your request',
      }),
    ).toBeInTheDocument()
    expect(valueOf('How urgent it is')).toBe('Urgent: we need help within a day')
    expect(drafts.saved.at(-1)?.urgency).toBe('urgent')
    expect(currentLocation(router).path).toBe('/support/ask/check-your-answers')
  })

  it('sends the first question without an answer before checking answers', async () => {
    signedInAs('adopter', buildDraft({ urgency: undefined }))
    const { router } = renderRoute('/support/ask/check-your-answers')

    expect(await screen.findByRole('group', { name: 'How urgent is it?' })).toBeInTheDocument()
    expect(currentLocation(router).path).toBe('/support/ask/how-urgent')
  })

  it('sends a retry with the same idempotency key, and says when the duty team is back', async () => {
    signedInAs('adopter', buildDraft())
    let attempt = 0
    const received = askForSupportHandler(() => {
      attempt += 1
      return attempt === 1
        ? apiErrorResponse(503, { code: 'SERVICE_UNAVAILABLE', message: 'Unavailable' })
        : HttpResponse.json(
            buildCreated({
              outsideDutyHours: true,
              dutyOpensAt: '2026-11-26T09:30:00.000Z',
              expectedReplyBy: '2026-11-30',
            }),
            { status: 201 },
          )
    })
    const { user } = renderRoute('/support/ask/check-your-answers')
    await user.click(await screen.findByRole('button', { name: 'Send request' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your request may not have been sent. Try again',
    )
    expect(document.title).toBe(
      'Error: Check your answers before sending your request – Adoption support',
    )
    await user.click(screen.getByRole('button', { name: 'Send request' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request sent' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(
        'We received your request outside our office hours. The duty team will read it when they are back on 26 November 2026 at 9:30am.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText('You can expect a reply by 30 November 2026.')).toBeInTheDocument()
    expect(received).toHaveLength(2)
    expect(received[0]?.idempotencyKey).toMatch(uuid)
    expect(received[1]?.idempotencyKey).toBe(received[0]?.idempotencyKey)
  })

  it('shows what the API says is wrong with an answer, by the answer', async () => {
    signedInAs('adopter', buildDraft())
    askForSupportHandler(() =>
      apiErrorResponse(400, {
        code: 'VALIDATION_FAILED',
        message: 'There is a problem with what you entered',
        fieldErrors: { childIds: 'Select which of your children it is about' },
      }),
    )
    const { user } = renderRoute('/support/ask/check-your-answers')
    await user.click(await screen.findByRole('button', { name: 'Send request' }))

    expect(
      await screen.findByRole('link', { name: 'Select which of your children it is about' }),
    ).toHaveAttribute('href', '#answer-childIds')
  })

  it('asks a birth relative about their own support, never about the children', async () => {
    signedInAs('birth_relative')
    const received = askForSupportHandler()
    const { user } = renderRoute('/support/ask/what-about')

    const categories = await screen.findByRole('group', { name: 'What do you need help with?' })
    expect(
      within(categories)
        .getAllByRole('checkbox')
        .map((checkbox) => checkbox.closest('.govuk-checkboxes__item')?.textContent),
    ).toEqual([
      'Counselling and support for you as a birth relative',
      'Help to write a letterbox letter',
      // A birth relative's own words: never "Contact with birth family".
      'Help with letterbox contact',
      'Advice or information',
      'Something else',
    ])
    await user.click(
      within(categories).getByRole('checkbox', {
        name: 'Counselling and support for you as a birth relative',
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    const description = await screen.findByRole('textbox', { name: 'What is happening?' })
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute(
      'href',
      '/support/ask/what-about',
    )
    await user.type(description, 'I would like to talk to someone about the adoption.')
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('radio', { name: 'Not urgent' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    await user.click(await screen.findByRole('radio', { name: 'By email' }))
    await user.click(screen.getByRole('button', { name: 'Continue' }))

    await screen.findByRole('heading', {
      level: 1,
      name: 'Check your answers before sending your request',
    })
    expect(screen.queryByText('Which children it is about')).not.toBeInTheDocument()
    expect(valueOf('When to contact you')).toBe('No preference')
    await user.click(screen.getByRole('button', { name: 'Send request' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request sent' }),
    ).toBeInTheDocument()
    expect(received[0]).toMatchObject({
      categories: ['birth_relative_counselling'],
      childIds: [],
      contactMethod: 'email',
      urgency: 'routine',
    })
    expect(received[0]).not.toHaveProperty('contactPhone')
  })

  it('is only for adoptive parents and birth relatives', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'support_worker' } })))
    renderRoute('/support/ask')

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
