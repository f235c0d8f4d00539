package extract

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// gatheringsOf renders the gatherings of a text as "name: A+B+C" with the
// attendees sorted.
func gatheringsOf(text string, pub time.Time) []string {
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
	names := map[schema.IRI]string{}
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	var out []string
	for _, e := range f.Events {
		if e.Type != schema.Gathering || e.Status != schema.Occurred {
			continue
		}
		var as []string
		for _, a := range e.Attendees {
			as = append(as, names[a])
		}
		sort.Strings(as)
		out = append(out, e.Name+": "+strings.Join(as, "+"))
	}
	return out
}

// TestGatheringPresenceAndNames covers attendance told by presence ("were
// at the table", "So were ...", "was in attendance"), a body's numbered
// session as a gathering of its own, and names that are the text's noun
// phrase, never a fragment with a date or a verb in it.
func TestGatheringPresenceAndNames(t *testing.T) {
	pub := day(2024, time.June, 14)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"presence phrases and an inverted list",
			"Leaders of the Andean Community gathered in Lima on Thursday for the annual summit. Bolivian President Luis Arce and Colombia's Gustavo Petro were at the table. So were Ecuador's Daniel Noboa and the leaders of Peru and Chile. Brazil was in attendance as an observer.",
			[]string{"annual summit: Andean Community+Bolivia+Brazil+Chile+Colombia+Ecuador+Peru"}},
		{"also present",
			"Kenya hosted a regional security summit in Nairobi on Monday. Also present were Uganda and Rwanda.",
			[]string{"regional security summit: Kenya+Rwanda+Uganda"}},
		{"no date or preposition in the name",
			"The leaders of Kenya, Uganda and Rwanda gathered in Kampala on Wednesday for a summit of the East African Community, which ended late.",
			[]string{"summit of the East African Community: Kenya+Rwanda+Uganda"}},
		{"a numbered session of a named body is its own gathering",
			"The leaders of Kenya, Uganda and Rwanda gathered in Kampala on Wednesday for a summit of the East African Community. Ministers from Chile, Peru and Bolivia attended the 12th session of the Joint Andean Commission in La Paz on Monday.",
			[]string{"summit of the East African Community: Kenya+Rwanda+Uganda", "12th session of the Joint Andean Commission: Bolivia+Chile+Peru"}},
		{"a capitalised of-phrase stays in the name",
			"Finance ministers of the Group of Seven met in Rome on Monday. Italy hosted the Group of Seven meeting.",
			[]string{"Group of Seven meeting: G7+Italy"}},
		{"a named summit opened in a relative clause, members among the leaders",
			"The president was in Jakarta, where the 44th ASEAN Summit had opened that morning. Indonesia chaired the summit. Thailand's Srettha Thavisin and Vietnam's Pham Minh Chinh were among the leaders in the hall, alongside Malaysia's Anwar Ibrahim.",
			[]string{"44th ASEAN Summit: Indonesia+Malaysia+Thailand+Vietnam"}},
		{"among leaders with no place or verb is nothing",
			"Kenya hosted a regional security summit in Nairobi on Monday. Uganda and Rwanda were among the leaders who criticised the plan.",
			[]string{"regional security summit: Kenya"}},
		{"an unknown body of states and attendance told many ways",
			"Foreign ministers of the Central Danube Forum met in Bratislava on Thursday. Poland's Radek Sikorski and Czech Foreign Minister Jan Lipavsky attended the meeting in person. Austria's foreign minister joined online, and Ukraine's Dmytro Kuleba addressed the ministers by video link from Kyiv. Slovenia stayed away. Croatia was represented by a state secretary.",
			[]string{"Central Danube Forum meeting: Austria+Croatia+Czech Republic+Poland+Ukraine"}},
		{"a named session with no subject, attendance told after it",
			"The agreement was reached on Thursday at the 12th Ordinary Session of the Andean Council of Ministers, chaired by Peruvian President Dina Boluarte in Lima. The heads of state of Chile, Bolivia and Ecuador took part, while Colombia was represented by its vice-president.",
			[]string{"12th Ordinary Session of the Andean Council of Ministers: Bolivia+Chile+Colombia+Ecuador+Peru"}},
		{"a session of a parliament is domestic",
			"Complaints surfaced on Thursday at the annual session of Kenya's parliament in Nairobi.", nil},
		{"a company's meeting is no gathering",
			"Shareholders approved the merger on Thursday at a special meeting of Rheinwerk Holdings AG in Frankfurt.", nil},
		{"a bank's symposium is no gathering",
			"The governor spoke on Thursday at a symposium in Frankfurt organised by Rheinwerk Bank AG.", nil},
		{"leaders gathered for a named meeting, and took part along with",
			"SUVA - Pacific leaders gathered in the Fijian capital on Monday for the opening of the 52nd Pacific Islands Forum Leaders Meeting. Samoa's Fiame Naomi Mata'afa and Marshall Islands President Hilda Heine took part in Monday's sessions, along with UN Secretary-General Antonio Guterres.",
			[]string{"52nd Pacific Islands Forum Leaders Meeting: Marshall Islands+Samoa+United Nations"}},
		{"gathering for something that is no meeting is nothing",
			"Crowds gathered in Suva on Monday for the opening of a new stadium.", nil},
		{"a later planned presence is nothing",
			"Kenya hosted a regional security summit in Nairobi on Monday. Uganda and Rwanda will be at the table next year.",
			[]string{"regional security summit: Kenya"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, gatheringsOf(tc.text, pub)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}
