import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-client.ts'

const maxRetries = 2

/** Retry what may pass next time (network failures, 5xx); never a 4xx or a contract mismatch. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= maxRetries) {
    return false
  }
  if (error instanceof ApiError) {
    return error.status >= 500
  }
  return error instanceof TypeError
}

export interface QueryClientOptions {
  /** Tests turn retries off so that a failure shows at once. */
  retry?: boolean
}

export function createQueryClient({ retry = true }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        retry: retry ? shouldRetry : false,
        refetchOnWindowFocus: true,
      },
      mutations: {
        retry: false,
      },
    },
  })
}
