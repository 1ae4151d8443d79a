import type { AssessmentSectionState } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../../test/render.tsx'
import {
  assessmentId,
  buildSection,
  buildStaffAssessment,
  emotionalText,
} from '../test/factories.ts'
import { assessmentHandler, recorder, signedInAs } from '../test/handlers.ts'

const sectionPath = `/needs-assessments/${assessmentId}/sections`

describe('a section of the assessment', { timeout: 30_000 }, () => {
  it('saves what was written and whether it is finished, at the version read', async () => {
    const sent = recorder()
    server.use(
      signedInAs('support_worker'),
      assessmentHandler(),
      http.put(mswPath('saveAssessmentSection'), async ({ request, params }) => {
        await sent.record(request)
        expect(params.section).toBe('attachment')
        return HttpResponse.json<AssessmentSectionState>(
          buildSection('attachment', { content: 'Mia seeks comfort', finished: true, version: 2 }),
        )
      }),
    )
    const { user, router } = renderRoute(`${sectionPath}/attachment`)

    const box = await screen.findByRole('textbox', { name: 'Attachment' })
    expect(screen.getByRole('heading', { level: 1, name: 'Attachment' })).toBeInTheDocument()
    expect(document.title).toBe('Attachment – Adoption support')
    expect(box).toHaveValue('Mia seeks comfort from Sarah')
    expect(screen.getByRole('checkbox', { name: 'I have finished this section' })).not.toBeChecked()
    expect(
      screen.getByRole('link', { name: 'See the section’s earlier versions' }),
    ).toHaveAttribute('href', `${sectionPath}/attachment/history`)

    await user.type(box, ' and James when she is upset.')
    await user.click(screen.getByRole('checkbox', { name: 'I have finished this section' }))
    await user.click(screen.getByRole('button', { name: 'Save and return to the task list' }))

    expect(await screen.findByText('Section saved', {}, { timeout: 5_000 })).toBeInTheDocument()
    expect(currentLocation(router).path).toBe(`/needs-assessments/${assessmentId}`)
    expect(sent.bodies).toEqual([
      {
        version: 1,
        content: 'Mia seeks comfort from Sarah and James when she is upset.',
        finished: true,
      },
    ])
  })

  it('keeps the text typed when someone else saved the section first, in the API’s words', async () => {
    const sent = recorder()
    server.use(
      signedInAs('team_manager'),
      assessmentHandler(),
      http.put(mswPath('saveAssessmentSection'), async ({ request }) => {
        await sent.record(request)
        return apiErrorResponse(409, {
          code: 'CONFLICT',
          message:
            'Someone else saved this section while you were working on it. Your changes have not been saved. Copy them, then reload the page.',
        })
      }),
    )
    const { user, router } = renderRoute(`${sectionPath}/emotional_behavioural`)

    const box = await screen.findByRole('textbox', {
      name: 'Emotional and behavioural development',
    })
    expect(box).toHaveValue(emotionalText)
    expect(screen.getByRole('checkbox', { name: 'I have finished this section' })).toBeChecked()
    await user.clear(box)
    await user.type(box, 'Mia is calmer at home since the new routine started.')
    await user.click(screen.getByRole('button', { name: 'Save and return to the task list' }))

    const summary = await screen.findByRole('alert')
    expect(
      within(summary).getByText(
        'Someone else saved this section while you were working on it. Your changes have not been saved. Copy them, then reload the page.',
      ),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('textbox', { name: 'Emotional and behavioural development' }),
    ).toHaveValue('Mia is calmer at home since the new routine started.')
    expect(currentLocation(router).path).toBe(`${sectionPath}/emotional_behavioural`)
    expect(sent.bodies).toEqual([
      {
        version: 3,
        content: 'Mia is calmer at home since the new routine started.',
        finished: true,
      },
    ])
  })

  it('shows the text, without a form, once the assessment can no longer be written', async () => {
    server.use(
      signedInAs('duty_officer'),
      assessmentHandler(buildStaffAssessment({ status: 'decided', allowedActions: [] })),
    )
    renderRoute(`${sectionPath}/emotional_behavioural`)

    await screen.findByRole('heading', { level: 1, name: 'Emotional and behavioural development' })
    expect(screen.getByText(emotionalText)).toBeVisible()
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  it('is "Page not found" for a section the assessment does not have', async () => {
    server.use(signedInAs('support_worker'), assessmentHandler())
    renderRoute(`${sectionPath}/hobbies`)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })
})
