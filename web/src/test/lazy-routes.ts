import { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { describe, expect, it } from 'vitest'

/**
 * The checks every lazy feature's `routes.test.ts` makes (ADR 0019): its lazy routes name every
 * page of the feature and nothing else, and each path loads a page with its loader.
 */
export function describeLazyFeature(
  name: string,
  lazyRoutes: (queryClient: QueryClient) => RouteObject[],
  allRoutes: (queryClient: QueryClient) => RouteObject[],
) {
  describe(`the ${name} feature’s lazy routes`, () => {
    it('name every page of the feature, and nothing else', () => {
      const queryClient = new QueryClient()
      const lazy = lazyRoutes(queryClient).map((route) => route.path)
      const pages = allRoutes(queryClient).map((route) => route.path)
      expect([...lazy].sort()).toEqual([...pages].sort())
      expect(new Set(lazy).size).toBe(lazy.length)
    })

    it('load each page with its loader, if it has one', async () => {
      const queryClient = new QueryClient()
      const pages = new Map(allRoutes(queryClient).map((route) => [route.path, route]))
      for (const route of lazyRoutes(queryClient)) {
        const lazy = route.lazy as () => Promise<{ element: unknown; loader: unknown }>
        const loaded = await lazy()
        expect(loaded.element, route.path).toBeTruthy()
        expect(typeof loaded.loader, route.path).toBe(
          pages.get(route.path)?.loader === undefined ? 'undefined' : 'function',
        )
      }
    })
  })
}
