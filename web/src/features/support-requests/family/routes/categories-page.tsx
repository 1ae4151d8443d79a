import { useState } from 'react'
import { Checkboxes } from '../../../../components/checkboxes.tsx'
import { useFormErrors } from '../../../../lib/form-errors.tsx'
import { QuestionLayout } from '../components/question-layout.tsx'
import {
  categoriesAnswerSchema,
  categoriesFor,
  useAnswerStep,
  useSaveAnswers,
} from './ask-for-support-journey.ts'
import { categoryNameFor } from './support-request-roles.ts'

const question = 'What do you need help with?'

/**
 * `/support/ask/what-about`: what the help is about. Adoptive parents and birth relatives choose
 * from different lists.
 */
export function CategoriesPage() {
  const step = useAnswerStep('categories')
  const choices = categoriesFor(step.role)
  const categoryName = categoryNameFor(step.role)
  const [categories, setCategories] = useState<string[]>(() =>
    (step.draft?.categories ?? []).filter((category) => choices.includes(category)),
  )
  const form = useFormErrors(['categories'] as const)
  const { onSubmit } = useSaveAnswers(step, form, {
    schema: categoriesAnswerSchema,
    values: () => ({ categories }),
  })

  return (
    <QuestionLayout title={question} backHref={step.backHref} form={form} onSubmit={onSubmit}>
      <Checkboxes
        name="categories"
        legend={question}
        isPageHeading
        hint="Select all that apply."
        values={categories}
        onChange={setCategories}
        errorMessage={form.errorFor('categories')}
        items={choices.map((category) => ({
          value: category,
          label: categoryName(category),
        }))}
      />
    </QuestionLayout>
  )
}
