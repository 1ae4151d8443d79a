import { useState, type FormEvent } from 'react'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { Checkboxes } from '../../../components/checkboxes.tsx'
import { useFormErrors } from '../../../lib/form-errors.tsx'
import { QuestionLayout } from '../components/question-layout.tsx'
import { categoriesAnswerSchema, categoriesFor, useAnswerStep } from './ask-for-support-journey.ts'
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
  usePageTitle(question, { hasError: form.hasErrors })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const parsed = categoriesAnswerSchema.safeParse({ categories })
    if (!parsed.success) {
      form.showValidationError(parsed.error)
      return
    }
    step.save(parsed.data, form)
  }

  return (
    <QuestionLayout backHref={step.backHref} form={form} onSubmit={submit}>
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
