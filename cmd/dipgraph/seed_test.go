package main

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/internal/sharedtest"
)

// TestSeedArticle checks the facts the project started from: the seed article
// in ../shared/seed, ingested into a fresh bolt store.
func TestSeedArticle(t *testing.T) {
	seed := sharedtest.Path(t, "seed")
	isolate(t)
	db := []string{"--db", filepath.Join(t.TempDir(), "db")}
	with := func(args ...string) []string { return append(append([]string{}, db...), args...) }
	mustCLI(t, with("ingest", seed)...)

	var meetings []eventView
	if err := json.Unmarshal([]byte(mustCLI(t, with("who-met", "Lavrov", "--format", "json")...)), &meetings); err != nil {
		t.Fatal(err)
	}
	find := func(name string) *eventView {
		for i, m := range meetings {
			if slices.Contains(refNames(m.Participants), name) {
				return &meetings[i]
			}
		}
		t.Errorf("Lavrov's meetings lack %s: %+v", name, meetings)
		return nil
	}
	if m := find("Imran Khan"); m != nil {
		if m.Date != "2021-04-07" {
			t.Errorf("Lavrov met Imran Khan on %s, want 2021-04-07", m.Date)
		}
		topics := strings.ToLower(strings.Join(m.Topics, "; "))
		for _, want := range []string{"afghan", "economic relations", "covid-19", "gas pipeline"} {
			if !strings.Contains(topics, want) {
				t.Errorf("the Khan meeting's topics %q lack %q", topics, want)
			}
		}
	}
	if m := find("Qamar Javed Bajwa"); m != nil && (m.Date != "2021-04-07" || (m.Place == nil || m.Place.Name != "Rawalpindi")) {
		t.Errorf("Lavrov met Bajwa on %s in %v, want 2021-04-07 in Rawalpindi", m.Date, m.Place)
	}

	if out := mustCLI(t, with("visits", "Lavrov")...); !strings.Contains(out, "Pakistan") {
		t.Errorf("visits Lavrov lacks Pakistan:\n%s", out)
	}

	var gatherings []eventView
	if err := json.Unmarshal([]byte(mustCLI(t, with("gatherings", "--place", "Moscow", "--format", "json")...)), &gatherings); err != nil {
		t.Fatal(err)
	}
	if len(gatherings) != 1 {
		t.Fatalf("want one gathering in Moscow, got %+v", gatherings)
	}
	g := gatherings[0]
	if g.Date != "2021-03" || g.Host == nil || g.Host.Name != "Russia" {
		t.Errorf("the Moscow conference: date %s host %v, want 2021-03 hosted by Russia", g.Date, g.Host)
	}
	for _, want := range []string{"United States", "China", "Pakistan"} {
		if !slices.Contains(refNames(g.Attendees), want) {
			t.Errorf("the Moscow conference's attendees %v lack %s", g.Attendees, want)
		}
	}

	var timeline []eventView
	if err := json.Unmarshal([]byte(mustCLI(t, with("timeline", "United States", "--from", "2020", "--to", "2020", "--format", "json")...)), &timeline); err != nil {
		t.Fatal(err)
	}
	agreed := false
	for _, e := range timeline {
		agreed = agreed || e.Type == "agreement" && slices.Contains(refNames(e.Participants), "Taliban") && e.Date == "2020"
	}
	if !agreed {
		t.Errorf("the United States' 2020 timeline lacks the agreement with the Taliban: %+v", timeline)
	}
}

// refNames returns the names of references.
func refNames(rs []ref) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Name
	}
	return out
}
