import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { paths } from '../../../../app/paths.ts'
import { page } from '../../../../lib/route-page.tsx'
import { AllocatePage } from './allocate-page.tsx'
import { AuditPage } from './audit-page.tsx'
import { ClosePage } from './close-page.tsx'
import { LinkFamilyPage } from './link-family-page.tsx'
import { LogContactPage } from './log-contact-page.tsx'
import { MyWorkPage } from './my-work-page.tsx'
import { QueuePage } from './queue-page.tsx'
import { RequestPage } from './request-page.tsx'
import {
  loadAllocate,
  loadAudit,
  loadLogContact,
  loadMyWork,
  loadQueue,
  loadRequest,
  loadTeam,
  loadTriage,
} from './support-line-loaders.ts'
import { TeamPage } from './team-page.tsx'
import { TriagePage } from './triage-page.tsx'

/**
 * The support line: duty officers, support workers and team managers log contacts, triage,
 * allocate and work requests. Signed-in routes: the app puts them behind the session guard.
 */
export function supportLineRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    page(paths.supportLineQueue, <QueuePage />, ({ request }) => loadQueue(queryClient, request)),
    page(paths.supportLineLogContact, <LogContactPage />, () => loadLogContact(queryClient)),
    page(paths.supportLineRequest, <RequestPage />, ({ params }) =>
      loadRequest(queryClient, params),
    ),
    page(paths.supportLineTriage, <TriagePage />, ({ params }) => loadTriage(queryClient, params)),
    page(paths.supportLineAllocate, <AllocatePage />, ({ params }) =>
      loadAllocate(queryClient, params),
    ),
    page(paths.supportLineClose, <ClosePage />, ({ params }) => loadRequest(queryClient, params)),
    page(paths.supportLineLinkFamily, <LinkFamilyPage />, ({ params }) =>
      loadRequest(queryClient, params),
    ),
    page(paths.supportLineAudit, <AuditPage />, ({ params }) => loadAudit(queryClient, params)),
    page(paths.supportLineMyWork, <MyWorkPage />, () => loadMyWork(queryClient)),
    page(paths.supportLineTeam, <TeamPage />, () => loadTeam(queryClient)),
  ]
}
