import { updateChildSchema } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useParams } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths, pathTo } from '../../../app/paths.ts'
import { Button } from '../../../components/button.tsx'
import { useFormSubmit } from '../../../lib/use-form-submit.ts'
import { familyQueries, getChildById, parseChildParams } from '../api/get-family.ts'
import { useUpdateChild } from '../api/update-child.ts'
import { ChildFields, childValuesOf, useChildForm } from '../components/child-form.tsx'
import { FamilyRecordFormPage } from '../components/family-record-form-page.tsx'

/**
 * `/families/:familyId/children/:childId`: change a child's name, date of birth or date of the
 * adoption order. If someone else changed the child first, the page says so and loads their
 * version, and the next change is made against it.
 */
export function ChangeChildPage() {
  const { familyId, childId } = parseChildParams(useParams())
  const { data: family } = useSuspenseQuery(familyQueries.detail(familyId))
  const child = getChildById(family, childId)
  const childForm = useChildForm(childValuesOf(child))
  const [version, setVersion] = useState(child.version)
  const { form } = childForm
  const queryClient = useQueryClient()
  const familyHref = pathTo(paths.family, { familyId })
  const { onSubmit } = useFormSubmit(form, {
    validate: () => childForm.validate(updateChildSchema, { version }),
    mutation: useUpdateChild(familyId, childId),
    navigateTo: () => ({ to: familyHref, state: noticeState('child-updated') }),
    reloadAfterConflict: async () => {
      const latest = await queryClient.fetchQuery({
        ...familyQueries.detail(familyId),
        staleTime: 0,
      })
      const latestChild = getChildById(latest, childId)
      childForm.setValues(childValuesOf(latestChild))
      setVersion(latestChild.version)
    },
    onError: childForm.showApiError,
  })

  return (
    <FamilyRecordFormPage
      familyId={familyId}
      form={form}
      caption={`${child.firstName} ${child.lastName}`}
      title="Change a child’s details"
    >
      <form noValidate onSubmit={onSubmit}>
        <ChildFields childForm={childForm} />
        <Button>Save changes</Button>
      </form>
    </FamilyRecordFormPage>
  )
}
