package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

func TestFromFacts(t *testing.T) {
	lavrov := schema.PersonIRI("Sergei Lavrov")
	khan := schema.PersonIRI("Imran Khan")
	bajwa := schema.PersonIRI("Qamar Javed Bajwa")
	rus, pak, usa, chn := schema.CountryIRI("RUS"), schema.CountryIRI("PAK"), schema.CountryIRI("USA"), schema.CountryIRI("CHN")
	moscow, rawalpindi := schema.CityIRI("Moscow"), schema.CityIRI("Rawalpindi")
	apr7 := schema.Day(time.Date(2021, 4, 7, 0, 0, 0, 0, time.UTC))
	facts := schema.Facts{
		Article: schema.Article{ID: "000", Path: "/data/dev/articles/000.txt", Published: time.Date(2021, 4, 7, 9, 0, 0, 0, time.UTC)},
		Actors: []schema.Actor{
			{IRI: lavrov, Kind: schema.KindPerson, Name: "Sergei Lavrov", Role: "Foreign Minister", Country: rus, Aliases: []string{"Lavrov"}},
			{IRI: khan, Kind: schema.KindPerson, Name: "Imran Khan", Role: "Prime Minister", Country: pak},
			{IRI: bajwa, Kind: schema.KindPerson, Name: "Qamar Javed Bajwa"}, // no role, no country: not in people
			{IRI: rus, Kind: schema.KindCountry, Name: "Russia"},
			{IRI: pak, Kind: schema.KindCountry, Name: "Pakistan"},
			{IRI: moscow, Kind: schema.KindCity, Name: "Moscow", Country: rus},
			{IRI: rawalpindi, Kind: schema.KindCity, Name: "Rawalpindi", Country: pak},
		},
		Events: []schema.Event{
			{Type: schema.Meeting, Status: schema.Occurred, Participants: []schema.IRI{lavrov, khan}, Date: apr7, Topics: []string{"trade"}},
			// the same meeting from a second sentence: merged
			{Type: schema.Meeting, Status: schema.Occurred, Participants: []schema.IRI{khan, lavrov}, Date: apr7, Topics: []string{"Afghanistan", "trade"}},
			{Type: schema.Meeting, Status: schema.Occurred, Mode: schema.Video, Participants: []schema.IRI{lavrov, bajwa}, Place: rawalpindi},
			{Type: schema.Meeting, Status: schema.Planned, Participants: []schema.IRI{khan, bajwa}, Date: apr7},
			{Type: schema.Visit, Status: schema.Occurred, Visitor: lavrov, Host: pak, Date: apr7},
			{Type: schema.Visit, Status: schema.Cancelled, Visitor: khan, Host: rus},
			{Type: schema.Gathering, Status: schema.Occurred, Name: "conference on Afghanistan", Place: moscow, Host: rus,
				Date: schema.Month(2021, 3), Attendees: []schema.IRI{rus, usa, chn}, Remote: []schema.IRI{pak}},
		},
	}
	want := Doc{
		Doc:       "000.txt",
		Published: "2021-04-07",
		Meetings: []Meeting{
			{Participants: []string{"Sergei Lavrov", "Imran Khan"}, Date: s("2021-04-07"), Topics: []string{"trade", "Afghanistan"}},
			{Participants: []string{"Sergei Lavrov", "Qamar Javed Bajwa"}, Place: s("Rawalpindi"), Mode: "telephone"},
		},
		Visits: []Visit{{Visitor: "Sergei Lavrov", Country: "Pakistan", Date: s("2021-04-07")}},
		Gatherings: []Gathering{{Name: "conference on Afghanistan", Place: s("Moscow"), Date: s("2021-03"), Host: s("Russia"),
			Attendees: []string{"Russia", "USA", "CHN", "Pakistan"}, Remote: []string{"Pakistan"}, Absent: []string{}}},
		People: []Person{
			{Name: "Sergei Lavrov", Role: "Foreign Minister", Country: s("Russia"), Aliases: []string{"Lavrov"}},
			{Name: "Imran Khan", Role: "Prime Minister", Country: s("Pakistan")},
		},
	}
	got := FromFacts(facts)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FromFacts mismatch (-want +got):\n%s", diff)
	}
}

func TestFromFactsJSON(t *testing.T) {
	tests := []struct {
		name  string
		facts schema.Facts
		want  []string // substrings of the JSON
	}{
		{
			name:  "empty facts print empty lists",
			facts: schema.Facts{Article: schema.Article{ID: "E01"}},
			want:  []string{`"doc":"E01.txt"`, `"published":""`, `"meetings":[]`, `"visits":[]`, `"gatherings":[]`, `"people":[]`},
		},
		{
			name: "unknown date and place print null",
			facts: schema.Facts{Events: []schema.Event{{Type: schema.Meeting,
				Participants: []schema.IRI{schema.CountryIRI("FRA"), schema.CountryIRI("DEU")}}}},
			want: []string{`"participants":["FRA","DEU"],"date":null,"place":null`},
		},
		{
			name: "gathering host null and no remote key when empty",
			facts: schema.Facts{Events: []schema.Event{{Type: schema.Gathering, Status: schema.Occurred,
				Attendees: []schema.IRI{schema.CountryIRI("FRA")}}}},
			want: []string{`"place":null,"date":null,"host":null,"attendees":["FRA"]}`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(FromFacts(tt.facts))
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("JSON %s\ndoes not contain %s", b, w)
				}
			}
			// and it reads back the same
			d, err := ReadDoc(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			b2, _ := json.Marshal(d)
			if !bytes.Equal(b, b2) {
				t.Errorf("round trip changed the JSON:\n%s\n%s", b, b2)
			}
		})
	}
}

func TestLoadDirErrors(t *testing.T) {
	dir := t.TempDir()
	if err := WriteDir(dir, map[string]Doc{"001.json": {Doc: "001.txt"}}); err != nil {
		t.Fatal(err)
	}
	docs, err := LoadDir(dir)
	if err != nil || docs["001.json"].Doc != "001.txt" {
		t.Fatalf("LoadDir = %v, %v", docs, err)
	}
	if err := writeFile(dir, "002.json", "{not json"); err != nil {
		t.Fatal(err)
	}
	_, err = LoadDir(dir)
	if !errors.Is(err, ErrBadDoc) || !strings.Contains(err.Error(), "002.json") {
		t.Errorf("LoadDir error %v does not name 002.json", err)
	}
	if _, err := LoadDir(dir + "/missing"); err == nil {
		t.Error("LoadDir of a missing directory succeeded")
	}
}

// TestReceptionsAsText: receptions are not scored, and score.py reads a gold
// file that lists them as plain strings; so does LoadDir, keeping the text.
func TestReceptionsAsText(t *testing.T) {
	dir := t.TempDir()
	doc := `{"doc": "003.txt", "receptions": ["the vice president met the guest at the airport",
		{"guest": "Ana Lima", "host_person": "Rui Sousa", "place": "Praia", "date": "2025-03-04"}]}`
	if err := writeFile(dir, "003.json", doc); err != nil {
		t.Fatal(err)
	}
	docs, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	r := docs["003.json"].Receptions
	if len(r) != 2 || r[0].Note != "the vice president met the guest at the airport" || len(r[1].Guest) != 1 || r[1].Guest[0] != "Ana Lima" || str(r[1].Place) != "Praia" {
		t.Errorf("receptions = %+v", r)
	}
	// A party welcomed together: guests and hosts as lists.
	if err := writeFile(dir, "005.json", `{"doc": "005.txt", "receptions": [{"guest": ["Ana Lima", "Rui Sousa"],
		"host_person": ["Eva Cruz"], "place": null, "date": null}]}`); err != nil {
		t.Fatal(err)
	}
	if docs, err = LoadDir(dir); err != nil {
		t.Fatal(err)
	}
	if r := docs["005.json"].Receptions; len(r) != 1 || len(r[0].Guest) != 2 || r[0].Guest[1] != "Rui Sousa" || len(r[0].HostPerson) != 1 {
		t.Errorf("receptions of a party = %+v", r)
	}
	if err := writeFile(dir, "004.json", `{"doc": "004.txt", "receptions": [42]}`); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadDir(dir); !errors.Is(err, ErrBadDoc) || !strings.Contains(err.Error(), "004.json") {
		t.Errorf("a number as a reception: error %v, want one naming 004.json", err)
	}
}

// TestNotesShapes: notes are not scored; a string, a list of strings or a
// list holding an object of remarks all load (score.py reads them all).
func TestNotesShapes(t *testing.T) {
	for _, c := range []struct {
		json string
		want Notes
	}{
		{`"one remark"`, Notes{"one remark"}},
		{`["a", "b"]`, Notes{"a", "b"}},
		{`["a", {"visit": "planned only"}]`, Notes{"a", `{"visit":"planned only"}`}},
	} {
		d, err := ReadDoc(strings.NewReader(`{"doc": "x.txt", "notes": ` + c.json + `}`))
		if err != nil || !reflect.DeepEqual(d.Notes, c.want) {
			t.Errorf("notes %s: got %q, %v; want %q", c.json, d.Notes, err, c.want)
		}
	}
}

func writeFile(dir, name, content string) error {
	return os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644)
}

// TestUnscoredListsTakeAString: a gathering's unscored lists (members,
// attendee people, guests of honour) may be a string, as score.py reads
// them; the scored attendees are unchanged.
func TestUnscoredListsTakeAString(t *testing.T) {
	d, err := ReadDoc(strings.NewReader(`{"doc": "x.txt", "gatherings": [{"name": "G", "attendees": ["Chile"], "members": "twelve member states", "guests_of_honor": ["Peru"]}]}`))
	if err != nil {
		t.Fatalf("a string for members: %v", err)
	}
	g := d.Gatherings[0]
	if !reflect.DeepEqual(g.Members, Notes{"twelve member states"}) || !reflect.DeepEqual(g.GuestsOfHonor, Notes{"Peru"}) || len(g.Attendees) != 1 {
		t.Errorf("got members %q, guests %q, attendees %v", g.Members, g.GuestsOfHonor, g.Attendees)
	}
}
