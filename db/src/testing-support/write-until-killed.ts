// Child process for the durability test: opens the embedded database in the folder given as the
// first argument and commits one organisation after another, printing each slug once its commit
// has returned, until it is killed.
import { createDatabase } from '../client.ts'
import { organisations } from '../schema/index.ts'

const dataDir = process.argv[2]
if (!dataDir) throw new Error('Usage: write-until-killed.ts <dataDir>')
const database = await createDatabase({ dataDir, seed: 'never' })
for (let n = 0; ; n += 1) {
  const slug = `durable-${n}`
  await database.db.insert(organisations).values({ slug, name: `Durability check ${n}` })
  process.stdout.write(`${slug}\n`)
}
