import {
  askForSupportSchema,
  birthRelativeCategories,
  familyCategories,
  type SupportCategory,
  type SupportDraft,
} from '@asp/bff/contract'
import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { z } from 'zod'
import { paths, withQuery, type AppHref, type StaticPath } from '../../../../app/paths.ts'
import { ApiError } from '../../../../lib/api-client.ts'
import type { FormErrors } from '../../../../lib/form-errors.tsx'
import { useFormSubmit } from '../../../../lib/use-form-submit.ts'
import { useSignedInSession } from '../../../session/index.ts'
import { familyQueries } from '../../../families/index.ts'
import { supportDraftQueries } from '../api/get-support-draft.ts'
import { useSaveSupportDraft } from '../api/save-support-draft.ts'
import type { AskerRole } from './support-request-roles.ts'

/** The questions of "Ask for support", one a page, in order. */
export const askSteps = ['categories', 'children', 'description', 'urgency', 'contact'] as const
export type AskStep = (typeof askSteps)[number]

export const stepPaths = {
  categories: paths.askForSupportCategories,
  children: paths.askForSupportChildren,
  description: paths.askForSupportDescription,
  urgency: paths.askForSupportUrgency,
  contact: paths.askForSupportContact,
} as const satisfies Record<AskStep, StaticPath>

/** The query a "Change" link on "Check your answers" adds, so that Continue goes back there. */
const changing = { from: 'check-your-answers' } as const

export function changeHref(step: AskStep): AppHref {
  return withQuery(stepPaths[step], changing)
}

export interface JourneyChild {
  id: string
  firstName: string
}

/**
 * Which questions this person is asked: birth relatives are never asked about the children (the
 * API never tells them about the adoptive family), nor is a family with no children recorded.
 */
export function stepsFor(role: AskerRole, children: readonly JourneyChild[]): AskStep[] {
  return askSteps.filter(
    (step) => step !== 'children' || (role === 'adopter' && children.length > 0),
  )
}

/** The categories each kind of person chooses from. */
export function categoriesFor(role: AskerRole): readonly SupportCategory[] {
  return role === 'adopter' ? familyCategories : birthRelativeCategories
}

/** Whether the draft has an answer to a question. An empty `childIds` is an answer: "none". */
export function isAnswered(step: AskStep, draft: SupportDraft | null): boolean {
  if (draft === null) {
    return false
  }
  switch (step) {
    case 'categories':
      return (draft.categories?.length ?? 0) > 0
    case 'children':
      return draft.childIds !== undefined
    case 'description':
      return (draft.description?.trim() ?? '') !== ''
    case 'urgency':
      return draft.urgency !== undefined
    case 'contact':
      return (
        draft.contactMethod !== undefined &&
        (draft.contactMethod !== 'phone' || (draft.contactPhone?.trim() ?? '') !== '')
      )
  }
}

export function firstUnansweredStep(
  steps: readonly AskStep[],
  draft: SupportDraft | null,
): AskStep | undefined {
  return steps.find((step) => !isAnswered(step, draft))
}

/**
 * Where "Continue your request" goes: the first question without an answer, or "Check your
 * answers" when they are all answered.
 */
export function resumePath(steps: readonly AskStep[], draft: SupportDraft | null): AppHref {
  const unanswered = firstUnansweredStep(steps, draft)
  return unanswered === undefined ? paths.askForSupportCheckAnswers : stepPaths[unanswered]
}

/** Where Continue goes from a question: the next one, or back to "Check your answers". */
export function pathAfter(
  step: AskStep,
  steps: readonly AskStep[],
  draft: SupportDraft,
  isChanging: boolean,
): AppHref {
  if (isChanging) {
    return resumePath(steps, draft)
  }
  const next = steps[steps.indexOf(step) + 1]
  return next === undefined ? paths.askForSupportCheckAnswers : stepPaths[next]
}

/** Where the back link of a question goes. */
export function pathBefore(step: AskStep, steps: readonly AskStep[], isChanging: boolean): AppHref {
  if (isChanging) {
    return paths.askForSupportCheckAnswers
  }
  const previous = steps[steps.indexOf(step) - 1]
  return previous === undefined ? paths.askForSupport : stepPaths[previous]
}

// ---- The answers each page checks, with the contract's own messages --------------------------

export const categoriesAnswerSchema = askForSupportSchema.pick({ categories: true })

/** The "It is not about a particular child" checkbox. */
export const noChild = 'none'

export const childrenAnswerSchema = z.object({
  childIds: z
    .array(z.string(), {
      error: 'Select which child it is about, or select ‘It is not about a particular child’',
    })
    .min(1, 'Select which child it is about, or select ‘It is not about a particular child’')
    .transform((values) => values.filter((value) => value !== noChild)),
})

export const descriptionAnswerSchema = askForSupportSchema.pick({ description: true })

export const urgencyAnswerSchema = askForSupportSchema.pick({ urgency: true })

export const contactAnswerSchema = askForSupportSchema
  .pick({ contactMethod: true, contactPhone: true, contactTimes: true })
  .superRefine((value, ctx) => {
    if (value.contactMethod === 'phone' && (value.contactPhone ?? '') === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['contactPhone'],
        message: 'Enter a telephone number, like 01632 960 001 or 07700 900 982',
      })
    }
  })
  .transform((value) => ({
    ...value,
    contactPhone: value.contactMethod === 'phone' ? value.contactPhone : undefined,
  }))

// ---- The journey's state ------------------------------------------------------------------------

const idempotencyKeyStorage = 'asp.ask-for-support.idempotency-key'

/**
 * The idempotency key of this "Ask for support": made once, kept in the tab's session storage
 * beside the draft (whose contract has no place for it), and sent with every try at sending the
 * request, so a double click or a retry after a lost answer makes one request.
 */
export function journeyIdempotencyKey(): string {
  const kept = window.sessionStorage.getItem(idempotencyKeyStorage)
  if (kept !== null && z.uuid().safeParse(kept).success) {
    return kept
  }
  const key = crypto.randomUUID()
  window.sessionStorage.setItem(idempotencyKeyStorage, key)
  return key
}

/** Once the request is sent (or a new one started), the next one gets a new key. */
export function forgetJourneyIdempotencyKey(): void {
  window.sessionStorage.removeItem(idempotencyKeyStorage)
}

export interface AskForSupportJourney {
  role: AskerRole
  /** The adoptive family's children, by first name only; none for a birth relative. */
  children: JourneyChild[]
  steps: AskStep[]
  draft: SupportDraft | null
  /** When the draft was last kept, as an ISO instant. */
  savedAt: string | null
}

/** The signed-in person's journey, from what the route's loader fetched. */
export function useAskForSupportJourney(): AskForSupportJourney {
  const { user } = useSignedInSession()
  const role: AskerRole = user.role === 'adopter' ? 'adopter' : 'birth_relative'
  const {
    data: { draft, savedAt },
  } = useSuspenseQuery(supportDraftQueries.mine())
  const { data: children = [] } = useQuery({
    ...familyQueries.mine(),
    enabled: role === 'adopter',
    select: (family) => family.children.map(({ id, firstName }) => ({ id, firstName })),
  })
  return { role, children, steps: stepsFor(role, children), draft, savedAt }
}

export interface AnswerStep extends AskForSupportJourney {
  step: AskStep
  /** Whether they came from "Check your answers" to change this answer, and go back there. */
  isChanging: boolean
  backHref: AppHref
}

/** What a question page needs: the journey, which question it is and where its back link goes. */
export function useAnswerStep(step: AskStep): AnswerStep {
  const journey = useAskForSupportJourney()
  const [searchParams] = useSearchParams()
  const isChanging = searchParams.get('from') === changing.from
  return { ...journey, step, isChanging, backHref: pathBefore(step, journey.steps, isChanging) }
}

/**
 * The submit of a question page: checks the page's answers with `schema`, keeps them in the draft
 * and goes on. If the draft cannot be kept, the page stays as it is, with everything typed, and
 * says so.
 */
export function useSaveAnswers<F extends string, Answers extends Partial<SupportDraft>>(
  { step, steps, draft, isChanging }: AnswerStep,
  form: FormErrors<F>,
  { schema, values }: { schema: z.ZodType<Answers>; values: () => unknown },
) {
  return useFormSubmit(form, {
    validate: () => {
      const parsed = schema.safeParse(values())
      if (!parsed.success) {
        form.showValidationError(parsed.error)
        return undefined
      }
      return { ...draft, ...parsed.data }
    },
    mutation: useSaveSupportDraft(),
    navigateTo: ({ draft: saved }, sent) => pathAfter(step, steps, saved ?? sent, isChanging),
    onError: (error) => {
      showSaveError(form, error)
    },
  })
}

function showSaveError<F extends string>(form: FormErrors<F>, error: unknown) {
  if (error instanceof ApiError && error.status < 500) {
    // The draft's fields come back as `draft.description`; the page names them `description`.
    const fieldErrors = Object.fromEntries(
      Object.entries(error.fieldErrors).map(([field, message]) => [
        field.replace(/^draft\./, ''),
        message,
      ]),
    )
    form.showApiError(
      new ApiError({
        status: error.status,
        code: error.code,
        message: error.message,
        fieldErrors,
        requestId: error.requestId,
      }),
    )
    return
  }
  form.showErrors({}, [
    'Sorry, there is a problem with the service. Your answers have not been saved. Try again.',
  ])
}
