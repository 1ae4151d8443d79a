import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
} from 'zod-openapi'
import { apiErrorSchema, type Endpoint } from '../contract/index.ts'

const binary = { type: 'string', format: 'binary' } as const

/** The OpenAPI 3.1 document for the given endpoints: the one list of every route. */
export function buildOpenApiDocument(endpoints: readonly Endpoint[]) {
  const paths: ZodOpenApiPathsObject = {}
  for (const endpoint of endpoints) {
    const openApiPath = endpoint.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')
    const status = String(endpoint.successStatus ?? 200)
    const operation: ZodOpenApiOperationObject = {
      summary: endpoint.summary,
      tags: [endpoint.tag],
      ...(endpoint.params || endpoint.query
        ? {
            requestParams: {
              ...(endpoint.params ? { path: endpoint.params } : {}),
              ...(endpoint.query ? { query: endpoint.query } : {}),
            },
          }
        : {}),
      ...(endpoint.body
        ? { requestBody: { content: { 'application/json': { schema: endpoint.body } } } }
        : {}),
      ...(endpoint.rawBody
        ? {
            requestBody: {
              content: { [endpoint.rawBody]: { schema: binary } },
            },
          }
        : {}),
      responses: {
        [status]: {
          description: endpoint.summary,
          ...(status === '204'
            ? {}
            : endpoint.fileResponse
              ? {
                  content: {
                    'application/octet-stream': { schema: binary },
                  },
                }
              : { content: { 'application/json': { schema: endpoint.response } } }),
        },
        default: {
          description: 'An error, in the one error shape',
          content: { 'application/json': { schema: apiErrorSchema } },
        },
      },
    }
    paths[openApiPath] = { ...paths[openApiPath], [endpoint.method]: operation }
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Adoption support portal API',
      version: '1',
      description: 'The backend-for-frontend of the adoption support portal. Cookie sessions only.',
    },
    paths,
  })
}
