// The client summaries of a generated sample agency, built the plain way (each client's own
// cars, the policies it is insured on, staff by id): a realistic search index for the tests
// that need one, independent of how the repositories batch the same work.
import type { SampleAgency } from '../../shared/domain/sample/generate';
import { buildClientSummary } from '../../shared/domain/search/summary';
import type { ClientSummary } from '../../shared/domain/types';

export function sampleSummaries(agency: SampleAgency): ClientSummary[] {
  const staff = new Map(agency.staff.map((s) => [s.id, s]));
  return agency.clients.map((c) =>
    buildClientSummary(
      c,
      agency.vehicles.filter((v) => v.ownerId === c.id),
      agency.policies.filter((p) => p.insuredId === c.id),
      staff,
    ),
  );
}
