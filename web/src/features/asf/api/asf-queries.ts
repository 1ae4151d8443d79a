import {
  asfEndpoints,
  type AsfApplication,
  type asfApplicationInputSchema,
  type asfApplicationsQuerySchema,
  type asfProviderInputSchema,
  type changeAsfApplicationSchema,
  type moveAsfApplicationSchema,
  type recordAsfInvoiceSchema,
} from '@asp/bff/contract'
import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { data, type Params } from 'react-router'
import { z } from 'zod'
import { apiFetch, buildUrl } from '../../../lib/api-client.ts'

// The fund applications' queries and changes, through the feature's own endpoints.

export type AsfListFilters = z.input<typeof asfApplicationsQuerySchema>

const keys = { all: () => ['asf'] as const }

export const asfQueries = {
  /** `GET /api/staff/asf/applications`: a page of applications in the caller's scope. */
  list: (filters: AsfListFilters) =>
    queryOptions({
      queryKey: [...keys.all(), 'list', filters] as const,
      queryFn: ({ signal }) =>
        apiFetch(asfEndpoints.findAsfApplications, { query: filters, signal }),
    }),
  /** `GET /api/staff/asf/applications/:applicationId`: one, with what the caller may do. */
  detail: (applicationId: string) =>
    queryOptions({
      queryKey: [...keys.all(), 'detail', applicationId] as const,
      queryFn: ({ signal }) =>
        apiFetch(asfEndpoints.getAsfApplication, { params: { applicationId }, signal }),
    }),
  /** `GET /api/staff/asf/new-application`: the child, or a support plan's service, to start from. */
  start: (query: { childId?: string; planServiceId?: string }) =>
    queryOptions({
      queryKey: [...keys.all(), 'start', query] as const,
      queryFn: ({ signal }) => apiFetch(asfEndpoints.getAsfNewApplication, { query, signal }),
    }),
  /** `GET /api/staff/asf/allowance`: what is left for a child in a financial year. */
  allowance: (childId: string, financialYear: number, exceptApplicationId?: string) =>
    queryOptions({
      queryKey: [...keys.all(), 'allowance', childId, financialYear, exceptApplicationId] as const,
      queryFn: ({ signal }) =>
        apiFetch(asfEndpoints.getAsfAllowance, {
          query: {
            childId,
            financialYear,
            ...(exceptApplicationId ? { exceptApplicationId } : {}),
          },
          signal,
        }),
    }),
  /** `GET /api/staff/asf/providers`: the register of therapy providers. */
  providers: () =>
    queryOptions({
      queryKey: [...keys.all(), 'providers'] as const,
      queryFn: ({ signal }) => apiFetch(asfEndpoints.findAsfProviders, { signal }),
    }),
  /** `GET /api/staff/asf/figures`: a financial year's money, by therapy type and provider. */
  figures: (financialYear: number) =>
    queryOptions({
      queryKey: [...keys.all(), 'figures', financialYear] as const,
      queryFn: ({ signal }) =>
        apiFetch(asfEndpoints.getAsfFigures, { query: { financialYear }, signal }),
    }),
  /** `GET /api/asf-applications`: the therapy applied for for an adoptive parent's children. */
  mine: () =>
    queryOptions({
      queryKey: [...keys.all(), 'mine'] as const,
      queryFn: ({ signal }) => apiFetch(asfEndpoints.getMyAsfApplications, { signal }),
    }),
}

const applicationIdSchema = z.uuid()

/** The application's id from the page's address, or "Page not found". */
export function parseApplicationId(params: Params): string {
  const parsed = applicationIdSchema.safeParse(params.applicationId)
  if (!parsed.success) throw data(null, { status: 404 })
  return parsed.data
}

/** Shows the API's answer at once, and has every list that may show it asked for again. */
function putApplication(queryClient: QueryClient, application: AsfApplication) {
  queryClient.setQueryData(asfQueries.detail(application.id).queryKey, application)
  void queryClient.invalidateQueries({ queryKey: [...keys.all(), 'list'] })
  void queryClient.invalidateQueries({ queryKey: asfQueries.mine().queryKey })
}

/** `POST /api/staff/asf/applications`: a new application, a draft. */
export function useCreateAsfApplication() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof asfApplicationInputSchema>) =>
      apiFetch(asfEndpoints.createAsfApplication, { body }),
    onSuccess: (application) => {
      putApplication(queryClient, application)
      void queryClient.invalidateQueries({ queryKey: [...keys.all(), 'allowance'] })
    },
  })
}

/** `PUT …/applications/:applicationId`: change a draft, at the version it was read. */
export function useChangeAsfApplication(applicationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof changeAsfApplicationSchema>) =>
      apiFetch(asfEndpoints.changeAsfApplication, { params: { applicationId }, body }),
    onSuccess: (application) => {
      putApplication(queryClient, application)
      void queryClient.invalidateQueries({ queryKey: [...keys.all(), 'allowance'] })
    },
  })
}

/** `POST …/applications/:applicationId/renewal`: next financial year's draft, from this one. */
export function useRenewAsfApplication(applicationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    // The request has no body: the form's submit hands the mutation `null`.
    mutationFn: (_nothing: null) =>
      apiFetch(asfEndpoints.renewAsfApplication, { params: { applicationId } }),
    onSuccess: (renewal) => {
      putApplication(queryClient, renewal)
      void queryClient.invalidateQueries({ queryKey: [...keys.all(), 'allowance'] })
    },
  })
}

/** `POST /api/staff/asf/providers`: a provider added to the register. */
export function useCreateAsfProvider() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof asfProviderInputSchema>) =>
      apiFetch(asfEndpoints.createAsfProvider, { body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: asfQueries.providers().queryKey })
    },
  })
}

/** `POST …/applications/:applicationId/steps`: take the application a step on. */
export function useMoveAsfApplication(applicationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof moveAsfApplicationSchema>) =>
      apiFetch(asfEndpoints.moveAsfApplication, { params: { applicationId }, body }),
    onSuccess: (application) => {
      putApplication(queryClient, application)
    },
  })
}

/** `POST …/applications/:applicationId/invoices`: record an invoice (the finance officer). */
export function useRecordAsfInvoice(applicationId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: z.input<typeof recordAsfInvoiceSchema>) =>
      apiFetch(asfEndpoints.recordAsfInvoice, { params: { applicationId }, body }),
    onSuccess: (application) => {
      putApplication(queryClient, application)
    },
  })
}

/** `GET …/applications/:applicationId/summary`: the de-identified summary, for a plain link. */
export function asfSummaryHref(applicationId: string): string {
  return buildUrl(asfEndpoints.downloadAsfSummary, { applicationId }).pathname
}

/** `GET /api/staff/asf/figures.csv`: a year's applications for finance, for a plain link. */
export function asfCsvHref(financialYear: number): string {
  const url = buildUrl(asfEndpoints.downloadAsfFigures, {}, { financialYear })
  return `${url.pathname}${url.search}`
}
