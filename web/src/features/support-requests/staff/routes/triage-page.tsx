import {
  triageDecisionNames,
  triageDecisions,
  triageSchema,
  type TriageDecision,
} from '@asp/bff/contract'
import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Button } from '../../../../components/button.tsx'
import { Checkboxes } from '../../../../components/checkboxes.tsx'
import { DateInput, type DatePart, type DateParts } from '../../../../components/date-input.tsx'
import { Radios } from '../../../../components/radios.tsx'
import { TextInput } from '../../../../components/text-input.tsx'
import { Textarea } from '../../../../components/textarea.tsx'
import { emptyDateParts, parseDateParts } from '../../../../lib/date-parts.ts'
import { fieldErrorsOf, useFormErrors } from '../../../../lib/form-errors.tsx'
import { londonDateTime, parseTimeOfDay } from '../../../../lib/london-time.ts'
import { supportSettingsQueries } from '../api/get-support-settings.ts'
import { supportRequestQueries } from '../api/get-support-request.ts'
import { useTriageSupportRequest } from '../api/triage-support-request.ts'
import { IfActionAllowed, RequestActionLayout, useRequestActionSubmit } from './request-action.tsx'

const fields = [
  'decision',
  'adviceCallAt',
  'adviceCallTime',
  'referredTo',
  'tier',
  'safeguarding',
  'reason',
] as const
type Field = (typeof fields)[number]

const safeguardingLabel = 'This is a safeguarding concern — the team manager will be alerted'

/**
 * `/support-line/requests/:supportRequestId/triage`: the duty team's decision on a request, with
 * its reason: advice, a group, duty support, a support and advice call (when), an assessment of
 * need, or a referral on (to whom). It may set the support tier and flag a safeguarding concern.
 */
export function TriagePage() {
  return (
    <IfActionAllowed
      action="triage"
      notAllowedTitle="You cannot record a triage decision for this request"
    >
      {(supportRequestId) => <TriageForm supportRequestId={supportRequestId} />}
    </IfActionAllowed>
  )
}

function TriageForm({ supportRequestId }: { supportRequestId: string }) {
  const { data: request } = useSuspenseQuery(supportRequestQueries.detail(supportRequestId))
  const {
    data: { tiers },
  } = useSuspenseQuery(supportSettingsQueries.current())
  const [values, setValues] = useState({
    decision: '',
    adviceCallDate: emptyDateParts as DateParts,
    adviceCallTime: '',
    referredTo: '',
    tier: request.tier === null ? '' : String(request.tier.level),
    safeguarding: request.safeguarding,
    reason: '',
  })
  const [dateErrorFields, setDateErrorFields] = useState<DatePart[] | undefined>()
  const form = useFormErrors(fields, {
    fieldIds: { adviceCallAt: `adviceCallAt-${dateErrorFields?.[0] ?? 'day'}` },
  })
  /** The call's date and time as an instant, or the messages for what cannot be one. */
  function adviceCall(): { adviceCallAt?: string; errors: Partial<Record<Field, string>> } {
    const date = parseDateParts(values.adviceCallDate, {
      date: 'Date of the call',
      year: 'Year of the call',
    })
    const time = parseTimeOfDay(values.adviceCallTime)
    const errors: Partial<Record<Field, string>> = {}
    if (date.kind === 'empty') {
      errors.adviceCallAt = 'Enter the date of the call'
      setDateErrorFields(undefined)
    } else if (date.kind === 'invalid') {
      errors.adviceCallAt = date.message
      setDateErrorFields(date.fields)
    } else {
      setDateErrorFields(undefined)
    }
    if (time.kind === 'empty') {
      errors.adviceCallTime = 'Enter the time of the call'
    } else if (time.kind === 'invalid') {
      errors.adviceCallTime = 'Enter the time of the call, like 10:30am or 2pm'
    }
    if (date.kind === 'date' && time.kind === 'time') {
      return { adviceCallAt: londonDateTime(date.value, time.hours, time.minutes), errors }
    }
    return { errors }
  }

  /** The decision to send, or `undefined` once the form shows what is wrong. */
  function validate() {
    const decision = values.decision as TriageDecision | ''
    const call =
      decision === 'book_advice_call' ? adviceCall() : { adviceCallAt: undefined, errors: {} }
    const parsed = triageSchema.safeParse({
      version: request.version,
      decision: decision || undefined,
      reason: values.reason,
      tier: values.tier === '' ? undefined : Number(values.tier),
      safeguarding: values.safeguarding,
      adviceCallAt: call.adviceCallAt,
      referredTo: decision === 'refer_on' ? values.referredTo : undefined,
    })
    const hasCallErrors = Object.keys(call.errors).length > 0
    if (!parsed.success || hasCallErrors) {
      const schemaErrors = parsed.success ? {} : fieldErrorsOf(parsed.error)
      if (hasCallErrors) {
        // The date and time say more than the schema's "Enter the date and time of the call".
        delete schemaErrors.adviceCallAt
      }
      form.showErrors({ ...schemaErrors, ...call.errors })
      return undefined
    }
    return parsed.data
  }

  const { onSubmit } = useRequestActionSubmit(form, supportRequestId, 'triaged', {
    validate,
    mutation: useTriageSupportRequest(supportRequestId),
  })

  const adviceCallFields = (
    <>
      <DateInput
        id="adviceCallAt"
        namePrefix="adviceCallAt"
        legend="Date of the call"
        legendClassName="govuk-fieldset__legend--s"
        hint="For example, 14 10 2026"
        value={values.adviceCallDate}
        errorMessage={form.errorFor('adviceCallAt')}
        errorFields={dateErrorFields}
        onChange={(adviceCallDate) => {
          setValues({ ...values, adviceCallDate })
        }}
      />
      <TextInput
        name="adviceCallTime"
        label="Time of the call"
        labelClassName="govuk-label--s"
        hint="UK time. For example, 10:30am or 2pm"
        className="govuk-input--width-5"
        autoComplete="off"
        spellCheck={false}
        value={values.adviceCallTime}
        errorMessage={form.errorFor('adviceCallTime')}
        onChange={(event) => {
          setValues({ ...values, adviceCallTime: event.target.value })
        }}
      />
    </>
  )

  const referredToField = (
    <TextInput
      name="referredTo"
      label="Who it was referred to"
      hint="For example, the children’s services front door, or the child and adolescent mental health service"
      value={values.referredTo}
      errorMessage={form.errorFor('referredTo')}
      onChange={(event) => {
        setValues({ ...values, referredTo: event.target.value })
      }}
    />
  )

  return (
    <RequestActionLayout request={request} form={form} title="Record a triage decision">
      <form noValidate onSubmit={onSubmit}>
        <Radios
          name="decision"
          legend="What is the decision?"
          legendClassName="govuk-fieldset__legend--m"
          value={values.decision}
          errorMessage={form.errorFor('decision')}
          onChange={(decision) => {
            setValues({ ...values, decision })
          }}
          items={triageDecisions.map((decision) => ({
            value: decision,
            label: triageDecisionNames[decision],
            conditional:
              decision === 'book_advice_call'
                ? adviceCallFields
                : decision === 'refer_on'
                  ? referredToField
                  : undefined,
          }))}
        />
        {tiers.length > 0 && (
          <Radios
            name="tier"
            legend="Support tier (optional)"
            legendClassName="govuk-fieldset__legend--m"
            value={values.tier}
            errorMessage={form.errorFor('tier')}
            onChange={(tier) => {
              setValues({ ...values, tier })
            }}
            items={tiers.map((tier) => ({
              value: String(tier.level),
              label: `Tier ${String(tier.level)}: ${tier.name}`,
            }))}
          />
        )}
        <Checkboxes
          name="safeguarding"
          legend="Safeguarding"
          legendClassName="govuk-fieldset__legend--m"
          values={values.safeguarding ? ['yes'] : []}
          errorMessage={form.errorFor('safeguarding')}
          onChange={(checked) => {
            setValues({ ...values, safeguarding: checked.includes('yes') })
          }}
          items={[{ value: 'yes', label: safeguardingLabel }]}
        />
        <Textarea
          name="reason"
          label="Reason for the decision"
          labelClassName="govuk-label--m"
          hint="The team will see this on the request’s timeline."
          value={values.reason}
          errorMessage={form.errorFor('reason')}
          onChange={(event) => {
            setValues({ ...values, reason: event.target.value })
          }}
        />
        <Button>Record decision</Button>
      </form>
    </RequestActionLayout>
  )
}
