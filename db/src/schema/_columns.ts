import { integer, timestamp, uuid } from 'drizzle-orm/pg-core'

/** A random UUID primary key: ids never reveal how many records exist or in what order. */
export const id = () => uuid('id').primaryKey().defaultRandom()

/** UTC instants; the UI shows them in Europe/London. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

export const timestamps = {
  createdAt: instant('created_at').notNull().defaultNow(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
}

/** Optimistic concurrency: an update names the version it read and fails with 409 if it moved. */
export const version = () => integer('version').notNull().default(1)
