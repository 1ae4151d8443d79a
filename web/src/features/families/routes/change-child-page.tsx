import { useState } from 'react'
import { updateChildSchema } from '@asp/bff/contract'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import type { FormEvent } from 'react'
import { useNavigate, useParams } from 'react-router'
import { noticeState } from '../../../app/notices.tsx'
import { paths, pathTo } from '../../../app/paths.ts'
import { usePageTitle } from '../../../app/use-page-title.ts'
import { BackLink } from '../../../components/back-link.tsx'
import { Button } from '../../../components/button.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { FormErrorSummary } from '../../../lib/form-errors.tsx'
import { familyQueries, getChildById, parseChildParams } from '../api/get-family.ts'
import { useUpdateChild } from '../api/update-child.ts'
import { ChildFields, childValuesOf, useChildForm } from '../components/child-form.tsx'

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
  const updateChild = useUpdateChild(familyId, childId)
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const familyHref = pathTo(paths.family, { familyId })
  usePageTitle('Change a child’s details', { hasError: form.hasErrors })

  async function reloadAfterConflict(message: string) {
    const latest = await queryClient.fetchQuery({ ...familyQueries.detail(familyId), staleTime: 0 })
    const latestChild = getChildById(latest, childId)
    childForm.setValues(childValuesOf(latestChild))
    setVersion(latestChild.version)
    form.showErrors({}, [
      `${message}. We have loaded their changes: check the details and make your changes again.`,
    ])
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (updateChild.isPending) {
      return
    }
    const body = childForm.validate(updateChildSchema, { version })
    if (body === undefined) {
      return
    }
    updateChild.mutate(body, {
      onSuccess: () => {
        void navigate(familyHref, { state: noticeState('child-updated') })
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 409) {
          reloadAfterConflict(error.message.replace(/\.$/, '')).catch((reloadError: unknown) => {
            childForm.showApiError(reloadError)
          })
        } else {
          childForm.showApiError(error)
        }
      },
    })
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={familyHref}>Back to the family record</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">
          {child.firstName} {child.lastName}
        </span>
        <h1 className="govuk-heading-l">Change a child’s details</h1>
        <form noValidate onSubmit={submit}>
          <ChildFields childForm={childForm} />
          <Button>Save changes</Button>
        </form>
      </div>
    </div>
  )
}
