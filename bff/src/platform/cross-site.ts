import type { RequestHandler } from 'express'
import { AppError } from './errors.ts'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Refuses cross-site state-changing requests (ASVS 3.5.1-3.5.3): the browser's Sec-Fetch-Site must
 * say same-origin where it is sent, an Origin header must match the host, and bodies must be JSON
 * (which a cross-site form cannot send without a CORS preflight, and we answer none).
 */
export const refuseCrossSite: RequestHandler = (req, _res, next) => {
  if (safeMethods.has(req.method)) return next()
  const fetchSite = req.get('sec-fetch-site')
  if (fetchSite && fetchSite !== 'same-origin') {
    return next(new AppError('FORBIDDEN', { message: 'Cross-site requests are not allowed' }))
  }
  const origin = req.get('origin')
  if (origin) {
    let originHost: string | undefined
    try {
      originHost = new URL(origin).host
    } catch {
      originHost = undefined
    }
    if (originHost !== req.get('host')) {
      return next(new AppError('FORBIDDEN', { message: 'Cross-site requests are not allowed' }))
    }
  }
  const length = Number(req.get('content-length') ?? 0)
  // Uploads come as application/octet-stream, which a cross-site form cannot send either.
  const upload =
    (req.path === '/files' || /^\/letterbox\/letters\/[^/]+\/photos$/.test(req.path)) &&
    req.is('application/octet-stream')
  if ((length > 0 || req.get('transfer-encoding')) && !req.is('application/json') && !upload) {
    return next(new AppError('UNSUPPORTED_MEDIA_TYPE'))
  }
  return next()
}
