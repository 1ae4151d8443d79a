import type { ManagedGroupEvent, Role } from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import { buildSession } from '../../../../test/factories.ts'
import { mswPath, sessionHandler } from '../../../../test/handlers.ts'
import { buildGroupRegister, buildManagedEventsPage, buildManagedGroupEvent } from './factories.ts'

/** A member of staff signed in, with the events (and the areas they may run events for). */
export function signedInAs(role: Role = 'support_worker') {
  return [
    sessionHandler(buildSession({ user: { role } })),
    http.get(mswPath('findManagedGroupEvents'), () => HttpResponse.json(buildManagedEventsPage())),
  ]
}

/** `GET /api/group-programme/events/:eventId` answers with this event (or what `event()` says now). */
export function groupEventHandler(
  event: ManagedGroupEvent | (() => ManagedGroupEvent) = buildManagedGroupEvent(),
) {
  return http.get(mswPath('getManagedGroupEvent'), () =>
    HttpResponse.json<ManagedGroupEvent>(typeof event === 'function' ? event() : event),
  )
}

/** `GET /api/group-programme/events/:eventId/register` answers with the register. */
export function groupRegisterHandler(register = buildGroupRegister()) {
  return http.get(mswPath('getGroupRegister'), () => HttpResponse.json(register))
}

/** Records each JSON body sent to an endpoint. */
export function recorder() {
  const bodies: unknown[] = []
  return {
    bodies,
    record: async (request: Request) => {
      bodies.push(await request.json())
    },
  }
}
