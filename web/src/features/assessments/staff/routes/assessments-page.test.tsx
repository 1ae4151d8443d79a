import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { localAuthorities } from '../../../../test/factories.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import {
  assessmentId,
  buildAssessmentsPage,
  buildAssessmentSummary,
  otherAssessmentId,
} from '../test/factories.ts'
import { assessmentsHandler, signedInAs, timelinessHandler } from '../test/handlers.ts'

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

function valueOf(key: string) {
  return screen.getByText(key, { selector: 'dt' }).nextElementSibling?.textContent
}

describe('assessments', { timeout: 30_000 }, () => {
  it('shows a team manager the figures on timeliness and every assessment, the late ones tagged', async () => {
    const list = assessmentsHandler(
      buildAssessmentsPage(
        [
          buildAssessmentSummary({ late: true, completeBy: '2026-09-30' }),
          buildAssessmentSummary({
            id: otherAssessmentId,
            subject: 'birth_relative',
            subjectName: 'Karen Doyle',
            childNames: [],
            localAuthorityName: localAuthorities.solihull.name,
            status: 'proposal_sent',
            workerName: 'Aisha Khan',
            responseDueOn: '2026-10-30',
          }),
        ],
        { pageSize: 2, total: 5 },
      ),
    )
    server.use(signedInAs('team_manager'), timelinessHandler(), list.handler)
    renderRoute('/needs-assessments')

    await screen.findByRole('heading', { level: 1, name: 'Assessments' })
    expect(document.title).toBe('Assessments (page 1 of 3) – Adoption support')
    expect(valueOf('Waiting to start')).toBe('4 assessments, 1 past the standard')
    expect(valueOf('In progress')).toBe('7 assessments, 2 past the target date')
    expect(valueOf('Waiting for sign-off')).toBe('3 assessments')
    expect(valueOf('Waiting for the family')).toBe('2 assessments')
    expect(valueOf('Ready for a decision')).toBe('1 assessment')
    expect(valueOf('Plan reviews')).toBe('5 due soon, 0 overdue')

    expect(tableRows()).toEqual([
      [
        'ACE-2024-0117Mia Philips',
        'Coventry City Council',
        'In progress',
        'Tom Hughes',
        'Complete by 30 September 2026 Late',
      ],
      [
        'Karen Doyle',
        'Solihull Metropolitan Borough Council',
        'Proposed decision sent',
        'Aisha Khan',
        'Respond by 30 October 2026',
      ],
    ])
    expect(screen.getByRole('link', { name: 'ACE-2024-0117' })).toHaveAttribute(
      'href',
      `/needs-assessments/${assessmentId}`,
    )
    expect(screen.getByText('Late', { selector: 'strong' })).toHaveClass('govuk-tag--red')

    // A team manager sees them all unless they choose; the choice is kept in the address.
    expect(screen.getByText('All', { selector: '[aria-current="page"]' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Mine' })).toHaveAttribute(
      'href',
      '/needs-assessments?view=mine',
    )
    expect(screen.getByRole('link', { name: 'Late' })).toHaveAttribute(
      'href',
      '/needs-assessments?view=late',
    )
    expect(screen.getByRole('link', { name: 'Page 3' })).toHaveAttribute(
      'href',
      '/needs-assessments?view=all&page=3',
    )
    expect(list.queries.map(String)).toEqual(['view=all'])
  })

  it('shows a support worker their own first, then filters by view and status in the address', async () => {
    const list = assessmentsHandler()
    server.use(signedInAs('support_worker'), list.handler)
    const { user, router } = renderRoute('/needs-assessments')

    await screen.findByRole('heading', { level: 1, name: 'Assessments' })
    expect(screen.getByText('Mine', { selector: '[aria-current="page"]' })).toBeInTheDocument()
    // The figures are the team manager's.
    expect(screen.queryByText('Waiting to start', { selector: 'dt' })).not.toBeInTheDocument()
    expect(screen.getByRole('table', { name: 'Your assessments: 1 assessment' })).toBeVisible()

    await user.click(screen.getByRole('link', { name: 'Late' }))
    await screen.findByText('Late', { selector: '[aria-current="page"]' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), ['Waiting to start'])
    await user.click(screen.getByRole('button', { name: 'Apply filter' }))

    await screen.findByRole('table', { name: 'Late assessments: 1 assessment' })
    expect(currentLocation(router).path).toBe('/needs-assessments?view=late&status=waiting')
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('waiting')
    expect(list.queries.map(String)).toEqual(['view=mine', 'view=late', 'view=late&status=waiting'])
  })

  it('asks for the page the address says', async () => {
    const list = assessmentsHandler(
      buildAssessmentsPage([buildAssessmentSummary()], { page: 2, pageSize: 1, total: 2 }),
    )
    server.use(signedInAs('duty_officer'), list.handler)
    renderRoute('/needs-assessments?view=all&page=2')

    await screen.findByRole('heading', { level: 1, name: 'Assessments' })
    expect(document.title).toBe('Assessments (page 2 of 2) – Adoption support')
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'href',
      '/needs-assessments?view=all',
    )
    expect(list.queries.map(String)).toEqual(['view=all&page=2'])
    // A duty officer reads; starting one is for those who carry them out.
    expect(screen.queryByRole('link', { name: 'find the family' })).not.toBeInTheDocument()
  })

  it('is "Page not found" for a view the API does not know', async () => {
    server.use(signedInAs('team_manager'), assessmentsHandler().handler, timelinessHandler())
    renderRoute('/needs-assessments?view=everything')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })
})
