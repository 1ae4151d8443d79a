import { configure, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import {
  assessmentIds,
  buildDecidedAssessment,
  buildMyAssessment,
  buildMyPlan,
} from '../test/factories.ts'
import { myAssessmentHandlers, signedInAs } from '../test/handlers.ts'

// Pages load through the app's loaders: give them time on a busy machine.
configure({ asyncUtilTimeout: 5000 })

/** The text of a summary list row's value, found by its key. */
function valueOf(container: HTMLElement, key: string) {
  return within(container).getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

/** An assessment's part of the page, found by its heading. */
async function assessmentSection(heading: string) {
  return (await screen.findByRole('heading', { level: 2, name: heading })).closest(
    'section',
  ) as HTMLElement
}

/** The rows of a table, found by its name, as the text of each cell. */
function tableRows(container: HTMLElement, name: string) {
  const table = within(container).getByRole('table', { name })
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    )
}

describe('your assessment and plan', { timeout: 30_000 }, () => {
  it('shows an adopter the proposal for their children, the date to answer by and the way to answer', async () => {
    signedInAs('adopter')
    server.use(...myAssessmentHandlers([buildMyAssessment()]).handlers)
    renderRoute('/assessments')

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your assessment and plan' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Your assessment and plan – Adoption support')
    expect(screen.getByRole('link', { name: 'Back to your account' })).toHaveAttribute(
      'href',
      '/home',
    )
    const section = await assessmentSection(
      'Assessment for Mia and Leo, asked for on 3 October 2026',
    )
    expect(valueOf(section, 'Status')).toBe(
      'We have sent you what we propose: tell us what you think',
    )
    expect(valueOf(section, 'Your worker')).toBe('Sam Okafor')
    expect(valueOf(section, 'Asked for')).toBe('3 October 2026')
    expect(
      within(section).getByRole('heading', { level: 3, name: 'What we propose' }),
    ).toBeInTheDocument()
    expect(within(section).getByText('We sent you this on 1 December 2026.')).toBeInTheDocument()
    // Paragraphs kept: one for each part, a line break for each single newline.
    const proposal = section.querySelector('.govuk-inset-text') as HTMLElement
    expect(
      [...proposal.querySelectorAll('p')].map((p) => p.innerHTML.replace(/<\/?span>/g, '')),
    ).toEqual([
      'We propose to fund therapeutic parenting training for you both.',
      'We also propose play therapy for Mia, once a week for twelve weeks.<br>Your worker will arrange it with the school.',
    ])
    expect(
      within(section).getByText('You have until 29 December 2026 to tell us what you think.'),
    ).toBeInTheDocument()
    expect(
      within(section).getByRole('button', { name: 'Respond to what we propose' }),
    ).toHaveAttribute('href', `/assessments/${assessmentIds.proposal}/respond`)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    // Nothing to download before our decision.
    expect(screen.queryByRole('link', { name: /PDF/ })).not.toBeInTheDocument()
  })

  it('shows the decision and the plan: services, money in pounds, who pays, worker and reviews', async () => {
    signedInAs('adopter')
    server.use(
      ...myAssessmentHandlers([
        buildMyAssessment({
          id: assessmentIds.withdrawn,
          status: 'withdrawn',
          canRespond: false,
          childNames: ['Mia'],
          requestedOn: '2025-05-12',
          proposal: null,
          proposalSentAt: null,
          responseDueOn: null,
        }),
        buildDecidedAssessment({
          plan: buildMyPlan({
            reviews: [
              {
                reviewedOn: '2027-01-20',
                whatChanged: 'Therapy started a week late.',
                nextReviewOn: '2027-04-20',
              },
              {
                reviewedOn: '2027-04-20',
                whatChanged: 'Mia is settling at school.',
                nextReviewOn: '2027-07-05',
              },
            ],
          }),
        }),
      ]).handlers,
    )
    renderRoute('/assessments')

    const main = await screen.findByRole('main')
    await assessmentSection('Assessment for Mia and Leo, asked for on 3 October 2026')
    // Newest first.
    expect(
      within(main)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'Assessment for Mia and Leo, asked for on 3 October 2026',
      'Assessment for Mia, asked for on 12 May 2025',
    ])

    const decided = await assessmentSection(
      'Assessment for Mia and Leo, asked for on 3 October 2026',
    )
    expect(valueOf(decided, 'Status')).toBe('We have made our decision')
    expect(within(decided).getByText('We made our decision on 15 December 2026.')).toBeVisible()
    expect(
      within(decided).getByText(
        'We have decided to provide play therapy for Mia and a therapeutic parenting course.',
      ),
    ).toBeInTheDocument()
    expect(
      within(decided).getByRole('heading', { level: 3, name: 'Your support plan' }),
    ).toBeInTheDocument()
    expect(valueOf(decided, 'Your named worker')).toBe('Sam Okafor')
    expect(valueOf(decided, 'Next review')).toBe('5 July 2027')
    expect(tableRows(decided, 'Services in your support plan')).toEqual([
      [
        'Play therapy for Mia',
        'Northfield Therapy Partnership',
        'Once a week',
        'From 11 January 2027 to 5 April 2027',
        '£2,400.00',
        'Adoption Support Fund',
      ],
      [
        'Therapeutic parenting course',
        'The agency’s training team',
        'Six sessions',
        'From 1 February 2027',
        '£450.50',
        'The agency',
      ],
    ])
    expect(
      within(decided).getByRole('region', { name: 'Services in your support plan' }),
    ).toHaveAttribute('tabindex', '0')
    const reviews = within(decided).getByRole('heading', { level: 4, name: 'Past reviews' })
      .nextElementSibling as HTMLElement
    expect(
      within(reviews)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Reviewed on 20 April 2027Mia is settling at school.',
      'Reviewed on 20 January 2027Therapy started a week late.',
    ])
    expect(within(decided).queryByRole('button')).not.toBeInTheDocument()
    expect(
      within(decided).getByRole('link', { name: 'Download the decision (PDF)' }),
    ).toHaveAttribute('href', `/api/assessments/${assessmentIds.decided}/decision-notice`)
    expect(
      within(decided).getByRole('link', { name: 'Download your support plan (PDF)' }),
    ).toHaveAttribute('href', `/api/assessments/${assessmentIds.decided}/plan-pdf`)

    const withdrawn = await assessmentSection('Assessment for Mia, asked for on 12 May 2025')
    expect(valueOf(withdrawn, 'Status')).toBe('The assessment was stopped')
    expect(within(withdrawn).getByText(/We stopped this assessment/)).toHaveTextContent(
      'We stopped this assessment. If you still need support, you can ask for support again.',
    )
    expect(within(withdrawn).getByRole('link', { name: 'ask for support' })).toHaveAttribute(
      'href',
      '/support/ask',
    )
    expect(within(withdrawn).queryByRole('link', { name: /PDF/ })).not.toBeInTheDocument()
  })

  it('shows the outcome of a plan that has ended, and no next review', async () => {
    signedInAs('adopter')
    server.use(
      ...myAssessmentHandlers([
        buildDecidedAssessment({
          plan: buildMyPlan({
            status: 'closed',
            services: [],
            outcome: 'Mia is settled at school and no longer needs therapy.',
          }),
        }),
      ]).handlers,
    )
    renderRoute('/assessments')

    const section = await assessmentSection(
      'Assessment for Mia and Leo, asked for on 3 October 2026',
    )
    expect(within(section).getByText('This plan has ended.')).toBeInTheDocument()
    expect(
      within(section).getByRole('heading', { level: 4, name: 'Outcome' }).nextElementSibling,
    ).toHaveTextContent('Mia is settled at school and no longer needs therapy.')
    expect(within(section).queryByText('Next review', { selector: 'dt' })).not.toBeInTheDocument()
    expect(within(section).getByText('There are no services in this plan.')).toBeInTheDocument()
  })

  it('shows a birth relative their response while they wait for our decision', async () => {
    signedInAs('birth_relative')
    server.use(
      ...myAssessmentHandlers([
        buildMyAssessment({
          id: assessmentIds.birthRelative,
          status: 'response_received',
          canRespond: false,
          childNames: [],
          workerName: null,
          requestedOn: '2026-09-14',
          response: 'representations',
          representations: 'I would like counselling near where I live.\n\nI cannot travel far.',
          respondedAt: '2026-12-10T11:00:00.000Z',
        }),
      ]).handlers,
    )
    renderRoute('/assessments')

    const section = await assessmentSection('Assessment asked for on 14 September 2026')
    expect(valueOf(section, 'Status')).toBe('We have your response and will send you our decision')
    expect(valueOf(section, 'Your worker')).toBe('Not given yet')
    expect(
      within(section).getByRole('heading', { level: 3, name: 'Your response' }),
    ).toBeInTheDocument()
    expect(within(section).getByText('We received it on 10 December 2026.')).toBeInTheDocument()
    expect(within(section).getByText('You told us:')).toBeInTheDocument()
    expect(
      within(section).getByText('I would like counselling near where I live.'),
    ).toBeInTheDocument()
    expect(within(section).getByText('I cannot travel far.')).toBeInTheDocument()
    expect(within(section).getByText('We will send you our decision.')).toBeInTheDocument()
    expect(within(section).getByText('What we proposed').closest('details')).not.toHaveAttribute(
      'open',
    )
    expect(within(section).queryByRole('button')).not.toBeInTheDocument()
  })

  it('tells them we will email while the assessment is being carried out', async () => {
    signedInAs('birth_relative')
    server.use(
      ...myAssessmentHandlers([
        buildMyAssessment({
          status: 'in_progress',
          canRespond: false,
          childNames: [],
          proposal: null,
          proposalSentAt: null,
          responseDueOn: null,
        }),
      ]).handlers,
    )
    renderRoute('/assessments')

    const section = await assessmentSection('Assessment asked for on 3 October 2026')
    expect(valueOf(section, 'Status')).toBe('Your worker is carrying out the assessment')
    expect(
      within(section).getByText('We will email you when there is something for you to read.'),
    ).toBeInTheDocument()
    expect(within(section).queryByText('What we propose')).not.toBeInTheDocument()
  })

  it('tells a birth relative with none what an assessment is and how to ask', async () => {
    signedInAs('birth_relative')
    server.use(...myAssessmentHandlers([]).handlers)
    renderRoute('/assessments')

    expect(
      await screen.findByText('You do not have an assessment of your support needs.'),
    ).toBeInTheDocument()
    const main = screen.getByRole('main')
    expect(within(main).getByText(/^An assessment of your support needs is how/)).toHaveTextContent(
      'An assessment of your support needs is how your adoption support team works out what help you need. The team carries one out when you ask for support.',
    )
    expect(within(main).getByRole('link', { name: 'Ask for support' })).toHaveAttribute(
      'href',
      '/support/ask',
    )
    expect(within(main).queryByRole('heading', { level: 2 })).not.toBeInTheDocument()
  })

  it('tells an adopter with none that it is of their family’s needs', async () => {
    signedInAs('adopter')
    server.use(...myAssessmentHandlers([]).handlers)
    renderRoute('/assessments')

    expect(
      await screen.findByText(/^An assessment of your family’s support needs is how/),
    ).toHaveTextContent(
      'An assessment of your family’s support needs is how your adoption support team works out what help you and your children need. The team carries one out when you ask for support.',
    )
  })

  it('is only for adoptive parents and birth relatives', async () => {
    signedInAs('support_worker')
    renderRoute('/assessments')

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
