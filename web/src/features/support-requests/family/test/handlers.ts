import type { Family, SupportDraft } from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import { buildFamily } from '../../../../test/factories.ts'
import { mswPath } from '../../../../test/handlers.ts'
import { childIds } from './factories.ts'

/** A family with two children, Mia and Leo. */
export function buildFamilyWithChildren(): Family {
  const family = buildFamily()
  const [mia] = family.children
  if (!mia) {
    throw new Error('The family factory has no child')
  }
  return {
    ...family,
    children: [
      { ...mia, id: childIds.mia },
      { ...mia, id: childIds.leo, firstName: 'Leo', dateOfBirth: '2021-06-02' },
    ],
  }
}

export function myFamilyHandler(family: Family = buildFamilyWithChildren()) {
  return http.get(mswPath('getMyFamily'), () => HttpResponse.json<Family>(family))
}

/**
 * `GET` and `PUT /api/my/support-request-draft` over one draft held here, as the BFF keeps it;
 * `saved` records every draft sent.
 */
export function draftHandlers(initial: SupportDraft | null = null) {
  let draft = initial
  const saved: SupportDraft[] = []
  const savedAt = '2026-11-24T10:05:00.000Z'
  return {
    saved,
    handlers: [
      http.get(mswPath('getSupportDraft'), () =>
        HttpResponse.json({ draft, savedAt: draft === null ? null : savedAt }),
      ),
      http.put(mswPath('saveSupportDraft'), async ({ request }) => {
        const body = (await request.json()) as { draft: SupportDraft }
        draft = body.draft
        saved.push(body.draft)
        return HttpResponse.json({ draft, savedAt })
      }),
    ],
  }
}
