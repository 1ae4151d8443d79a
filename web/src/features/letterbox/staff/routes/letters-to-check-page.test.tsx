import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import {
  buildLetterSummary,
  buildQueuePage,
  letterId,
  now,
  otherLetterId,
} from '../test/factories.ts'
import { signedInAs } from '../test/handlers.ts'

function tableRows() {
  return within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    )
}

describe('letters to check', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(now)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('lists the letters waiting, oldest first, with how long each has waited, a page at a time', async () => {
    const asked: string[] = []
    server.use(
      signedInAs('duty_officer'),
      http.get(mswPath('findLettersToCheck'), ({ request }) => {
        const search = new URL(request.url).search
        asked.push(search)
        return HttpResponse.json(
          search === '?page=2'
            ? buildQueuePage([buildLetterSummary({ id: otherLetterId, childName: 'Leo Morgan' })], {
                page: 2,
                pageSize: 2,
                total: 3,
              })
            : buildQueuePage(
                [
                  buildLetterSummary({
                    fromSide: 'birth_relative',
                    fromName: 'Birth mum, Karen',
                    submittedAt: '2026-09-18T10:00:00.000Z',
                    photoCount: 2,
                  }),
                  buildLetterSummary({
                    id: otherLetterId,
                    submittedAt: '2026-10-03T06:30:00.000Z',
                  }),
                ],
                { pageSize: 2, total: 3 },
              ),
        )
      }),
    )
    const { user } = renderRoute('/letterbox-checks')

    await screen.findByRole('heading', { level: 1, name: 'Letters to check' })
    expect(document.title).toBe('Letters to check (page 1 of 2) – Adoption support')
    expect(screen.getByRole('table', { name: '3 letters: showing 1 to 2' })).toBeInTheDocument()
    expect(tableRows()).toEqual([
      [
        'Mia Philips: letter from Birth mum, Karen',
        'Birth mum, KarenBirth relative',
        '18 September 2026',
        '2',
        '14 days',
      ],
      [
        'Mia Philips: letter from Mia’s mum and dad',
        'Mia’s mum and dadAdoptive family',
        '3 October 2026',
        '0',
        'Less than a day',
      ],
    ])
    expect(
      screen.getByRole('link', { name: 'Mia Philips: letter from Birth mum, Karen' }),
    ).toHaveAttribute('href', `/letterbox-checks/${letterId}`)
    expect(screen.getByRole('link', { name: 'Contact agreements' })).toHaveAttribute(
      'href',
      '/contact-agreements',
    )
    expect(screen.getByRole('link', { name: 'Overdue exchanges' })).toHaveAttribute(
      'href',
      '/contact-agreements/overdue',
    )

    await user.click(screen.getByRole('link', { name: 'Page 2' }))
    await screen.findByRole('table', { name: '3 letters: showing 3 to 3' })
    expect(document.title).toBe('Letters to check (page 2 of 2) – Adoption support')
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'href',
      '/letterbox-checks',
    )
    expect(asked).toEqual(['', '?page=2'])
  })

  it('says when there is nothing to check', async () => {
    server.use(
      signedInAs('team_manager'),
      http.get(mswPath('findLettersToCheck'), () => HttpResponse.json(buildQueuePage([]))),
    )
    renderRoute('/letterbox-checks')
    expect(await screen.findByText('There are no letters to check.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
    expect(screen.queryByRole('navigation', { name: /results/i })).not.toBeInTheDocument()
  })

  it('is not for administrators', async () => {
    server.use(signedInAs('administrator'))
    renderRoute('/letterbox-checks')
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
