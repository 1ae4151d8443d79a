import { urgencies, urgencyChoiceNames } from '@asp/bff/contract'
import { useState, type FormEvent } from 'react'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Radios } from '../../../components/radios.tsx'
import { useFormErrors } from '../../../lib/form-errors.tsx'
import { EmergencyWarning } from '../components/emergency-warning.tsx'
import { QuestionLayout } from '../components/question-layout.tsx'
import { urgencyAnswerSchema, useAnswerStep } from './ask-for-support-journey.ts'

const question = 'How urgent is it?'

/**
 * `/support/ask/how-urgent`: how soon they need help, under the warning to call 999 in an
 * emergency. The warning sits between the heading and the options, so the heading is the page's
 * `<h1>` and the legend repeats the question for screen readers.
 */
export function UrgencyPage() {
  const step = useAnswerStep('urgency')
  const [urgency, setUrgency] = useState<string | undefined>(() => step.draft?.urgency)
  const form = useFormErrors(['urgency'] as const)
  usePageTitle(question, { hasError: form.hasErrors })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const parsed = urgencyAnswerSchema.safeParse({ urgency })
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    step.save(parsed.data, form)
  }

  return (
    <QuestionLayout backHref={step.backHref} form={form} onSubmit={submit}>
      <h1 className="govuk-heading-l">{question}</h1>
      <EmergencyWarning />
      <Radios
        name="urgency"
        legend={question}
        legendClassName="govuk-visually-hidden"
        value={urgency}
        onChange={setUrgency}
        errorMessage={form.errorFor('urgency')}
        items={urgencies.map((value) => ({ value, label: urgencyChoiceNames[value] }))}
      />
    </QuestionLayout>
  )
}
