import { Router, type Request, type Response } from 'express'
import type { z } from 'zod'
import type { Endpoint } from '../contract/index.ts'
import { authorise, type AccessRule, type ActorFor } from './access.ts'
import { controlCharacterMessage, pathsWithControlCharacters } from './control-characters.ts'
import { AppError } from './errors.ts'
import { toFieldErrors } from './validation.ts'

type Parsed<S> = S extends z.ZodType ? z.output<S> : Record<string, never>

export interface HandlerInput<E extends Endpoint, R extends AccessRule = AccessRule> {
  actor: ActorFor<R>
  params: Parsed<E['params']>
  query: Parsed<E['query']>
  body: Parsed<E['body']>
  req: Request
  res: Response
}

export type EndpointHandler<E extends Endpoint, R extends AccessRule> = (
  input: HandlerInput<E, R>,
) => Promise<z.input<E['response']>> | z.input<E['response']>

/** A contract endpoint with the code that answers it. */
export interface MountedEndpoint {
  endpoint: Endpoint
  access: AccessRule
  handle: (req: Request, res: Response) => Promise<void>
}

/**
 * Binds a handler to a contract endpoint under an access rule. The rule is checked first (401, 403),
 * then the request's params, query and body are parsed with the endpoint's schemas (unknown keys
 * refused where the schema is strict), so handlers only ever see an allowed caller and valid input.
 */
export function handle<E extends Endpoint, R extends AccessRule>(
  endpoint: E,
  rule: R,
  handler: EndpointHandler<E, R>,
): MountedEndpoint {
  return {
    endpoint,
    access: rule,
    handle: async (req, res) => {
      const actor = authorise(rule, req)
      const params = parsePart(endpoint.params, req.params)
      const query = parsePart(endpoint.query, req.query)
      // A raw upload's bytes stay on `req.body` for its handler.
      const body = endpoint.body ? parsePart(endpoint.body, req.body ?? {}) : {}
      const input = { actor, params, query, body, req, res } as HandlerInput<E, R>
      const result = await handler(input)
      // A download has written its own response.
      if (endpoint.fileResponse && res.headersSent) return
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
  // Whatever the schema let through, no string may carry a control character (ASVS 2.2.1): they
  // never come from a form, and PostgreSQL refuses U+0000 in text.
  const withControls = pathsWithControlCharacters(result.data)
  if (withControls.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: Object.fromEntries(withControls.map((path) => [path, controlCharacterMessage])),
    })
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
