package eval

import (
	"bytes"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNorm(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"country alias with dots", "U.S.", "united states"},
		{"alias after lower case", "  USA ", "united states"},
		{"fullwidth letters fold", "ＵＳＡ", "united states"},
		{"diacritics removed", "Recep Tayyip Erdoğan", "recep tayyip erdogan"},
		{"punctuation to one space", "Côte d'Ivoire", "cote d ivoire"},
		{"people's republic", "People's Republic of China", "china"},
		{"non-latin letters drop", "Москва Moscow", "moscow"},
		{"empty", "", ""},
		{"digits kept", "Group of 20", "group of 20"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Norm(tt.input); got != tt.want {
				t.Errorf("Norm(%q) = %q, want %q", tt.input, got, tt.want)
			}
		})
	}
}

func TestSame(t *testing.T) {
	tests := []struct {
		name    string
		pred    string
		gold    string
		aliases []string
		want    bool
	}{
		{"exact", "Sergei Lavrov", "Sergei Lavrov", nil, true},
		{"titles ignored", "Foreign Minister Sergei Lavrov", "Sergei Lavrov", nil, true},
		{"surname only", "Lavrov", "Sergei Lavrov", nil, true},
		{"matching initial", "S. Lavrov", "Sergei Lavrov", nil, true},
		{"wrong initial", "Q Lavrov", "Sergei Lavrov", nil, false},
		{"short surname needs more", "Li", "Peng Li", nil, false},
		{"alias", "Binyamin Netanyahu", "Benjamin Netanyahu", []string{"Binyamin Netanyahu"}, true},
		{"surname via alias form", "Bajwa", "Qamar Javed Bajwa", []string{"General Qamar Javed Bajwa"}, true},
		{"country alias", "America", "United States", nil, true},
		{"different person", "Imran Khan", "Sergei Lavrov", nil, false},
		{"empty prediction", "", "Sergei Lavrov", nil, false},
		{"only titles", "The President", "President", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := same(tt.pred, newEntity(tt.gold, tt.aliases)); got != tt.want {
				t.Errorf("same(%q, %q) = %v, want %v", tt.pred, tt.gold, got, tt.want)
			}
		})
	}
}

// counts is matched/gold/predicted for one measure.
type counts struct{ Matched, Gold, Predicted int }

func s(v string) *string { return &v }

func TestScoreRules(t *testing.T) {
	lavrov := Person{Name: "Sergei Lavrov", Role: "Foreign Minister", Country: s("Russia"), Aliases: []string{"S. V. Lavrov"}}
	khan := Person{Name: "Imran Khan", Role: "Prime Minister", Country: s("Pakistan")}
	tests := []struct {
		name      string
		gold      Doc
		pred      Doc
		want      map[string]counts
		wantDates map[string][2]int
	}{
		{
			name: "meeting pair matched in either order, deduplicated",
			gold: Doc{People: []Person{lavrov, khan},
				Meetings: []Meeting{{Participants: []string{"Sergei Lavrov", "Imran Khan"}, Date: s("2021-04-07")},
					{Participants: []string{"Imran Khan", "Sergei Lavrov"}}}},
			pred: Doc{Meetings: []Meeting{{Participants: []string{"Imran Khan", "Lavrov"}, Date: s("2021-04-07")},
				{Participants: []string{"LAVROV", "imran khan"}}}},
			want:      map[string]counts{MeetingPairs: {1, 1, 1}, People: {0, 2, 0}},
			wantDates: map[string][2]int{MeetingDates: {1, 1}},
		},
		{
			name: "three participants give three pairs; one-to-one matching",
			gold: Doc{Meetings: []Meeting{{Participants: []string{"A Alpha", "B Bravo", "C Charlie"}}}},
			pred: Doc{Meetings: []Meeting{{Participants: []string{"A Alpha", "B Bravo"}}, {Participants: []string{"Alpha", "Bravo", "Delta"}}}},
			want: map[string]counts{MeetingPairs: {1, 3, 4}},
			// the pair (A Alpha, B Bravo) and (Alpha, Bravo) are distinct predictions
			wantDates: map[string][2]int{MeetingDates: {1, 1}},
		},
		{
			name:      "a month where the gold has a day is a wrong date",
			gold:      Doc{Visits: []Visit{{Visitor: "Sergei Lavrov", Country: "Pakistan", Date: s("2021-04-07")}}},
			pred:      Doc{Visits: []Visit{{Visitor: "Lavrov", Country: "Pakistan", Date: s("2021-04")}}},
			want:      map[string]counts{Visits: {1, 1, 1}},
			wantDates: map[string][2]int{VisitDates: {0, 1}},
		},
		{
			name:      "null and empty dates agree",
			gold:      Doc{Visits: []Visit{{Visitor: "Sergei Lavrov", Country: "United States"}}},
			pred:      Doc{Visits: []Visit{{Visitor: "Sergei Lavrov", Country: "U.S.", Date: s("")}}},
			want:      map[string]counts{Visits: {1, 1, 1}},
			wantDates: map[string][2]int{VisitDates: {1, 1}},
		},
		{
			name:      "visit to the wrong country",
			gold:      Doc{Visits: []Visit{{Visitor: "Sergei Lavrov", Country: "Pakistan"}}},
			pred:      Doc{Visits: []Visit{{Visitor: "Sergei Lavrov", Country: "India"}, {Visitor: "SERGEI LAVROV", Country: "india"}}},
			want:      map[string]counts{Visits: {0, 1, 1}},
			wantDates: map[string][2]int{},
		},
		{
			name:      "gathering matched by attendee overlap of half",
			gold:      Doc{Gatherings: []Gathering{{Attendees: []string{"Russia", "United States", "China", "Pakistan"}, Place: s("Moscow"), Date: s("2021-03")}}},
			pred:      Doc{Gatherings: []Gathering{{Attendees: []string{"USA", "PRC", "Iran"}, Date: s("2021-03")}}},
			want:      map[string]counts{GatheringAttendees: {2, 4, 3}, Gatherings: {1, 1, 1}},
			wantDates: map[string][2]int{GatheringDates: {1, 1}, GatheringPlaces: {0, 1}},
		},
		{
			name:      "gathering matched by place alone",
			gold:      Doc{Gatherings: []Gathering{{Attendees: []string{"Russia", "United States", "China", "Pakistan"}, Place: s("Moscow")}}},
			pred:      Doc{Gatherings: []Gathering{{Attendees: []string{"Iran"}, Place: s("MOSCOW")}}},
			want:      map[string]counts{GatheringAttendees: {0, 4, 1}, Gatherings: {1, 1, 1}},
			wantDates: map[string][2]int{GatheringDates: {1, 1}, GatheringPlaces: {1, 1}},
		},
		{
			name:      "gathering with too little overlap and no place",
			gold:      Doc{Gatherings: []Gathering{{Attendees: []string{"Russia", "United States", "China", "Pakistan", "India"}}}},
			pred:      Doc{Gatherings: []Gathering{{Attendees: []string{"Russia"}}}},
			want:      map[string]counts{GatheringAttendees: {1, 5, 1}, Gatherings: {0, 1, 1}},
			wantDates: map[string][2]int{},
		},
		{
			name: "people need the country only where gold states one",
			gold: Doc{People: []Person{lavrov, khan, {Name: "Maithripala Sirisena", Role: "President"}}},
			pred: Doc{People: []Person{{Name: "Lavrov", Country: s("Russian Federation")}, {Name: "Imran Khan", Country: s("India")},
				{Name: "Sirisena", Country: s("Sri Lanka")}, {Name: "sergei lavrov"}}},
			want:      map[string]counts{People: {2, 3, 4}},
			wantDates: map[string][2]int{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := Score(map[string]Doc{"001.json": tt.gold}, map[string]Doc{"001.json": tt.pred})
			got := map[string]counts{}
			for _, m := range rep.Measures {
				if m.Gold != 0 || m.Predicted != 0 {
					got[m.Name] = counts{m.Matched, m.Gold, m.Predicted}
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("measures (-want +got):\n%s", diff)
			}
			gotDates := map[string][2]int{}
			for _, d := range rep.Dates {
				if d.Total != 0 {
					gotDates[d.Name] = [2]int{d.Correct, d.Total}
				}
			}
			if diff := cmp.Diff(tt.wantDates, gotDates); diff != "" {
				t.Errorf("dates (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMeasureEdgeCases(t *testing.T) {
	tests := []struct {
		name     string
		t        tally
		p, r, f1 float64
	}{
		{"nothing at all", tally{0, 0, 0}, 1, 1, 1},
		{"gold but no predictions", tally{0, 3, 0}, 0, 0, 0},
		{"predictions but no gold", tally{0, 0, 2}, 0, 1, 0},
		{"half right", tally{1, 2, 2}, 0.5, 0.5, 0.5},
		{"precise but incomplete", tally{1, 4, 1}, 1, 0.25, 0.4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tt.t.measure("x")
			if math.Abs(m.Precision-tt.p) > 1e-12 || math.Abs(m.Recall-tt.r) > 1e-12 || math.Abs(m.F1-tt.f1) > 1e-12 {
				t.Errorf("measure(%+v) = P %v R %v F1 %v, want %v %v %v", tt.t, m.Precision, m.Recall, m.F1, tt.p, tt.r, tt.f1)
			}
		})
	}
}

func TestScoreOverallAndText(t *testing.T) {
	gold := map[string]Doc{
		"001.json": {Meetings: []Meeting{{Participants: []string{"A Alpha", "B Bravo"}, Date: s("2021-04-07"),
			Place: s("Rawalpindi"), Topics: Names{"trade talks", "the war"}}},
			People: []Person{{Name: "A Alpha", Role: "King"}}},
		"002.json": {Visits: []Visit{{Visitor: "A Alpha", Country: "Chad"}}},
	}
	pred := map[string]Doc{
		"001.json": {Meetings: []Meeting{{Participants: []string{"Alpha", "Bravo"}, Date: s("2021-04"),
			Place: s("Rawalpindi cantonment"), Topics: Names{"Trade"}}}},
	}
	rep := Score(gold, pred)
	// meeting pairs F1 1, visits 0 (no prediction for 002), attendees 1 (nothing either side), people 0.
	if rep.Overall != 0.5 {
		t.Errorf("Overall = %v, want 0.5", rep.Overall)
	}
	if len(rep.PerDoc) != 2 || rep.PerDoc[0].Doc != "001.json" || rep.PerDoc[1].Measures[1].Gold != 1 {
		t.Errorf("PerDoc = %+v", rep.PerDoc)
	}
	var b bytes.Buffer
	if err := rep.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	want := `meeting pairs          P 1.000  R 1.000  F1 1.000   (gold 1, predicted 1)
visits                 P 0.000  R 0.000  F1 0.000   (gold 1, predicted 0)
gathering attendees    P 1.000  R 1.000  F1 1.000   (gold 0, predicted 0)
gatherings             P 1.000  R 1.000  F1 1.000   (gold 0, predicted 0)
people                 P 0.000  R 0.000  F1 0.000   (gold 1, predicted 0)
meeting dates          0/1 correct = 0.000
visit dates            0/0 correct
gathering dates        0/0 correct
gathering places       0/0 correct
meeting places         1/1 correct = 1.000
meeting topics         1/2 correct = 0.500
overall F1 0.500
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("WriteText (-want +got):\n%s", diff)
	}
}

func TestPlaceOK(t *testing.T) {
	tests := []struct {
		name, gold, pred string
		want             bool
	}{
		{"same", "Rawalpindi", "Rawalpindi", true},
		{"case and accents", "São Paulo", "SAO PAULO", true},
		{"prediction holds gold", "Geneva", "Palais des Nations, Geneva", true},
		{"gold holds prediction", "New York City", "New York", true},
		{"part of a word", "Paris", "Parisian suburbs", false},
		{"another city", "Geneva", "Bern", false},
		{"no prediction", "Geneva", "", false},
		{"country aliases fold", "U.S.", "United States", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := placeOK(tt.gold, tt.pred); got != tt.want {
				t.Errorf("placeOK(%q, %q) = %v, want %v", tt.gold, tt.pred, got, tt.want)
			}
		})
	}
}

func TestTopicFound(t *testing.T) {
	tests := []struct {
		name  string
		gold  string
		preds []string
		want  bool
	}{
		{"shared content word", "regional security", []string{"security ties"}, true},
		{"case and accents", "energy prices", []string{"ÉNERGY"}, true},
		{"short words never count", "the war in Gaza", []string{"war"}, false},
		{"stop words never count", "talks about their ties", []string{"about their"}, false},
		{"no predicted topics", "trade", nil, false},
		{"word inside another", "trade", []string{"trades"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := topicFound(tt.gold, tt.preds); got != tt.want {
				t.Errorf("topicFound(%q, %q) = %v, want %v", tt.gold, tt.preds, got, tt.want)
			}
		})
	}
}
