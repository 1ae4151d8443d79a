import { urgencies, urgencyChoiceNames } from '@asp/bff/contract'
import { useState } from 'react'
import { Radios } from '../../../../components/radios.tsx'
import { useFormErrors } from '../../../../lib/form-errors.tsx'
import { EmergencyWarning } from '../components/emergency-warning.tsx'
import { QuestionLayout } from '../components/question-layout.tsx'
import { urgencyAnswerSchema, useAnswerStep, useSaveAnswers } from './ask-for-support-journey.ts'

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
  const { onSubmit } = useSaveAnswers(step, form, {
    schema: urgencyAnswerSchema,
    values: () => ({ urgency }),
  })

  return (
    <QuestionLayout title={question} backHref={step.backHref} form={form} onSubmit={onSubmit}>
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
