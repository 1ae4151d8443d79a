import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { assessmentRoutes } from './index.ts'
import { allAssessmentRoutes } from './routes.tsx'

describe('the assessments feature’s lazy routes', () => {
  it('name every page of the feature, and nothing else', () => {
    const queryClient = new QueryClient()
    const lazy = assessmentRoutes(queryClient).map((route) => route.path)
    const pages = allAssessmentRoutes(queryClient).map((route) => route.path)
    expect([...lazy].sort()).toEqual([...pages].sort())
    expect(new Set(lazy).size).toBe(lazy.length)
  })

  it('load each page with its loader', async () => {
    const queryClient = new QueryClient()
    for (const route of assessmentRoutes(queryClient)) {
      const lazy = route.lazy as () => Promise<{ element: unknown; loader: unknown }>
      const loaded = await lazy()
      expect(loaded.element, route.path).toBeTruthy()
      expect(typeof loaded.loader, route.path).toBe('function')
    }
  })
})
