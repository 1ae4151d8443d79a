import { sql } from 'drizzle-orm'

/**
 * A LIMIT written into the statement rather than bound as a parameter. Bound, PostgreSQL cannot see
 * it when it weighs a generic plan for a prepared statement, assumes 100 rows, judges that plan
 * dearer and so plans the statement afresh on every call; written in, each connection plans it
 * once (ADR 0011). Only a whole number from the code comes here, never anything a user sent.
 */
export function writtenLimit(rows: number): number {
  if (!Number.isInteger(rows) || rows < 1 || rows > 1000) throw new Error(`Bad limit ${rows}`)
  // Drizzle writes an SQL chunk given as the limit as it is.
  // eslint-disable-next-line no-restricted-syntax -- a whole number from the code, checked above
  return sql.raw(String(rows)) as unknown as number
}
