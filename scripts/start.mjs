// The README's first command (`npm start`): installs what is missing, builds the web app and starts
// the portal on the embedded database with demo data. Stop it with Ctrl+C.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { installDependencies, pnpm, root } from './lib.mjs'

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`The portal needs Node.js 20.19 or later; this is ${process.versions.node}.`)
  process.exit(1)
}

await installDependencies()
if ((await pnpm(['--filter', '@asp/web', 'build'])) !== 0) {
  console.error('The web app did not build: see the messages above.')
  process.exit(1)
}

const env = { NODE_ENV: 'production', DEV_MAILBOX: 'true', ...process.env }
const host = env.HOST || '127.0.0.1'
const port = env.PORT || '3000'
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  cwd: path.join(root, 'bff'),
  env,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))

const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`
for (let attempt = 0; attempt < 240; attempt += 1) {
  if (server.exitCode !== null) break
  const ready = await fetch(`${url}/api/ready`).then(
    (res) => res.ok,
    () => false,
  )
  if (ready) {
    console.log(`
  Adoption support portal is running on the ${env.DATABASE_URL ? 'PostgreSQL' : 'embedded'} database.

    Open ${url}

  Demo data: Central Shires Adoption Partnership, serving four fictional councils.

  Demo sign-ins (password for all: Central-Shires-demo-2026)
    Team manager          manager@central-shires.invalid
    Support worker        worker@central-shires.invalid
    Duty officer          duty@central-shires.invalid
    Administrator         administrator@central-shires.invalid
      Staff codes:        npm run demo:totp -- manager@central-shires.invalid
    Adoptive parent       adopter@central-shires.invalid
    Birth relative        birth-relative@central-shires.invalid
      Their codes arrive at ${url}/dev/mailbox

  Stop with Ctrl+C.
`)
    break
  }
  await new Promise((resolve) => setTimeout(resolve, 500))
}
