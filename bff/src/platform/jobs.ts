/**
 * Runs `work` at once and then again `intervalMs` after each run ends, until the returned stop is
 * called; stop waits for a run in progress. A failed run is logged and the next goes ahead. The
 * outbox, the group reminders and the crisis alerts all run this way; each run claims its rows in
 * the database, so any number of BFF processes may run the same job.
 */
export function startRepeating(
  work: () => Promise<unknown>,
  options: {
    intervalMs: number
    logger: { error: (obj: object, msg: string) => void }
    /** Logged when a run fails, such as "Outbox worker failed". */
    failure: string
  },
) {
  let stopped = false
  let running: Promise<unknown> = Promise.resolve()
  const tick = () => {
    if (stopped) return
    running = work()
      .catch((error: unknown) => options.logger.error({ err: error }, options.failure))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs)
      })
  }
  let timer = setTimeout(tick, 0)
  return async () => {
    stopped = true
    clearTimeout(timer)
    await running
  }
}
