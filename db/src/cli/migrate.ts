// Applies pending migrations to the database the environment names (DATABASE_URL, or the embedded
// database in DATA_DIR), without seeding.
import { createDatabase } from '../client.ts'
import { databaseTarget } from './target.ts'

const target = databaseTarget()
const database = await createDatabase({ ...target, seed: 'never' })
await database.close()
console.log(`Migrations applied (${database.kind}).`)
