package graph

import (
	"context"
	"testing"
	"time"

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
