// Usage: node scripts/with-postgres.mjs <command> [args…]
// Starts a throwaway PostgreSQL server, runs the command with TEST_DATABASE_URL pointing at it,
// stops the server and exits with the command's code.
import { startPostgres } from './postgres.mjs'
import { run } from './lib.mjs'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('Usage: node scripts/with-postgres.mjs <command> [args…]')
  process.exit(2)
}
const server = await startPostgres()
let code = 1
try {
  console.log(`PostgreSQL test server at ${server.url}`)
  code = await run(command, args, { env: { ...process.env, TEST_DATABASE_URL: server.url } })
} finally {
  server.stop()
}
process.exit(code)
