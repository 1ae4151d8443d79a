import type { AsfApplication } from '@asp/bff/contract'

export const applicationId = '5d0b7a52-8f0e-4b3a-9c55-2f7b1f0b9a11'
export const lineId = '9a3e3c1d-6b1f-4d7e-8a2b-0c4d5e6f7a81'

/** An application approved in part and in therapy, as the BFF answers for a finance officer. */
export function buildAsfApplication(overrides: Partial<AsfApplication> = {}): AsfApplication {
  return {
    id: applicationId,
    childId: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d',
    childName: 'Mia Philips',
    familyId: '2c3d4e5f-6071-4b8c-9d0e-1f2a3b4c5d6e',
    familyReference: 'CSA-00001',
    localAuthorityId: '3d4e5f60-7182-4c9d-8e0f-2a3b4c5d6e7f',
    planServiceId: null,
    renewsApplicationId: null,
    financialYear: 2026,
    rules: {
      name: 'Single fair access limit (from April 2025)',
      effectiveFrom: '2025-04-01',
      fairAccessLimitPence: 300_000,
      assessmentLimitPence: 250_000,
      assessmentsWithinLimit: true,
      matchFundingAllowed: false,
      applicationDueWorkingDays: 20,
    },
    eligibility: 'adopted_from_care_england',
    justification: 'Theraplay with both parents is recommended.',
    assessedOn: '2026-09-01',
    dueOn: '2026-09-29',
    deadline: 'met',
    warnings: [],
    status: 'in_progress',
    totalPence: 150_000,
    matchFundingPence: 0,
    requestedPence: 150_000,
    approvedPence: 120_000,
    approvedInPart: true,
    invoicedPence: 20_000,
    remainingPence: 100_000,
    fundReference: 'ASGSF-55120',
    submittedOn: '2026-09-20',
    decidedOn: '2026-10-15',
    workerName: 'Sam Okafor',
    lines: [
      {
        id: lineId,
        therapyType: 'theraplay',
        providerId: '4e5f6071-8293-4d0e-8f1a-3b4c5d6e7f80',
        providerName: 'Ridgeway Theraplay',
        sessions: 12,
        costPence: 150_000,
        outcomeTool: 'bac',
        baselineScore: 24,
        endScore: null,
        endsOn: '2027-03-15',
        invoicedPence: 20_000,
      },
    ],
    events: [
      { status: 'draft', happenedOn: '2026-09-10', note: null, byName: 'Sam Okafor' },
      { status: 'approved', happenedOn: '2026-10-15', note: null, byName: 'Dev Patel' },
    ],
    invoices: [
      {
        id: '5f607182-93a4-4e1f-8a2b-4c5d6e7f8091',
        lineId,
        invoiceNumber: 'RT-1001',
        invoicedOn: '2026-11-02',
        amountPence: 20_000,
        recordedByName: 'Dev Patel',
      },
    ],
    allowedActions: ['record_invoice'],
    version: 7,
    ...overrides,
  }
}
