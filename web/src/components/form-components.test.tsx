import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { renderWithRouter } from '../test/render.tsx'
import { Button } from './button.tsx'
import { Checkboxes } from './checkboxes.tsx'
import { DateInput } from './date-input.tsx'
import { ErrorSummary } from './error-summary.tsx'
import { FileUpload } from './file-upload.tsx'
import { Fieldset } from './fieldset.tsx'
import { Radios } from './radios.tsx'
import { Select } from './select.tsx'
import { TextInput } from './text-input.tsx'
import { Textarea } from './textarea.tsx'

describe('TextInput', () => {
  it('labels the input and joins hint and error ids in aria-describedby', () => {
    const { container } = render(
      <TextInput
        name="email"
        label="Email address"
        hint="We’ll only use this to send you updates"
        errorMessage="Enter an email address"
        type="email"
        autoComplete="email"
        spellCheck={false}
      />,
    )
    const input = screen.getByRole('textbox', { name: 'Email address' })
    expect(input).toHaveAttribute('id', 'email')
    expect(input).toHaveAttribute('name', 'email')
    expect(input).toHaveAttribute('type', 'email')
    expect(input).toHaveClass('govuk-input', 'govuk-input--error')
    expect(input).toHaveAttribute('aria-describedby', 'email-hint email-error')
    expect(input).toHaveAccessibleDescription(
      'We’ll only use this to send you updates Error: Enter an email address',
    )
    expect(container.firstElementChild).toHaveClass('govuk-form-group', 'govuk-form-group--error')
    const error = container.querySelector('#email-error')
    expect(error).toHaveClass('govuk-error-message')
    expect(error?.tagName).toBe('P')
    expect(within(error as HTMLElement).getByText('Error:')).toHaveClass('govuk-visually-hidden')
    expect(container.querySelector('#email-hint')).toHaveClass('govuk-hint')
    expect(screen.getByText('Email address')).toHaveClass('govuk-label')
  })

  it('has no aria-describedby and no error classes without hint or error', () => {
    const { container } = render(<TextInput name="town" label="Town or city" />)
    const input = screen.getByRole('textbox', { name: 'Town or city' })
    expect(input).not.toHaveAttribute('aria-describedby')
    expect(input).toHaveAttribute('type', 'text')
    expect(input).not.toHaveClass('govuk-input--error')
    expect(container.firstElementChild).not.toHaveClass('govuk-form-group--error')
  })

  it('puts the label in the h1 when it is the page heading', () => {
    render(
      <TextInput
        name="name"
        label="What is your name?"
        labelClassName="govuk-label--l"
        isPageHeading
      />,
    )
    const heading = screen.getByRole('heading', { level: 1 })
    expect(heading).toHaveClass('govuk-label-wrapper')
    expect(within(heading).getByText('What is your name?')).toHaveClass(
      'govuk-label',
      'govuk-label--l',
    )
  })

  it('hides prefix and suffix from screen readers', () => {
    const { container } = render(
      <TextInput name="cost" label="Cost" prefix="£" suffix="per session" />,
    )
    expect(container.querySelector('.govuk-input__wrapper')).not.toBeNull()
    expect(container.querySelector('.govuk-input__prefix')).toHaveAttribute('aria-hidden', 'true')
    expect(container.querySelector('.govuk-input__suffix')).toHaveAttribute('aria-hidden', 'true')
  })
})

describe('FileUpload', () => {
  it('is a file input with its label, hint, error and what comes after it', async () => {
    const onChange = vi.fn()
    const { container } = render(
      <FileUpload
        name="file"
        id="message-file"
        label="Attach a file (optional)"
        hint="PDF, JPG, PNG or Word document, up to 10MB."
        errorMessage="The selected file is empty"
        onChange={onChange}
        afterInput={<p>Uploading…</p>}
      />,
    )
    const input = screen.getByLabelText('Attach a file (optional)')
    expect(input).toHaveAttribute('type', 'file')
    // As GOV.UK's macro renders it with `javascript: true`, for its JavaScript to enhance.
    expect(input.parentElement).toHaveClass('govuk-file-upload-wrapper')
    expect(input.parentElement).toHaveAttribute('data-module', 'govuk-file-upload')
    expect(input.parentElement?.nextElementSibling).toHaveTextContent('Uploading…')
    expect(input).toHaveAttribute('id', 'message-file')
    expect(input).toHaveAttribute('name', 'file')
    expect(input).toHaveClass('govuk-file-upload', 'govuk-file-upload--error')
    expect(input).toHaveAttribute('aria-describedby', 'message-file-hint message-file-error')
    expect(container.firstElementChild).toHaveClass('govuk-form-group', 'govuk-form-group--error')
    expect(container.firstElementChild?.lastElementChild).toHaveTextContent('Uploading…')

    await userEvent.setup().upload(input, new File(['%PDF-1.4'], 'letter.pdf'))
    expect(onChange).toHaveBeenCalledOnce()
  })

  it('has no error class without an error', () => {
    render(<FileUpload name="file" label="Upload a file" />)
    const input = screen.getByLabelText('Upload a file')
    expect(input).not.toHaveClass('govuk-file-upload--error')
    expect(input).not.toHaveAttribute('aria-describedby')
  })
})

describe('Fieldset', () => {
  it('puts the legend in the h1 when it is the page heading', () => {
    render(
      <Fieldset legend="What is your address?" isPageHeading describedBy="address-hint">
        <p>Fields</p>
      </Fieldset>,
    )
    const group = screen.getByRole('group', { name: 'What is your address?' })
    expect(group).toHaveClass('govuk-fieldset')
    expect(group).toHaveAttribute('aria-describedby', 'address-hint')
    const heading = screen.getByRole('heading', { level: 1, name: 'What is your address?' })
    expect(heading).toHaveClass('govuk-fieldset__heading')
    expect(heading.parentElement).toHaveClass('govuk-fieldset__legend', 'govuk-fieldset__legend--l')
  })
})

describe('Radios', () => {
  it('groups the options in a fieldset described by hint and error', () => {
    const { container } = render(
      <Radios
        name="contact"
        legend="How should we contact you?"
        hint="Select one option"
        errorMessage="Select how we should contact you"
        items={[
          { value: 'email', label: 'Email' },
          { value: 'phone', label: 'Phone', hint: 'We call between 9am and 5pm' },
          { divider: 'or' },
          { value: 'post', label: 'Post' },
        ]}
      />,
    )
    const group = screen.getByRole('group', { name: 'How should we contact you?' })
    expect(group).toHaveAttribute('aria-describedby', 'contact-hint contact-error')
    expect(container.firstElementChild).toHaveClass('govuk-form-group--error')
    expect(container.querySelector('.govuk-radios')).toHaveAttribute('data-module', 'govuk-radios')

    const email = screen.getByRole('radio', { name: 'Email' })
    expect(email).toHaveAttribute('id', 'contact')
    expect(email).toHaveClass('govuk-radios__input')
    const phone = screen.getByRole('radio', { name: 'Phone' })
    expect(phone).toHaveAttribute('id', 'contact-2')
    expect(phone).toHaveAttribute('aria-describedby', 'contact-2-item-hint')
    expect(container.querySelector('#contact-2-item-hint')).toHaveClass(
      'govuk-hint',
      'govuk-radios__hint',
    )
    expect(screen.getByText('or')).toHaveClass('govuk-radios__divider')
    // GOV.UK Frontend numbers options by position, the divider included.
    expect(screen.getByRole('radio', { name: 'Post' })).toHaveAttribute('id', 'contact-4')
  })

  it('reveals the conditional content of the selected option', async () => {
    const user = userEvent.setup()
    const onChange = vi.fn()
    render(
      <Radios
        name="contact"
        legend="How should we contact you?"
        onChange={onChange}
        items={[
          {
            value: 'email',
            label: 'Email',
            conditional: <TextInput name="contactEmail" label="Email address" />,
          },
          { value: 'phone', label: 'Phone' },
        ]}
      />,
    )
    const email = screen.getByRole('radio', { name: 'Email' })
    expect(email).toHaveAttribute('aria-controls', 'conditional-contact')
    const conditional = document.getElementById('conditional-contact')
    expect(conditional).toHaveClass(
      'govuk-radios__conditional',
      'govuk-radios__conditional--hidden',
    )

    await user.click(email)
    expect(email).toBeChecked()
    expect(conditional).not.toHaveClass('govuk-radios__conditional--hidden')
    expect(onChange).toHaveBeenLastCalledWith('email')

    await user.click(screen.getByRole('radio', { name: 'Phone' }))
    expect(conditional).toHaveClass('govuk-radios__conditional--hidden')
  })
})

describe('Checkboxes', () => {
  it('describes each checkbox by the group hint when there is no fieldset', () => {
    render(
      <Checkboxes
        name="terms"
        hint="You must agree to continue"
        items={[{ value: 'yes', label: 'I agree to the terms' }]}
      />,
    )
    expect(screen.getByRole('checkbox', { name: 'I agree to the terms' })).toHaveAttribute(
      'aria-describedby',
      'terms-hint',
    )
  })

  it('describes the fieldset, not the items, when there is a legend', () => {
    const { container } = render(
      <Checkboxes
        name="support"
        legend="What support do you need?"
        hint="Select all that apply"
        errorMessage="Select the support you need"
        items={[
          { value: 'therapy', label: 'Therapy', hint: 'Paid for by the ASF' },
          { value: 'training', label: 'Training' },
        ]}
      />,
    )
    expect(screen.getByRole('group', { name: 'What support do you need?' })).toHaveAttribute(
      'aria-describedby',
      'support-hint support-error',
    )
    expect(screen.getByRole('checkbox', { name: 'Therapy' })).toHaveAttribute(
      'aria-describedby',
      'support-item-hint',
    )
    expect(screen.getByRole('checkbox', { name: 'Training' })).not.toHaveAttribute(
      'aria-describedby',
    )
    expect(container.querySelector('.govuk-checkboxes')).toHaveAttribute(
      'data-module',
      'govuk-checkboxes',
    )
  })

  it('clears the other options when the exclusive one is selected, and the other way round', async () => {
    const user = userEvent.setup()
    render(
      <Checkboxes
        name="needs"
        legend="Does your child need help with any of these?"
        items={[
          { value: 'school', label: 'School' },
          { value: 'sleep', label: 'Sleep' },
          { divider: 'or' },
          { value: 'none', label: 'No, none of these', exclusive: true },
        ]}
      />,
    )
    const school = screen.getByRole('checkbox', { name: 'School' })
    const none = screen.getByRole('checkbox', { name: 'No, none of these' })
    expect(none).toHaveAttribute('data-behaviour', 'exclusive')

    await user.click(school)
    await user.click(screen.getByRole('checkbox', { name: 'Sleep' }))
    await user.click(none)
    expect(none).toBeChecked()
    expect(school).not.toBeChecked()

    await user.click(school)
    expect(school).toBeChecked()
    expect(none).not.toBeChecked()
  })
})

describe('DateInput', () => {
  it('is a group of day, month and year fields described by hint and error', () => {
    const { container } = render(
      <DateInput
        id="adoption-order-date"
        namePrefix="adoptionOrderDate"
        legend="When was the adoption order made?"
        hint="For example, 27 3 2019"
        errorMessage="The date of the adoption order must include a year"
        errorFields={['year']}
      />,
    )
    const group = screen.getByRole('group', { name: 'When was the adoption order made?' })
    expect(group).toHaveAttribute(
      'aria-describedby',
      'adoption-order-date-hint adoption-order-date-error',
    )
    expect(container.querySelector('.govuk-date-input')).toHaveAttribute(
      'id',
      'adoption-order-date',
    )

    const day = screen.getByRole('textbox', { name: 'Day' })
    expect(day).toHaveAttribute('id', 'adoption-order-date-day')
    expect(day).toHaveAttribute('name', 'adoptionOrderDate-day')
    expect(day).toHaveAttribute('inputmode', 'numeric')
    expect(day).toHaveClass('govuk-input', 'govuk-date-input__input', 'govuk-input--width-2')
    expect(day).not.toHaveClass('govuk-input--error')
    const year = screen.getByRole('textbox', { name: 'Year' })
    expect(year).toHaveClass('govuk-input--width-4', 'govuk-input--error')
  })

  it('highlights every field when the error is about the whole date', () => {
    render(
      <DateInput
        id="dob"
        legend="Date of birth"
        errorMessage="Enter a date of birth"
        autoCompletePrefix="bday"
      />,
    )
    for (const name of ['Day', 'Month', 'Year']) {
      expect(screen.getByRole('textbox', { name })).toHaveClass('govuk-input--error')
    }
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveAttribute(
      'autocomplete',
      'bday-month',
    )
    expect(screen.getByRole('textbox', { name: 'Month' })).toHaveAttribute('name', 'month')
  })
})

describe('ErrorSummary', () => {
  it('says "There is a problem", takes focus on mount and links to the fields', () => {
    render(
      <ErrorSummary
        errorList={[
          { href: '#email', text: 'Enter an email address' },
          { href: '#dob-day', text: 'Date of birth must include a day' },
        ]}
      />,
    )
    const alert = screen.getByRole('alert')
    const summary = alert.parentElement
    expect(summary).toHaveClass('govuk-error-summary')
    expect(summary).toHaveAttribute('data-module', 'govuk-error-summary')
    expect(summary).toHaveFocus()
    expect(
      within(alert).getByRole('heading', { level: 2, name: 'There is a problem' }),
    ).toHaveClass('govuk-error-summary__title')
    expect(within(alert).getByRole('list')).toHaveClass('govuk-list', 'govuk-error-summary__list')
    expect(screen.getByRole('link', { name: 'Enter an email address' })).toHaveAttribute(
      'href',
      '#email',
    )
  })

  it('does not take focus when auto focus is disabled', () => {
    render(
      <ErrorSummary
        disableAutoFocus
        errorList={[{ href: '#email', text: 'Enter an email address' }]}
      />,
    )
    expect(screen.getByRole('alert').parentElement).not.toHaveFocus()
  })

  it('moves focus to the field when a link is followed', async () => {
    const user = userEvent.setup()
    render(
      <>
        <ErrorSummary errorList={[{ href: '#email', text: 'Enter an email address' }]} />
        <TextInput name="email" label="Email address" errorMessage="Enter an email address" />
      </>,
    )
    await user.click(screen.getByRole('link', { name: 'Enter an email address' }))
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveFocus()
  })
})

describe('Button', () => {
  it('is a submit button with the GOV.UK classes and module', () => {
    render(<Button preventDoubleClick>Continue</Button>)
    const button = screen.getByRole('button', { name: 'Continue' })
    expect(button).toHaveAttribute('type', 'submit')
    expect(button).toHaveClass('govuk-button')
    expect(button).toHaveAttribute('data-module', 'govuk-button')
    expect(button).toHaveAttribute('data-prevent-double-click', 'true')
  })

  it('marks a disabled button for assistive technologies', () => {
    render(
      <Button variant="secondary" type="button" disabled>
        Save as draft
      </Button>,
    )
    const button = screen.getByRole('button', { name: 'Save as draft' })
    expect(button).toBeDisabled()
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAttribute('type', 'button')
    expect(button).toHaveClass('govuk-button', 'govuk-button--secondary')
  })

  it('renders a start button as a link with role="button" and a hidden arrow', () => {
    renderWithRouter(
      <Button href="/sign-in" isStartButton>
        Start now
      </Button>,
    )
    const start = screen.getByRole('button', { name: 'Start now' })
    expect(start.tagName).toBe('A')
    expect(start).toHaveAttribute('href', '/sign-in')
    expect(start).toHaveAttribute('draggable', 'false')
    expect(start).toHaveClass('govuk-button', 'govuk-button--start')
    const icon = start.querySelector('svg')
    expect(icon).toHaveClass('govuk-button__start-icon')
    expect(icon).toHaveAttribute('aria-hidden', 'true')
    expect(icon).toHaveAttribute('focusable', 'false')
  })
})

describe('Select', () => {
  it('labels the select, lists its options and shows its error', async () => {
    const onChange = vi.fn()
    const user = userEvent.setup()
    const { container } = render(
      <Select
        name="staffUserId"
        label="Member of staff"
        hint="Only staff who work on cases"
        errorMessage="Select the member of staff"
        options={[
          { value: '', text: 'Select a member of staff' },
          { value: 'priya', text: 'Priya Shah' },
          { value: 'tom', text: 'Tom Hughes' },
        ]}
        value=""
        onChange={(event) => {
          onChange(event.target.value)
        }}
      />,
    )
    const select = screen.getByRole('combobox', { name: 'Member of staff' })
    expect(select).toHaveAttribute('id', 'staffUserId')
    expect(select).toHaveClass('govuk-select', 'govuk-select--error')
    expect(select).toHaveAccessibleDescription(
      'Only staff who work on cases Error: Select the member of staff',
    )
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Select a member of staff', 'Priya Shah', 'Tom Hughes'])
    expect(container.firstElementChild).toHaveClass('govuk-form-group--error')
    await user.selectOptions(select, 'Tom Hughes')
    expect(onChange).toHaveBeenCalledWith('tom')
  })
})

describe('Textarea', () => {
  it('labels the textarea with five rows and joins hint and error ids', () => {
    render(
      <Textarea
        name="reason"
        label="Reason"
        hint="Keep it short"
        errorMessage="Enter the reason"
      />,
    )
    const textarea = screen.getByRole('textbox', { name: 'Reason' })
    expect(textarea.tagName).toBe('TEXTAREA')
    expect(textarea).toHaveAttribute('rows', '5')
    expect(textarea).toHaveClass('govuk-textarea', 'govuk-textarea--error')
    expect(textarea).toHaveAttribute('aria-describedby', 'reason-hint reason-error')
  })
})
