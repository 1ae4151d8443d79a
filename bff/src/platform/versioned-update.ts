import { and, eq, sql, type Db, type Writer } from '@asp/db'

type Column = Parameters<typeof eq>[0]
type Table = Parameters<Db['update']>[0]
/** A table with the shared `id`, `version` and `updatedAt` columns (db/src/schema/_columns.ts). */
type VersionedTable = Table & { id: Column; version: Column; updatedAt: Column }
/** The row an update names: its id and the version the caller read. */
export type VersionedTarget = { id: string; version: number }
/** What an update may set; `updateVersioned` sets the version and `updatedAt` itself. */
export type VersionedChanges<T extends VersionedTable> = Omit<
  Partial<T['$inferInsert']>,
  'id' | 'version' | 'updatedAt'
>

/**
 * Optimistic concurrency: changes the row only while it is still at the version the caller read,
 * and moves the version on. No row back means someone else changed it first (the caller's 409).
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Writer,
  table: T,
  target: VersionedTarget,
  changes: VersionedChanges<T>,
  updatedAt: Date,
): Promise<T['$inferSelect'] | undefined> {
  const rows = await db
    .update(table)
    .set({ ...changes, version: sql`${table.version} + 1`, updatedAt } as never)
    .where(and(eq(table.id, target.id), eq(table.version, target.version)))
    .returning()
  // Drizzle cannot name the returned row of a table it knows only as a type parameter.
  return (rows as unknown as T['$inferSelect'][])[0]
}

/** `updateVersioned` for one table, so that a service can change its rows without naming it. */
export const versioned =
  <T extends VersionedTable>(table: T) =>
  (db: Writer, target: VersionedTarget, changes: VersionedChanges<T>, updatedAt: Date) =>
    updateVersioned(db, table, target, changes, updatedAt)
