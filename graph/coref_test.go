package graph

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dipgraph/dipgraph/schema"
)

// gatheringFacts is one article with one gathering of the given name,
// attendees and place, in June 2024.
func gatheringFacts(id, name string, place schema.IRI, attendees ...schema.IRI) schema.Facts {
	var actors []schema.Actor
	for _, a := range attendees {
		actors = append(actors, schema.Actor{IRI: a, Kind: schema.KindOf(a)})
	}
	return schema.Facts{
		Article: schema.Article{ID: id, Text: id + " " + name, Published: time.Date(2024, 6, 20, 0, 0, 0, 0, time.UTC)},
		Actors:  actors,
		Events: []schema.Event{{Type: schema.Gathering, Status: schema.Occurred, Name: name, Place: place,
			Attendees: attendees, Date: schema.Month(2024, time.June)}},
	}
}

// TestGatheringKeys: gatherings named by a common noun alone ("meeting")
// with no place or host are told apart by their attendees, or by their
// article when none is known; a named gathering keeps its name as its key.
func TestGatheringKeys(t *testing.T) {
	ctx := context.Background()
	fra, deu, ita := schema.CountryIRI("FRA"), schema.CountryIRI("DEU"), schema.CountryIRI("ITA")
	tests := []struct {
		name  string
		facts []schema.Facts
		want  int // gathering nodes
	}{
		{"NounAloneNoAttendees", []schema.Facts{gatheringFacts("g1", "meeting", ""), gatheringFacts("g2", "meeting", "")}, 2},
		{"NounAloneOtherAttendees", []schema.Facts{gatheringFacts("g1", "meeting", "", fra, deu), gatheringFacts("g2", "meeting", "", ita, deu)}, 2},
		{"NounAloneSameAttendees", []schema.Facts{gatheringFacts("g1", "meeting", "", fra, deu), gatheringFacts("g2", "meeting", "", deu, fra)}, 1},
		{"Named", []schema.Facts{gatheringFacts("g1", "Rhine Council", ""), gatheringFacts("g2", "Rhine Council", "")}, 1},
		{"Placed", []schema.Facts{gatheringFacts("g1", "meeting", schema.CityIRI("Basel")), gatheringFacts("g2", "meeting", schema.CityIRI("Basel"))}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openMemory(t)
			for _, f := range tt.facts {
				write(t, s, []schema.Facts{f})
			}
			got, err := s.eventsOfType(ctx, schema.Gathering, TimeRange{})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.want {
				var iris []schema.IRI
				for _, e := range got {
					iris = append(iris, e.IRI())
				}
				t.Errorf("%d gathering nodes, want %d: %v", len(got), tt.want, iris)
			}
		})
	}
}

// TestChangedArticleMovesItsOwnMeeting: an article re-read with its meeting
// a day later moves the meeting (its old node is its own, not another
// report to join), and a meeting another article states a day off is joined.
func TestChangedArticleMovesItsOwnMeeting(t *testing.T) {
	ctx := context.Background()
	s := openMemory(t)
	d := time.Date(2024, 6, 12, 0, 0, 0, 0, time.UTC)
	write(t, s, []schema.Facts{meetingFacts("m1", "Daniel Ochieng", "John Mahama", d)})
	moved := meetingFacts("m1", "Daniel Ochieng", "John Mahama", d.AddDate(0, 0, 1))
	moved.Article.Text += " Corrected."
	write(t, s, []schema.Facts{moved})
	write(t, s, []schema.Facts{meetingFacts("m2", "Daniel Ochieng", "John Mahama", d.AddDate(0, 0, 2))})
	ms, err := s.Meetings(ctx, schema.PersonIRI("Daniel Ochieng"), TimeRange{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.Date.String()+" "+string(m.IRI()))
	}
	want := []string{"2024-06-13 https://dipgraph.org/id/event/meeting/2024-06-13/daniel-ochieng+john-mahama"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("meetings (-want +got):\n%s", diff)
	}
	if len(ms) == 1 && len(ms[0].Sources) != 2 {
		t.Errorf("sources %v, want m1 and m2", ms[0].Sources)
	}
}

// TestMeetingOnePersonApart: a report of a meeting that leaves out one
// person another report lists joins it when the report names that person;
// one that does not name them is another meeting.
func TestMeetingOnePersonApart(t *testing.T) {
	ctx := context.Background()
	d := time.Date(1987, 10, 19, 0, 0, 0, 0, time.UTC)
	baker, stoltenberg, poehl := schema.PersonIRI("James Baker"), schema.PersonIRI("Gerhard Stoltenberg"), schema.PersonIRI("Karl Otto Poehl")
	three := meetingFacts("t1", "James Baker", "Gerhard Stoltenberg", d)
	three.Actors = append(three.Actors, schema.Actor{IRI: poehl, Kind: schema.KindPerson, Name: "Karl Otto Poehl"})
	three.Events[0].Participants = []schema.IRI{baker, stoltenberg, poehl}
	naming := meetingFacts("t2", "James Baker", "Gerhard Stoltenberg", d.AddDate(0, 0, 1))
	naming.Actors = append(naming.Actors, schema.Actor{IRI: poehl, Kind: schema.KindPerson, Name: "Karl Otto Poehl"})
	silent := meetingFacts("t3", "James Baker", "Gerhard Stoltenberg", d)
	tests := []struct {
		name  string
		facts []schema.Facts
		want  []int // sources per meeting of Baker, by date then IRI
	}{
		{"NamesTheThird", []schema.Facts{three, naming}, []int{2}},
		{"ThirdFirstNamedLater", []schema.Facts{naming, three}, []int{2}},
		{"DoesNotNameTheThird", []schema.Facts{three, silent}, []int{1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openMemory(t)
			for _, f := range tt.facts {
				write(t, s, []schema.Facts{f})
			}
			ms, err := s.Meetings(ctx, baker, TimeRange{})
			if err != nil {
				t.Fatal(err)
			}
			var got []int
			for _, m := range ms {
				got = append(got, len(m.Sources))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sources per meeting of Baker (-want +got):\n%s", diff)
			}
		})
	}
}
