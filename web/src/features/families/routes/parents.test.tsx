import type { Family, FamilyParent } from '@asp/bff/contract'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildFamily, buildSession, familyId } from '../../../test/factories.ts'
import { apiErrorResponse, mswPath, sessionHandler } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

const sarahId = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d'
const changePath = `/families/${familyId}/parents/${sarahId}`

function signedInWith(family: Family, role: 'support_worker' | 'team_manager') {
  server.use(
    sessionHandler(buildSession({ user: { role } })),
    http.get(mswPath('getFamily'), () => HttpResponse.json<Family>(family)),
  )
}

/**
 * Links whose text (with the visually hidden part) reads `text`: jsdom's accessible name drops the
 * space at the start of a visually hidden span.
 */
function linksReading(text: string) {
  return screen
    .queryAllByRole('link')
    .filter((link) => link.textContent.replace(/\s+/g, ' ').trim() === text)
}

function errorSummaryLinks() {
  return within(screen.getByRole('alert'))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])
}

describe('change a parent’s details', () => {
  it('changes a parent from the family record’s "Change" link', async () => {
    signedInWith(buildFamily(), 'support_worker')
    const received: unknown[] = []
    server.use(
      http.patch(mswPath('updateFamilyParent'), async ({ request }) => {
        received.push(await request.json())
        return HttpResponse.json<FamilyParent>({
          id: sarahId,
          fullName: 'Sarah Philips-Jones',
          kind: 'special_guardian',
          email: 'sarah@example.com',
          hasAccount: true,
          version: 2,
        })
      }),
    )
    const { user, router } = renderRoute(`/families/${familyId}`)

    await screen.findByRole('heading', { level: 3, name: 'Sarah Philips' })
    const [change, ...others] = linksReading('Change (Sarah Philips)')
    expect(others).toHaveLength(0)
    expect(change).toHaveAttribute('href', changePath)
    await user.click(change as HTMLElement)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Change a parent’s details' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Change a parent’s details – Adoption support')
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveValue('Sarah Philips')
    expect(screen.getByRole('radio', { name: 'Adoptive parent' })).toBeChecked()
    expect(screen.getByRole('textbox', { name: 'Email address (optional)' })).toHaveValue(
      'sarah.philips@example.com',
    )
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), '-Jones')
    await user.click(screen.getByRole('radio', { name: 'Special guardian' }))
    await user.clear(screen.getByRole('textbox', { name: 'Email address (optional)' }))
    await user.type(
      screen.getByRole('textbox', { name: 'Email address (optional)' }),
      'sarah@example.com',
    )
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The parent’s details have been changed',
    )
    expect(currentLocation(router).path).toBe(`/families/${familyId}`)
    expect(
      screen.getByRole('heading', { level: 3, name: 'Sarah Philips-Jones' }),
    ).toBeInTheDocument()
    // The change carries the version of the parent the page read.
    expect(received).toEqual([
      {
        version: 1,
        fullName: 'Sarah Philips-Jones',
        kind: 'special_guardian',
        email: 'sarah@example.com',
      },
    ])
  })

  it('shows the GOV.UK errors for the full name and email address', async () => {
    signedInWith(buildFamily(), 'team_manager')
    let calls = 0
    server.use(
      http.patch(mswPath('updateFamilyParent'), () => {
        calls += 1
        return HttpResponse.json({}, { status: 500 })
      }),
    )
    const { user } = renderRoute(changePath)

    await user.clear(await screen.findByRole('textbox', { name: 'Full name' }))
    await user.clear(screen.getByRole('textbox', { name: 'Email address (optional)' }))
    await user.type(screen.getByRole('textbox', { name: 'Email address (optional)' }), 'sarah@')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(errorSummaryLinks()).toEqual([
      ['Enter their full name', '#fullName'],
      ['Enter an email address in the correct format, like name@example.com', '#email'],
    ])
    expect(document.title).toBe('Error: Change a parent’s details – Adoption support')
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveAccessibleDescription(
      'Error: Enter their full name',
    )
    expect(calls).toBe(0)
  })

  it('shows the API’s messages on the fields', async () => {
    signedInWith(buildFamily(), 'support_worker')
    server.use(
      http.patch(mswPath('updateFamilyParent'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with what you entered',
          fieldErrors: {
            email: 'Enter an email address in the correct format, like name@example.com',
          },
        }),
      ),
    )
    const { user } = renderRoute(changePath)
    await user.click(await screen.findByRole('button', { name: 'Save changes' }))

    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Enter an email address in the correct format, like name@example.com',
      }),
    ).toHaveAttribute('href', '#email')
  })

  it('says someone else changed the parent first, and loads their version', async () => {
    let changed = false
    const family = buildFamily()
    server.use(
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      http.get(mswPath('getFamily'), () =>
        HttpResponse.json<Family>(
          changed
            ? {
                ...family,
                parents: family.parents.map((parent) =>
                  parent.id === sarahId
                    ? { ...parent, fullName: 'Sara Philips', version: 2 }
                    : parent,
                ),
              }
            : family,
        ),
      ),
      http.patch(mswPath('updateFamilyParent'), () => {
        changed = true
        return apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'Someone else changed this parent’s details while you were working on them',
        })
      }),
    )
    const { user } = renderRoute(changePath)
    await user.click(await screen.findByRole('radio', { name: 'Special guardian' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this parent’s details while you were working on them. We have loaded their changes: check the details and make your changes again.',
    )
    expect(await screen.findByDisplayValue('Sara Philips')).toBe(
      screen.getByRole('textbox', { name: 'Full name' }),
    )
    expect(screen.getByRole('radio', { name: 'Adoptive parent' })).toBeChecked()

    // The next change is made against their version.
    const sent: unknown[] = []
    server.use(
      http.patch(mswPath('updateFamilyParent'), async ({ request }) => {
        sent.push(await request.json())
        return HttpResponse.json<FamilyParent>({
          ...family.parents[0]!,
          fullName: 'Sara Philips',
          version: 3,
        })
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(sent).toEqual([expect.objectContaining({ version: 2 })]))
  })

  it('is "Page not found" for a parent the family record does not have', async () => {
    signedInWith(buildFamily(), 'support_worker')
    renderRoute(`/families/${familyId}/parents/9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5f`)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })

  it('gives a duty officer no links to change parents, and no page', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'duty_officer' } })),
      http.get(mswPath('getFamily'), () => HttpResponse.json<Family>(buildFamily())),
    )
    const { router } = renderRoute(`/families/${familyId}`)

    await screen.findByRole('heading', { level: 3, name: 'Sarah Philips' })
    expect(linksReading('Change (Sarah Philips)')).toHaveLength(0)
    expect(linksReading('Change (James Philips)')).toHaveLength(0)

    await router.navigate(changePath)
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})
