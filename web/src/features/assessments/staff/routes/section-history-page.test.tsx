import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import {
  assessmentId,
  buildSectionComparison,
  buildSectionHistory,
  buildSectionVersion,
} from '../test/factories.ts'
import {
  assessmentHandler,
  comparisonHandler,
  sectionHistoryHandler,
  signedInAs,
} from '../test/handlers.ts'

const historyPath = `/needs-assessments/${assessmentId}/sections/emotional_behavioural/history`

function versionRows() {
  return within(screen.getByRole('table', { name: 'Versions' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    )
}

describe('a section’s history', { timeout: 30_000 }, () => {
  it('lists the versions and compares the last two, words taken out and put in', async () => {
    const compare = comparisonHandler()
    server.use(
      signedInAs('duty_officer'),
      assessmentHandler(),
      sectionHistoryHandler(),
      compare.handler,
    )
    renderRoute(historyPath)

    await screen.findByRole('heading', {
      level: 1,
      name: 'Emotional and behavioural development: earlier versions',
    })
    expect(versionRows()).toEqual([
      ['1', 'Tom Hughes', '28 September 2026 at 2:15pm', 'No'],
      ['2', 'Grace Okafor', '29 September 2026 at 2:15pm', 'No'],
      ['3', 'Tom Hughes', '30 September 2026 at 2:15pm', 'Yes'],
    ])
    expect(screen.getByRole('combobox', { name: 'From version' })).toHaveValue('2')
    expect(screen.getByRole('combobox', { name: 'To version' })).toHaveValue('3')

    const removed = screen.getByText('tantrums', { exact: false, selector: 'del' })
    expect(removed).toHaveTextContent('[removed: tantrums]')
    const added = screen.getByText('angry outbursts', { exact: false, selector: 'ins' })
    expect(added).toHaveTextContent('[added: angry outbursts]')
    expect(removed.parentElement).toHaveTextContent(
      'Mia finds changes of routine hard and has [removed: tantrums][added: angry outbursts] after school most days.',
    )
    expect(compare.queries.map(String)).toEqual(['from=2&to=3'])
  })

  it('compares the versions the reader chooses, in the address', async () => {
    const compare = comparisonHandler(
      buildSectionComparison({
        from: buildSectionVersion(1),
        parts: [{ kind: 'added', text: 'Mia finds changes of routine hard.' }],
      }),
    )
    server.use(
      signedInAs('support_worker'),
      assessmentHandler(),
      sectionHistoryHandler(),
      compare.handler,
    )
    const { user, router } = renderRoute(historyPath)
    await screen.findByRole('combobox', { name: 'From version' })

    await user.selectOptions(screen.getByRole('combobox', { name: 'From version' }), ['Version 1'])
    await user.click(screen.getByRole('button', { name: 'Compare' }))

    await screen.findByRole('heading', { name: /^Version 1 \(/ })
    expect(currentLocation(router).path).toBe(`${historyPath}?from=1&to=3`)
    expect(compare.queries.map(String)).toEqual(['from=2&to=3', 'from=1&to=3'])
  })

  it('says when the section has not been saved, with nothing to compare', async () => {
    server.use(
      signedInAs('support_worker'),
      assessmentHandler(),
      sectionHistoryHandler(buildSectionHistory({ versions: [] })),
    )
    renderRoute(historyPath)
    expect(await screen.findByText('This section has not been saved yet.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Compare' })).not.toBeInTheDocument()
  })

  it('is "Page not found" for a version the section does not have', async () => {
    server.use(signedInAs('support_worker'), assessmentHandler(), sectionHistoryHandler())
    renderRoute(`${historyPath}?from=1&to=9`)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })
})
