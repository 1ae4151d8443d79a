import {
  endpoints,
  type ApiErrorBody,
  type EndpointName,
  type ServiceInfo,
} from '@asp/bff/contract'
import { http, HttpResponse } from 'msw'
import { buildServiceInfo } from './factories.ts'

/** The msw path of a contract endpoint: Express and msw both write params as `:name`. */
export function mswPath(name: EndpointName): string {
  return endpoints[name].path
}

/** Handlers every web test starts with; a test overrides them with `server.use(...)`. */
export const handlers = [
  http.get(mswPath('getServiceInfo'), () => HttpResponse.json<ServiceInfo>(buildServiceInfo())),
]

/** An answer in the contract's error shape. */
export function apiErrorResponse(status: number, body: ApiErrorBody) {
  return HttpResponse.json<ApiErrorBody>(body, { status })
}
