// Load for the benchmarks: autocannon on 127.0.0.1, in a worker thread of its own (load-worker.mjs)
// so that making requests does not take turns with answering them on the BFF's event loop.
import { Worker } from 'node:worker_threads'

/** What to load: one method, paths taken in turn, and a JSON body (with a new idempotency key each time, if asked). */
export interface LoadPlan {
  url: string
  connections: number
  seconds: number
  headers: Record<string, string>
  method: 'GET' | 'POST'
  paths: readonly string[]
  body?: Record<string, unknown>
  freshIdempotencyKey?: boolean
}

export interface LoadFigures {
  requestsPerSecond: number
  p50: number
  p95: number
  p99: number
  /** 2xx answers, each timed. */
  responses: number
  /** Errors and non-2xx answers. */
  failures: number
  /** Non-2xx answers by status. */
  statuses: [number, number][]
}

interface WorkerResult {
  times: Float64Array
  statuses: [number, number][]
  requestsPerSecond: number
  errors: number
  non2xx: number
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: ArrayLike<number>, p: number) {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

/**
 * Loads the plan for its seconds. Percentiles are taken here over the time of every 2xx answer
 * (autocannon's own summary has p90 and p97.5 but no p95); requests per second is every answer
 * over the run's duration.
 */
export function load(plan: LoadPlan): Promise<LoadFigures> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./load-worker.mjs', import.meta.url), { workerData: plan })
    worker.once('error', reject)
    worker.once('message', (result: WorkerResult) => {
      void worker.terminate()
      const sorted = result.times.sort()
      resolve({
        requestsPerSecond: result.requestsPerSecond,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        responses: sorted.length,
        failures: result.errors + result.non2xx,
        statuses: result.statuses,
      })
    })
  })
}
