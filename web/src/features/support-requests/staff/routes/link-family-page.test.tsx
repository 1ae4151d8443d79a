import type { PersonResult, StaffSupportRequest } from '@asp/bff/contract'
import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildPerson, familyId } from '../../../../test/factories.ts'
import { apiErrorResponse, mswPath } from '../../../../test/handlers.ts'
import { server } from '../../../../test/msw-server.ts'
import { renderRoute } from '../../../../test/render.tsx'
import { supportRequestQueries } from '../api/get-support-request.ts'
import { buildStaffSupportRequest, supportRequestId } from '../test/factories.ts'
import { recorder, signedInAs, supportRequestHandler } from '../test/handlers.ts'

const requestPath = `/support-line/requests/${supportRequestId}`
const path = `${requestPath}/link-family`
const otherFamilyId = '5d1c2f0e-8a3b-4c6d-9e7f-1a2b3c4d5e70'

/** A request from someone not yet known to the service. */
function enquirerRequest(overrides: Partial<StaffSupportRequest> = {}) {
  return buildStaffSupportRequest({
    family: null,
    enquirer: { name: 'Dana Whitlock', contact: '07700 900 123' },
    children: [],
    allowedActions: ['triage', 'close', 'message', 'note', 'link-family'],
    ...overrides,
  })
}

/** The request once linked to the family. */
function linkedRequest(overrides: Partial<StaffSupportRequest> = {}) {
  return buildStaffSupportRequest({ version: 4, ...overrides })
}

function people(found: PersonResult[], searched: string[] = []) {
  return http.get(mswPath('findPeople'), ({ request }) => {
    searched.push(new URL(request.url).searchParams.get('q') ?? '')
    return HttpResponse.json({ people: found })
  })
}

const philipses = [
  buildPerson(),
  buildPerson({ id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5e', name: 'James Philips' }),
  buildPerson({
    id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5f',
    name: 'Ruth Philipson',
    familyId: otherFamilyId,
    detail: 'CSA-01006, Ardenshire County Council',
  }),
  buildPerson({
    kind: 'staff',
    id: '0b6f0c53-54a4-4f0e-9a47-0b0d3b1c2a09',
    name: 'Philippa Stone',
    familyId: null,
    detail: 'Support worker',
  }),
]

function linkAnswers(
  sent: ReturnType<typeof recorder>,
  answer: () => Response = () => HttpResponse.json(linkedRequest()),
) {
  return http.post(mswPath('linkSupportRequestToFamily'), async ({ request }) => {
    await sent.record(request)
    return answer()
  })
}

function summaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

describe('link a request to a family record', { timeout: 30_000 }, () => {
  it('is offered on the request page when the request allows it', async () => {
    server.use(...signedInAs('duty_officer'), supportRequestHandler(enquirerRequest()))
    const { user } = renderRoute(requestPath)

    const link = await screen.findByRole('button', { name: 'Link to a family record' })
    expect(link).toHaveAttribute('href', path)
    await user.click(link)

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Link this request to a family record',
      }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Link this request to a family record – Adoption support')
  })

  it('is not offered for a request that is already a family’s', async () => {
    server.use(...signedInAs('duty_officer'), supportRequestHandler())
    renderRoute(requestPath)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Request SR-2026-0042' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Link to a family record' })).toBeNull()
  })

  it('finds families by name, asks for one, then links the request and says so', async () => {
    const searched: string[] = []
    const sent = recorder()
    let linked = false
    server.use(
      ...signedInAs('duty_officer'),
      supportRequestHandler(() => (linked ? linkedRequest() : enquirerRequest())),
      people(philipses, searched),
      linkAnswers(sent, () => {
        linked = true
        return HttpResponse.json(linkedRequest())
      }),
    )
    const { user, router } = renderRoute(path)

    expect(await screen.findByText('Dana Whitlock', { selector: 'dd' })).toBeInTheDocument()
    expect(screen.getByText('07700 900 123')).toBeInTheDocument()

    // An empty search is refused on the page.
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(summaryLinks()).toEqual([['Enter a name or email address', '#q']])
    expect(searched).toEqual([])

    await user.type(
      screen.getByRole('searchbox', {
        name: 'Find a family by an adoptive parent’s name or email address',
      }),
      'Philips',
    )
    await user.click(screen.getByRole('button', { name: 'Search' }))
    expect(await screen.findByText('2 families found for ‘Philips’')).toBeInTheDocument()
    expect(router.state.location.search).toBe('?q=Philips')
    expect(searched).toEqual(['Philips'])
    expect(screen.queryByRole('alert')).toBeNull()

    const choices = screen.getByRole('group', { name: 'Choose the family' })
    expect(
      within(choices)
        .getAllByRole('radio')
        .map((radio) => radio.closest('.govuk-radios__item')?.textContent),
    ).toEqual([
      'Sarah Philips and James PhilipsACE-2024-0117, Coventry City Council',
      'Ruth PhilipsonCSA-01006, Ardenshire County Council',
    ])

    // No family chosen.
    await user.click(screen.getByRole('button', { name: 'Link to this family' }))
    expect(summaryLinks()).toEqual([['Select the family', '#familyId']])
    expect(choices).toHaveAccessibleDescription('Error: Select the family')
    expect(document.title).toBe('Error: Link this request to a family record – Adoption support')
    expect(sent.bodies).toEqual([])

    await user.click(screen.getByRole('radio', { name: 'Sarah Philips and James Philips' }))
    await user.click(screen.getByRole('button', { name: 'Link to this family' }))

    expect(
      await screen.findByText(
        'The request has been linked to the family record',
        {},
        { timeout: 5_000 },
      ),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(requestPath)
    expect(sent.bodies).toEqual([{ version: 3, familyId }])
    expect(screen.queryByRole('button', { name: 'Link to a family record' })).toBeNull()
  })

  it('searches for what is in the address, and says when nothing is found', async () => {
    const searched: string[] = []
    server.use(
      ...signedInAs('support_worker'),
      supportRequestHandler(enquirerRequest()),
      people([], searched),
    )
    renderRoute(`${path}?q=Whitlock`)

    expect(await screen.findByText('0 families found for ‘Whitlock’')).toBeInTheDocument()
    expect(searched).toEqual(['Whitlock'])
    expect(
      screen.getByRole('searchbox', {
        name: 'Find a family by an adoptive parent’s name or email address',
      }),
    ).toHaveValue('Whitlock')
    expect(screen.queryByRole('button', { name: 'Link to this family' })).toBeNull()
  })

  it('shows the API’s message after a conflict, and sends the new version next time', async () => {
    let version = 3
    const sent = recorder()
    server.use(
      ...signedInAs('duty_officer'),
      supportRequestHandler(() => enquirerRequest({ version })),
      people(philipses),
      linkAnswers(sent, () => {
        if (version === 3) {
          version = 4
          return apiErrorResponse(409, {
            code: 'CONFLICT',
            message: 'Someone else changed this request while you were working on it',
          })
        }
        return HttpResponse.json(linkedRequest({ version: 5 }))
      }),
    )
    const { user, queryClient } = renderRoute(`${path}?q=Philipson`)

    await user.click(await screen.findByRole('radio', { name: 'Ruth Philipson' }))
    await user.click(screen.getByRole('button', { name: 'Link to this family' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is a problemSomeone else changed this request while you were working on it',
    )
    expect(screen.getByRole('radio', { name: 'Ruth Philipson' })).toBeChecked()
    // The request as it is now is fetched again, for its new version.
    await expect
      .poll(
        () =>
          queryClient.getQueryData(supportRequestQueries.detail(supportRequestId).queryKey)
            ?.version,
      )
      .toBe(4)

    await user.click(screen.getByRole('button', { name: 'Link to this family' }))
    expect(
      await screen.findByText(
        'The request has been linked to the family record',
        {},
        { timeout: 5_000 },
      ),
    ).toBeInTheDocument()
    expect(sent.bodies).toEqual([
      { version: 3, familyId: otherFamilyId },
      { version: 4, familyId: otherFamilyId },
    ])
  })

  it('says so when the request cannot be linked', async () => {
    server.use(...signedInAs('duty_officer'), supportRequestHandler())
    renderRoute(path)

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You cannot link this request to a family record',
      }),
    ).toBeInTheDocument()
  })
})
