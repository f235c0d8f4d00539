package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
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

// TestHopEvents: a direct met edge stands for the occurred meetings of its
// two ends, dated ones first by date, undated last; a role edge for its event.
func TestHopEvents(t *testing.T) {
	a, b, c := schema.PersonIRI("A"), schema.PersonIRI("B"), schema.PersonIRI("C")
	meet := func(d schema.Date, status schema.EventStatus, ps ...schema.IRI) schema.Event {
		return schema.Event{Type: schema.Meeting, Status: status, Mode: schema.InPerson, Date: d, Participants: ps}
	}
	undated := meet(schema.Date{}, schema.Occurred, a, b)
	late := meet(schema.Year(1988), schema.Occurred, a, b)
	early := meet(schema.Month(1987, 4), schema.Occurred, a, b)
	planned := meet(schema.Year(1986), schema.Planned, a, b)
	other := meet(schema.Year(1985), schema.Occurred, a, c)
	evs := map[schema.IRI]schema.Event{}
	for _, e := range []schema.Event{undated, late, early, planned, other} {
		evs[e.IRI()] = e
	}
	got := hopEvents(graph.Step{From: a, Predicate: schema.Met, To: b}, evs)
	want := []schema.IRI{early.IRI(), late.IRI(), undated.IRI()}
	if len(got) != len(want) {
		t.Fatalf("%d events, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i].IRI() != want[i] {
			t.Errorf("event %d is %s, want %s", i, got[i].IRI(), want[i])
		}
	}
	if es := hopEvents(graph.Step{From: other.IRI(), Predicate: schema.Participant, To: c}, evs); len(es) != 1 || es[0].IRI() != other.IRI() {
		t.Errorf("a participant edge: %+v", es)
	}
}
