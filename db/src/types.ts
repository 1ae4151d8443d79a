import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type * as schema from './schema/index.ts'

export type Schema = typeof schema

/** The database as every repository sees it, whichever engine is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>

/** An open transaction, as `db.transaction(async (tx) => …)` hands it over. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]

/** What a read needs: the database or a transaction already open. */
export type Reader = Pick<Db, 'select' | 'selectDistinct' | 'selectDistinctOn' | 'execute'>

/** What a write needs: the database, or a transaction so that the write joins it. */
export type Writer = Db | Tx
