import type { Child, Family } from '@asp/bff/contract'
import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildFamily, buildSession, familyId } from '../../../test/factories.ts'
import { apiErrorResponse, mswPath, sessionHandler } from '../../../test/handlers.ts'
import { server } from '../../../test/msw-server.ts'
import { currentLocation, renderRoute } from '../../../test/render.tsx'

const miaId = 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f'
const addPath = `/families/${familyId}/children/new`
const changePath = `/families/${familyId}/children/${miaId}`

function signedInWith(family: Family = buildFamily(), role: 'support_worker' | 'team_manager') {
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

async function typeDate(
  user: ReturnType<typeof renderRoute>['user'],
  legend: string,
  { day, month, year }: { day?: string; month?: string; year?: string },
) {
  const group = screen.getByRole('group', { name: legend })
  for (const [label, value] of [
    ['Day', day],
    ['Month', month],
    ['Year', year],
  ] as const) {
    const input = within(group).getByRole('textbox', { name: label })
    await user.clear(input)
    if (value !== undefined && value !== '') {
      await user.type(input, value)
    }
  }
}

describe('add a child', () => {
  it('adds a child from the family record and shows it there', async () => {
    signedInWith(buildFamily(), 'support_worker')
    const received: unknown[] = []
    server.use(
      http.post(mswPath('addChild'), async ({ request }) => {
        received.push(await request.json())
        return HttpResponse.json<Child>(
          {
            id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e60',
            firstName: 'Leo',
            lastName: 'Philips',
            dateOfBirth: '2023-07-01',
            adoptionOrderDate: null,
            version: 1,
          },
          { status: 201 },
        )
      }),
    )
    const { user, router } = renderRoute(`/families/${familyId}`)

    await user.click(await screen.findByRole('button', { name: 'Add a child' }))

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Add a child' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Add a child – Adoption support')
    expect(currentLocation(router).path).toBe(addPath)
    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Leo')
    await user.type(screen.getByRole('textbox', { name: 'Last name' }), 'Philips')
    await typeDate(user, 'Date of birth', { day: '1', month: '7', year: '2023' })
    await user.click(screen.getByRole('button', { name: 'Add child' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The child has been added to the family record',
    )
    expect(currentLocation(router).path).toBe(`/families/${familyId}`)
    expect(screen.getByRole('heading', { level: 3, name: 'Leo Philips' })).toBeInTheDocument()
    expect(received).toEqual([{ firstName: 'Leo', lastName: 'Philips', dateOfBirth: '2023-07-01' }])
  })

  it('shows the GOV.UK errors for the names and dates, linking to the part of a date to fix', async () => {
    signedInWith(buildFamily(), 'team_manager')
    let calls = 0
    server.use(
      http.post(mswPath('addChild'), () => {
        calls += 1
        return HttpResponse.json({}, { status: 500 })
      }),
    )
    const { user } = renderRoute(addPath)

    await user.click(await screen.findByRole('button', { name: 'Add child' }))
    expect(errorSummaryLinks()).toEqual([
      ['Enter the child’s first name', '#firstName'],
      ['Enter the child’s last name', '#lastName'],
      ['Enter the child’s date of birth', '#dateOfBirth-day'],
    ])
    expect(document.title).toBe('Error: Add a child – Adoption support')

    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Leo')
    await user.type(screen.getByRole('textbox', { name: 'Last name' }), 'Philips')
    await typeDate(user, 'Date of birth', { day: '14', year: '2019' })
    await typeDate(user, 'Date of the adoption order (optional)', {
      day: '29',
      month: '2',
      year: '2022',
    })
    await user.click(screen.getByRole('button', { name: 'Add child' }))
    expect(errorSummaryLinks()).toEqual([
      ['Date of birth must include a month', '#dateOfBirth-month'],
      ['Date of the adoption order must be a real date', '#adoptionOrderDate-day'],
    ])
    const birth = screen.getByRole('group', { name: 'Date of birth' })
    expect(birth).toHaveAccessibleDescription(
      'For example, 27 3 2019 Error: Date of birth must include a month',
    )
    expect(within(birth).getByRole('textbox', { name: 'Month' })).toHaveClass('govuk-input--error')
    expect(within(birth).getByRole('textbox', { name: 'Day' })).not.toHaveClass(
      'govuk-input--error',
    )
    expect(within(birth).getByRole('textbox', { name: 'Day' })).toHaveValue('14')

    await typeDate(user, 'Date of birth', { day: '14', month: '3', year: '2099' })
    await typeDate(user, 'Date of the adoption order (optional)', {})
    await user.click(screen.getByRole('button', { name: 'Add child' }))
    expect(errorSummaryLinks()).toEqual([
      ['Date of birth must be today or in the past', '#dateOfBirth-day'],
    ])

    await typeDate(user, 'Date of birth', { day: '14', month: '3', year: '2019' })
    await typeDate(user, 'Date of the adoption order (optional)', {
      day: '1',
      month: '1',
      year: '2019',
    })
    await user.click(screen.getByRole('button', { name: 'Add child' }))
    expect(errorSummaryLinks()).toEqual([
      ['Date of the adoption order must be after the date of birth', '#adoptionOrderDate-day'],
    ])
    expect(calls).toBe(0)
  })

  it('shows the API’s messages on the fields', async () => {
    signedInWith(buildFamily(), 'support_worker')
    server.use(
      http.post(mswPath('addChild'), () =>
        apiErrorResponse(400, {
          code: 'VALIDATION_FAILED',
          message: 'There is a problem with what you entered',
          fieldErrors: {
            adoptionOrderDate: 'Date of the adoption order must be after the date of birth',
          },
        }),
      ),
    )
    const { user } = renderRoute(addPath)
    await user.type(await screen.findByRole('textbox', { name: 'First name' }), 'Leo')
    await user.type(screen.getByRole('textbox', { name: 'Last name' }), 'Philips')
    await typeDate(user, 'Date of birth', { day: '1', month: '7', year: '2023' })
    await typeDate(user, 'Date of the adoption order (optional)', {
      day: '2',
      month: '7',
      year: '2023',
    })
    await user.click(screen.getByRole('button', { name: 'Add child' }))

    expect(
      await within(screen.getByRole('alert')).findByRole('link', {
        name: 'Date of the adoption order must be after the date of birth',
      }),
    ).toHaveAttribute('href', '#adoptionOrderDate-day')
    const order = screen.getByRole('group', { name: 'Date of the adoption order (optional)' })
    for (const input of within(order).getAllByRole('textbox')) {
      expect(input).toHaveClass('govuk-input--error')
    }
  })

  it('is only for support workers and team managers', async () => {
    server.use(sessionHandler(buildSession({ user: { role: 'duty_officer' } })))
    renderRoute(addPath)

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'You do not have permission to view this page',
      }),
    ).toBeInTheDocument()
  })
})

describe('change a child’s details', () => {
  it('changes a child from the family record’s "Change" link', async () => {
    signedInWith(buildFamily(), 'support_worker')
    const received: unknown[] = []
    server.use(
      http.patch(mswPath('updateChild'), async ({ request }) => {
        received.push(await request.json())
        return HttpResponse.json<Child>({
          id: miaId,
          firstName: 'Amelia',
          lastName: 'Philips',
          dateOfBirth: '2019-03-14',
          adoptionOrderDate: '2022-10-03',
          version: 2,
        })
      }),
    )
    const { user, router } = renderRoute(`/families/${familyId}`)

    await screen.findByRole('heading', { level: 3, name: 'Mia Philips' })
    const [change, ...others] = linksReading('Change (Mia Philips)')
    expect(others).toHaveLength(0)
    expect(change).toHaveAttribute('href', changePath)
    await user.click(change as HTMLElement)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Change a child’s details' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Change a child’s details – Adoption support')
    expect(screen.getByRole('textbox', { name: 'First name' })).toHaveValue('Mia')
    const birth = screen.getByRole('group', { name: 'Date of birth' })
    expect(
      within(birth)
        .getAllByRole('textbox')
        .map((input) => (input as HTMLInputElement).value),
    ).toEqual(['14', '3', '2019'])
    const order = screen.getByRole('group', { name: 'Date of the adoption order (optional)' })
    expect(
      within(order)
        .getAllByRole('textbox')
        .map((input) => (input as HTMLInputElement).value),
    ).toEqual(['3', '10', '2022'])
    await user.clear(screen.getByRole('textbox', { name: 'First name' }))
    await user.type(screen.getByRole('textbox', { name: 'First name' }), 'Amelia')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The child’s details have been changed',
    )
    expect(currentLocation(router).path).toBe(`/families/${familyId}`)
    expect(screen.getByRole('heading', { level: 3, name: 'Amelia Philips' })).toBeInTheDocument()
    // The change carries the version of the child the page read.
    expect(received).toEqual([
      {
        version: 1,
        firstName: 'Amelia',
        lastName: 'Philips',
        dateOfBirth: '2019-03-14',
        adoptionOrderDate: '2022-10-03',
      },
    ])
  })

  it('says someone else changed the child first, and loads their version', async () => {
    let changed = false
    const family = buildFamily()
    server.use(
      sessionHandler(buildSession({ user: { role: 'team_manager' } })),
      http.get(mswPath('getFamily'), () =>
        HttpResponse.json<Family>(
          changed
            ? {
                ...family,
                children: family.children.map((child) => ({
                  ...child,
                  firstName: 'Mya',
                  version: 2,
                })),
              }
            : family,
        ),
      ),
      http.patch(mswPath('updateChild'), () => {
        changed = true
        return apiErrorResponse(409, {
          code: 'CONFLICT',
          message: 'Someone else changed this child’s details while you were working on them',
        })
      }),
    )
    const { user } = renderRoute(changePath)
    await user.type(await screen.findByRole('textbox', { name: 'Last name' }), '-Jones')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this child’s details while you were working on them. We have loaded their changes: check the details and make your changes again.',
    )
    expect(await screen.findByDisplayValue('Mya')).toBe(
      screen.getByRole('textbox', { name: 'First name' }),
    )
    expect(screen.getByRole('textbox', { name: 'Last name' })).toHaveValue('Philips')

    // The next change is made against their version.
    const sent: unknown[] = []
    server.use(
      http.patch(mswPath('updateChild'), async ({ request }) => {
        sent.push(await request.json())
        return HttpResponse.json<Child>({ ...family.children[0]!, firstName: 'Mya', version: 3 })
      }),
    )
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => expect(sent).toEqual([expect.objectContaining({ version: 2 })]))
  })

  it('is "Page not found" for a child the family record does not have', async () => {
    signedInWith(buildFamily(), 'support_worker')
    renderRoute(`/families/${familyId}/children/c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e61`)

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument()
  })

  it('gives a duty officer no links to add or change children', async () => {
    server.use(
      sessionHandler(buildSession({ user: { role: 'duty_officer' } })),
      http.get(mswPath('getFamily'), () => HttpResponse.json<Family>(buildFamily())),
    )
    renderRoute(`/families/${familyId}`)

    await screen.findByRole('heading', { level: 3, name: 'Mia Philips' })
    expect(screen.queryByRole('button', { name: 'Add a child' })).not.toBeInTheDocument()
    expect(linksReading('Change (Mia Philips)')).toHaveLength(0)
  })
})
