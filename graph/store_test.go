package graph

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dipgraph/dipgraph/schema"
)

func TestMemstore(t *testing.T) {
	testStore(t, openMemory)
}

func TestBolt(t *testing.T) {
	testStore(t, func(t *testing.T) *Store {
		return openStore(t, Options{Backend: BackendBolt, Path: t.TempDir()})
	})
}

// TestPostgres runs the suite against the database in DIPGRAPH_TEST_POSTGRES
// (a URL; the database is emptied before every case).
func TestPostgres(t *testing.T) {
	url := os.Getenv("DIPGRAPH_TEST_POSTGRES")
	if url == "" {
		t.Skip("set DIPGRAPH_TEST_POSTGRES to a PostgreSQL URL (a dedicated, disposable database) to run the suite against PostgreSQL")
	}
	testStore(t, func(t *testing.T) *Store {
		s := openStore(t, Options{Backend: BackendPostgres, Path: url})
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		db, err := sql.Open("postgres", url)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, err := db.Exec("TRUNCATE quads, nodes"); err != nil {
			t.Fatalf("empty the test database: %v", err)
		}
		return openStore(t, Options{Backend: BackendPostgres, Path: url})
	})
}

func openMemory(t *testing.T) *Store {
	return openStore(t, Options{Backend: BackendMemory})
}

func openStore(t *testing.T, o Options) *Store {
	t.Helper()
	s, err := Open(context.Background(), o)
	if err != nil {
		t.Fatalf("open %s store: %v", o.Backend, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func write(t *testing.T, s *Store, facts []schema.Facts) WriteResult {
	t.Helper()
	res, err := s.WriteArticles(context.Background(), facts)
	if err != nil {
		t.Fatalf("write articles: %v", err)
	}
	return res
}

func stats(t *testing.T, s *Store) Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatalf("stats: %v", err)
	}
	return st
}

// checkQuads asserts that the store holds exactly the quads of facts.
func checkQuads(t *testing.T, s *Store, facts []schema.Facts) {
	t.Helper()
	if got, want := stats(t, s).Quads, distinctQuads(facts); got != want {
		t.Errorf("store holds %d quads, want %d (the distinct quads of %d articles)", got, want, len(facts))
	}
}

func iris(es []schema.Event) []schema.IRI {
	var out []schema.IRI
	for _, e := range es {
		out = append(out, e.IRI())
	}
	return out
}

func irisOf(es ...schema.Event) []schema.IRI { return iris(es) }

// testStore is the conformance suite every backend runs; open returns a new,
// empty store.
func testStore(t *testing.T, open func(t *testing.T) *Store) {
	t.Run("Write", func(t *testing.T) { testWrite(t, open) })
	t.Run("RetractCycle", func(t *testing.T) { testRetractCycle(t, open) })
	t.Run("ResolveActor", func(t *testing.T) { testResolveActor(t, open) })
	t.Run("Actors", func(t *testing.T) { testActors(t, open) })
	t.Run("Events", func(t *testing.T) { testEvents(t, open) })
	t.Run("FullEvent", func(t *testing.T) { testFullEvent(t, open) })
	t.Run("Lookup", func(t *testing.T) { testLookup(t, open) })
	t.Run("CountryTimeline", func(t *testing.T) { testCountryTimeline(t, open) })
	t.Run("DatesFirst", func(t *testing.T) { testDatesFirst(t, open) })
	t.Run("Path", func(t *testing.T) { testPath(t, open) })
	t.Run("Query", func(t *testing.T) { testQuery(t, open) })
	t.Run("ExportImport", func(t *testing.T) { testExportImport(t, open) })
}

func testWrite(t *testing.T, open func(t *testing.T) *Store) {
	ctx := context.Background()
	s := open(t)
	facts := fixture()

	res := write(t, s, facts)
	if res.Stored != 5 || res.Unchanged != 0 || res.QuadsRemoved != 0 || res.QuadsAdded == 0 {
		t.Errorf("first write = %+v, want 5 stored, quads added, none removed", res)
	}
	checkQuads(t, s, facts)
	st := stats(t, s)
	want := Stats{Quads: st.Quads, Nodes: st.Nodes, Articles: 5, Events: 9, Actors: 16,
		ByType: map[schema.EventType]int64{schema.Meeting: 5, schema.Visit: 2, schema.Gathering: 1, schema.Statement: 1}}
	if diff := cmp.Diff(want, st); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}

	hash, ok, err := s.ArticleHash(ctx, facts[0].Article.IRI())
	if err != nil || !ok || hash != facts[0].Article.Hash() {
		t.Errorf("ArticleHash(a1) = %q, %v, %v; want %q, true, nil", hash, ok, err, facts[0].Article.Hash())
	}
	if _, ok, err := s.ArticleHash(ctx, schema.ArticleIRI("nope")); ok || err != nil {
		t.Errorf("ArticleHash(unknown) = _, %v, %v; want false, nil", ok, err)
	}

	// Writing the same articles again changes nothing.
	res = write(t, s, fixture())
	if res != (WriteResult{Unchanged: 5}) {
		t.Errorf("rewrite = %+v, want 5 unchanged and nothing else", res)
	}
	if got := stats(t, s); got.Quads != st.Quads {
		t.Errorf("rewrite changed the quad count from %d to %d", st.Quads, got.Quads)
	}

	// The same articles read by other extraction rules replace their
	// facts; read again by those rules, they are unchanged.
	reread := fixture()
	for i := range reread {
		reread[i].Extractor = "rules-2"
	}
	if res := write(t, s, reread); res.Stored != 5 || res.Unchanged != 0 {
		t.Errorf("write by new rules = %+v, want 5 stored", res)
	}
	if hash, _, _ := s.ArticleHash(ctx, reread[0].Article.IRI()); hash != schema.StoredHash(reread[0].Article, "rules-2") {
		t.Errorf("ArticleHash after new rules = %q, want the article's hash with the rules' version", hash)
	}
	if res := write(t, s, reread); res != (WriteResult{Unchanged: 5}) {
		t.Errorf("rewrite by the same new rules = %+v, want 5 unchanged", res)
	}
	write(t, s, fixture()) // back to the fixture's own facts

	// A changed article replaces its quads: the visit moves a day, a topic is added.
	changed := fixture()
	changed[3].Article.Text += " Updated."
	v := visitBlinkenIND
	v.Date = day(2021, time.July, 27)
	v.Topics = []string{"Quad", "vaccines"}
	changed[3].Events = []schema.Event{v, statementSadiq}
	res = write(t, s, changed[3:4])
	if res.Stored != 1 || res.QuadsRemoved == 0 || res.QuadsAdded == 0 {
		t.Errorf("changed write = %+v, want 1 stored with quads removed and added", res)
	}
	checkQuads(t, s, changed)
	visits, err := s.Visits(ctx, blinken, TimeRange{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]schema.Event{withSources(v, schema.ArticleIRI("a4"))}, visits); diff != "" {
		t.Errorf("visits of Blinken after the change (-want +got):\n%s", diff)
	}

	// The same article twice in one slice: the last one wins.
	twice := fixture()[4]
	twice.Article.Text += " First edit."
	second := fixture()[4]
	second.Article.Text += " Second edit."
	res = write(t, s, []schema.Facts{twice, second})
	if res.Stored != 1 {
		t.Errorf("duplicate article in one write = %+v, want 1 stored", res)
	}
	if hash, _, _ := s.ArticleHash(ctx, second.Article.IRI()); hash != second.Article.Hash() {
		t.Errorf("after a duplicate write the stored hash is not the last article's")
	}
}

// testRetractCycle runs ingest → retract → ingest → change → re-ingest, the
// cycles Cayley's delete bugs break (CAYLEY.md trap 6).
func testRetractCycle(t *testing.T, open func(t *testing.T) *Store) {
	ctx := context.Background()
	s := open(t)
	facts := fixture()
	write(t, s, facts)
	a1, a2 := facts[0].Article.IRI(), facts[1].Article.IRI()

	sources := func() []schema.IRI {
		t.Helper()
		es, err := s.Meetings(ctx, imran, TimeRange{})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range es {
			if e.IRI() == meetLavrovImran.IRI() {
				return e.Sources
			}
		}
		return nil
	}
	if diff := cmp.Diff([]schema.IRI{a1, a2}, sources()); diff != "" {
		t.Fatalf("sources of the shared meeting (-want +got):\n%s", diff)
	}

	steps := []struct {
		name        string
		do          func() error
		wantSources []schema.IRI
		wantFacts   []schema.Facts
	}{
		{
			name: "retract a2 keeps what a1 also states",
			do: func() error {
				n, err := s.Retract(ctx, a2)
				if err == nil && n == 0 {
					t.Errorf("retract removed 0 quads")
				}
				return err
			},
			wantSources: []schema.IRI{a1},
			wantFacts:   []schema.Facts{facts[0], facts[2], facts[3], facts[4]},
		},
		{
			name: "retract a2 again is not found",
			do: func() error {
				_, err := s.Retract(ctx, a2)
				if !errors.Is(err, ErrNotFound) {
					t.Errorf("second retract: err = %v, want ErrNotFound", err)
				}
				return nil
			},
			wantSources: []schema.IRI{a1},
			wantFacts:   []schema.Facts{facts[0], facts[2], facts[3], facts[4]},
		},
		{
			name:        "ingest a2 again",
			do:          func() error { _, err := s.WriteArticles(ctx, facts[1:2]); return err },
			wantSources: []schema.IRI{a1, a2},
			wantFacts:   facts,
		},
		{
			name: "retract a1 then a2 removes the meeting",
			do: func() error {
				if _, err := s.Retract(ctx, a1); err != nil {
					return err
				}
				_, err := s.Retract(ctx, a2)
				return err
			},
			wantSources: nil,
			wantFacts:   []schema.Facts{facts[2], facts[3], facts[4]},
		},
		{
			name:        "ingest all again",
			do:          func() error { _, err := s.WriteArticles(ctx, facts); return err },
			wantSources: []schema.IRI{a1, a2},
			wantFacts:   facts,
		},
		{
			name: "change a1 to drop the meeting, keep a2's copy",
			do: func() error {
				c := fixture()[0]
				c.Article.Text += " Corrected."
				c.Events = []schema.Event{meetLavrovQureshi, visitLavrovPAK}
				facts[0] = c
				_, err := s.WriteArticles(ctx, []schema.Facts{c})
				return err
			},
			wantSources: []schema.IRI{a2},
			wantFacts:   facts,
		},
		{
			name: "change a1 back and re-ingest",
			do: func() error {
				facts[0] = fixture()[0]
				_, err := s.WriteArticles(ctx, facts[:1])
				return err
			},
			wantSources: []schema.IRI{a1, a2},
			wantFacts:   facts,
		},
	}
	for _, st := range steps {
		if err := st.do(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if diff := cmp.Diff(st.wantSources, sources()); diff != "" {
			t.Errorf("%s: sources of the shared meeting (-want +got):\n%s", st.name, diff)
		}
		checkQuads(t, s, st.wantFacts)
		got := stats(t, s).Articles
		if got != int64(len(st.wantFacts)) {
			t.Errorf("%s: %d articles stored, want %d", st.name, got, len(st.wantFacts))
		}
	}
	// The planned meeting is a2's alone; after the cycles it is still there once.
	es, err := s.Meetings(ctx, putin, TimeRange{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(irisOf(plannedImranPutin), iris(es)); diff != "" {
		t.Errorf("meetings of Putin (-want +got):\n%s", diff)
	}
}

func testResolveActor(t *testing.T, open func(t *testing.T) *Store) {
	ctx := context.Background()
	s := open(t)
	write(t, s, fixture())
	tests := []struct {
		name    string
		query   string
		want    schema.IRI
		wantErr error
		wantAmb []schema.IRI
		// wantClose are the suggestions of an unknown name, closest first.
		wantClose []schema.IRI
	}{
		{name: "full name", query: "Sergei Lavrov", want: lavrov},
		{name: "any case", query: "sergei LAVROV", want: lavrov},
		{name: "alias", query: "Sergey Lavrov", want: lavrov},
		{name: "surname", query: "Lavrov", want: lavrov},
		{name: "surname lower case", query: "qureshi", want: qureshi},
		{name: "country name", query: "Pakistan", want: pak},
		{name: "country alias", query: "US", want: usa},
		{name: "ISO code", query: "PAK", want: pak},
		{name: "ISO code lower case", query: "chn", want: chn},
		{name: "ISO code of a country only named as a nationality", query: "GBR", want: gbr},
		{name: "city", query: "new delhi", want: delhi},
		{name: "IRI", query: string(wangYi), want: wangYi},
		{name: "ambiguous surname", query: "Khan", wantErr: ErrAmbiguous, wantAmb: []schema.IRI{imran, sadiq}},
		{name: "unknown", query: "Nobody Known", wantErr: ErrNotFound},
		{name: "misspelt surname suggests the person", query: "Lavrv", wantErr: ErrNotFound, wantClose: []schema.IRI{lavrov}},
		{name: "misspelt full name suggests the person", query: "Sergei Lavrof", wantErr: ErrNotFound, wantClose: []schema.IRI{lavrov}},
		{name: "part of a name suggests the country", query: "Pakist", wantErr: ErrNotFound, wantClose: []schema.IRI{pak}},
		{name: "unknown ISO code", query: "XYZ", wantErr: ErrNotFound},
		{name: "unknown IRI", query: string(schema.PersonIRI("No One")), wantErr: ErrNotFound},
		{name: "empty", query: "  ", wantErr: ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.ResolveActor(ctx, tt.query)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ResolveActor(%q) error = %v, want %v", tt.query, err, tt.wantErr)
				}
				var unknown *UnknownActorError
				if errors.As(err, &unknown) {
					var close []schema.IRI
					for _, c := range unknown.Suggestions {
						close = append(close, c.IRI)
					}
					if diff := cmp.Diff(tt.wantClose, close); diff != "" {
						t.Errorf("suggestions (-want +got):\n%s", diff)
					}
				} else if tt.wantClose != nil {
					t.Errorf("ResolveActor(%q) error = %v, want an *UnknownActorError", tt.query, err)
				}
				var amb *AmbiguousError
				if errors.As(err, &amb) {
					var cands []schema.IRI
					for _, c := range amb.Candidates {
						cands = append(cands, c.IRI)
					}
					if diff := cmp.Diff(tt.wantAmb, cands); diff != "" {
						t.Errorf("candidates (-want +got):\n%s", diff)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("ResolveActor(%q): %v", tt.query, err)
			}
			if got.IRI != tt.want {
				t.Errorf("ResolveActor(%q) = %s, want %s", tt.query, got.IRI, tt.want)
			}
		})
	}
}

func testActors(t *testing.T, open func(t *testing.T) *Store) {
	ctx := context.Background()
	s := open(t)
	write(t, s, fixture())

	got, err := s.Actor(ctx, lavrov)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(actorLavrov, got); diff != "" {
		t.Errorf("Actor(lavrov) (-want +got):\n%s", diff)
	}
	if got, err := s.Actor(ctx, islamabad); err != nil || got.Country != pak || got.Kind != schema.KindCity {
		t.Errorf("Actor(islamabad) = %+v, %v; want a city in PAK", got, err)
	}
	if _, err := s.Actor(ctx, schema.PersonIRI("No One")); !errors.Is(err, ErrNotFound) {
		t.Errorf("Actor(unknown) error = %v, want ErrNotFound", err)
	}
	// An event (not an actor) is not found as an actor.
	if _, err := s.Actor(ctx, meetLavrovImran.IRI()); !errors.Is(err, ErrNotFound) {
		t.Errorf("Actor(event) error = %v, want ErrNotFound", err)
	}

	tests := []struct {
		name   string
		search string
		limit  int
		want   []string
	}{
		{name: "substring of names", search: "khan", want: []string{"Imran Khan", "Sadiq Khan"}},
		{name: "alias", search: "america", want: []string{"United States"}},
		{name: "any case", search: "LAV", want: []string{"Sergei Lavrov"}},
		{name: "limit", search: "", limit: 3, want: []string{"Antony Blinken", "China", "GBR"}},
		{name: "none", search: "zzz", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as, err := s.Actors(ctx, tt.search, tt.limit)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, a := range as {
				names = append(names, a.Name)
			}
			if diff := cmp.Diff(tt.want, names); diff != "" {
				t.Errorf("Actors(%q, %d) (-want +got):\n%s", tt.search, tt.limit, diff)
			}
		})
	}
	all, err := s.Actors(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 16 {
		t.Errorf("Actors(\"\") returned %d actors, want 16", len(all))
	}
}

func month(y int, m time.Month) TimeRange {
	from := date(y, m, 1)
	return TimeRange{From: from, To: from.AddDate(0, 1, 0)}
}

func testEvents(t *testing.T, open func(t *testing.T) *Store) {
	ctx := context.Background()
	s := open(t)
	write(t, s, fixture())
	tests := []struct {
		name string
		run  func() ([]schema.Event, error)
		want []schema.IRI
	}{
		{
			name: "meetings of Lavrov, any time",
			run:  func() ([]schema.Event, error) { return s.Meetings(ctx, lavrov, TimeRange{}) },
			want: irisOf(callWangLavrov, meetLavrovImran, meetLavrovQureshi),
		},
		{
			name: "meetings of Lavrov in April 2021",
			run:  func() ([]schema.Event, error) { return s.Meetings(ctx, lavrov, month(2021, time.April)) },
			want: irisOf(meetLavrovImran, meetLavrovQureshi),
		},
		{
			name: "meetings of Lavrov from 8 April 2021",
			run: func() ([]schema.Event, error) {
				return s.Meetings(ctx, lavrov, TimeRange{From: date(2021, time.April, 8)})
			},
			want: nil,
		},
		{
			name: "meetings of Imran Khan include the planned one",
			run:  func() ([]schema.Event, error) { return s.Meetings(ctx, imran, TimeRange{}) },
			want: irisOf(meetLavrovImran, plannedImranPutin),
		},
		{
			name: "all meetings in 2021 (decade-precision meeting overlaps)",
			run: func() ([]schema.Event, error) {
				return s.Meetings(ctx, "", TimeRange{From: date(2021, 1, 1), To: date(2022, 1, 1)})
			},
			want: irisOf(meetBlinkenWang, callWangLavrov, meetLavrovImran, meetLavrovQureshi, plannedImranPutin),
		},
		{
			name: "visits hosted by Pakistan",
			run:  func() ([]schema.Event, error) { return s.Visits(ctx, pak, TimeRange{}) },
			want: irisOf(visitLavrovPAK),
		},
		{
			name: "visits by Lavrov",
			run:  func() ([]schema.Event, error) { return s.Visits(ctx, lavrov, TimeRange{}) },
			want: irisOf(visitLavrovPAK),
		},
		{
			name: "all visits in July 2021",
			run:  func() ([]schema.Event, error) { return s.Visits(ctx, "", month(2021, time.July)) },
			want: irisOf(visitBlinkenIND),
		},
		{
			name: "all visits",
			run:  func() ([]schema.Event, error) { return s.Visits(ctx, "", TimeRange{}) },
			want: irisOf(visitLavrovPAK, visitBlinkenIND),
		},
		{
			name: "gatherings in Moscow",
			run:  func() ([]schema.Event, error) { return s.Gatherings(ctx, GatheringFilter{Place: moscow}) },
			want: irisOf(moscowConference),
		},
		{
			name: "gatherings in Russia (through its cities)",
			run:  func() ([]schema.Event, error) { return s.Gatherings(ctx, GatheringFilter{Place: rus}) },
			want: irisOf(moscowConference),
		},
		{
			name: "gatherings attended by China",
			run:  func() ([]schema.Event, error) { return s.Gatherings(ctx, GatheringFilter{Attendee: chn}) },
			want: irisOf(moscowConference),
		},
		{
			name: "gatherings attended by India",
			run:  func() ([]schema.Event, error) { return s.Gatherings(ctx, GatheringFilter{Attendee: ind}) },
			want: nil,
		},
		{
			name: "gatherings attended by the US in Moscow in March 2021",
			run: func() ([]schema.Event, error) {
				return s.Gatherings(ctx, GatheringFilter{Attendee: usa, Place: moscow, Range: month(2021, time.March)})
			},
			want: irisOf(moscowConference),
		},
		{
			name: "gatherings in April 2021",
			run: func() ([]schema.Event, error) {
				return s.Gatherings(ctx, GatheringFilter{Range: month(2021, time.April)})
			},
			want: nil,
		},
		{
			name: "timeline of Pakistan: attendee, host, and its nationals Khan and Qureshi",
			run:  func() ([]schema.Event, error) { return s.Timeline(ctx, pak, TimeRange{}) },
			want: irisOf(moscowConference, visitLavrovPAK, meetLavrovImran, meetLavrovQureshi, plannedImranPutin),
		},
		{
			name: "timeline of Pakistan in May 2021: a national's planned meeting",
			run:  func() ([]schema.Event, error) { return s.Timeline(ctx, pak, month(2021, time.May)) },
			want: irisOf(plannedImranPutin),
		},
		{
			name: "timeline of Russia: host and attendee once, Lavrov's and Putin's events",
			run:  func() ([]schema.Event, error) { return s.Timeline(ctx, rus, TimeRange{}) },
			want: irisOf(callWangLavrov, moscowConference, visitLavrovPAK, meetLavrovImran, meetLavrovQureshi, plannedImranPutin),
		},
		{
			name: "timeline of India: a foreign visitor's visit, through the host role",
			run:  func() ([]schema.Event, error) { return s.Timeline(ctx, ind, TimeRange{}) },
			want: irisOf(visitBlinkenIND),
		},
		{
			name: "timeline of Imran Khan: a person's own events only",
			run:  func() ([]schema.Event, error) { return s.Timeline(ctx, imran, TimeRange{}) },
			want: irisOf(meetLavrovImran, plannedImranPutin),
		},
		{
			name: "timeline of a city: no nationals",
			run:  func() ([]schema.Event, error) { return s.Timeline(ctx, islamabad, TimeRange{}) },
			want: nil,
		},
		{
			name: "timeline of Lavrov in March 2021",
			run:  func() ([]schema.Event, error) { return s.Timeline(ctx, lavrov, month(2021, time.March)) },
			want: irisOf(callWangLavrov),
		},
		{
			name: "events in March 2021 via the date index, every precision",
			run:  func() ([]schema.Event, error) { return s.EventsInRange(ctx, month(2021, time.March)) },
			want: irisOf(meetBlinkenWang, statementSadiq, callWangLavrov, moscowConference),
		},
		{
			name: "events on 7 April 2021",
			run: func() ([]schema.Event, error) {
				return s.EventsInRange(ctx, TimeRange{From: date(2021, time.April, 7), To: date(2021, time.April, 8)})
			},
			want: irisOf(meetBlinkenWang, statementSadiq, meetLavrovImran, meetLavrovQureshi),
		},
		{
			name: "events from July 2021 on (half-open)",
			run:  func() ([]schema.Event, error) { return s.EventsInRange(ctx, TimeRange{From: date(2021, time.July, 1)}) },
			want: irisOf(meetBlinkenWang, statementSadiq, visitBlinkenIND),
		},
		{
			name: "events before 2020 (half-open)",
			run:  func() ([]schema.Event, error) { return s.EventsInRange(ctx, TimeRange{To: date(2020, 1, 1)}) },
			want: nil,
		},
		{
			name: "all events",
			run:  func() ([]schema.Event, error) { return s.EventsInRange(ctx, TimeRange{}) },
			want: irisOf(meetBlinkenWang, statementSadiq, callWangLavrov, moscowConference, visitLavrovPAK,
				meetLavrovImran, meetLavrovQureshi, plannedImranPutin, visitBlinkenIND),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, err := tt.run()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, iris(es)); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

// testCountryTimeline checks that a country's timeline merges the events it
// takes part in with those of its nationals (persons only), each event once,
// and that a retracted article's events leave it.
func testCountryTimeline(t *testing.T, open func(t *testing.T) *Store) {
	ctx := context.Background()
	s := open(t)
	board := schema.OrgIRI("Pakistan Cricket Board")
	// Pakistan hosts a summit that two of its nationals attend: the event is
	// reached three ways and listed once.
	summit := schema.Event{
		Type: schema.Gathering, Status: schema.Occurred, Name: "summit on trade",
		Host: pak, Attendees: []schema.IRI{imran, qureshi, lavrov}, Date: day(2021, time.June, 2), Place: islamabad,
	}
	// An organisation of Pakistan's acts for itself, not for the country.
	boardStatement := schema.Event{
		Type: schema.Statement, Status: schema.Occurred, Participants: []schema.IRI{board}, Date: day(2021, time.June, 3),
	}
	// An officer of an international organisation acts for it: its
	// timeline holds the officer's meeting.
	un, guterres := schema.OrgIRI("United Nations"), schema.PersonIRI("Antonio Guterres")
	meetGuterres := schema.Event{
		Type: schema.Meeting, Status: schema.Occurred, Participants: []schema.IRI{guterres, imran}, Date: day(2021, time.June, 3),
	}
	a6 := schema.Facts{
		Article: article("a6", date(2021, time.June, 3), "Khan and Qureshi hosted a trade summit. The board spoke."),
		Actors: []schema.Actor{actorImran, actorQureshi, actorLavrov, countryPAK, cityIsl,
			{IRI: board, Kind: schema.KindOrganization, Name: "Pakistan Cricket Board", Country: pak},
			{IRI: un, Kind: schema.KindOrganization, Name: "United Nations"},
			{IRI: guterres, Kind: schema.KindPerson, Name: "Antonio Guterres", Role: "Secretary-General", Country: un}},
		Events: []schema.Event{summit, boardStatement, meetGuterres},
	}
	write(t, s, append(fixture(), a6))
	if a, err := s.Actor(ctx, guterres); err != nil || a.Country != un {
		t.Errorf("Actor(%s) = %+v, %v; want the organisation as the one acted for", guterres, a, err)
	}
	pakAll := irisOf(moscowConference, visitLavrovPAK, meetLavrovImran, meetLavrovQureshi, plannedImranPutin, summit, meetGuterres)
	tests := []struct {
		name    string
		retract string
		actor   schema.IRI
		r       TimeRange
		want    []schema.IRI
	}{
		{name: "Pakistan, every event once", actor: pak, want: pakAll},
		{name: "Pakistan in June 2021", actor: pak, r: month(2021, time.June), want: irisOf(summit, meetGuterres)},
		{name: "Russia: Lavrov's attendance", actor: rus, r: month(2021, time.June), want: irisOf(summit)},
		{name: "Imran Khan", actor: imran, want: irisOf(meetLavrovImran, plannedImranPutin, summit, meetGuterres)},
		{name: "the board, itself", actor: board, want: irisOf(boardStatement)},
		{name: "the UN: its officer's meeting", actor: un, want: irisOf(meetGuterres)},
		{name: "a country with no events or nationals", actor: schema.CountryIRI("FRA"), want: nil},
		{name: "Pakistan after a2 is retracted", retract: "a2", actor: pak,
			want: irisOf(moscowConference, visitLavrovPAK, meetLavrovImran, meetLavrovQureshi, summit, meetGuterres)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.retract != "" {
				if _, err := s.Retract(ctx, schema.ArticleIRI(tt.retract)); err != nil {
					t.Fatal(err)
				}
			}
			es, err := s.Timeline(ctx, tt.actor, tt.r)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, iris(es)); diff != "" {
				t.Errorf("Timeline(%s) (-want +got):\n%s", tt.actor, diff)
			}
		})
	}
}

// testDatesFirst checks datedIn, the date-only prefilter of a timeline with
// many candidates, against whole events filtered by TimeRange.keep.
func testDatesFirst(t *testing.T, open func(t *testing.T) *Store) {
	ctx := context.Background()
	s := open(t)
	write(t, s, fixture())
	all, err := s.subjectsOf(ctx, schema.Type, iri(schema.ClassEvent))
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 9 {
		t.Fatalf("%d events stored, want 9", len(all))
	}
	tests := []struct {
		name string
		r    TimeRange
		want int
	}{
		{name: "March 2021", r: month(2021, time.March), want: 4},
		{name: "7 April 2021", r: TimeRange{From: date(2021, time.April, 7), To: date(2021, time.April, 8)}, want: 4},
		{name: "from July 2021", r: TimeRange{From: date(2021, time.July, 1)}, want: 3},
		{name: "before 2020", r: TimeRange{To: date(2020, 1, 1)}, want: 0},
		{name: "2021", r: TimeRange{From: date(2021, 1, 1), To: date(2022, 1, 1)}, want: 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.datedIn(ctx, all, tt.r)
			if err != nil {
				t.Fatal(err)
			}
			es, err := s.loadEvents(ctx, all, tt.r.keep)
			if err != nil {
				t.Fatal(err)
			}
			want := iris(es)
			slices.Sort(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("datedIn (-whole events +dates only):\n%s", diff)
			}
			if len(got) != tt.want {
				t.Errorf("datedIn kept %d events, want %d", len(got), tt.want)
			}
		})
	}
}

func testFullEvent(t *testing.T, open func(t *testing.T) *Store) {
	ctx := context.Background()
	s := open(t)
	write(t, s, fixture())
	a1, a2, a3 := schema.ArticleIRI("a1"), schema.ArticleIRI("a2"), schema.ArticleIRI("a3")

	shared := withSources(meetLavrovImran, a1, a2)
	shared.Participants = []schema.IRI{imran, lavrov}
	shared.Topics = []string{"Afghanistan", "energy cooperation"}
	shared.Confidence = 0.95 // the highest of the two articles; evidence from the first

	conf := withSources(moscowConference, a3)
	visit := withSources(visitLavrovPAK, a1)
	planned := withSources(plannedImranPutin, a2)

	tests := []struct {
		name string
		run  func() ([]schema.Event, error)
		want []schema.Event
	}{
		{
			name: "meeting stated by two articles",
			run:  func() ([]schema.Event, error) { return s.Meetings(ctx, imran, month(2021, time.April)) },
			want: []schema.Event{shared},
		},
		{
			name: "planned meeting at month precision",
			run:  func() ([]schema.Event, error) { return s.Meetings(ctx, putin, TimeRange{}) },
			want: []schema.Event{planned},
		},
		{
			name: "gathering",
			run:  func() ([]schema.Event, error) { return s.Gatherings(ctx, GatheringFilter{Attendee: pak}) },
			want: []schema.Event{conf},
		},
		{
			name: "visit with an end date",
			run:  func() ([]schema.Event, error) { return s.Visits(ctx, lavrov, TimeRange{}) },
			want: []schema.Event{visit},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.run()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

func testPath(t *testing.T, open func(t *testing.T) *Store) {
	ctx := context.Background()
	s := open(t)
	write(t, s, fixture())
	tests := []struct {
		name    string
		a, b    schema.IRI
		max     int
		want    int // number of steps
		wantErr error
	}{
		{name: "direct meeting", a: lavrov, b: wangYi, want: 1},
		{name: "two meetings", a: imran, b: wangYi, want: 2},
		{name: "visit to a country", a: lavrov, b: pak, want: 1},
		{name: "through a gathering", a: chn, b: usa, want: 2},
		{name: "itself", a: lavrov, b: lavrov, want: 0},
		{name: "too far for one hop", a: imran, b: wangYi, max: 1, wantErr: ErrNotFound},
		{name: "no path", a: sadiq, b: lavrov, wantErr: ErrNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, err := s.Path(ctx, tt.a, tt.b, tt.max)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("Path error = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(path) != tt.want {
				t.Fatalf("Path(%s, %s) = %v, want %d steps", tt.a, tt.b, path, tt.want)
			}
			at := tt.a
			for i, st := range path {
				switch at {
				case st.From:
					at = st.To
				case st.To:
					at = st.From
				default:
					t.Fatalf("step %d %v does not continue from %s", i, st, at)
				}
			}
			if len(path) > 0 && at != tt.b {
				t.Errorf("path %v ends at %s, want %s", path, at, tt.b)
			}
		})
	}
}

func testQuery(t *testing.T, open func(t *testing.T) *Store) {
	ctx := context.Background()
	s := open(t)
	write(t, s, fixture())
	met := "<" + string(schema.Met) + ">"
	name := "<" + string(schema.Name) + ">"
	tests := []struct {
		name      string
		lang      string
		text      string
		limit     int
		wantCount int
		wantText  []string // substrings of the results printed with %v
		wantErr   bool
	}{
		{
			name: "gizmo: whom Lavrov met",
			lang: "gizmo", text: `g.V("<` + string(lavrov) + `>").Out("` + met + `").Unique().Out("` + name + `").Unique().All()`,
			wantCount: 3, wantText: []string{"Imran Khan", "Wang Yi", "Shah Mahmood Qureshi"},
		},
		{
			name: "gizmo: limit",
			lang: "gizmo", text: `g.V("<` + string(lavrov) + `>").Out("` + met + `").Unique().All()`, limit: 2,
			wantCount: 2,
		},
		{
			name: "graphql: Lavrov's name and contacts",
			lang: "graphql", text: `{ nodes(id: <` + string(lavrov) + `>) { id name: ` + name + ` met: ` + met + ` { id } } }`,
			wantCount: 1, wantText: []string{"Sergei Lavrov", string(wangYi)},
		},
		{
			name: "mql: who has the name Wang Yi",
			lang: "mql", text: `[{"id": null, "` + name + `": "Wang Yi"}]`,
			wantCount: 1, wantText: []string{string(wangYi)},
		},
		{name: "gizmo syntax error", lang: "gizmo", text: `g.V(`, wantErr: true},
		{name: "gizmo runtime error", lang: "gizmo", text: `g.V().NoSuchStep()`, wantErr: true},
		{name: "graphql syntax error", lang: "graphql", text: `{ nodes(id: `, wantErr: true},
		{name: "mql syntax error", lang: "mql", text: `[{"id": `, wantErr: true},
		{name: "unknown language", lang: "sparql", text: `SELECT * WHERE {}`, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Query(ctx, tt.lang, tt.text, tt.limit)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("Query returned %v, want an error", got)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.wantCount {
				t.Errorf("Query returned %d results %v, want %d", len(got), got, tt.wantCount)
			}
			if _, err := json.Marshal(got); err != nil {
				t.Errorf("results do not encode as JSON: %v", err)
			}
			printed := strings.Join(strings.Fields(sprint(got)), " ")
			for _, w := range tt.wantText {
				if !strings.Contains(printed, w) {
					t.Errorf("results %s do not mention %q", printed, w)
				}
			}
		})
	}

	t.Run("gizmo infinite loop stops at the deadline", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
		defer cancel()
		done := make(chan error, 1)
		go func() {
			_, err := s.Query(ctx, "gizmo", `while (true) {}`, 10)
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("error = %v, want context.DeadlineExceeded", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("the Gizmo loop did not stop within 10s of a 200ms deadline")
		}
	})
}

func sprint(v any) string { return fmt.Sprint(v) }

func testExportImport(t *testing.T, open func(t *testing.T) *Store) {
	ctx := context.Background()
	s := open(t)
	facts := fixture()
	write(t, s, facts)
	want := distinctQuads(facts)

	for _, format := range ExportFormats() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := s.Export(ctx, &buf, format); err != nil {
				t.Fatal(err)
			}
			mention := string(lavrov)
			if format == "jsonld" { // compacted with JSONLDContext
				mention = "dgid:" + strings.TrimPrefix(mention, schema.IDNS)
			}
			if !strings.Contains(buf.String(), mention) {
				t.Errorf("%s export does not mention %s", format, mention)
			}
			if !slices.Contains(ImportFormats(), format) {
				return
			}
			fresh := openMemory(t)
			n, err := fresh.Import(ctx, &buf, format)
			if err != nil {
				t.Fatalf("import %s: %v", format, err)
			}
			if int64(n) != want {
				t.Errorf("import read %d quads, want %d", n, want)
			}
			checkQuads(t, fresh, facts)
			got, err := fresh.Meetings(ctx, imran, TimeRange{})
			if err != nil {
				t.Fatal(err)
			}
			orig, err := s.Meetings(ctx, imran, TimeRange{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(orig, got); diff != "" {
				t.Errorf("meetings after re-import (-original +imported):\n%s", diff)
			}
		})
	}
	t.Run("unknown format", func(t *testing.T) {
		if err := s.Export(ctx, &bytes.Buffer{}, "xml"); !errors.Is(err, ErrFormat) {
			t.Errorf("Export(xml) error = %v, want ErrFormat", err)
		}
		if _, err := s.Import(ctx, strings.NewReader(""), "graphml"); !errors.Is(err, ErrFormat) {
			t.Errorf("Import(graphml) error = %v, want ErrFormat", err)
		}
	})
}

func TestBoltLocked(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := openStore(t, Options{Backend: BackendBolt, Path: dir})
	write(t, s, fixture()[:1])

	tests := []struct {
		name string
		o    Options
	}{
		{name: "second writer", o: Options{Backend: BackendBolt, Path: dir, LockTimeout: 200 * time.Millisecond}},
		{name: "reader while a writer holds it", o: Options{Backend: BackendBolt, Path: dir, ReadOnly: true, LockTimeout: 200 * time.Millisecond}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			s2, err := Open(ctx, tt.o)
			if err == nil {
				s2.Close()
				t.Fatal("second Open succeeded while the store is held")
			}
			if !errors.Is(err, ErrLocked) {
				t.Fatalf("error = %v, want ErrLocked", err)
			}
			var le *LockedError
			if !errors.As(err, &le) || le.PID != os.Getpid() {
				t.Errorf("error = %#v, want a *LockedError naming pid %d", err, os.Getpid())
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("Open took %s to fail, want about the 200ms lock timeout", d)
			}
		})
	}

	// Once closed, the store opens read-only, holds its data, and refuses writes.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	ro := openStore(t, Options{Backend: BackendBolt, Path: dir, ReadOnly: true})
	if _, ok, err := ro.ArticleHash(ctx, schema.ArticleIRI("a1")); !ok || err != nil {
		t.Errorf("read-only store lost a1: ok=%v err=%v", ok, err)
	}
	if _, err := ro.WriteArticles(ctx, fixture()[1:2]); !errors.Is(err, ErrReadOnly) {
		t.Errorf("write to a read-only store: error = %v, want ErrReadOnly", err)
	}
	ro2 := openStore(t, Options{Backend: BackendBolt, Path: dir, ReadOnly: true, LockTimeout: 200 * time.Millisecond})
	if _, ok, _ := ro2.ArticleHash(ctx, schema.ArticleIRI("a1")); !ok {
		t.Error("a second reader cannot read a1")
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		name    string
		o       Options
		wantErr error
	}{
		{name: "unknown backend", o: Options{Backend: "sqlite9"}, wantErr: ErrBackend},
		{name: "read-only bolt store that does not exist", o: Options{Backend: BackendBolt, Path: "/nonexistent/dipgraph", ReadOnly: true}, wantErr: os.ErrNotExist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(context.Background(), tt.o)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if !errors.Is(err, tt.wantErr) {
				t.Errorf("error = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

func TestBoltReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	facts := fixture()
	s, err := Open(ctx, Options{Backend: BackendBolt, Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	write(t, s, facts)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, pidFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("pid file left after Close: %v", err)
	}
	s = openStore(t, Options{Backend: BackendBolt, Path: dir})
	checkQuads(t, s, facts)
	if res := write(t, s, facts); res != (WriteResult{Unchanged: len(facts)}) {
		t.Errorf("rewrite after reopening = %+v, want all unchanged", res)
	}
	if n, err := s.Retract(ctx, facts[0].Article.IRI()); err != nil || n == 0 {
		t.Errorf("retract after reopening = %d, %v", n, err)
	}
	checkQuads(t, s, facts[1:])
}

// TestConcurrentUse writes and reads from several goroutines; run with -race
// it checks the Store's locking (Cayley's memstore has none).
func TestConcurrentUse(t *testing.T) {
	ctx := context.Background()
	s := openMemory(t)
	facts := fixture()
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			for j := range 5 {
				f := fixture()[(i+j)%len(facts)]
				f.Article.Text += fmt.Sprint(" edit ", j)
				if _, err := s.WriteArticles(ctx, []schema.Facts{f}); err != nil {
					t.Error(err)
				}
				if _, _, err := s.ArticleHash(ctx, f.Article.IRI()); err != nil {
					t.Error(err)
				}
				if _, err := s.Timeline(ctx, lavrov, TimeRange{}); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if got := stats(t, s).Articles; got != int64(len(facts)) {
		t.Errorf("%d articles after concurrent writes, want %d", got, len(facts))
	}
}
