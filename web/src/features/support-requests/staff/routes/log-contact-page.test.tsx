import type { PersonResult } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildPerson, familyId, localAuthorities } from '../../../../test/factories.ts'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import { buildQueueItem, buildQueuePage, supportRequestId } from '../test/factories.ts'
import { recorder, signedInAs } from '../test/handlers.ts'

const path = '/support-line/contacts/new'
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

function people(found: PersonResult[], searched: string[] = []) {
  return http.get(mswPath('findPeople'), ({ request }) => {
    searched.push(new URL(request.url).searchParams.get('q') ?? '')
    return HttpResponse.json({ people: found })
  })
}

function contactAnswers(
  sent: ReturnType<typeof recorder>,
  answer: () => Response = () =>
    HttpResponse.json(
      {
        id: 'd1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a',
        supportRequest: { id: supportRequestId, reference: 'SR-2026-0042' },
      },
      { status: 201 },
    ),
) {
  return http.post(mswPath('logContact'), async ({ request }) => {
    await sent.record(request)
    return answer()
  })
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

describe('log a contact', { timeout: 30_000 }, () => {
  it('shows the GOV.UK errors in page order and sends nothing', async () => {
    const sent = recorder()
    server.use(...signedInAs('duty_officer'), contactAnswers(sent))
    const { user } = renderRoute(path)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Log a contact' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Log a contact – Adoption support')
    await user.click(screen.getByRole('button', { name: 'Log contact' }))

    expect(summaryLinks()).toEqual([
      ['Select how the contact came in', '#channel'],
      ['Select what kind of contact it was', '#classification'],
      ['Enter a summary of the contact', '#summary'],
    ])
    expect(document.title).toBe('Error: Log a contact – Adoption support')

    // A referral needs its source; a new request needs who and what about.
    await user.click(screen.getByRole('radio', { name: 'Referral' }))
    await user.click(screen.getByRole('radio', { name: 'New request needing action' }))
    await user.click(screen.getByRole('button', { name: 'Log contact' }))
    expect(summaryLinks()).toEqual([
      ['Select who made the referral', '#referralSource'],
      ['Select a family, or enter the name of the person who got in touch', '#who'],
      ['Select what they need help with', '#categories'],
      ['Enter a summary of the contact', '#summary'],
    ])
    expect(
      screen.getByRole('group', { name: 'Choose who got in touch' }),
    ).toHaveAccessibleDescription(
      'Search for a family first. A new family or enquirer is someone not yet known to us. Error: Select a family, or enter the name of the person who got in touch',
    )
    expect(sent.bodies).toEqual([])
  })

  it('finds a family by name and logs a phone call that makes a new request', async () => {
    const searched: string[] = []
    const sent = recorder()
    server.use(
      ...signedInAs('duty_officer'),
      people(
        [
          buildPerson(),
          buildPerson({ id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5e', name: 'James Philips' }),
          buildPerson({
            kind: 'staff',
            id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a09',
            name: 'Philippa Stone',
            familyId: null,
            detail: 'Support worker',
          }),
        ],
        searched,
      ),
      contactAnswers(sent),
    )
    const { user } = renderRoute(path)

    await user.click(await screen.findByRole('radio', { name: 'Phone call' }))
    await user.click(screen.getByRole('radio', { name: 'New request needing action' }))
    // Enter in the search box searches; it does not send the form.
    await user.type(
      screen.getByRole('searchbox', { name: 'Find a family by an adoptive parent’s name' }),
      'Philips{Enter}',
    )
    expect(await screen.findByText('1 family found for ‘Philips’')).toBeInTheDocument()
    expect(searched).toEqual(['Philips'])
    const who = screen.getByRole('group', { name: 'Choose who got in touch' })
    expect(
      within(who)
        .getAllByRole('radio')
        .map((radio) => radio.closest('.govuk-radios__item')?.textContent),
    ).toEqual([
      'Sarah Philips and James PhilipsACE-2024-0117, Coventry City Council',
      'Someone not yet known to us',
    ])
    await user.click(within(who).getByRole('radio', { name: 'Sarah Philips and James Philips' }))
    await user.click(screen.getByRole('checkbox', { name: 'School or education' }))
    await user.click(screen.getByRole('radio', { name: 'Soon' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Summary of the contact' }),
      'School exclusion meeting.',
    )
    await user.click(screen.getByRole('button', { name: 'Log contact' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Contact logged')
    expect(banner).toHaveFocus()
    expect(
      within(banner).getByRole('link', { name: 'Go to request SR-2026-0042' }),
    ).toHaveAttribute('href', `/support-line/requests/${supportRequestId}`)
    expect(sent.bodies).toEqual([
      {
        idempotencyKey: expect.stringMatching(uuid) as unknown,
        channel: 'phone',
        classification: 'new_request_action',
        familyId,
        categories: ['education'],
        urgency: 'soon',
        summary: 'School exclusion meeting.',
      },
    ])
    // Ready for the next contact, with a new key.
    expect(screen.getByRole('radio', { name: 'Phone call' })).not.toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Summary of the contact' })).toHaveValue('')
  })

  it('records someone not yet known to us, with their local authority', async () => {
    const sent = recorder()
    server.use(
      ...signedInAs('duty_officer'),
      contactAnswers(sent, () =>
        HttpResponse.json(
          { id: 'd1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a', supportRequest: null },
          { status: 201 },
        ),
      ),
    )
    const { user } = renderRoute(path)

    await user.click(await screen.findByRole('radio', { name: 'Referral' }))
    await user.click(screen.getByRole('radio', { name: 'School' }))
    await user.click(screen.getByRole('radio', { name: 'New request for advice only' }))
    await user.click(screen.getByRole('radio', { name: 'Someone not yet known to us' }))
    await user.type(screen.getByRole('textbox', { name: 'Their name' }), 'Dana Fox')
    await user.type(
      screen.getByRole('textbox', { name: 'Phone number or email address (optional)' }),
      '07700 900 123',
    )
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Local authority responsible' }),
      'Warwickshire County Council',
    )
    await user.click(screen.getByRole('checkbox', { name: 'Advice or information' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Summary of the contact' }),
      'Asked about ASF.',
    )
    await user.click(screen.getByRole('button', { name: 'Log contact' }))

    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Contact logged')
    expect(within(banner).queryByRole('link')).not.toBeInTheDocument()
    expect(sent.bodies).toEqual([
      {
        idempotencyKey: expect.stringMatching(uuid) as unknown,
        channel: 'referral',
        referralSource: 'school',
        classification: 'new_request_advice',
        enquirerName: 'Dana Fox',
        enquirerContact: '07700 900 123',
        localAuthorityId: localAuthorities.warwickshire.id,
        categories: ['advice'],
        urgency: 'routine',
        summary: 'Asked about ASF.',
      },
    ])
  })

  it('finds the open request an update is about by its reference', async () => {
    const sent = recorder()
    const asked: URLSearchParams[] = []
    server.use(
      ...signedInAs('support_worker'),
      http.get(mswPath('findSupportRequests'), ({ request }) => {
        asked.push(new URL(request.url).searchParams)
        return HttpResponse.json(buildQueuePage([buildQueueItem({ status: 'duty_support' })]))
      }),
      contactAnswers(sent),
    )
    const { user } = renderRoute(path)

    await user.click(await screen.findByRole('radio', { name: 'Email' }))
    await user.click(screen.getByRole('radio', { name: 'Update on an open request' }))
    await user.type(
      screen.getByRole('searchbox', { name: 'Request reference or name' }),
      'SR-2026-0042',
    )
    await user.click(screen.getByRole('button', { name: 'Find open requests' }))
    expect(await screen.findByText('1 open request found for ‘SR-2026-0042’')).toBeInTheDocument()
    expect(Object.fromEntries(asked[0]!)).toEqual({ q: 'SR-2026-0042', status: 'open' })
    await user.click(
      screen.getByRole('radio', { name: 'SR-2026-0042: Sarah Philips and James Philips' }),
    )
    await user.type(
      screen.getByRole('textbox', { name: 'Summary of the contact' }),
      'Meeting moved.',
    )
    await user.click(screen.getByRole('button', { name: 'Log contact' }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Contact logged')
    expect(sent.bodies).toEqual([
      {
        idempotencyKey: expect.stringMatching(uuid) as unknown,
        channel: 'email',
        classification: 'update_on_open_request',
        supportRequestId,
        categories: [],
        urgency: 'routine',
        summary: 'Meeting moved.',
      },
    ])
  })

  it('shows the API’s message for a request that can no longer be updated, and keeps what was typed', async () => {
    server.use(
      ...signedInAs('duty_officer'),
      http.get(mswPath('findSupportRequests'), () =>
        HttpResponse.json(buildQueuePage([buildQueueItem()])),
      ),
      contactAnswers(recorder(), () =>
        apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'You cannot update a request that is closed',
        }),
      ),
    )
    const { user } = renderRoute(path)

    await user.click(await screen.findByRole('radio', { name: 'Letter' }))
    await user.click(screen.getByRole('radio', { name: 'Update on an open request' }))
    await user.type(screen.getByRole('searchbox', { name: 'Request reference or name' }), 'SR')
    await user.click(screen.getByRole('button', { name: 'Find open requests' }))
    await user.click(
      await screen.findByRole('radio', { name: 'SR-2026-0042: Sarah Philips and James Philips' }),
    )
    await user.type(screen.getByRole('textbox', { name: 'Summary of the contact' }), 'Thanks.')
    await user.click(screen.getByRole('button', { name: 'Log contact' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is a problemYou cannot update a request that is closed',
    )
    expect(screen.getByRole('radio', { name: 'Letter' })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Summary of the contact' })).toHaveValue('Thanks.')
  })

  it('puts the API’s complaint about the family on the question about who got in touch', async () => {
    server.use(
      ...signedInAs('duty_officer'),
      people([buildPerson()]),
      contactAnswers(recorder(), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with what you entered',
          fieldErrors: { familyId: 'Select a family' },
        }),
      ),
    )
    const { user } = renderRoute(path)

    await user.click(await screen.findByRole('radio', { name: 'Phone call' }))
    await user.click(screen.getByRole('radio', { name: 'Seeking information' }))
    await user.type(
      screen.getByRole('searchbox', { name: 'Find a family by an adoptive parent’s name' }),
      'Philips',
    )
    await user.click(screen.getByRole('button', { name: 'Search' }))
    await user.click(await screen.findByRole('radio', { name: 'Sarah Philips' }))
    await user.type(screen.getByRole('textbox', { name: 'Summary of the contact' }), 'Asked.')
    await user.click(screen.getByRole('button', { name: 'Log contact' }))

    expect(
      await within(await screen.findByRole('alert')).findByRole('link', {
        name: 'Select a family',
      }),
    ).toHaveAttribute('href', '#who')
  })
})
