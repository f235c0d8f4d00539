package synth

import (
	"testing"

	"github.com/dipgraph/dipgraph/schema"
)

func TestGenerate(t *testing.T) {
	collect := func(seed uint64) []schema.Facts {
		var out []schema.Facts
		err := Generate(Options{Seed: seed, Articles: 200}, func(f schema.Facts) error {
			out = append(out, f)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	a, b := collect(7), collect(7)
	if len(a) != 200 {
		t.Fatalf("got %d articles, want 200", len(a))
	}
	types := map[schema.EventType]int{}
	for i := range a {
		if a[i].Article.ID != b[i].Article.ID || len(a[i].Events) != len(b[i].Events) ||
			a[i].Events[0].IRI() != b[i].Events[0].IRI() {
			t.Fatalf("article %d differs between two runs with the same seed", i)
		}
		known := map[schema.IRI]bool{}
		for _, ac := range a[i].Actors {
			known[ac.IRI] = true
		}
		for _, e := range a[i].Events {
			types[e.Type]++
			if e.Date.IsZero() || e.Status != schema.Occurred {
				t.Errorf("article %d: event %s has no date or is not occurred", i, e.IRI())
			}
			for _, p := range append(append([]schema.IRI{e.Visitor, e.Host}, e.Participants...), e.Attendees...) {
				if p != "" && !known[p] {
					t.Errorf("article %d: event %s refers to %s, which is not among the article's actors", i, e.IRI(), p)
				}
			}
		}
	}
	for _, typ := range []schema.EventType{schema.Meeting, schema.Visit, schema.Gathering} {
		if types[typ] == 0 {
			t.Errorf("no %s generated in 200 articles", typ)
		}
	}
	if c := collect(8); c[0].Events[0].IRI() == a[0].Events[0].IRI() && c[1].Events[0].IRI() == a[1].Events[0].IRI() {
		t.Error("different seeds gave the same events")
	}
}

func TestGenerateRejectsZeroArticles(t *testing.T) {
	if err := Generate(Options{}, func(schema.Facts) error { return nil }); err == nil {
		t.Fatal("want an error for zero articles")
	}
}
