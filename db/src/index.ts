export * from './client.ts'
export type * from './types.ts'
export { renderedOnce } from './rendered-once.ts'
export { writtenLimit } from './written-limit.ts'
export * from './schema/index.ts'
export * from './seed/index.ts'
export { defaultDataDir, databaseTarget } from './cli/target.ts'
// Query operators, re-exported so that every workspace builds queries with this one copy of Drizzle.
export {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  not,
  notExists,
  or,
  sql,
} from 'drizzle-orm'
export type { SQL } from 'drizzle-orm'
