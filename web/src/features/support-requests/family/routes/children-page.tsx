import { useState, type FormEvent } from 'react'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Checkboxes } from '../../../components/checkboxes.tsx'
import { useFormErrors } from '../../../lib/form-errors.tsx'
import { QuestionLayout } from '../components/question-layout.tsx'
import { childrenAnswerSchema, noChild, useAnswerStep } from './ask-for-support-journey.ts'

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
  usePageTitle(question, { hasError: form.hasErrors })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const parsed = childrenAnswerSchema.safeParse({ childIds: selected })
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    step.save(parsed.data, form)
  }

  return (
    <QuestionLayout backHref={step.backHref} form={form} onSubmit={submit}>
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
