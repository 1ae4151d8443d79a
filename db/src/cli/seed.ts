// Seeds the demo data into the database the environment names. Asking explicitly is what allows
// it on PostgreSQL; it is idempotent, so running it twice changes nothing.
import { createDatabase } from '../client.ts'
import { databaseTarget } from './target.ts'

const target = databaseTarget()
const database = await createDatabase({ ...target, seed: 'always' })
await database.close()
console.log(
  database.seed === 'seeded'
    ? 'Demo data seeded.'
    : 'Demo data was already there: nothing changed.',
)
