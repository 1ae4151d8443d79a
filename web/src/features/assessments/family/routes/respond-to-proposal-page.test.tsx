import { configure, screen, within } from '@testing-library/react'
import { HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { assessmentIds, buildMyAssessment } from '../test/factories.ts'
import { myAssessmentHandlers, signedInAs } from '../test/handlers.ts'

// Pages load through the app's loaders: give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 })

const respondPath = `/assessments/${assessmentIds.proposal}/respond`

/** A birth relative's assessment, naming no children, waiting for their answer. */
function birthRelativeProposal() {
  return buildMyAssessment({
    id: assessmentIds.birthRelative,
    childNames: [],
    requestedOn: '2026-09-14',
    proposal: 'We propose six sessions of counselling with a birth relative counsellor.',
  })
}

describe('respond to what we propose', { timeout: 30_000 }, () => {
  it('lets an adopter agree, sends it, and shows the answer with a banner', async () => {
    signedInAs('adopter')
    const api = myAssessmentHandlers([buildMyAssessment()])
    server.use(...api.handlers)
    const { user, router } = renderRoute('/assessments')

    await user.click(await screen.findByRole('button', { name: 'Respond to what we propose' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Respond to what we propose' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Respond to what we propose – Adoption support')
    expect(screen.getByText('Assessment for Mia and Leo, asked for on 3 October 2026')).toHaveClass(
      'govuk-caption-l',
    )
    expect(screen.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/assessments')
    expect(
      screen.getByText('We propose to fund therapeutic parenting training for you both.'),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/^You have until 29 December 2026 to tell us what you think\./),
    ).toBeInTheDocument()
    const question = screen.getByRole('group', { name: 'Do you agree with what we propose?' })
    // The box to write in shows only for "No".
    const box = screen.getByRole('textbox', { name: 'What do you want to tell us?', hidden: true })
    expect(box.closest('.govuk-radios__conditional')).toHaveClass(
      'govuk-radios__conditional--hidden',
    )

    await user.click(within(question).getByRole('radio', { name: 'Yes, I agree' }))
    await user.click(screen.getByRole('button', { name: 'Send your response' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Your response has been sent')
    expect(currentLocation(router).path).toBe('/assessments')
    expect(api.received.responses).toEqual([
      { assessmentId: assessmentIds.proposal, body: { response: 'agreed' } },
    ])
    const section = (
      await screen.findByRole('heading', {
        level: 2,
        name: 'Assessment for Mia and Leo, asked for on 3 October 2026',
      })
    ).closest('section') as HTMLElement
    expect(
      within(section).getByText('You told us you agree with what we propose.'),
    ).toBeInTheDocument()
    expect(within(section).getByText('We will send you our decision.')).toBeInTheDocument()
    expect(
      within(section).queryByRole('button', { name: 'Respond to what we propose' }),
    ).not.toBeInTheDocument()
  })

  it('shows a birth relative what is missing, keeps what they wrote, and sends their words', async () => {
    signedInAs('birth_relative')
    const api = myAssessmentHandlers([birthRelativeProposal()])
    server.use(...api.handlers)
    const { user, router } = renderRoute(`/assessments/${assessmentIds.birthRelative}/respond`)

    expect(await screen.findByText('Assessment asked for on 14 September 2026')).toBeInTheDocument()
    expect(
      screen.getByText('We propose six sessions of counselling with a birth relative counsellor.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send your response' }))

    let summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    const chooseLink = within(summary).getByRole('link', {
      name: 'Select whether you agree with what we propose',
    })
    expect(chooseLink).toHaveAttribute('href', '#response')
    expect(document.title).toBe('Error: Respond to what we propose – Adoption support')
    expect(
      screen.getByRole('group', { name: 'Do you agree with what we propose?' }),
    ).toHaveTextContent('Error: Select whether you agree with what we propose')
    await user.click(chooseLink)
    expect(screen.getByRole('radio', { name: 'Yes, I agree' })).toHaveFocus()

    await user.click(screen.getByRole('radio', { name: 'No, I want to tell you something' }))
    const box = screen.getByRole('textbox', { name: 'What do you want to tell us?' })
    expect(box).toBeVisible()
    expect(screen.getByText('You have 20,000 characters remaining')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Send your response' }))

    summary = await screen.findByRole('alert')
    expect(
      within(summary).getByRole('link', { name: 'Enter what you want to tell us' }),
    ).toHaveAttribute('href', '#representations')
    expect(within(summary).queryByRole('link', { name: /^Select/ })).not.toBeInTheDocument()
    expect(box).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter what you want to tell us') as unknown as string,
    )
    expect(api.received.responses).toEqual([])

    await user.type(
      box,
      'I would like counselling near where I live.{Enter}{Enter}I cannot travel far.',
    )
    // Choosing "Yes" and back again keeps what was written.
    await user.click(screen.getByRole('radio', { name: 'Yes, I agree' }))
    await user.click(screen.getByRole('radio', { name: 'No, I want to tell you something' }))
    expect(box).toHaveValue('I would like counselling near where I live.\n\nI cannot travel far.')
    await user.click(screen.getByRole('button', { name: 'Send your response' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Your response has been sent')
    expect(currentLocation(router).path).toBe('/assessments')
    expect(api.received.responses).toEqual([
      {
        assessmentId: assessmentIds.birthRelative,
        body: {
          response: 'representations',
          representations: 'I would like counselling near where I live.\n\nI cannot travel far.',
        },
      },
    ])
    const section = (
      await screen.findByRole('heading', {
        level: 2,
        name: 'Assessment asked for on 14 September 2026',
      })
    ).closest('section') as HTMLElement
    expect(within(section).getByText('You told us:')).toBeInTheDocument()
    expect(within(section).getByText('I cannot travel far.')).toBeInTheDocument()
  })

  it('shows the API’s words when a response is no longer waited for, and keeps what they wrote', async () => {
    signedInAs('adopter')
    const api = myAssessmentHandlers([buildMyAssessment()], {
      answerRespond: () =>
        apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'We are not waiting for your response to this assessment',
        }),
    })
    server.use(...api.handlers)
    const { user, router } = renderRoute(respondPath)

    await user.click(await screen.findByRole('radio', { name: 'No, I want to tell you something' }))
    const box = screen.getByRole('textbox', { name: 'What do you want to tell us?' })
    await user.type(box, 'We would like the therapy to start sooner.')
    await user.click(screen.getByRole('button', { name: 'Send your response' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent(
      'There is a problemWe are not waiting for your response to this assessment',
    )
    expect(document.title).toBe('Error: Respond to what we propose – Adoption support')
    expect(box).toHaveValue('We would like the therapy to start sooner.')
    expect(currentLocation(router).path).toBe(respondPath)
    expect(api.received.responses).toHaveLength(1)
  })

  it('says when the service could not send it, and keeps what they wrote', async () => {
    signedInAs('adopter')
    const api = myAssessmentHandlers([buildMyAssessment()], {
      answerRespond: () => HttpResponse.error(),
    })
    server.use(...api.handlers)
    const { user } = renderRoute(respondPath)

    await user.click(await screen.findByRole('radio', { name: 'No, I want to tell you something' }))
    const box = screen.getByRole('textbox', { name: 'What do you want to tell us?' })
    await user.type(box, 'Please call me first.')
    await user.click(screen.getByRole('button', { name: 'Send your response' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sorry, there is a problem with the service. Your response has not been sent. Try again.',
    )
    expect(box).toHaveValue('Please call me first.')
  })

  it('goes back to their assessments once a response is no longer waited for', async () => {
    signedInAs('adopter')
    server.use(
      ...myAssessmentHandlers([
        buildMyAssessment({
          status: 'response_received',
          canRespond: false,
          response: 'agreed',
          respondedAt: '2026-12-08T10:00:00.000Z',
        }),
      ]).handlers,
    )
    const { router } = renderRoute(respondPath)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your assessment and plan' }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe('/assessments')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says "Page not found" for an assessment that is not theirs', async () => {
    signedInAs('birth_relative')
    server.use(...myAssessmentHandlers([birthRelativeProposal()]).handlers)
    renderRoute(respondPath)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })

  it('says "Page not found" for an address that cannot be an assessment', async () => {
    signedInAs('adopter')
    renderRoute('/assessments/not-an-assessment/respond')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })
})
