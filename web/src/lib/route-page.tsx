import type { ReactNode } from 'react'
import type { LoaderFunction, RouteObject } from 'react-router'
import { RouteError } from '../app/route-error.tsx'

/**
 * A page of the SPA as a route, with the error element every route has ("Page not found", sign in
 * again, "You do not have permission" or the service problem page), so that an error in one page
 * leaves the layout around it. Features build their route objects with it; `app/router.tsx`
 * composes them.
 */
export function page(path: string, element: ReactNode, loader?: LoaderFunction): RouteObject {
  return loader
    ? { path, element, loader, errorElement: <RouteError /> }
    : { path, element, errorElement: <RouteError /> }
}
