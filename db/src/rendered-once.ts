import { sql, type SQL } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'

const dialect = new PgDialect()

/**
 * A constant SQL fragment (tables, columns and SQL words, never a value) written out as text once,
 * when the module loads, so that Drizzle does not walk its chunks again on every query it is part
 * of. A request's page is one statement of a dozen JSON subqueries, and building it was a fifth of
 * the BFF's CPU for that page (ADR 0012). A fragment that binds a value is refused: values go as
 * parameters, never as text.
 */
export function renderedOnce<T>(fragment: SQL<T>): SQL<T> {
  const { sql: text, params } = dialect.sqlToQuery(fragment)
  if (params.length > 0) {
    throw new Error(`renderedOnce takes no values, and this fragment binds ${params.length}`)
  }
  // eslint-disable-next-line no-restricted-syntax -- text Drizzle wrote from a fragment without values, checked above
  return sql.raw(text) as SQL<T>
}
