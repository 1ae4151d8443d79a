// The API contract shared by the BFF and the SPA. It imports zod and nothing else of ours.
export * from './accounts.ts'
export * from './administration.ts'
export * from './endpoint.ts'
export * from './endpoints.ts'
export * from './errors.ts'
export * from './families.ts'
export * from './platform.ts'
export * from './support-requests.ts'
