import { addChildSchema } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import type { FormEvent } from 'react'
import { useNavigate, useParams } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { FormErrorSummary } from '../../../lib/form-errors.tsx'
import { useAddChild } from '../api/add-child.ts'
import { familyQueries, parseFamilyId } from '../api/get-family.ts'
import { ChildFields, childValuesOf, useChildForm } from '../components/child-form.tsx'
import { familyName } from '../components/family-summary.tsx'

/** `/families/:familyId/children/new`: add a child to a family's record. */
export function AddChildPage() {
  const familyId = parseFamilyId(useParams())
  const { data: family } = useSuspenseQuery(familyQueries.detail(familyId))
  const childForm = useChildForm(childValuesOf())
  const { form } = childForm
  const addChild = useAddChild(familyId)
  const navigate = useNavigate()
  const familyHref = pathTo(paths.family, { familyId })
  usePageTitle('Add a child', { hasError: form.hasErrors })

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (addChild.isPending) {
      return
    }
    const body = childForm.validate(addChildSchema)
    if (body === undefined) {
      return
    }
    addChild.mutate(body, {
      onSuccess: () => {
        void navigate(familyHref, { state: noticeState('child-added') })
      },
      onError: (error) => {
        childForm.showApiError(error)
      },
    })
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={familyHref}>Back to the family record</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">{familyName(family)}</span>
        <h1 className="govuk-heading-l">Add a child</h1>
        <form noValidate onSubmit={submit}>
          <ChildFields childForm={childForm} />
          <Button>Add child</Button>
        </form>
      </div>
    </div>
  )
}
