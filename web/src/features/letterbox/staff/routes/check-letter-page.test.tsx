import type { ReviewLetter } from '@asp/bff/contract'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import {
  buildQueuePage,
  buildReviewLetter,
  highlights,
  letterBody,
  letterId,
  photoIds,
  rangeOf,
  scanFileId,
} from '../test/factories.ts'
import { recorder, reviewLetterHandler, signedInAs } from '../test/handlers.ts'

const removed = '[removed by the agency]'

/** The decision endpoint records each body and answers with the letter as decided. */
function decisionHandler(
  sent: ReturnType<typeof recorder>,
  answer: (body: { decision: string }) => Response = (body) =>
    HttpResponse.json<ReviewLetter>(
      buildReviewLetter({
        status: ({ release: 'released', return: 'returned', withhold: 'withheld' } as const)[
          body.decision as 'release'
        ],
      }),
    ),
) {
  return http.post(mswPath('decideLetter'), async ({ request }) => {
    await sent.record(request)
    return answer(sent.bodies.at(-1) as { decision: string })
  })
}

const queueHandler = http.get(mswPath('findLettersToCheck'), () =>
  HttpResponse.json(buildQueuePage([])),
)

function preview() {
  return screen.getByRole('region', { name: 'What the recipient will read' })
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

/** Selects `text` in the letter, as a reader does with a mouse. */
function selectInLetter(text: string) {
  const letter = screen.getByRole('region', { name: 'The letter' })
  const { start, end } = rangeOf(text)
  const runs = [...letter.querySelectorAll<HTMLElement>('[data-start]')]
  const run = runs.findLast((element) => Number(element.dataset.start) <= start)
  const node = run?.firstChild
  if (run === undefined || !node) {
    throw new Error(`No run of the letter holds "${text}"`)
  }
  const offset = Number(run.dataset.start)
  const range = document.createRange()
  range.setStart(node, start - offset)
  range.setEnd(node, end - offset)
  const selection = window.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
}

describe('check a letter', { timeout: 30_000 }, () => {
  it('marks each possible identifying detail, with its kind for screen readers, and explains each', async () => {
    server.use(signedInAs('support_worker'), reviewLetterHandler())
    renderRoute(`/letterbox-checks/${letterId}`)

    await screen.findByRole('heading', { level: 1, name: 'Check a letter' })
    expect(document.title).toBe('Check a letter – Adoption support')
    expect(screen.getByText('From').nextElementSibling).toHaveTextContent(
      'Mia’s mum and dadAdoptive family',
    )
    expect(screen.getByText('To').nextElementSibling).toHaveTextContent('Birth mum, Karen')
    expect(screen.getByText('Family reference').nextElementSibling).toHaveTextContent(
      'ACE-2024-0117',
    )

    const letter = screen.getByRole('region', { name: 'The letter' })
    const marks = [...letter.querySelectorAll('mark')]
    expect(marks.map((mark) => mark.textContent)).toEqual([
      'possible school: Oakfield Primary',
      'possible phone number: 07700 900123',
    ])
    for (const mark of marks) {
      expect(mark.firstElementChild).toHaveClass('govuk-visually-hidden')
    }
    // The letter's own words, as sent, once the words for screen readers are left out.
    const ownText = [...letter.querySelectorAll('[data-start]')].map((run) => run.textContent)
    expect(ownText.join('')).toBe(letterBody)

    expect(
      screen.getByRole('heading', { level: 2, name: 'Possible identifying details (2)' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/It can miss things\. Read the whole letter\./)).toBeInTheDocument()
    expect(screen.getByText('It looks like a UK phone number.')).toBeInTheDocument()
    expect(screen.getByText('Possible phone number:')).toBeInTheDocument()
    const takeOutPhone = screen.getByRole('checkbox', { name: 'Take out “07700 900123”' })
    expect(takeOutPhone).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Take out “Oakfield Primary”' })).not.toBeChecked()
    expect(preview().textContent).toBe(letterBody)
  })

  it('takes out a highlight when it is ticked, shows what the recipient will read, and sends the ranges', async () => {
    const sent = recorder()
    server.use(
      signedInAs('team_manager'),
      reviewLetterHandler(),
      decisionHandler(sent),
      queueHandler,
    )
    const { user, router } = renderRoute(`/letterbox-checks/${letterId}`)
    await screen.findByRole('heading', { level: 1, name: 'Check a letter' })

    await user.click(screen.getByRole('checkbox', { name: 'Take out “07700 900123”' }))
    expect(preview().textContent).toBe(letterBody.replace('07700 900123', removed))
    expect(screen.getByText('“07700 900123” will be taken out')).toBeInTheDocument()
    // The letter shows it struck through, and says so to screen readers.
    const phone = [...document.querySelectorAll('.app-letter__taken-out')].map(
      (run) => run.textContent,
    )
    expect(phone).toEqual(['07700 900123 (taken out)'])

    await user.click(screen.getByRole('checkbox', { name: 'Take out “Oakfield Primary”' }))
    await user.click(screen.getByRole('checkbox', { name: 'Take out “07700 900123”' }))
    expect(preview().textContent).toBe(letterBody.replace('Oakfield Primary', removed))

    await user.click(screen.getByRole('radio', { name: 'Pass it on' }))
    await user.click(screen.getByRole('button', { name: 'Save decision' }))

    // The queue page may draw twice as its data settles: wait for the banner to stay.
    await waitFor(() => expect(screen.getByText('Letter passed on')).toBeInTheDocument(), {
      timeout: 5_000,
    })
    expect(currentLocation(router).path).toBe('/letterbox-checks')
    expect(sent.bodies).toEqual([
      {
        version: 2,
        decision: 'release',
        redactions: [{ start: highlights.school.start, end: highlights.school.end }],
        photos: [],
      },
    ])
  })

  it('takes out words typed (everywhere, in any case) and words selected in the letter', async () => {
    const sent = recorder()
    server.use(
      signedInAs('support_worker'),
      reviewLetterHandler(
        buildReviewLetter({ body: `${letterBody}\n\nPS Otley harriers won again!` }),
      ),
      decisionHandler(sent),
      queueHandler,
    )
    const { user } = renderRoute(`/letterbox-checks/${letterId}`)
    await screen.findByRole('heading', { level: 1, name: 'Check a letter' })

    await user.type(screen.getByRole('textbox', { name: 'Words to take out' }), 'otley harriers')
    await user.click(screen.getByRole('button', { name: 'Take out these words' }))
    expect(preview().textContent).toContain(`she swims with the ${removed}.`)
    expect(preview().textContent).toContain(`PS ${removed} won again!`)
    expect(screen.getByText('“Otley Harriers” will be taken out in 2 places')).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Words to take out' })).toHaveValue('')

    selectInLetter('Karen')
    await user.click(screen.getByRole('button', { name: 'Take out the selected words' }))
    expect(preview().textContent).toMatch(/^Dear \[removed by the agency\],\n/)
    expect(screen.getByRole('button', { name: 'Put back “Karen”' })).toBeInTheDocument()

    // Changed their mind about the second "Otley harriers".
    await user.click(screen.getByRole('button', { name: 'Put back “Otley harriers”' }))
    expect(preview().textContent).toContain('PS Otley harriers won again!')

    await user.click(screen.getByRole('radio', { name: 'Pass it on' }))
    await user.click(screen.getByRole('button', { name: 'Save decision' }))
    await screen.findByText('Letter passed on', {}, { timeout: 5_000 })
    const karen = rangeOf('Karen')
    const harriers = rangeOf('Otley Harriers')
    expect(sent.bodies).toEqual([
      {
        version: 2,
        decision: 'release',
        redactions: [
          { start: karen.start, end: karen.end },
          { start: harriers.start, end: harriers.end },
        ],
        photos: [],
      },
    ])
  })

  it('says so when the words typed are not in the letter, or nothing is selected', async () => {
    const sent = recorder()
    server.use(signedInAs('support_worker'), reviewLetterHandler(), decisionHandler(sent))
    const { user } = renderRoute(`/letterbox-checks/${letterId}`)
    await screen.findByRole('heading', { level: 1, name: 'Check a letter' })

    const phrase = screen.getByRole('textbox', { name: 'Words to take out' })
    // Enter takes the words out rather than deciding on the letter.
    await user.type(phrase, 'Leeds Road{Enter}')
    expect(summaryLinks()).toEqual([['Enter words that appear in the letter', '#phrase']])
    expect(phrase).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter words that appear in the letter'),
    )
    expect(phrase).toHaveValue('Leeds Road')
    expect(document.title).toBe('Error: Check a letter – Adoption support')
    expect(preview().textContent).toBe(letterBody)

    window.getSelection()?.removeAllRanges()
    await user.click(screen.getByRole('button', { name: 'Take out the selected words' }))
    expect(summaryLinks()).toEqual([
      ['Select the words to take out in the letter, or type them in the box', '#phrase'],
    ])
    expect(sent.bodies).toEqual([])
  })

  it('needs a decision, and a reason to return a letter to its writer', async () => {
    const sent = recorder()
    server.use(
      signedInAs('support_worker'),
      reviewLetterHandler(),
      decisionHandler(sent),
      queueHandler,
    )
    const { user, router } = renderRoute(`/letterbox-checks/${letterId}`)
    await screen.findByRole('heading', { level: 1, name: 'Check a letter' })

    await user.click(screen.getByRole('button', { name: 'Save decision' }))
    expect(summaryLinks()).toEqual([['Select what to do with the letter', '#decision']])

    await user.click(screen.getByRole('checkbox', { name: 'Take out “07700 900123”' }))
    await user.click(screen.getByRole('radio', { name: 'Return it to the writer' }))
    await user.click(screen.getByRole('button', { name: 'Save decision' }))
    expect(summaryLinks()).toEqual([['Enter what the writer needs to change', '#returnReason']])
    const reason = screen.getByRole('textbox', { name: 'What do they need to change?' })
    expect(reason).toHaveAccessibleDescription(
      expect.stringContaining('Error: Enter what the writer needs to change'),
    )
    expect(sent.bodies).toEqual([])

    await user.type(reason, 'Please take out the name of the school.')
    await user.click(screen.getByRole('button', { name: 'Save decision' }))
    // The queue page may draw twice as its data settles: wait for the banner to stay.
    await waitFor(
      () => expect(screen.getByText('Letter returned to the writer')).toBeInTheDocument(),
      { timeout: 5_000 },
    )
    expect(currentLocation(router).path).toBe('/letterbox-checks')
    // Words taken out go only with a letter passed on.
    expect(sent.bodies).toEqual([
      {
        version: 2,
        decision: 'return',
        reason: 'Please take out the name of the school.',
        redactions: [],
        photos: [],
      },
    ])
  })

  it('keeps a letter back with the reason on record', async () => {
    const sent = recorder()
    server.use(
      signedInAs('team_manager'),
      reviewLetterHandler(),
      decisionHandler(sent),
      queueHandler,
    )
    const { user } = renderRoute(`/letterbox-checks/${letterId}`)
    await screen.findByRole('heading', { level: 1, name: 'Check a letter' })
    await user.click(screen.getByRole('radio', { name: 'Do not pass it on' }))
    await user.click(screen.getByRole('button', { name: 'Save decision' }))
    expect(summaryLinks()).toEqual([['Enter why the letter is not passed on', '#withholdReason']])
    await user.type(
      screen.getByRole('textbox', { name: 'Why is it not passed on?' }),
      'It names the child’s school and club throughout.',
    )
    await user.click(screen.getByRole('button', { name: 'Save decision' }))
    // The queue page may draw twice as its data settles: wait for the banner to stay.
    await waitFor(() => expect(screen.getByText('Letter not passed on')).toBeInTheDocument(), {
      timeout: 5_000,
    })
    expect(sent.bodies).toMatchObject([
      { decision: 'withhold', reason: 'It names the child’s school and club throughout.' },
    ])
  })

  it('asks for a decision on each photo before passing them on', async () => {
    const sent = recorder()
    server.use(
      signedInAs('support_worker'),
      reviewLetterHandler(
        buildReviewLetter({
          photos: photoIds.map((id) => ({ id, status: 'pending', width: 1200, height: 900 })),
        }),
      ),
      decisionHandler(sent),
      queueHandler,
    )
    const { user } = renderRoute(`/letterbox-checks/${letterId}`)
    await screen.findByRole('heading', { level: 1, name: 'Check a letter' })

    expect(screen.getByRole('img', { name: 'Sent with the letter: 1 of 2' })).toHaveAttribute(
      'src',
      `/api/staff/letterbox/letters/${letterId}/photos/${photoIds[0]}`,
    )
    await user.click(screen.getByRole('radio', { name: 'Pass it on' }))
    await user.click(screen.getByRole('button', { name: 'Save decision' }))
    expect(summaryLinks()).toEqual([
      ['Select whether to pass on photo 1', `#photo-${photoIds[0]}`],
      ['Select whether to pass on photo 2', `#photo-${photoIds[1]}`],
    ])

    const first = within(screen.getByRole('group', { name: 'Pass on photo 1?' }))
    const second = within(screen.getByRole('group', { name: 'Pass on photo 2?' }))
    await user.click(first.getByRole('radio', { name: 'Pass on' }))
    await user.click(second.getByRole('radio', { name: 'Do not pass on' }))
    await user.click(screen.getByRole('button', { name: 'Save decision' }))
    await screen.findByText('Letter passed on', {}, { timeout: 5_000 })
    expect(sent.bodies).toEqual([
      {
        version: 2,
        decision: 'release',
        redactions: [],
        photos: [
          { photoId: photoIds[0], approved: true },
          { photoId: photoIds[1], approved: false },
        ],
      },
    ])
  })

  it('says the letter changed since it was opened, loads it again, and sends its new version', async () => {
    const sent = recorder()
    let version = 2
    let reads = 0
    server.use(
      signedInAs('support_worker'),
      reviewLetterHandler(() => {
        reads += 1
        return buildReviewLetter({ version })
      }),
      decisionHandler(sent, (body) => {
        if (sent.bodies.length === 1) {
          version = 3
          return apiErrorResponse(409, {
            code: 'CONFLICT',
            message: 'This letter was changed by someone else',
          })
        }
        return HttpResponse.json<ReviewLetter>(
          buildReviewLetter({ status: body.decision === 'release' ? 'released' : 'returned' }),
        )
      }),
      queueHandler,
    )
    const { user } = renderRoute(`/letterbox-checks/${letterId}`)
    await screen.findByRole('heading', { level: 1, name: 'Check a letter' })
    await user.click(screen.getByRole('checkbox', { name: 'Take out “07700 900123”' }))
    await user.click(screen.getByRole('radio', { name: 'Pass it on' }))
    await user.click(screen.getByRole('button', { name: 'Save decision' }))

    expect(
      await within(await screen.findByRole('alert')).findByText(
        /This letter has changed since you opened it/,
      ),
    ).toBeInTheDocument()
    await waitFor(() => {
      expect(reads).toBe(2)
    })
    // The same letter: what the reviewer chose stays.
    expect(screen.getByRole('checkbox', { name: 'Take out “07700 900123”' })).toBeChecked()

    await user.click(screen.getByRole('button', { name: 'Save decision' }))
    await screen.findByText('Letter passed on', {}, { timeout: 5_000 })
    expect(sent.bodies.map((body) => (body as { version: number }).version)).toEqual([2, 3])
  })

  it('shows a duty officer the letter and what the check found, with no decision to make', async () => {
    server.use(signedInAs('duty_officer'), reviewLetterHandler())
    renderRoute(`/letterbox-checks/${letterId}`)
    await screen.findByRole('heading', { level: 1, name: 'Check a letter' })

    expect(
      screen.getByText('A support worker or team manager decides whether to pass this letter on.'),
    ).toBeInTheDocument()
    expect(document.querySelectorAll('mark')).toHaveLength(2)
    expect(screen.getByText('It looks like a UK phone number.')).toBeInTheDocument()
    expect(screen.queryByRole('radio', { name: 'Pass it on' })).not.toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save decision' })).not.toBeInTheDocument()
  })

  it('shows the outcome of a letter already decided, and every decision', async () => {
    const school = rangeOf('Oakfield Primary')
    server.use(
      signedInAs('support_worker'),
      reviewLetterHandler(
        buildReviewLetter({
          status: 'released',
          progress: 'read',
          versionNumber: 2,
          releasedBody: letterBody.replace('Oakfield Primary', removed),
          decisions: [
            {
              decision: 'returned',
              versionNumber: 1,
              reason: 'Please leave out your phone number.',
              redactions: [],
              decidedByName: 'Grace Okafor',
              decidedAt: '2026-09-20T13:05:00.000Z',
            },
            {
              decision: 'released',
              versionNumber: 2,
              reason: null,
              redactions: [{ start: school.start, end: school.end, text: 'Oakfield Primary' }],
              decidedByName: 'Tom Hughes',
              decidedAt: '2026-09-29T09:30:00.000Z',
            },
          ],
        }),
      ),
    )
    renderRoute(`/letterbox-checks/${letterId}`)
    await screen.findByRole('heading', { level: 1, name: 'Letter passed on' })
    expect(screen.getByRole('region', { name: 'What the recipient reads' }).textContent).toBe(
      letterBody.replace('Oakfield Primary', removed),
    )
    expect(screen.queryByRole('button', { name: 'Save decision' })).not.toBeInTheDocument()
    const rows = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      )
    expect(rows).toEqual([
      [
        'Returned to the writerVersion 1',
        'Grace Okafor',
        '20 September 2026 at 2:05pm',
        'Please leave out your phone number.',
      ],
      [
        'Passed onVersion 2',
        'Tom Hughes',
        '29 September 2026 at 10:30am',
        'Taken out:“Oakfield Primary”',
      ],
    ])
    expect(screen.getByRole('link', { name: 'Back to the contact agreement' })).toBeInTheDocument()
  })

  it('shows a paper letter’s summary and a link to its scanned copy', async () => {
    server.use(
      signedInAs('duty_officer'),
      reviewLetterHandler(
        buildReviewLetter({
          channel: 'paper',
          status: 'released',
          progress: 'released',
          fromSide: 'birth_relative',
          fromName: 'Birth dad, Dean',
          toNames: ['Mia’s mum and dad'],
          body: 'A birthday card and a two-page letter about his new job.',
          highlights: [],
          submittedAt: null,
          paperDate: '2026-09-14',
          scanFileId,
        }),
      ),
    )
    renderRoute(`/letterbox-checks/${letterId}`)
    await screen.findByRole('heading', { level: 1, name: 'Paper letter' })
    expect(
      screen.getByText('A birthday card and a two-page letter about his new job.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Date received').nextElementSibling).toHaveTextContent(
      '14 September 2026',
    )
    expect(screen.getByRole('link', { name: 'Download the scanned letter' })).toHaveAttribute(
      'href',
      `/api/files/${scanFileId}`,
    )
    expect(screen.queryByRole('radio')).not.toBeInTheDocument()
  })
})
