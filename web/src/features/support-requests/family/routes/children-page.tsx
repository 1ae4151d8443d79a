import { useState } from 'react'
import { Checkboxes } from '../../../../components/checkboxes.tsx'
import { useFormErrors } from '../../../../lib/form-errors.tsx'
import { QuestionLayout } from '../components/question-layout.tsx'
import {
  childrenAnswerSchema,
  noChild,
  useAnswerStep,
  useSaveAnswers,
} from './ask-for-support-journey.ts'

const question = 'Which of your children is it about?'

/**
 * `/support/ask/children`: which of the family's children the request is about, by first name, or
 * none in particular. Adoptive parents only.
 */
export function ChildrenPage() {
  const step = useAnswerStep('children')
  const [selected, setSelected] = useState<string[]>(() => {
    const childIds = step.draft?.childIds
    if (childIds === undefined) {
      return []
    }
    const known = childIds.filter((id) => step.children.some((child) => child.id === id))
    return known.length === 0 ? [noChild] : known
  })
  const form = useFormErrors(['childIds'] as const)
  const { onSubmit } = useSaveAnswers(step, form, {
    schema: childrenAnswerSchema,
    values: () => ({ childIds: selected }),
  })

  return (
    <QuestionLayout title={question} backHref={step.backHref} form={form} onSubmit={onSubmit}>
      <Checkboxes
        name="childIds"
        legend={question}
        isPageHeading
        hint="Select all that apply."
        values={selected}
        onChange={setSelected}
        errorMessage={form.errorFor('childIds')}
        items={[
          ...step.children.map((child) => ({ value: child.id, label: child.firstName })),
          { divider: 'or' },
          { value: noChild, label: 'It is not about a particular child', exclusive: true },
        ]}
      />
    </QuestionLayout>
  )
}
