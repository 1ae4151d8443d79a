import { QueryClientProvider, useMutation } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { Button } from '../components/button.tsx'
import { TextInput } from '../components/text-input.tsx'
import { ApiError } from './api-client.ts'
import { FormErrorSummary, useFormErrors } from './form-errors.tsx'
import { createQueryClient } from './query-client.ts'
import { useFormSubmit, type FormSubmitOptions } from './use-form-submit.ts'

const nameSchema = z.object({ name: z.string().trim().min(1, 'Enter a name') })
type Body = z.output<typeof nameSchema>

type Extra = Omit<FormSubmitOptions<Body, { id: string }>, 'mutation' | 'schema' | 'values'>

/** A one-field form that saves a name with `save`. */
function NameForm({
  save,
  options = {},
}: {
  save: (body: Body) => Promise<{ id: string }>
  options?: Extra | ((setName: (name: string) => void) => Extra)
}) {
  const [name, setName] = useState('')
  const form = useFormErrors(['name'] as const)
  const mutation = useMutation({ mutationFn: save })
  const { onSubmit } = useFormSubmit(form, {
    schema: nameSchema,
    values: () => ({ name }),
    mutation,
    ...(typeof options === 'function' ? options(setName) : options),
  })
  return (
    <>
      <FormErrorSummary form={form} />
      <form noValidate onSubmit={onSubmit}>
        <TextInput
          name="name"
          label="Name"
          value={name}
          errorMessage={form.errorFor('name')}
          onChange={(event) => {
            setName(event.target.value)
          }}
        />
        <Button>Save</Button>
      </form>
    </>
  )
}

function Saved() {
  const location = useLocation()
  return <h1>{`Saved ${JSON.stringify(location.state)}`}</h1>
}

function renderForm(props: Parameters<typeof NameForm>[0]) {
  const router = createMemoryRouter([
    { path: '/', element: <NameForm {...props} /> },
    { path: '/saved', element: <Saved /> },
  ])
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={createQueryClient({ retry: false })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { user, router }
}

const conflict = () =>
  new ApiError({
    status: 409,
    code: 'CONFLICT',
    message: 'Someone else changed this record while you were working on it.',
  })

describe('useFormSubmit', () => {
  it('shows the schema’s message in the error summary and on the field, and sends nothing', async () => {
    const save = vi.fn(() => Promise.resolve({ id: '1' }))
    const { user } = renderForm({ save })

    await user.type(screen.getByRole('textbox', { name: 'Name' }), '   ')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('There is a problem')
    expect(summary.parentElement).toHaveFocus()
    expect(within(summary).getByRole('link', { name: 'Enter a name' })).toHaveAttribute(
      'href',
      '#name',
    )
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
      'Error: Enter a name',
    )
    expect(save).not.toHaveBeenCalled()
  })

  it('sends the parsed body once, and goes to the next page with its state', async () => {
    let finish: (result: { id: string }) => void = () => undefined
    const save = vi.fn(
      (_body: Body) =>
        new Promise<{ id: string }>((resolve) => {
          finish = resolve
        }),
    )
    const { user, router } = renderForm({
      save,
      options: {
        navigateTo: (result, body) => ({
          to: '/saved',
          state: { id: result.id, name: body.name },
        }),
      },
    })

    await user.type(screen.getByRole('textbox', { name: 'Name' }), '  Martin Reid ')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    await user.click(screen.getByRole('button', { name: 'Save' }))
    finish({ id: '42' })

    expect(
      await screen.findByRole('heading', { name: 'Saved {"id":"42","name":"Martin Reid"}' }),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/saved')
    expect(save).toHaveBeenCalledTimes(1)
    expect(save.mock.calls[0]?.[0]).toEqual({ name: 'Martin Reid' })
  })

  it('shows the API’s field errors on the fields and other refusals as a problem', async () => {
    const save = vi
      .fn<(body: Body) => Promise<{ id: string }>>()
      .mockRejectedValueOnce(
        new ApiError({
          status: 400,
          code: 'VALIDATION_FAILED',
          message: 'Check the form',
          fieldErrors: { name: 'A local authority with this name already exists' },
        }),
      )
      .mockRejectedValueOnce(
        new ApiError({ status: 429, code: 'RATE_LIMITED', message: 'Too many requests' }),
      )
    const { user } = renderForm({
      save,
      options: {
        problemFor: (error) =>
          error.status === 429 ? 'You have tried too many times. Wait a minute.' : undefined,
      },
    })

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Coventry City Council')
    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(
      await screen.findByRole('link', { name: 'A local authority with this name already exists' }),
    ).toHaveAttribute('href', '#name')

    await user.click(screen.getByRole('button', { name: 'Save' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You have tried too many times. Wait a minute.',
    )
    expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAccessibleDescription()
  })

  it('after a 409 loads the other change and says so in the API’s words', async () => {
    const save = vi.fn(() => Promise.reject(conflict()))
    const { user } = renderForm({
      save,
      options: (setName) => ({
        reloadAfterConflict: () => {
          setName('Martin Reid (their change)')
          return Promise.resolve()
        },
      }),
    })

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Martin Reid')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Someone else changed this record while you were working on it. We have loaded their changes: check the details and make your changes again.',
    )
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Martin Reid (their change)')
  })

  it('lets the page show a failure itself', async () => {
    const onError = vi.fn()
    const onSuccess = vi.fn()
    const { user } = renderForm({
      save: () => Promise.reject(conflict()),
      options: { onError, onSuccess },
    })

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Martin Reid')
    await user.click(screen.getByRole('button', { name: 'Save' }))

    await vi.waitFor(() => {
      expect(onError).toHaveBeenCalledWith(conflict())
    })
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(onSuccess).not.toHaveBeenCalled()
  })
})
