// A throwaway PostgreSQL server on 127.0.0.1 for tests: its own data directory in the system's
// temporary folder, trust authentication, removed again on stop. PostgreSQL refuses to run as root,
// so as root the server runs as the `postgres` user that Debian's package creates.
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { ensurePostgres, freePort, isRoot, postgresBinDir } from './lib.mjs'

function asServerUser(command, args) {
  const result = isRoot
    ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
    : spawnSync(command, args, { encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} failed:\n${result.stdout}\n${result.stderr}`)
  }
  return result.stdout
}

export async function startPostgres() {
  await ensurePostgres()
  const bin = postgresBinDir()
  const dir = mkdtempSync(path.join(tmpdir(), 'asp-pg-'))
  const dataDir = path.join(dir, 'data')
  if (isRoot) {
    const pgUser = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' })
    const pgGroup = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' })
    chownSync(dir, Number(pgUser.stdout.trim()), Number(pgGroup.stdout.trim()))
  }
  chmodSync(dir, 0o700)
  const port = await freePort()
  asServerUser(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
  ])
  const pgCtl = (args) => asServerUser(path.join(bin, 'pg_ctl'), ['-D', dataDir, ...args])
  let running = false
  const start = () => {
    pgCtl([
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c max_connections=200`,
      'start',
    ])
    running = true
  }
  start()
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  const halt = () => {
    pgCtl(['-m', 'fast', '-w', 'stop'])
    running = false
  }
  const stop = () => {
    try {
      if (running) halt()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  // A restart in two halves (`halt`, then `resume`), for tests of what clients see meanwhile:
  // the data is kept.
  const resume = start
  return { url, stop, halt, resume }
}
