import type { StaffAssessment } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import {
  assessmentId,
  birthRelativeId,
  buildStaffAssessment,
  childIds,
  familyId,
  now,
  parentIds,
  workerIds,
} from '../test/factories.ts'
import {
  assessmentHandler,
  birthRelativeHandler,
  familyHandler,
  recorder,
  signedInAs,
  workersHandler,
} from '../test/handlers.ts'

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

describe('start an assessment of need', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(now)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('asks whose needs, why and when, then records it and shows the assessment', async () => {
    const sent = recorder()
    server.use(
      signedInAs('support_worker'),
      familyHandler(),
      workersHandler(),
      assessmentHandler(buildStaffAssessment({ status: 'waiting', allowedActions: ['start'] })),
      http.post(mswPath('startAssessment'), async ({ request }) => {
        await sent.record(request)
        return HttpResponse.json<StaffAssessment>(buildStaffAssessment({ status: 'waiting' }), {
          status: 201,
        })
      }),
    )
    const { user, router } = renderRoute(`/needs-assessments/new?familyId=${familyId}`)

    await screen.findByRole('heading', { level: 1, name: 'Start an assessment of need' })
    expect(document.title).toBe('Start an assessment of need – Adoption support')
    expect(screen.getByText('Sarah Philips and James Philips, ACE-2024-0117')).toBeInTheDocument()
    // Today, unless it was asked for earlier.
    const asked = within(screen.getByRole('group', { name: 'When was it asked for?' }))
    expect(asked.getByRole('textbox', { name: 'Day' })).toHaveValue('3')
    expect(asked.getByRole('textbox', { name: 'Month' })).toHaveValue('10')
    expect(asked.getByRole('textbox', { name: 'Year' })).toHaveValue('2026')
    // The caller by default, or a colleague who carries out assessments.
    expect(
      within(screen.getByRole('combobox', { name: 'Who will carry out the assessment?' }))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['You (Tom Hughes)', 'Aisha Khan'])

    await user.clear(asked.getByRole('textbox', { name: 'Day' }))
    await user.click(screen.getByRole('button', { name: 'Record the request' }))
    expect(summaryLinks()).toEqual([
      ['Select the children assessed', '#childIds'],
      ['Select the adopters assessed', '#parentIds'],
      ['Enter why the assessment was asked for', '#reason'],
      ['The date it was asked for must include a day', '#requestedOn-day'],
    ])
    expect(document.title).toBe('Error: Start an assessment of need – Adoption support')
    expect(sent.bodies).toEqual([])

    const children = within(
      screen.getByRole('group', { name: 'Which children are being assessed?' }),
    )
    await user.click(children.getByRole('checkbox', { name: 'Mia Philips' }))
    const adopters = within(
      screen.getByRole('group', { name: 'Which adopters are being assessed?' }),
    )
    await user.click(adopters.getByRole('checkbox', { name: 'Sarah Philips' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Why was the assessment asked for?' }),
      'Sarah asked for help with Mia’s angry outbursts after school.',
    )
    await user.type(asked.getByRole('textbox', { name: 'Day' }), '28')
    await user.click(screen.getByRole('button', { name: 'Record the request' }))

    expect(
      await screen.findByText('Assessment recorded', {}, { timeout: 5_000 }),
    ).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/needs-assessments/${assessmentId}`)
    expect(sent.bodies).toEqual([
      {
        subject: 'adoptive_family',
        familyId,
        childIds: [childIds[0]],
        parentIds: [parentIds[0]],
        reason: 'Sarah asked for help with Mia’s angry outbursts after school.',
        requestedOn: '2026-10-28',
      },
    ])
  })

  it('records a birth relative’s, with a colleague to carry it out, and shows what the API refused', async () => {
    const sent = recorder()
    server.use(
      signedInAs('team_manager'),
      workersHandler(),
      birthRelativeHandler(),
      http.post(mswPath('startAssessment'), async ({ request }) => {
        await sent.record(request)
        return apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem',
          fieldErrors: { workerUserId: 'Select a support worker or team manager' },
        })
      }),
    )
    const { user } = renderRoute(`/needs-assessments/new?birthRelativeId=${birthRelativeId}`)

    await screen.findByRole('heading', { level: 1, name: 'Start an assessment of need' })
    // Whose it is, so that it is not started for the wrong person.
    expect(
      screen.getByText('Karen Doyle (Birth mother), Coventry City Council'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: /Which children/ })).not.toBeInTheDocument()
    await user.type(
      screen.getByRole('textbox', { name: 'Why was the assessment asked for?' }),
      'Karen asked for support after contact was paused.',
    )
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Who will carry out the assessment?' }),
      ['Aisha Khan'],
    )
    await user.click(screen.getByRole('button', { name: 'Record the request' }))

    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(summaryLinks()).toEqual([['Select a support worker or team manager', '#workerUserId']])
    expect(screen.getByRole('textbox', { name: 'Why was the assessment asked for?' })).toHaveValue(
      'Karen asked for support after contact was paused.',
    )
    expect(sent.bodies).toEqual([
      {
        subject: 'birth_relative',
        birthRelativeId,
        reason: 'Karen asked for support after contact was paused.',
        requestedOn: '2026-10-03',
        workerUserId: workerIds.aisha,
      },
    ])
  })

  it('is "Page not found" for a birth relative the member of staff may not reach', async () => {
    server.use(
      signedInAs('support_worker'),
      workersHandler(),
      http.get(mswPath('getBirthRelative'), () =>
        apiErrorResponse(404, { code: 'NOT_FOUND', message: 'Page not found' }),
      ),
    )
    renderRoute(`/needs-assessments/new?birthRelativeId=${birthRelativeId}`)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })

  it('is "Page not found" without whose assessment it is', async () => {
    server.use(signedInAs('support_worker'), workersHandler())
    renderRoute('/needs-assessments/new')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })

  it('is not for duty officers', async () => {
    server.use(signedInAs('duty_officer'), workersHandler(), familyHandler())
    renderRoute(`/needs-assessments/new?familyId=${familyId}`)
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
