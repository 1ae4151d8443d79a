import {
  agreementDirectionNames,
  agreementDirections,
  monthNames,
  partyRelationshipNames,
  partyRelationships,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useParams } from 'react-router'
import { paths, pathTo } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { Checkboxes } from '../../../../components/checkboxes.tsx'
import { DateInput, type DatePart } from '../../../../components/date-input.tsx'
import { Link } from '../../../../components/link.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { Select } from '../../../../components/select.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useCreateContactAgreement } from '../api/create-contact-agreement.ts'
import { childLetterboxQueries } from '../api/get-child-letterbox.ts'
import { parseChildId } from '../api/letterbox-staff-keys.ts'
import { letterboxStaffNoticeState } from '../components/letterbox-staff-notice.tsx'
import {
  agreementErrorsOf,
  agreementFormFields,
  checkAgreementForm,
  emptyAgreementValues,
  partyField,
  sentPartyIds,
  type AgreementFormValues,
  type PartyValues,
} from './new-agreement-values.ts'

/**
 * `/children/:childId/letterbox/new-agreement`: make a contact agreement for a child on one page:
 * the birth relatives who are party to it (with how each is named in letters), who writes, the
 * months letters are due, what may be sent, the names used in letters, words the check watches
 * for, reminders and the start date.
 */
export function NewAgreementPage() {
  const childId = parseChildId(useParams())
  const { data: letterbox } = useSuspenseQuery(childLetterboxQueries.child(childId))
  const relatives = letterbox.birthRelatives
  const [values, setValues] = useState<AgreementFormValues>(() => emptyAgreementValues(relatives))
  const [dateErrorParts, setDateErrorParts] = useState<DatePart[] | undefined>()
  // The birth relatives in the order they were sent, to put the API's messages on their fields.
  const sent = useRef<string[]>([])
  const form = useFormErrors(agreementFormFields(relatives), {
    fieldIds: { startsOn: `startsOn-${dateErrorParts?.[0] ?? 'day'}` },
  })
  const letterboxHref = pathTo(paths.childLetterbox, { childId })
  usePageTitle('Make a contact agreement', { hasError: form.hasErrors })

  function change<F extends keyof AgreementFormValues>(field: F, value: AgreementFormValues[F]) {
    setValues((previous) => ({ ...previous, [field]: value }))
  }

  function changeParty(id: string, change: Partial<PartyValues>) {
    setValues((previous) => ({
      ...previous,
      partyDetails: {
        ...previous.partyDetails,
        [id]: { relationship: '', exchangeName: '', ...previous.partyDetails[id], ...change },
      },
    }))
  }

  const { onSubmit } = useFormSubmit(form, {
    validate: () => {
      const checked = checkAgreementForm(childId, values, relatives)
      setDateErrorParts(checked.dateErrorParts)
      if (checked.body === undefined) {
        form.showErrors(checked.errors, checked.problems)
        return undefined
      }
      sent.current = sentPartyIds(values, relatives)
      form.clear()
      return checked.body
    },
    mutation: useCreateContactAgreement(),
    navigateTo: (agreement) => ({
      to: pathTo(paths.contactAgreement, { agreementId: agreement.id }),
      state: letterboxStaffNoticeState('agreementMade'),
    }),
    onError: (error) => {
      if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
        const { errors, problems } = agreementErrorsOf(error.fieldErrors, sent.current)
        setDateErrorParts(undefined)
        form.showErrors(errors, problems)
        return
      }
      form.showApiError(error)
    },
  })

  const text = (field: 'childExchangeName' | 'familyExchangeName') => ({
    name: field,
    value: values[field],
    errorMessage: form.errorFor(field),
    autoComplete: 'off',
    onChange: (event: { target: { value: string } }) => {
      change(field, event.target.value)
    },
  })

  if (relatives.length === 0) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <BackLink href={letterboxHref}>Back to {letterbox.childName}’s letterbox</BackLink>
          <span className="govuk-caption-l">{letterbox.childName}</span>
          <h1 className="govuk-heading-l">Make a contact agreement</h1>
          <p className="govuk-body">
            No birth relatives are recorded for {letterbox.childName}. Add them to the family’s
            record first.
          </p>
          <p className="govuk-body">
            <Link to={pathTo(paths.family, { familyId: letterbox.familyId })}>
              Go to the family’s record
            </Link>
          </p>
        </div>
      </div>
    )
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={letterboxHref}>Back to {letterbox.childName}’s letterbox</BackLink>
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">
          {letterbox.childName}, {letterbox.familyReference}
        </span>
        <h1 className="govuk-heading-l">Make a contact agreement</h1>
        <form noValidate onSubmit={onSubmit}>
          <Checkboxes
            name="parties"
            legend="Which birth relatives are party to the agreement?"
            legendClassName="govuk-fieldset__legend--m"
            hint="Select all that apply"
            values={values.parties}
            errorMessage={form.errorFor('parties')}
            onChange={(parties) => {
              change('parties', parties)
            }}
            items={relatives.map((relative) => {
              const party = values.partyDetails[relative.id] ?? {
                relationship: '',
                exchangeName: '',
              }
              const relationshipId = partyField.relationship(relative.id)
              const exchangeNameId = partyField.exchangeName(relative.id)
              return {
                value: relative.id,
                label: relative.fullName,
                hint: relative.relationship,
                conditional: (
                  <>
                    <Select
                      name={relationshipId}
                      label={
                        <>
                          Relationship to the child
                          <span className="govuk-visually-hidden">: {relative.fullName}</span>
                        </>
                      }
                      value={party.relationship}
                      errorMessage={form.errorFor(relationshipId)}
                      onChange={(event) => {
                        changeParty(relative.id, { relationship: event.target.value })
                      }}
                      options={[
                        { value: '', text: 'Select a relationship' },
                        ...partyRelationships.map((relationship) => ({
                          value: relationship,
                          text: partyRelationshipNames[relationship],
                        })),
                      ]}
                    />
                    <TextInput
                      name={exchangeNameId}
                      label={
                        <>
                          Name the family will see
                          <span className="govuk-visually-hidden">: {relative.fullName}</span>
                        </>
                      }
                      hint="For example, “Birth mum, Sarah”. Only this name is shown to the family."
                      autoComplete="off"
                      value={party.exchangeName}
                      errorMessage={form.errorFor(exchangeNameId)}
                      onChange={(event) => {
                        changeParty(relative.id, { exchangeName: event.target.value })
                      }}
                    />
                  </>
                ),
              }
            })}
          />

          <Radios
            name="direction"
            legend="Who writes?"
            legendClassName="govuk-fieldset__legend--m"
            value={values.direction}
            errorMessage={form.errorFor('direction')}
            onChange={(direction) => {
              change('direction', direction)
            }}
            items={agreementDirections.map((direction) => ({
              value: direction,
              label: agreementDirectionNames[direction],
            }))}
          />

          <Checkboxes
            name="exchangeMonths"
            legend="Which months are letters due?"
            legendClassName="govuk-fieldset__legend--m"
            hint="Select all that apply"
            small
            values={values.exchangeMonths}
            errorMessage={form.errorFor('exchangeMonths')}
            onChange={(months) => {
              change('exchangeMonths', months)
            }}
            items={monthNames.map((month, index) => ({
              value: String(index + 1),
              label: month,
            }))}
          />

          <Checkboxes
            name="allowed"
            legend="What can be sent with letters?"
            legendClassName="govuk-fieldset__legend--m"
            hint="Select all that apply. Leave them all unticked for letters only."
            values={values.allowed}
            errorMessage={form.errorFor('allowed')}
            onChange={(allowed) => {
              change('allowed', allowed)
            }}
            items={[
              { value: 'photosAllowed', label: 'Photos' },
              { value: 'cardsAllowed', label: 'Cards' },
              { value: 'giftsAllowed', label: 'Gifts' },
            ]}
          />

          <TextInput
            {...text('childExchangeName')}
            label="Child’s name in the exchange"
            labelClassName="govuk-label--s"
            hint="Usually their first name. Birth relatives see only this name."
          />
          <TextInput
            {...text('familyExchangeName')}
            label="Family’s name in the exchange"
            labelClassName="govuk-label--s"
            hint="For example, “Maisie’s mum and dad”. Birth relatives see only this name."
          />
          <Textarea
            name="watchWords"
            label="Words to watch for (optional)"
            labelClassName="govuk-label--s"
            hint="One on each line. For example, the child’s school, nursery and clubs. The check highlights them in every letter."
            rows={4}
            value={values.watchWords}
            errorMessage={form.errorFor('watchWords')}
            onChange={(event) => {
              change('watchWords', event.target.value)
            }}
          />
          <TextInput
            name="reminderWeeks"
            label="Remind writers how many weeks before a letter is due?"
            labelClassName="govuk-label--s"
            className="govuk-input--width-2"
            inputMode="numeric"
            autoComplete="off"
            suffix="weeks"
            value={values.reminderWeeks}
            errorMessage={form.errorFor('reminderWeeks')}
            onChange={(event) => {
              change('reminderWeeks', event.target.value)
            }}
          />
          <DateInput
            id="startsOn"
            namePrefix="startsOn"
            legend="Date the agreement starts"
            legendClassName="govuk-fieldset__legend--s"
            hint="For example, 1 3 2026. Letters are scheduled from this month."
            value={values.startsOn}
            errorMessage={form.errorFor('startsOn')}
            errorFields={dateErrorParts}
            onChange={(startsOn) => {
              change('startsOn', startsOn)
            }}
          />
          <div className="govuk-button-group">
            <Button preventDoubleClick>Make agreement</Button>
            <Link to={letterboxHref}>Cancel</Link>
          </div>
        </form>
      </div>
    </div>
  )
}
