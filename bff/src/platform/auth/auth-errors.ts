import { APIError } from 'better-auth/api'
import type { AppError } from '../errors.ts'

/**
 * Runs a better-auth call and turns its errors into ours. `known` maps better-auth's error codes
 * to the AppError to throw; any other 4xx becomes `fallback`, and anything else is rethrown as it
 * is (a 500 with only the request id).
 */
export async function callAuth<T>(
  call: () => Promise<T>,
  known: Record<string, AppError>,
  fallback: AppError,
): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof APIError) {
      const code = (error.body as { code?: string } | undefined)?.code ?? ''
      const mapped = known[code]
      if (mapped) throw mapped
      if (error.statusCode >= 400 && error.statusCode < 500) throw fallback
    }
    throw error
  }
}
