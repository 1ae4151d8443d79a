import { addChildSchema } from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths, pathTo } from '../../../app/paths.ts'
import { Button } from '../../../components/button.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { useAddChild } from '../api/add-child.ts'
import { familyQueries, parseFamilyId } from '../api/get-family.ts'
import { ChildFields, childValuesOf, useChildForm } from '../components/child-form.tsx'
import { FamilyRecordFormPage } from '../components/family-record-form-page.tsx'
import { familyName } from '../components/family-summary.tsx'

/** `/families/:familyId/children/new`: add a child to a family's record. */
export function AddChildPage() {
  const familyId = parseFamilyId(useParams())
  const { data: family } = useSuspenseQuery(familyQueries.detail(familyId))
  const childForm = useChildForm(childValuesOf())
  const { form } = childForm
  const familyHref = pathTo(paths.family, { familyId })
  const { onSubmit } = useFormSubmit(form, {
    validate: () => childForm.validate(addChildSchema),
    mutation: useAddChild(familyId),
    navigateTo: () => ({ to: familyHref, state: noticeState('child-added') }),
    onError: childForm.showApiError,
  })

  return (
    <FamilyRecordFormPage
      familyId={familyId}
      form={form}
      caption={familyName(family)}
      title="Add a child"
    >
      <form noValidate onSubmit={onSubmit}>
        <ChildFields childForm={childForm} />
        <Button>Add child</Button>
      </form>
    </FamilyRecordFormPage>
  )
}
