import { Router, type Request, type Response } from 'express'
import type { z } from 'zod'
import type { Endpoint } from '../contract/index.ts'
import { AppError } from './errors.ts'
import { toFieldErrors } from './validation.ts'

type Parsed<S> = S extends z.ZodType ? z.output<S> : Record<string, never>

export interface HandlerInput<E extends Endpoint> {
  params: Parsed<E['params']>
  query: Parsed<E['query']>
  body: Parsed<E['body']>
  req: Request
  res: Response
}

export type EndpointHandler<E extends Endpoint> = (
  input: HandlerInput<E>,
) => Promise<z.input<E['response']>> | z.input<E['response']>

/** A contract endpoint with the code that answers it. */
export interface MountedEndpoint {
  endpoint: Endpoint
  handle: (req: Request, res: Response) => Promise<void>
}

/**
 * Binds a handler to a contract endpoint. The request's params, query and body are parsed with the
 * endpoint's schemas before the handler runs (unknown keys refused where the schema is strict), so
 * handlers only ever see valid input.
 */
export function handle<E extends Endpoint>(
  endpoint: E,
  handler: EndpointHandler<E>,
): MountedEndpoint {
  return {
    endpoint,
    handle: async (req, res) => {
      const params = parsePart(endpoint.params, req.params)
      const query = parsePart(endpoint.query, req.query)
      const body = endpoint.body ? parsePart(endpoint.body, req.body ?? {}) : {}
      const input = { params, query, body, req, res } as HandlerInput<E>
      const result = await handler(input)
      const status = endpoint.successStatus ?? 200
      if (status === 204) res.status(204).end()
      else res.status(status).json(result)
    },
  }
}

function parsePart(schema: z.ZodType | undefined, value: unknown): unknown {
  if (!schema) return {}
  const result = schema.safeParse(value)
  if (!result.success) {
    throw new AppError('VALIDATION_FAILED', { fieldErrors: toFieldErrors(result.error) })
  }
  return result.data
}

/** An Express router holding the given endpoints at their contract paths. */
export function routerFor(mounted: MountedEndpoint[]): Router {
  const router = Router()
  for (const { endpoint, handle: answer } of mounted) {
    router[endpoint.method](endpoint.path, answer)
  }
  return router
}
