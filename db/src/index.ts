export * from './client.ts'
export { renderedOnce } from './rendered-once.ts'
export * from './schema/index.ts'
export { seedDemoData, type SeedOutcome } from './seed/demo.ts'
export { defaultDataDir, databaseTarget } from './cli/target.ts'
export { demoOrganisation, demoLocalAuthorities } from './seed/demo-data.ts'
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
