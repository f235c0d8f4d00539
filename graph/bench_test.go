package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
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
