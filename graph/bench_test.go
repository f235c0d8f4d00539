package graph

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/dipgraph/dipgraph/synth"
)

// synthetic returns n articles of generated facts over a small pool of
// countries and ministers, so that popular actors have many edges: each
// article states a meeting, a visit and, every tenth, a gathering.
func synthetic(n int, seed uint64) []schema.Facts {
	r := rand.New(rand.NewPCG(seed, 1))
	const people = 200
	countries := []string{"USA", "RUS", "CHN", "IND", "PAK", "GBR", "FRA", "DEU", "JPN", "BRA", "TUR", "IRN"}
	person := func(i int) schema.Actor {
		c := countries[i%len(countries)]
		name := fmt.Sprintf("Minister %03d", i)
		return schema.Actor{IRI: schema.PersonIRI(name), Kind: schema.KindPerson, Name: name, Role: "Foreign Minister", Country: schema.CountryIRI(c)}
	}
	start := date(2015, time.January, 1)
	out := make([]schema.Facts, n)
	for i := range out {
		a, b := person(r.IntN(people)), person(r.IntN(people))
		for b.IRI == a.IRI {
			b = person(r.IntN(people))
		}
		host := schema.CountryIRI(countries[r.IntN(len(countries))])
		d := schema.Day(start.AddDate(0, 0, r.IntN(3650)))
		f := schema.Facts{
			Article: schema.Article{ID: fmt.Sprintf("syn-%06d", i), Title: "t", Published: d.Time, Text: fmt.Sprint(i)},
			Actors:  []schema.Actor{a, b, {IRI: host, Kind: schema.KindCountry, Name: schema.Local(host)}},
			Events: []schema.Event{
				{Type: schema.Meeting, Status: schema.Occurred, Mode: schema.InPerson, Participants: []schema.IRI{a.IRI, b.IRI}, Date: d, Topics: []string{"trade"}},
				{Type: schema.Visit, Status: schema.Occurred, Visitor: a.IRI, Host: host, Date: d},
			},
		}
		if i%10 == 0 {
			f.Events = append(f.Events, schema.Event{Type: schema.Gathering, Status: schema.Occurred, Name: "summit",
				Host: host, Attendees: []schema.IRI{a.Country, b.Country, host}, Date: schema.Month(d.Time.Year(), d.Time.Month())})
		}
		out[i] = f
	}
	return out
}

func benchStore(b *testing.B, articles int) *Store {
	b.Helper()
	s, err := Open(context.Background(), Options{Backend: BackendBolt, Path: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	if articles > 0 {
		if _, err := s.WriteArticles(context.Background(), synthetic(articles, 1)); err != nil {
			b.Fatal(err)
		}
	}
	return s
}

// BenchmarkWriteArticles measures writing batches of 100 new articles to bolt.
func BenchmarkWriteArticles(b *testing.B) {
	s := benchStore(b, 0)
	facts := synthetic(100*b.N, 2)
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.WriteArticles(context.Background(), facts[i*100:(i+1)*100]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkQueries measures the read paths on a bolt store of 2,000 articles,
// starting from a popular country.
func BenchmarkQueries(b *testing.B) {
	s := benchStore(b, 2000)
	ctx := context.Background()
	usa := schema.CountryIRI("USA")
	cases := []struct {
		name string
		run  func() error
	}{
		{"Timeline", func() error { _, err := s.Timeline(ctx, usa, TimeRange{}); return err }},
		{"VisitsInYear", func() error {
			_, err := s.Visits(ctx, usa, TimeRange{From: date(2020, 1, 1), To: date(2021, 1, 1)})
			return err
		}},
		{"EventsInMonth", func() error { _, err := s.EventsInRange(ctx, month(2019, time.June)); return err }},
		{"ResolveActor", func() error { _, err := s.ResolveActor(ctx, "Minister 042"); return err }},
		{"Path", func() error {
			_, err := s.Path(ctx, schema.PersonIRI("Minister 001"), schema.PersonIRI("Minister 150"), 4)
			return err
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for range b.N {
				if err := c.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The 1M benchmarks run on a bolt store of about a million quads written by
// the synth generator (as `dipgraph gen --quads 1000000` writes it), built once
// into a cache directory and reused. They run only when DIPGRAPH_BENCH_1M=1,
// so that `go test ./...` stays fast; DIPGRAPH_BENCH_DIR overrides the cache
// directory ($TMPDIR/dipgraph-bench-1m by default). With
// DIPGRAPH_BENCH_POSTGRES set to a URL, the same store is built in (and the
// same queries run against) that PostgreSQL database instead.

const (
	bench1MQuads = 1_000_000
	bench1MSeed  = 1
	benchDone    = "complete.json"
)

// benchActors are the actors the 1M benchmarks start from, picked when the
// store is built: a busy person (the one whose event count is nearest 75) and
// an ordinary one (the median count among people with any event), and a month
// in the middle of the generated period.
type benchActors struct {
	Quads      int
	Articles   int
	Busy       schema.IRI
	BusyEvents int
	Ordinary   schema.IRI
	OrdEvents  int
	Month      time.Time
}

// bench1M opens (building it first when missing) the 1M store.
func bench1M(b *testing.B) (*Store, benchActors) {
	b.Helper()
	if os.Getenv("DIPGRAPH_BENCH_1M") != "1" {
		b.Skip("set DIPGRAPH_BENCH_1M=1 to run the benchmarks on a 1M-quad store (built once, about a minute)")
	}
	ctx := context.Background()
	opts := Options{Backend: BackendBolt, Path: os.Getenv("DIPGRAPH_BENCH_DIR")}
	if opts.Path == "" {
		opts.Path = filepath.Join(os.TempDir(), "dipgraph-bench-1m")
	}
	marker := filepath.Join(opts.Path, benchDone)
	if url := os.Getenv("DIPGRAPH_BENCH_POSTGRES"); url != "" {
		opts = Options{Backend: BackendPostgres, Path: url}
		// One marker per database, so pointing the variable elsewhere rebuilds.
		marker = filepath.Join(os.TempDir(), fmt.Sprintf("dipgraph-bench-1m-postgres-%x.json", sha256.Sum256([]byte(url))))
	}
	var pick benchActors
	if data, err := os.ReadFile(marker); err == nil && json.Unmarshal(data, &pick) == nil {
		s, err := Open(ctx, opts)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { s.Close() })
		return s, pick
	}
	if opts.Backend == BackendBolt {
		if err := os.RemoveAll(opts.Path); err != nil {
			b.Fatal(err)
		}
	}
	s, err := Open(ctx, opts)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	start := time.Now()
	pick, err = buildSynth(ctx, s, bench1MQuads, bench1MSeed)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("built %d quads (%d articles) in %s; busy %s (%d events), ordinary %s (%d events)",
		pick.Quads, pick.Articles, time.Since(start).Round(time.Millisecond), pick.Busy, pick.BusyEvents, pick.Ordinary, pick.OrdEvents)
	data, _ := json.Marshal(pick)
	if err := os.WriteFile(marker, data, 0o644); err != nil {
		b.Fatal(err)
	}
	return s, pick
}

// buildSynth writes synth articles until they hold quads quads, in batches of
// 1,000 articles, and picks the benchmarked actors.
func buildSynth(ctx context.Context, s *Store, quads int, seed uint64) (benchActors, error) {
	pick := benchActors{}
	events := make(map[schema.IRI]map[schema.IRI]bool) // person → events
	var batch []schema.Facts
	first, last := time.Time{}, time.Time{}
	errDone := errors.New("done")
	flush := func() error {
		_, err := s.WriteArticles(ctx, batch)
		batch = batch[:0]
		return err
	}
	err := synth.Generate(synth.Options{Seed: seed, Articles: synth.ArticlesFor(quads)}, func(f schema.Facts) error {
		batch = append(batch, f)
		pick.Articles++
		pick.Quads += QuadCount(f)
		for _, e := range f.Events {
			for _, x := range eventActors(e) {
				if schema.KindOf(x) == schema.KindPerson {
					if events[x] == nil {
						events[x] = make(map[schema.IRI]bool)
					}
					events[x][e.IRI()] = true
				}
			}
			if first.IsZero() || e.Date.Time.Before(first) {
				first = e.Date.Time
			}
			if e.Date.Time.After(last) {
				last = e.Date.Time
			}
		}
		if pick.Quads >= quads {
			if err := flush(); err != nil {
				return err
			}
			return errDone
		}
		if len(batch) == 1000 {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil && !errors.Is(err, errDone) {
		return pick, err
	}
	type count struct {
		x schema.IRI
		n int
	}
	var counts []count
	for x, es := range events {
		counts = append(counts, count{x, len(es)})
	}
	sort.Slice(counts, func(i, j int) bool {
		if counts[i].n != counts[j].n {
			return counts[i].n < counts[j].n
		}
		return counts[i].x < counts[j].x
	})
	busy := counts[0]
	for _, c := range counts {
		if abs(c.n-75) < abs(busy.n-75) {
			busy = c
		}
	}
	ord := counts[len(counts)/2]
	pick.Busy, pick.BusyEvents, pick.Ordinary, pick.OrdEvents = busy.x, busy.n, ord.x, ord.n
	mid := first.Add(last.Sub(first) / 2)
	pick.Month = time.Date(mid.Year(), mid.Month(), 1, 0, 0, 0, 0, time.UTC)
	return pick, nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// runLatency runs f b.N times and reports the median and 95th percentile of
// its latency in milliseconds, and the size of its last result. One untimed
// call first brings the pages f reads into memory.
func runLatency(b *testing.B, f func() (int, error)) {
	b.Helper()
	if _, err := f(); err != nil {
		b.Fatal(err)
	}
	durs := make([]time.Duration, 0, b.N)
	n := 0
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		m, err := f()
		durs = append(durs, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
		n = m
	}
	b.StopTimer()
	slices.Sort(durs)
	at := func(p float64) float64 {
		return float64(durs[min(len(durs)-1, int(p*float64(len(durs))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.95), "p95-ms")
	b.ReportMetric(float64(n), "results")
}

// Benchmark1M measures the CLI's queries on a 1M-quad store (see bench1M).
func Benchmark1M(b *testing.B) {
	s, pick := bench1M(b)
	ctx := context.Background()
	monthRange := TimeRange{From: pick.Month, To: pick.Month.AddDate(0, 1, 0)}
	yearRange := TimeRange{From: time.Date(pick.Month.Year(), 1, 1, 0, 0, 0, 0, time.UTC)}
	yearRange.To = yearRange.From.AddDate(1, 0, 0)
	// The busy person's country: its timeline includes the events of all its nationals.
	busy, err := s.Actor(ctx, pick.Busy)
	if err != nil {
		b.Fatal(err)
	}
	country := busy.Country
	if country == "" {
		b.Fatalf("the busy person %s has no nationality", pick.Busy)
	}
	b.Logf("country: %s", country)
	size := func(es []schema.Event, err error) (int, error) { return len(es), err }
	cases := []struct {
		name string
		run  func() (int, error)
	}{
		{"WhoMet/busy", func() (int, error) { return size(s.Meetings(ctx, pick.Busy, TimeRange{})) }},
		{"WhoMet/ordinary", func() (int, error) { return size(s.Meetings(ctx, pick.Ordinary, TimeRange{})) }},
		{"Visits/busy", func() (int, error) { return size(s.Visits(ctx, pick.Busy, TimeRange{})) }},
		{"Visits/ordinary", func() (int, error) { return size(s.Visits(ctx, pick.Ordinary, TimeRange{})) }},
		{"Timeline/busy", func() (int, error) { return size(s.Timeline(ctx, pick.Busy, TimeRange{})) }},
		{"Timeline/ordinary", func() (int, error) { return size(s.Timeline(ctx, pick.Ordinary, TimeRange{})) }},
		{"Timeline/country", func() (int, error) { return size(s.Timeline(ctx, country, TimeRange{})) }},
		{"Timeline/country-year", func() (int, error) { return size(s.Timeline(ctx, country, yearRange)) }},
		{"GatheringsInMonth", func() (int, error) { return size(s.Gatherings(ctx, GatheringFilter{Range: monthRange})) }},
		{"EventsInMonth", func() (int, error) { return size(s.EventsInRange(ctx, monthRange)) }},
		{"Path/busy-ordinary", func() (int, error) {
			p, err := s.Path(ctx, pick.Busy, pick.Ordinary, 0)
			return len(p), err
		}},
		{"ResolveActor", func() (int, error) {
			_, err := s.ResolveActor(ctx, string(pick.Ordinary))
			return 1, err
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) { runLatency(b, c.run) })
	}
}
