import { sql } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import { describe, expect, it } from 'vitest'
import { renderedOnce } from './rendered-once.ts'
import { supportRequests, users } from './schema/index.ts'

const dialect = new PgDialect()

describe('renderedOnce', () => {
  it('writes a fragment out as the same text Drizzle would write for it', () => {
    const fragment = sql`(select ${users.name} from ${users} where ${users.id} = ${supportRequests.workerId})`
    const query = (part: typeof fragment) =>
      dialect.sqlToQuery(sql`select ${part} as name from ${supportRequests}`)
    expect(query(renderedOnce(fragment))).toEqual(query(fragment))
    expect(query(fragment).sql).toContain('"users"."name"')
  })

  it('refuses a fragment that binds a value', () => {
    expect(() => renderedOnce(sql`${users.email} = ${"x' or '1'='1"}`)).toThrow(/binds 1/)
  })
})
