package graph

import (
	"context"
	"database/sql"
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/dipgraph/dipgraph/synth"
)

// TestBatchReadsAgree checks the batch readers (bolt's buckets read directly,
// PostgreSQL's tables queried directly) against Cayley's own quad-by-quad
// reads on memstore: the same synthetic articles, some then retracted (which
// leaves deleted quads in bolt's indexes) and one rewritten, must give the
// same answers to every query.
func TestBatchReadsAgree(t *testing.T) {
	ctx := context.Background()
	var facts []schema.Facts
	if err := synth.Generate(synth.Options{Seed: 3, Articles: 150, People: 40}, func(f schema.Facts) error {
		facts = append(facts, f)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	changed := facts[7]
	changed.Article.Text += " (updated)"
	changed.Events = changed.Events[:1]
	// The update changes values of the event it keeps: the old copy's quads
	// are deleted, while their literals stay stored for other events.
	changed.Events[0].Topics = []string{"public health"}
	changed.Events[0].Confidence = 0.51
	load := func(t *testing.T, s *Store) *Store {
		t.Helper()
		write(t, s, facts)
		for _, f := range facts[20:30] {
			if _, err := s.Retract(ctx, f.Article.IRI()); err != nil {
				t.Fatal(err)
			}
		}
		write(t, s, []schema.Facts{changed})
		return s
	}
	stores := map[string]func(t *testing.T) *Store{
		"bolt": func(t *testing.T) *Store { return openStore(t, Options{Backend: BackendBolt, Path: t.TempDir()}) },
	}
	if url := os.Getenv("DIPGRAPH_TEST_POSTGRES"); url != "" {
		stores["postgres"] = func(t *testing.T) *Store {
			db, err := sql.Open("postgres", url)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			s := openStore(t, Options{Backend: BackendPostgres, Path: url})
			if _, err := db.Exec("TRUNCATE quads, nodes"); err != nil {
				t.Fatalf("empty the test database: %v", err)
			}
			return s
		}
	}
	ref := load(t, openMemory(t))

	// The actors asked about: the busiest person, an ordinary one, a country.
	count := map[schema.IRI]int{}
	for _, f := range facts {
		for _, e := range f.Events {
			for _, x := range eventActors(e) {
				if schema.KindOf(x) == schema.KindPerson {
					count[x]++
				}
			}
		}
	}
	var busy, ordinary schema.IRI
	for x, n := range count {
		if busy == "" || n > count[busy] || n == count[busy] && x < busy {
			busy = x
		}
		if n == 2 && (ordinary == "" || x < ordinary) {
			ordinary = x
		}
	}
	country := schema.CountryIRI("USA")
	year := TimeRange{From: time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2011, 1, 1, 0, 0, 0, 0, time.UTC)}
	month := TimeRange{From: time.Date(2012, 6, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2012, 7, 1, 0, 0, 0, 0, time.UTC)}
	if ns, err := ref.nationals(ctx, country); err != nil || len(ns) < 2 {
		t.Fatalf("nationals of %s on memstore: %v, %v; the synthetic data must give it some for the country timeline to test them", country, ns, err)
	}
	tests := []struct {
		name string
		run  func(s *Store) (any, error)
	}{
		{"timeline busy", func(s *Store) (any, error) { return s.Timeline(ctx, busy, TimeRange{}) }},
		{"timeline ordinary", func(s *Store) (any, error) { return s.Timeline(ctx, ordinary, TimeRange{}) }},
		{"timeline country in a year", func(s *Store) (any, error) { return s.Timeline(ctx, country, year) }},
		{"timeline country", func(s *Store) (any, error) { return s.Timeline(ctx, country, TimeRange{}) }},
		{"nationals of country", func(s *Store) (any, error) { return s.nationals(ctx, country) }},
		{"events dated in a year, dates only", func(s *Store) (any, error) {
			all, err := s.subjectsOf(ctx, schema.Type, iri(schema.ClassEvent))
			if err != nil {
				return nil, err
			}
			return s.datedIn(ctx, all, year)
		}},
		{"meetings busy", func(s *Store) (any, error) { return s.Meetings(ctx, busy, TimeRange{}) }},
		{"visits country", func(s *Store) (any, error) { return s.Visits(ctx, country, TimeRange{}) }},
		{"gatherings in a year", func(s *Store) (any, error) { return s.Gatherings(ctx, GatheringFilter{Range: year}) }},
		{"gatherings attended", func(s *Store) (any, error) { return s.Gatherings(ctx, GatheringFilter{Attendee: country}) }},
		{"events in a month", func(s *Store) (any, error) { return s.EventsInRange(ctx, month) }},
		{"all events", func(s *Store) (any, error) { return s.EventsInRange(ctx, TimeRange{}) }},
		{"actors", func(s *Store) (any, error) { return s.Actors(ctx, "", 0) }},
		{"actor", func(s *Store) (any, error) { return s.Actor(ctx, busy) }},
		{"resolve", func(s *Store) (any, error) { return s.ResolveActor(ctx, string(ordinary)) }},
		{"retracted article's hash", func(s *Store) (any, error) {
			h, ok, err := s.ArticleHash(ctx, facts[25].Article.IRI())
			return []any{h, ok}, err
		}},
		{"changed article's hash", func(s *Store) (any, error) {
			h, ok, err := s.ArticleHash(ctx, changed.Article.IRI())
			return []any{h, ok}, err
		}},
		{"path length", func(s *Store) (any, error) {
			p, err := s.Path(ctx, busy, ordinary, 0)
			return len(p), err
		}},
		{"stats", func(s *Store) (any, error) {
			st, err := s.Stats(ctx)
			st.Quads, st.Nodes = 0, 0 // backend counts: PostgreSQL's are estimates
			return st, err
		}},
	}
	for name, open := range stores {
		t.Run(name, func(t *testing.T) {
			s := load(t, open(t))
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					want, err := tt.run(ref)
					if err != nil {
						t.Fatalf("memstore: %v", err)
					}
					got, err := tt.run(s)
					if err != nil {
						t.Fatal(err)
					}
					if diff := cmp.Diff(want, got); diff != "" {
						t.Errorf("%s differs from memstore (-memstore +%s):\n%s", tt.name, name, diff)
					}
				})
			}
		})
	}
}

// TestBoltNodeCount checks bolt's node count (keys of the value buckets)
// against Cayley's own exact count (a walk of the quad log), as articles are
// written, retracted and rewritten.
func TestBoltNodeCount(t *testing.T) {
	ctx := context.Background()
	var facts []schema.Facts
	if err := synth.Generate(synth.Options{Seed: 5, Articles: 60, People: 20}, func(f schema.Facts) error {
		facts = append(facts, f)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	changed := facts[3]
	changed.Article.Text += " (updated)"
	changed.Events = changed.Events[:1]
	s := openStore(t, Options{Backend: BackendBolt, Path: t.TempDir()})
	tests := []struct {
		name string
		do   func() error
	}{
		{name: "empty", do: func() error { return nil }},
		{name: "written", do: func() error { _, err := s.WriteArticles(ctx, facts); return err }},
		{name: "retracted", do: func() error {
			for _, f := range facts[10:25] {
				if _, err := s.Retract(ctx, f.Article.IRI()); err != nil {
					return err
				}
			}
			return nil
		}},
		{name: "rewritten", do: func() error { _, err := s.WriteArticles(ctx, []schema.Facts{changed}); return err }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.do(); err != nil {
				t.Fatal(err)
			}
			want, err := s.qs.Stats(ctx, true)
			if err != nil && tt.name != "empty" {
				t.Fatal(err)
			}
			got, err := s.backendStats(ctx)
			if err != nil && tt.name != "empty" {
				t.Fatal(err)
			}
			if got.Nodes.Value != want.Nodes.Value || got.Quads.Value != want.Quads.Value {
				t.Errorf("nodes, quads = %d, %d; Cayley counts %d, %d", got.Nodes.Value, got.Quads.Value, want.Nodes.Value, want.Quads.Value)
			}
			if tt.name != "empty" && got.Nodes.Value == 0 {
				t.Error("no nodes counted")
			}
		})
	}
}
