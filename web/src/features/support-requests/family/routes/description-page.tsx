import { useState } from 'react'
import { useFormErrors } from '../../../../lib/form-errors.tsx'
import { CharacterCount } from '../../../../components/character-count.tsx'
import { QuestionLayout } from '../components/question-layout.tsx'
import {
  descriptionAnswerSchema,
  useAnswerStep,
  useSaveAnswers,
} from './ask-for-support-journey.ts'

const question = 'What is happening?'

/** `/support/ask/what-is-happening`: what is happening, in their own words. */
export function DescriptionPage() {
  const step = useAnswerStep('description')
  const [description, setDescription] = useState(() => step.draft?.description ?? '')
  const form = useFormErrors(['description'] as const)
  const { onSubmit } = useSaveAnswers(step, form, {
    schema: descriptionAnswerSchema,
    values: () => ({ description }),
  })

  return (
    <QuestionLayout title={question} backHref={step.backHref} form={form} onSubmit={onSubmit}>
      <CharacterCount
        name="description"
        label={question}
        labelClassName="govuk-label--l"
        isPageHeading
        hint={
          step.role === 'adopter'
            ? 'Tell us in your own words what is happening and what help you would like. Include anything that has changed recently, and what you have tried already.'
            : 'Tell us in your own words what is happening and what help you would like.'
        }
        rows={10}
        maxLength={5000}
        value={description}
        errorMessage={form.errorFor('description')}
        onChange={(event) => {
          setDescription(event.target.value)
        }}
      />
    </QuestionLayout>
  )
}
