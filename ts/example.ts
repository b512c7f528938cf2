/**
 * Usage example type-checked in CI (`scripts/ts-check`): proves that spec/posthog.yaml yields
 * usable TypeScript, both as plain types (openapi-typescript → gen/schema.d.ts) and as a
 * fetch client (openapi-generator typescript-fetch → gen/fetch/). Never executed.
 */
import type { components, operations, paths } from "./gen/schema";
import {
  Configuration,
  InsightsApi,
  PersonsApi,
  QueryApi,
  RefreshMode,
  ResponseError,
  ApiErrorFromJSON, // scripts/ts-check maps the `Error` schema to `ApiError` (Error is a TS builtin)
  type Insight as FetchInsight,
  type PaginatedInsightList,
  type HogQLQueryResponse,
  type TrendsQueryResponse,
} from "./gen/fetch";

// --- Plain types from openapi-typescript -------------------------------------------------
export type Insight = components["schemas"]["Insight"];
export type Person = components["schemas"]["Person"];
export type Refresh = components["schemas"]["RefreshMode"];
export type ApiError = components["schemas"]["Error"];
export type InsightsListQuery = NonNullable<operations["insights_list"]["parameters"]["query"]>;
export type PersonsListQuery = NonNullable<operations["persons_list"]["parameters"]["query"]>;
export type InsightsListPath = keyof paths & "/api/projects/{project_id}/insights/";

export const everyRefreshMode: readonly Refresh[] = [
  "async",
  "async_except_on_cache_miss",
  "blocking",
  "force_async",
  "force_blocking",
  "force_cache",
  "lazy_async",
];

// @ts-expect-error -- "sometimes" is not a RefreshMode
export const invalidRefresh: Refresh = "sometimes";

export const listQuery: InsightsListQuery = { limit: 10, refresh: "force_cache" };

export function describeError(body: ApiError): string {
  const attr: string | null | undefined = body.attr; // optional `type: [string, 'null']` → string | null | undefined
  return `${body.type}/${body.code}: ${body.detail}${attr == null ? "" : ` (${attr})`}`;
}

// --- The typescript-fetch client ---------------------------------------------------------
export function clients(apiKey: string, host = "https://us.posthog.com") {
  const configuration = new Configuration({ basePath: host, accessToken: async () => apiKey });
  return { insights: new InsightsApi(configuration), persons: new PersonsApi(configuration) };
}

/** Project ids are `ProjectRef` strings in the spec: a numeric id or "@current". */
export type ProjectRef = `${number}` | "@current";

/** List insights, asking PostHog to recalculate stale results synchronously. */
export async function listInsights(apiKey: string, projectId: ProjectRef): Promise<FetchInsight[]> {
  const { insights } = clients(apiKey);
  const page: PaginatedInsightList = await insights.insightsList({
    projectId,
    refresh: RefreshMode.blocking,
    limit: 100,
  });
  // @ts-expect-error -- an invalid refresh mode is rejected at compile time
  await insights.insightsList({ projectId, refresh: "sometimes" });
  return page.results;
}

/** Filter persons by a property (PostHog takes the filter list as JSON in the query string). */
export async function linuxPersons(apiKey: string, projectId: ProjectRef): Promise<string[]> {
  const { persons } = clients(apiKey);
  const properties = JSON.stringify([{ key: "$initial_os", value: "Linux", operator: "exact", type: "person" }]);
  const page = await persons.personsList({ projectId, properties, limit: 50 });
  return page.results.map((person) => person.distinctIds[0] ?? String(person.id));
}

/** Read PostHog's error envelope from a failed call. */
export async function errorDetail(apiKey: string, projectId: ProjectRef): Promise<string> {
  const { insights } = clients(apiKey);
  try {
    await insights.insightsRetrieve({ projectId, id: "0" });
    return "ok";
  } catch (err: unknown) {
    if (err instanceof ResponseError) {
      const envelope = ApiErrorFromJSON(await err.response.json());
      return `${err.response.status} ${envelope.type}/${envelope.code}: ${envelope.detail}`;
    }
    throw err;
  }
}

// --- The Query API: HogQL with typed placeholders, and a typed insight query ---------------
export type QueryRequestBody = components["schemas"]["QueryRequest"];
export type HogQL = components["schemas"]["HogQLQuery"];

/** A HogQL request: `{since}` and `{event}` are bound by PostHog as typed constants, never spliced. */
export function hogqlRequest(since: string, event: string): QueryRequestBody {
  const query: HogQL = {
    kind: "HogQLQuery",
    query: "SELECT event, count() FROM events WHERE timestamp > {since} AND event = {event} GROUP BY event",
    values: { since, event },
  };
  return { query, name: "events since a date", refresh: "blocking" };
}

// @ts-expect-error -- the discriminator: a HogQLQuery needs its SQL
export const missingSql: QueryRequestBody = { query: { kind: "HogQLQuery" } };

/** Run HogQL with the fetch client; the kind's operation returns a typed response. */
export async function eventCounts(apiKey: string, projectId: ProjectRef): Promise<Array<[string, number]>> {
  const query = new QueryApi(new Configuration({ accessToken: async () => apiKey }));
  const response: HogQLQueryResponse = await query.queryHogqlQueryCreate({
    projectId,
    queryRequest: { query: { kind: "HogQLQuery", query: "SELECT event, count() FROM events GROUP BY event" } },
  });
  return response.results.map((row) => [String(row[0]), Number(row[1])]);
}

/** A weekly trend of pageviews: one series, its values per week. */
export async function weeklyPageviews(apiKey: string, projectId: ProjectRef): Promise<number[]> {
  const query = new QueryApi(new Configuration({ accessToken: async () => apiKey }));
  const response: TrendsQueryResponse = await query.queryTrendsQueryCreate({
    projectId,
    queryRequest: {
      query: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "$pageview" }], interval: "week" },
    },
  });
  return response.results[0]?.data ?? [];
}
