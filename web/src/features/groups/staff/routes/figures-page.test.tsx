import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import { buildGroupFigures, now } from '../test/factories.ts'
import { signedInAs } from '../test/handlers.ts'
import { financialYearOf } from './figures-range.ts'

describe('the figures', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(now)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('knows the financial year a date falls in', () => {
    expect(financialYearOf('2026-10-03')).toEqual({ from: '2026-04-01', to: '2027-03-31' })
    expect(financialYearOf('2027-03-31')).toEqual({ from: '2026-04-01', to: '2027-03-31' })
    expect(financialYearOf('2027-04-01')).toEqual({ from: '2027-04-01', to: '2028-03-31' })
  })

  it('shows this financial year’s totals, by local authority and by event', async () => {
    const asked: string[] = []
    server.use(
      ...signedInAs('team_manager'),
      http.get(mswPath('getGroupFigures'), ({ request }) => {
        asked.push(new URL(request.url).search)
        return HttpResponse.json(buildGroupFigures())
      }),
    )
    const { user, router } = renderRoute('/group-programme/figures')

    await screen.findByRole('heading', { level: 1, name: 'Figures' })
    expect(document.title).toBe('Groups and training figures – Adoption support')
    await screen.findByRole('heading', { level: 2, name: '1 April 2026 to 31 March 2027' })
    expect(asked).toEqual(['?from=2026-04-01&to=2027-03-31'])
    const from = within(screen.getByRole('group', { name: 'From' }))
    expect(from.getByRole('textbox', { name: 'Day' })).toHaveValue('1')
    expect(from.getByRole('textbox', { name: 'Month' })).toHaveValue('4')

    const totals = within(screen.getByRole('table', { name: 'Totals' }))
    expect(totals.getAllByRole('row').map((row) => row.textContent)).toEqual([
      'FigureNumber',
      'Events14',
      'Places offered180',
      'Places booked151',
      'Attended132',
      'No-shows19',
      'Families reached58',
      'Children reached71',
    ])
    expect(
      screen.getByText(
        'Places offered count under the area the event is for. Everyone who booked or came counts under their family’s local authority, so each column adds up to its total.',
      ),
    ).toBeInTheDocument()
    const byArea = within(screen.getByRole('table', { name: 'Figures by local authority' }))
    const areaRows = byArea
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      )
    expect(byArea.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'Coventry City Council',
      'Solihull Metropolitan Borough Council',
      'Events for all areas',
      'Families from other areas',
      'Walk-ins with no family recorded',
    ])
    expect(areaRows).toEqual([
      ['120', '101', '90', '11', '40', '49'],
      ['40', '41', '30', '6', '15', '18'],
      ['20', '0', '0', '0', '0', '0'],
      ['0', '9', '8', '2', '3', '4'],
      ['0', '0', '4', '0', '0', '0'],
    ])
    // Each column adds up to the totals above.
    const columnTotals = [0, 1, 2, 3, 4, 5].map((column) =>
      areaRows.reduce((sum, row) => sum + Number(row[column]), 0),
    )
    expect(columnTotals).toEqual([180, 151, 132, 19, 58, 71])
    const byEvent = within(screen.getByRole('table', { name: 'Figures by event' }))
    expect(byEvent.getByRole('link', { name: 'Stay and play at Foleshill' })).toBeInTheDocument()

    // Another range: the API's refusal shows at the field.
    server.use(
      http.get(mswPath('getGroupFigures'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem',
          fieldErrors: { to: 'The dates can be up to 2 years apart' },
        }),
      ),
    )
    const to = within(screen.getByRole('group', { name: 'To' }))
    await user.clear(to.getByRole('textbox', { name: 'Year' }))
    await user.type(to.getByRole('textbox', { name: 'Year' }), '2030')
    await user.click(screen.getByRole('button', { name: 'Show figures' }))

    expect(
      await screen.findByRole(
        'link',
        { name: 'The dates can be up to 2 years apart' },
        { timeout: 5_000 },
      ),
    ).toHaveAttribute('href', '#to-day')
    expect(currentLocation(router).path).toBe(
      '/group-programme/figures?from=2026-04-01&to=2030-03-31',
    )
    expect(document.title).toBe('Error: Groups and training figures – Adoption support')
    expect(screen.queryByRole('table', { name: 'Totals' })).not.toBeInTheDocument()
  })

  it('checks the dates before asking', async () => {
    server.use(
      ...signedInAs('administrator'),
      http.get(mswPath('getGroupFigures'), () => HttpResponse.json(buildGroupFigures())),
    )
    const { user } = renderRoute('/group-programme/figures')
    const from = within(await screen.findByRole('group', { name: 'From' }))
    await user.clear(from.getByRole('textbox', { name: 'Month' }))
    await user.click(screen.getByRole('button', { name: 'Show figures' }))
    expect(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'Start date must include a month',
      }),
    ).toHaveAttribute('href', '#from-month')
  })
})
