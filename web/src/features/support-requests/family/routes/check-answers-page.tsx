import {
  askForSupportSchema,
  contactMethodNames,
  urgencyChoiceNames,
  type SupportDraft,
} from '@asp/bff/contract'
import type { ReactNode } from 'react'
import { paths } from '../../../../app/paths.ts'
import { usePageTitle } from '../../../../app/use-page-title.ts'
import { BackLink } from '../../../../components/back-link.tsx'
import { Button } from '../../../../components/button.tsx'
import { MultilineText } from '../../../../components/multiline-text.tsx'
import { SummaryList, type SummaryListRow } from '../../../../components/summary-list.tsx'
import { ApiError } from '../../../../lib/api-client.ts'
import { FormErrorSummary, useFormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useAskForSupport } from '../api/ask-for-support.ts'
import { AnswerList } from '../components/answer-list.tsx'
import {
  changeHref,
  forgetJourneyIdempotencyKey,
  journeyIdempotencyKey,
  stepPaths,
  useAskForSupportJourney,
  type AskStep,
  type JourneyChild,
} from './ask-for-support-journey.ts'
import { requestSentState } from './request-sent-state.ts'
import { categoryNameFor } from './support-request-roles.ts'

const title = 'Check your answers before sending your request'

/** The answers, in page order; the error summary links to each answer's value. */
const fields = [
  'categories',
  'childIds',
  'description',
  'urgency',
  'contactMethod',
  'contactPhone',
  'contactTimes',
] as const
type Field = (typeof fields)[number]
const fieldIds = Object.fromEntries(fields.map((field) => [field, `answer-${field}`])) as Record<
  Field,
  string
>

/**
 * `/support/ask/check-your-answers`: every answer with a link to change it, then "Send request".
 * The journey's idempotency key goes with the request, so sending twice makes one request. The
 * route's loader sends anyone with an unanswered question back to it first.
 */
export function CheckAnswersPage() {
  const { role, children, steps, draft } = useAskForSupportJourney()
  const answers: SupportDraft = draft ?? {}
  const form = useFormErrors(fields, { fieldIds })
  const { onSubmit } = useFormSubmit(form, {
    schema: askForSupportSchema,
    values: () => ({
      idempotencyKey: journeyIdempotencyKey(),
      ...answers,
      childIds: role === 'adopter' ? (answers.childIds ?? []) : [],
      contactPhone: answers.contactMethod === 'phone' ? answers.contactPhone : undefined,
    }),
    mutation: useAskForSupport(),
    onSuccess: () => {
      forgetJourneyIdempotencyKey()
    },
    navigateTo: (created) => ({ to: paths.askForSupportSent, state: requestSentState(created) }),
    onError: (error) => {
      if (error instanceof ApiError && error.status < 500) {
        form.showApiError(error)
      } else {
        // The request may or may not have arrived: sending again with the same key is safe.
        form.showErrors({}, [
          'Sorry, there is a problem with the service. Your request may not have been sent. Try again: if it did arrive, we will not send it twice.',
        ])
      }
    },
  })
  usePageTitle(title, { hasError: form.hasErrors })

  const answer = (field: Field, value: ReactNode) => <div id={fieldIds[field]}>{value}</div>
  const change = (step: AskStep, visuallyHiddenText: string) => [
    { href: changeHref(step), text: 'Change', visuallyHiddenText },
  ]

  const rows: SummaryListRow[] = [
    {
      key: 'What you need help with',
      value: answer(
        'categories',
        <AnswerList items={(answers.categories ?? []).map(categoryNameFor(role))} />,
      ),
      actions: change('categories', 'what you need help with'),
    },
  ]
  if (steps.includes('children')) {
    rows.push({
      key: 'Which children it is about',
      value: answer('childIds', childrenAnswer(answers.childIds ?? [], children)),
      actions: change('children', 'which children it is about'),
    })
  }
  rows.push(
    {
      key: 'What is happening',
      value: answer(
        'description',
        <MultilineText text={answers.description ?? ''} className="govuk-body" />,
      ),
      actions: change('description', 'what is happening'),
    },
    {
      key: 'How urgent it is',
      value: answer(
        'urgency',
        answers.urgency === undefined ? '' : urgencyChoiceNames[answers.urgency],
      ),
      actions: change('urgency', 'how urgent it is'),
    },
    {
      key: 'How we should contact you',
      value: answer(
        'contactMethod',
        answers.contactMethod === undefined ? (
          ''
        ) : (
          <>
            {contactMethodNames[answers.contactMethod]}
            {answers.contactMethod === 'phone' && (
              <span id={fieldIds.contactPhone}>
                <br />
                {answers.contactPhone}
              </span>
            )}
          </>
        ),
      ),
      actions: change('contact', 'how we should contact you'),
    },
    {
      key: 'When to contact you',
      value: answer(
        'contactTimes',
        (answers.contactTimes ?? '') === '' ? (
          'No preference'
        ) : (
          <MultilineText text={answers.contactTimes ?? ''} />
        ),
      ),
      actions: change('contact', 'when to contact you'),
    },
  )

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={stepPaths[steps[steps.length - 1] ?? 'contact']} />
        <FormErrorSummary form={form} />
        <span className="govuk-caption-l">Ask for support</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <SummaryList rows={rows} />
        <h2 className="govuk-heading-m">Now send your request</h2>
        <p className="govuk-body">
          When you send your request, your adoption support team will read it and contact you.
        </p>
        <form noValidate onSubmit={onSubmit}>
          <Button preventDoubleClick>Send request</Button>
        </form>
      </div>
    </div>
  )
}

/** "Mia and Leo", or that it is not about one child. */
function childrenAnswer(childIds: readonly string[], children: readonly JourneyChild[]) {
  const names = children.filter((child) => childIds.includes(child.id)).map((c) => c.firstName)
  return names.length === 0 ? 'It is not about a particular child' : <AnswerList items={names} />
}
