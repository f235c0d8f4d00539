package graph

import (
	"bytes"
	"context"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dipgraph/dipgraph/schema"
)

// meetingFacts is one article with one meeting of two people, each named
// as written.
func meetingFacts(id, a, b string, day time.Time) schema.Facts {
	pa, pb := schema.PersonIRI(a), schema.PersonIRI(b)
	return schema.Facts{
		Article: schema.Article{ID: id, Text: id + " " + a + " met " + b, Published: day},
		Actors: []schema.Actor{
			{IRI: pa, Kind: schema.KindPerson, Name: a},
			{IRI: pb, Kind: schema.KindPerson, Name: b},
		},
		Events: []schema.Event{{Type: schema.Meeting, Status: schema.Occurred, Participants: []schema.IRI{pa, pb},
			Date: schema.Day(day), Sources: []schema.IRI{schema.Article{ID: id}.IRI()}}},
	}
}

// TestSurnameJoinsTheOneFullerPerson: a person an article names by surname
// only is stored as the one person the store knows with that surname, in the
// same batch or a later one; a surname two people share is left alone.
func TestSurnameJoinsTheOneFullerPerson(t *testing.T) {
	ctx := context.Background()
	day := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	for _, open := range map[string]func(*testing.T) *Store{
		"memory": openMemory,
		"bolt":   func(t *testing.T) *Store { return openStore(t, Options{Backend: BackendBolt, Path: t.TempDir()}) },
	} {
		s := open(t)
		write(t, s, []schema.Facts{meetingFacts("a1", "Daniel Ochieng", "John Mahama", day)})
		write(t, s, []schema.Facts{meetingFacts("a2", "Ochieng", "Faure Gnassingbe", day)})
		ms, err := s.Meetings(ctx, schema.PersonIRI("Daniel Ochieng"), TimeRange{})
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != 2 {
			t.Errorf("meetings of Daniel Ochieng: %d, want 2 (the surname-only article joined)", len(ms))
		}
		if _, ok, _ := s.loadActor(ctx, schema.PersonIRI("Ochieng")); ok {
			t.Errorf("a separate node for the surname alone was stored")
		}

		// A short name of another stated country stays apart.
		f := meetingFacts("a6", "Gnassingbe", "John Mahama", day)
		f.Actors[0].Country = schema.CountryIRI("BEN")
		write(t, s, []schema.Facts{meetingFacts("a7", "Faure Gnassingbe", "Kofi Annan", day)})
		togo := meetingFacts("a8", "Faure Gnassingbe", "Ama Sey", day)
		togo.Actors[0].Country = schema.CountryIRI("TGO")
		write(t, s, []schema.Facts{togo})
		write(t, s, []schema.Facts{f})
		if _, ok, _ := s.loadActor(ctx, schema.PersonIRI("Gnassingbe")); !ok {
			t.Errorf("a short name of another stated country was joined")
		}

		// Two people named Mensah: a bare "Mensah" stays apart.
		write(t, s, []schema.Facts{meetingFacts("a3", "Kofi Mensah", "John Mahama", day), meetingFacts("a4", "Ama Mensah", "Faure Gnassingbe", day)})
		write(t, s, []schema.Facts{meetingFacts("a5", "Mensah", "Daniel Ochieng", day)})
		if _, ok, _ := s.loadActor(ctx, schema.PersonIRI("Mensah")); !ok {
			t.Errorf("an ambiguous surname was joined to one of two people")
		}
	}
}

// TestResolutionIgnoresBatchCuts: the same articles written as one batch or
// one by one give the same store: an article's persons resolve against the
// store and the articles before it only.
func TestResolutionIgnoresBatchCuts(t *testing.T) {
	ctx := context.Background()
	day := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	facts := []schema.Facts{
		meetingFacts("b1", "Ochieng", "John Mahama", day),
		meetingFacts("b2", "Daniel Ochieng", "Faure Gnassingbe", day),
		meetingFacts("b3", "Ochieng", "Faure Gnassingbe", day.AddDate(0, 0, 3)),
		meetingFacts("b4", "Daniel Ocheng", "Kofi Annan", day),
	}
	export := func(batches ...[]schema.Facts) []string {
		s := openMemory(t)
		for _, b := range batches {
			write(t, s, b)
		}
		var buf bytes.Buffer
		if err := s.Export(ctx, &buf, "nquads"); err != nil {
			t.Fatal(err)
		}
		ls := strings.Split(strings.TrimSpace(buf.String()), "\n")
		sort.Strings(ls)
		return ls
	}
	one := export(facts)
	each := export(facts[:1], facts[1:2], facts[2:3], facts[3:])
	if diff := cmp.Diff(each, one); diff != "" {
		t.Errorf("one batch differs from one article at a time (-each +one):\n%s", diff)
	}
	if !strings.Contains(strings.Join(one, "\n"), `<https://dipgraph.org/id/person/daniel-ochieng> <http://schema.org/alternateName> "Ochieng" <https://dipgraph.org/id/article/b3>`) {
		t.Errorf("b3's Ochieng did not join Daniel Ochieng")
	}
}
