import { contactMethodNames, contactMethods } from '@asp/bff/contract'
import { useState } from 'react'
import { Radios } from '../../../../components/radios.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { useFormErrors } from '../../../../lib/form-errors.tsx'
import { QuestionLayout } from '../components/question-layout.tsx'
import { contactAnswerSchema, useAnswerStep, useSaveAnswers } from './ask-for-support-journey.ts'

const title = 'How and when should we contact you?'
const fields = ['contactMethod', 'contactPhone', 'contactTimes'] as const

/**
 * `/support/ask/contact`: how to contact them (a telephone number is asked for when they choose
 * phone) and, if they like, when suits them.
 */
export function ContactPage() {
  const step = useAnswerStep('contact')
  const [values, setValues] = useState(() => ({
    contactMethod: step.draft?.contactMethod as string | undefined,
    contactPhone: step.draft?.contactPhone ?? '',
    contactTimes: step.draft?.contactTimes ?? '',
  }))
  const form = useFormErrors(fields)
  const { onSubmit } = useSaveAnswers(step, form, {
    schema: contactAnswerSchema,
    values: () => ({
      contactMethod: values.contactMethod,
      // A number typed before choosing another way is not checked, nor kept.
      contactPhone: values.contactMethod === 'phone' ? values.contactPhone : undefined,
      contactTimes: values.contactTimes,
    }),
  })

  return (
    <QuestionLayout title={title} backHref={step.backHref} form={form} onSubmit={onSubmit}>
      <h1 className="govuk-heading-l">{title}</h1>
      <Radios
        name="contactMethod"
        legend="How should we contact you?"
        legendClassName="govuk-fieldset__legend--m"
        value={values.contactMethod}
        onChange={(contactMethod) => {
          setValues({ ...values, contactMethod })
        }}
        errorMessage={form.errorFor('contactMethod')}
        items={contactMethods.map((method) => ({
          value: method,
          label: contactMethodNames[method],
          hint:
            method === 'email'
              ? 'We will email the address you sign in with.'
              : method === 'portal'
                ? 'We will reply here, in your requests.'
                : undefined,
          conditional:
            method === 'phone' ? (
              <TextInput
                name="contactPhone"
                label="Telephone number"
                hint="For international numbers include the country code"
                type="tel"
                autoComplete="tel"
                className="govuk-input--width-20"
                value={values.contactPhone}
                errorMessage={form.errorFor('contactPhone')}
                onChange={(event) => {
                  setValues({ ...values, contactPhone: event.target.value })
                }}
              />
            ) : undefined,
        }))}
      />
      <Textarea
        name="contactTimes"
        label="When is a good time to contact you? (optional)"
        labelClassName="govuk-label--m"
        hint="For example, weekday mornings, or not while the children are at home after school."
        rows={3}
        value={values.contactTimes}
        errorMessage={form.errorFor('contactTimes')}
        onChange={(event) => {
          setValues({ ...values, contactTimes: event.target.value })
        }}
      />
    </QuestionLayout>
  )
}
