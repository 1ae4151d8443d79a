import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import { agreementId, buildOverduePage } from '../test/factories.ts'
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

describe('overdue exchanges', { timeout: 30_000 }, () => {
  it('lists letters due and not come, oldest first, with when the writer was reminded', async () => {
    const asked: string[] = []
    server.use(
      signedInAs('duty_officer'),
      http.get(mswPath('findOverdueExchanges'), ({ request }) => {
        asked.push(new URL(request.url).search)
        const [first] = buildOverduePage().items
        if (first === undefined) {
          throw new Error('No overdue exchange to build on')
        }
        return HttpResponse.json(
          buildOverduePage(
            [
              first,
              {
                ...first,
                id: '7d0c6e5f-1a8b-4c9d-8e3f-4a5b6c7d8e99',
                writerSide: 'adoptive_family',
                writerName: 'Mia’s mum and dad',
                dueMonth: '2026-09-01',
                remindedAt: null,
              },
            ],
            { pageSize: 2, total: 4 },
          ),
        )
      }),
    )
    renderRoute('/contact-agreements/overdue')

    await screen.findByRole('heading', { level: 1, name: 'Overdue exchanges' })
    expect(document.title).toBe('Overdue exchanges (page 1 of 2) – Adoption support')
    expect(tableRows()).toEqual([
      [
        'Mia Philips: March 2026',
        'ACE-2024-0117',
        'Coventry City Council',
        'Birth mum, KarenBirth relative',
        'March 2026',
        '1 February 2026',
      ],
      [
        'Mia Philips: September 2026',
        'ACE-2024-0117',
        'Coventry City Council',
        'Mia’s mum and dadAdoptive family',
        'September 2026',
        'Not reminded',
      ],
    ])
    expect(screen.getByRole('link', { name: 'Mia Philips: March 2026' })).toHaveAttribute(
      'href',
      `/contact-agreements/${agreementId}`,
    )
    expect(screen.getByRole('link', { name: 'Page 2' })).toHaveAttribute(
      'href',
      '/contact-agreements/overdue?page=2',
    )
    expect(asked).toEqual([''])
  })
})
