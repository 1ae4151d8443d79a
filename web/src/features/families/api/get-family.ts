import {
  type Child,
  childParamsSchema,
  type Family,
  familyEndpoints,
  familyParamsSchema,
  type FamilyParent,
  parentParamsSchema,
} from '@asp/bff/contract'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { data } from 'react-router'
import { apiFetch } from '../../../lib/api-client.ts'

/** Query keys and options for a family record: staff by id, an adoptive parent their own. */
export const familyQueries = {
  all: () => ['families'] as const,
  detail: (familyId: string) =>
    queryOptions({
      queryKey: [...familyQueries.all(), 'detail', familyId] as const,
      queryFn: ({ signal }) =>
        apiFetch(familyEndpoints.getFamily, { params: { familyId }, signal }),
    }),
  mine: () =>
    queryOptions({
      queryKey: [...familyQueries.all(), 'mine'] as const,
      queryFn: ({ signal }) => apiFetch(familyEndpoints.getMyFamily, { signal }),
    }),
}

/** The `:familyId` of a route, or "Page not found" when it cannot be one (the contract's rule). */
export function parseFamilyId(params: { familyId?: string | undefined }): string {
  const parsed = familyParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data.familyId
}

/** The `:familyId` and `:childId` of a route, or "Page not found" when they cannot be ids. */
export function parseChildParams(params: {
  familyId?: string | undefined
  childId?: string | undefined
}): { familyId: string; childId: string } {
  const parsed = childParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data
}

/** A child of a family record, or "Page not found" when the record has no such child. */
export function getChildById(family: Family, childId: string): Child {
  const child = family.children.find((candidate) => candidate.id === childId)
  if (!child) {
    throw data(null, { status: 404 })
  }
  return child
}

/** Puts a child the API answered with into the cached family record, added or replaced. */
export function putChild(queryClient: QueryClient, familyId: string, child: Child) {
  queryClient.setQueryData(familyQueries.detail(familyId).queryKey, (family?: Family) =>
    family === undefined
      ? undefined
      : {
          ...family,
          children: family.children.some((candidate) => candidate.id === child.id)
            ? family.children.map((candidate) => (candidate.id === child.id ? child : candidate))
            : [...family.children, child],
        },
  )
}

/** The `:familyId` and `:parentId` of a route, or "Page not found" when they cannot be ids. */
export function parseParentParams(params: {
  familyId?: string | undefined
  parentId?: string | undefined
}): { familyId: string; parentId: string } {
  const parsed = parentParamsSchema.safeParse(params)
  if (!parsed.success) {
    throw data(null, { status: 404 })
  }
  return parsed.data
}

/** A parent on a family record, or "Page not found" when the record has no such parent. */
export function getParentById(family: Family, parentId: string): FamilyParent {
  const parent = family.parents.find((candidate) => candidate.id === parentId)
  if (!parent) {
    throw data(null, { status: 404 })
  }
  return parent
}

/** Puts a parent the API answered with into the cached family record, in place of the old one. */
export function putParent(queryClient: QueryClient, familyId: string, parent: FamilyParent) {
  queryClient.setQueryData(familyQueries.detail(familyId).queryKey, (family?: Family) =>
    family === undefined
      ? undefined
      : {
          ...family,
          parents: family.parents.map((candidate) =>
            candidate.id === parent.id ? parent : candidate,
          ),
        },
  )
}
