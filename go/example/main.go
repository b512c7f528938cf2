// Usage example for the Go client that `scripts/generate-client go OUTDIR` writes. scripts/lang-check copies it
// into the generated module, builds and vets it with the client, and runs it against the local stand-in.
//
// Run it against PostHog: copy this directory into OUTDIR, then
//
//	POSTHOG_HOST=https://us.posthog.com POSTHOG_PERSONAL_API_KEY=phx_... POSTHOG_PROJECT_ID=@current go run ./example
package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	posthog "example.com/posthog-rest/posthog-go"
)

func main() {
	cfg := posthog.NewConfiguration()
	cfg.Servers = posthog.ServerConfigurations{{URL: env("POSTHOG_HOST", "https://us.posthog.com")}}
	client := posthog.NewAPIClient(cfg)
	ctx := context.WithValue(context.Background(), posthog.ContextAccessToken, env("POSTHOG_PERSONAL_API_KEY", ""))
	project := env("POSTHOG_PROJECT_ID", "@current")

	me, _, err := client.UsersAPI.UsersMeRetrieve(ctx).Execute()
	check("users/@me", err)

	persons, _, err := client.PersonsAPI.PersonsList(ctx, project).Limit(5).Execute()
	check("persons", err)
	if len(persons.GetResults()) == 0 || persons.GetResults()[0].GetCreatedAt().IsZero() {
		fail("persons: expected persons with a created_at, got %+v", persons.GetResults())
	}

	insights, _, err := client.InsightsAPI.InsightsList(ctx, project).Limit(20).Execute()
	check("insights", err)
	withQuery := 0
	for _, insight := range insights.GetResults() {
		if insight.Query.IsSet() && insight.Query.Get() != nil {
			withQuery++
		}
	}

	// The Query API: a oneOf with a discriminator (`kind`) and oneOfs with an array member both ways
	// (`properties` is a list of filters, each `value` a list of strings).
	browsers := []posthog.PropertyValueOneOfInner{{String: posthog.PtrString("Chrome")}, {String: posthog.PtrString("Firefox")}}
	filters := []posthog.PropertyFilter{{
		Key:      posthog.PtrString("$browser"),
		Value:    *posthog.NewNullablePropertyValue(&posthog.PropertyValue{ArrayOfPropertyValueOneOfInner: &browsers}),
		Operator: posthog.PROPERTYOPERATOR_EXACT.Ptr(),
	}}
	pageviews := posthog.NewEventsNode("EventsNode")
	pageviews.SetEvent("$pageview")
	query := posthog.NewTrendsQuery("TrendsQuery", []posthog.SeriesNode{{EventsNode: pageviews}})
	query.Properties = &posthog.TrendsQueryProperties{ArrayOfPropertyFilter: &filters}
	request := posthog.NewQueryRequest(posthog.QuerySchema{TrendsQuery: query})
	trend, _, err := client.QueryAPI.QueryTrendsQueryCreate(ctx, project).QueryRequest(*request).Execute()
	check("trend", err)
	if len(trend.GetResults()) == 0 || len(trend.GetResults()[0].GetData()) == 0 {
		fail("trend: expected a series with data, got %+v", trend.GetResults())
	}
	series := trend.GetResults()[0]
	total := 0.0
	for _, v := range series.GetData() {
		total += v
	}
	fmt.Printf("go: %s; %d persons on the first page; %d of %d insights with a query; %s: %d points, total %g\n",
		me.GetEmail(), len(persons.GetResults()), withQuery, len(insights.GetResults()),
		series.GetLabel(), len(series.GetData()), total)
}

func env(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}

func check(what string, err error) {
	var apiErr *posthog.GenericOpenAPIError
	if errors.As(err, &apiErr) {
		fail("%s: %v: %s", what, err, apiErr.Body())
	} else if err != nil {
		fail("%s: %v", what, err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "go example: "+format+"\n", args...)
	os.Exit(1)
}
