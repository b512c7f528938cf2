/*
 * Usage example for the Java client that `scripts/generate-client java OUTDIR` writes. scripts/lang-check compiles
 * it with the client (javac, Debian's Jackson jars) and runs it against the local stand-in.
 *
 * Environment: POSTHOG_HOST (default https://us.posthog.com), POSTHOG_PERSONAL_API_KEY, POSTHOG_PROJECT_ID
 * (default @current).
 */
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.OffsetDateTime;
import java.util.List;

import posthog.rest.client.ApiClient;
import posthog.rest.client.ApiException;
import posthog.rest.client.api.InsightsApi;
import posthog.rest.client.api.PersonsApi;
import posthog.rest.client.api.QueryApi;
import posthog.rest.client.api.UsersApi;
import posthog.rest.client.model.EventsNode;
import posthog.rest.client.model.PaginatedInsightList;
import posthog.rest.client.model.PaginatedPersonList;
import posthog.rest.client.model.PropertyFilter;
import posthog.rest.client.model.PropertyOperator;
import posthog.rest.client.model.PropertyValue;
import posthog.rest.client.model.PropertyValueOneOfInner;
import posthog.rest.client.model.QueryRequest;
import posthog.rest.client.model.QuerySchema;
import posthog.rest.client.model.SeriesNode;
import posthog.rest.client.model.TrendsQuery;
import posthog.rest.client.model.TrendsQueryProperties;
import posthog.rest.client.model.TrendsQueryResponse;
import posthog.rest.client.model.TrendsSeriesResult;
import posthog.rest.client.model.User;

public final class Example {
    public static void main(String[] args) throws Exception {
        String key = env("POSTHOG_PERSONAL_API_KEY", "");
        String project = env("POSTHOG_PROJECT_ID", "@current");
        ApiClient client = new ApiClient();
        client.updateBaseUri(env("POSTHOG_HOST", "https://us.posthog.com"));
        // HTTP/2 comes by TLS negotiation; on plain http:// (the local stand-in) java.net.http would ask for an h2c upgrade.
        client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));

        try {
            User me = new UsersApi(client).usersMeRetrieve();

            PaginatedPersonList persons = new PersonsApi(client).personsList(
                PersonsApi.APIPersonsListRequest.newBuilder().projectId(project).limit(5).build());
            OffsetDateTime firstCreated = persons.getResults().get(0).getCreatedAt();
            require(firstCreated != null, "persons: no created_at");

            PaginatedInsightList insights = new InsightsApi(client).insightsList(
                InsightsApi.APIInsightsListRequest.newBuilder().projectId(project).limit(20).build());
            long withQuery = insights.getResults().stream().filter(i -> i.getQuery() != null).count();

            // The Query API: a oneOf with a discriminator (`kind`) and oneOfs with an array member both ways
            // (`properties` is a list of filters, each `value` a list of strings).
            PropertyValue browsers = new PropertyValue(
                List.of(new PropertyValueOneOfInner("Chrome"), new PropertyValueOneOfInner("Firefox")));
            PropertyFilter filter = new PropertyFilter().key("$browser").value(browsers).operator(PropertyOperator.EXACT);
            TrendsQuery query = new TrendsQuery()
                .series(List.of(new SeriesNode(new EventsNode().event("$pageview"))))
                .properties(new TrendsQueryProperties(List.of(filter)));
            TrendsQueryResponse trend = new QueryApi(client).queryTrendsQueryCreate(
                QueryApi.APIQueryTrendsQueryCreateRequest.newBuilder()
                    .projectId(project)
                    .queryRequest(new QueryRequest().query(new QuerySchema(query)))
                    .build());
            require(!trend.getResults().isEmpty(), "trend: no series");
            TrendsSeriesResult series = trend.getResults().get(0);
            BigDecimal total = series.getData().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            require(!series.getData().isEmpty(), "trend: no data");

            System.out.printf(
                "java: %s; %d persons on the first page (first created %s); %d of %d insights with a query; %s: %d points, total %s%n",
                me.getEmail(), persons.getResults().size(), firstCreated, withQuery, insights.getResults().size(),
                series.getLabel(), series.getData().size(), total.stripTrailingZeros().toPlainString());
        } catch (ApiException e) {
            throw new IllegalStateException("HTTP " + e.getCode() + ": " + e.getResponseBody(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
