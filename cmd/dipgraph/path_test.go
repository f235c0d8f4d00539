package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestPathHops checks that each hop of a path shows its event, and that
// paths avoid countries unless --via-countries.
func TestPathHops(t *testing.T) {
	db := andes(t)
	with := func(args ...string) []string { return append(append([]string{}, db...), args...) }

	out := mustCLI(t, with("path", "Hayashi", "Urrejola")...)
	want := "FROM               RELATION  TO                   EVENT    DATE        SOURCES\n" +
		"Yoshimasa Hayashi  met       Ana Cecilia Gervasi  meeting  2023-06-13  lima\n" +
		"Antonia Urrejola   met       Ana Cecilia Gervasi  meeting  2022        history\n"
	if out != want {
		t.Errorf("path Hayashi Urrejola:\n%s\nwant\n%s", out, want)
	}

	code, out, errs := cli(t, "", with("path", "Hayashi", "Colombia")...)
	if code != exitNotFound || out != "" || !strings.Contains(errs, "avoids countries (--via-countries lets it pass through them)") {
		t.Errorf("path Hayashi Colombia through Peru only: exit %d, stdout %q, stderr %q", code, out, errs)
	}

	var hops []hopView
	if err := json.Unmarshal([]byte(mustCLI(t, with("path", "Hayashi", "Colombia", "--via-countries", "--format", "json")...)), &hops); err != nil {
		t.Fatal(err)
	}
	if len(hops) != 3 || hops[0].Relation != "visited" || hops[0].To.Name != "Peru" || hops[0].Event == nil ||
		hops[0].Event.Type != "visit" || hops[0].Event.Date != "2023-06-12" || hops[0].Events != 1 ||
		hops[2].To.IRI != "https://dipgraph.org/id/country/COL" || hops[2].Event == nil || hops[2].Event.Type != "gathering" {
		t.Errorf("path Hayashi Colombia --via-countries: %+v", hops)
	}
}
