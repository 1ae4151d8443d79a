import {
  endpoints,
  type ApiErrorBody,
  type EndpointName,
  type LocalAuthority,
  type LocalAuthorityChoice,
  type ServiceInfo,
  type Session,
  type StaffMember,
} from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import { buildLocalAuthorities, buildServiceInfo, buildStaffList } from './factories.ts'

/** The msw path of a contract endpoint: Express and msw both write params as `:name`. */
export function mswPath(name: EndpointName): string {
  return endpoints[name].path
}

/** An answer in the contract's error shape. */
export function apiErrorResponse(status: number, body: ApiErrorBody) {
  return HttpResponse.json<ApiErrorBody>(body, { status })
}

export function signedOutResponse() {
  return apiErrorResponse(401, { code: 'UNAUTHENTICATED', message: 'You need to sign in' })
}

/** Handlers every web test starts with (nobody signed in); a test overrides them with `server.use(...)`. */
export const handlers = [
  http.get(mswPath('getServiceInfo'), () => HttpResponse.json<ServiceInfo>(buildServiceInfo())),
  http.get(mswPath('getSession'), () => signedOutResponse()),
]

/** `GET /api/session` answers with this session. */
export function sessionHandler(session: Session) {
  return http.get(mswPath('getSession'), () => HttpResponse.json<Session>(session))
}

/** `GET /api/local-authorities` answers with these. */
export function localAuthoritiesHandler(
  localAuthorities: LocalAuthority[] = buildLocalAuthorities(),
) {
  return http.get(mswPath('findLocalAuthorities'), () =>
    HttpResponse.json<{ localAuthorities: LocalAuthorityChoice[] }>({
      localAuthorities: localAuthorities.map((la) => ({ ...la, worksFor: true })),
    }),
  )
}

/** `GET /api/staff` answers with these. */
export function staffHandler(staff: StaffMember[] = buildStaffList()) {
  return http.get(mswPath('findStaff'), () =>
    HttpResponse.json<{ staff: StaffMember[] }>({ staff }),
  )
}
