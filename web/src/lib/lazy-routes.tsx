import type { RouteObject } from 'react-router'
import { RouteError } from '../app/route-error.tsx'

/**
 * A feature's routes, loaded only when one of its pages is first opened: the start page's
 * JavaScript does not carry the feature. The paths are known up front (the router matches on
 * them); the pages and loaders come from `load`, one chunk for the whole feature, fetched once.
 */
export function lazyRoutes(
  featurePaths: readonly string[],
  load: () => Promise<RouteObject[]>,
): RouteObject[] {
  let loaded: Promise<RouteObject[]> | undefined
  return featurePaths.map((path) => ({
    path,
    errorElement: <RouteError />,
    lazy: async () => {
      loaded ??= load()
      const route = (await loaded).find((candidate) => candidate.path === path)
      if (!route) throw new Error(`No page for ${path}`)
      return { element: route.element, loader: route.loader }
    },
  }))
}
