// The README's second command (`npm test`), and what CI runs: installs what the tests need, then
// lint, typecheck, the unit and integration suites on PGlite, the same suites on PostgreSQL, and
// the browser tests over the built app. Prints each stage's time and a closing `N passed, N failed`.
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { ensureChromium, ensurePostgres, installDependencies, pnpm, root, run } from './lib.mjs'
import { startPostgres } from './postgres.mjs'

const resultsDir = path.join(root, '.data', 'test-results')
rmSync(resultsDir, { recursive: true, force: true })
mkdirSync(resultsDir, { recursive: true })

const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const stages = []
let passed = 0
let failed = 0

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`
}

async function stage(name, work) {
  console.log(`\n▶ ${name}`)
  const started = Date.now()
  let ok = false
  try {
    ok = await work()
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
  }
  const ms = Date.now() - started
  stages.push({ name, ok, ms })
  console.log(`${ok ? '✔' : '✘'} ${name} (${seconds(ms)})`)
  return ok
}

/** Runs Vitest for some projects and adds its counts; a run that wrote no results counts as a failure. */
async function vitest(label, projects, env = {}, filters = []) {
  const outputFile = path.join(resultsDir, `${label}.json`)
  const args = ['run', ...projects.flatMap((p) => ['--project', p]), ...filters]
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`)
  const code = await run(bin('vitest'), args, { env: { ...process.env, ...env } })
  try {
    const results = JSON.parse(readFileSync(outputFile, 'utf8'))
    passed += results.numPassedTests
    failed += results.numFailedTests
    if (results.numTotalTests === 0) {
      console.error(`${label}: no tests ran`)
      return false
    }
  } catch {
    failed += 1
    console.error(`${label}: Vitest wrote no results`)
    return false
  }
  return code === 0
}

const ok = await stage('Install dependencies', async () => {
  await installDependencies()
  await ensureChromium()
  await ensurePostgres()
  return true
})
if (!ok) {
  console.log('\n0 passed, 1 failed')
  process.exit(1)
}

await stage('Lint (ESLint, Prettier)', async () => {
  const eslint = await run(bin('eslint'), ['.', '--max-warnings', '0'])
  const prettier = await run(bin('prettier'), ['--check', '.', '--log-level', 'warn'])
  return eslint === 0 && prettier === 0
})
await stage('Typecheck', async () => {
  const codes = []
  for (const project of ['db', 'bff', 'web', 'test']) {
    codes.push(await run(bin('tsc'), ['-p', project, '--noEmit']))
  }
  return codes.every((code) => code === 0)
})
await stage('Unit and integration tests on PGlite', () => vitest('pglite', ['db', 'bff', 'web']))
await stage('Database and BFF tests on PostgreSQL', async () => {
  const server = await startPostgres()
  try {
    return await vitest('postgres', ['db', 'bff'], { TEST_DATABASE_URL: server.url })
  } finally {
    server.stop()
  }
})
const built = await stage(
  'Build the web app',
  async () => (await pnpm(['--filter', '@asp/web', 'build'])) === 0,
)
if (built) {
  await stage('Browser tests (Chromium, axe)', () => vitest('e2e', ['e2e']))
  // The support request, group booking, letterbox, assessment and fund journeys again with the portal
  // on PostgreSQL, and the crash test on a PostgreSQL database of its own.
  await stage('Journeys again on PostgreSQL', async () => {
    const server = await startPostgres()
    try {
      return await vitest('e2e-postgres', ['e2e'], { E2E_DATABASE_URL: server.url }, [
        'test/e2e/support-',
        'test/e2e/groups-',
        'test/e2e/letterbox-',
        'test/e2e/assessments',
        'test/e2e/asf',
        'test/e2e/durability',
      ])
    } finally {
      server.stop()
    }
  })
} else failed += 1

console.log('\nStage durations:')
for (const { name, ok: stageOk, ms } of stages) {
  console.log(`  ${stageOk ? '✔' : '✘'} ${name.padEnd(40)} ${seconds(ms).padStart(8)}`)
}
const total = stages.reduce((sum, s) => sum + s.ms, 0)
console.log(`  ${'Total'.padEnd(42)} ${seconds(total).padStart(8)}`)
const allOk = stages.every((s) => s.ok)
if (!allOk && failed === 0) failed = stages.filter((s) => !s.ok).length
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(allOk ? 0 : 1)
