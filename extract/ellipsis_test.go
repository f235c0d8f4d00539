package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestVisitsAsDid covers an elliptic ", as did A and B" after the verb of
// a visit: they made the same visit, on its day; after a visit told in a
// relative clause it belongs to the main verb, not to the visit.
func TestVisitsAsDid(t *testing.T) {
	pub := day(2025, time.June, 20) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"landed, as did two more",
			"Chilean President Gabriel Boric landed in Lima late on Sunday, as did Colombia's Gustavo Petro and Ecuadorian President Daniel Noboa.",
			[]string{"visit occurred Daniel Noboa>Peru @2025-06-15", "visit occurred Gabriel Boric>Peru @2025-06-15", "visit occurred Gustavo Petro>Peru @2025-06-15"}},
		{"a relative clause's visit is not the one the others made",
			"Chilean President Gabriel Boric, who flew into Lima on Sunday, spoke at the opening, as did Colombia's Gustavo Petro.",
			[]string{"visit occurred Gabriel Boric>Peru @2025-06-15"}},
	})
}

// TestLeftForHome covers a traveller leaving for home ("left for Bogota",
// "flew back to Bogota"): a visit to the country of the summit in focus or
// of the dateline, dated by the departure; with no scene told, none.
func TestLeftForHome(t *testing.T) {
	pub := day(2025, time.June, 20) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"left the summit for home",
			"LIMA, June 20 - The Andean summit opened in Lima on Thursday with Peru, Colombia and Chile attending. Colombian President Gustavo Petro left for Bogota on Thursday evening.",
			[]string{"gathering occurred Chile+Colombia+Peru @2025-06-19", "visit occurred Gustavo Petro>Peru @2025-06-19"}},
		{"flew back home from the dateline's country",
			"LIMA, June 20 - Peruvian officials said trade would grow. Colombian President Gustavo Petro flew back to Bogota on Thursday evening after two days of talks.",
			[]string{"visit occurred Gustavo Petro>Peru @2025-06-19"}},
		{"no scene, no visit",
			"Colombian President Gustavo Petro left for Bogota on Thursday evening.",
			nil},
	})
}

// TestTheCityNamedBefore covers "the city", "the capital" standing for the
// city the text just named, with no dateline and no trip told before.
func TestTheCityNamedBefore(t *testing.T) {
	pub := day(2025, time.June, 20) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a city the sentence names first",
			"Asked about Lusaka, the spokesman said Malawi's Peter Banda had flown into the city on Thursday.",
			[]string{"visit occurred Peter Banda>Zambia @2025-06-19"}},
		{"the capital named in the sentence before",
			"The regional talks are under way in Lusaka. Malawi's Peter Banda landed in the capital late on Thursday.",
			[]string{"visit occurred Peter Banda>Zambia @2025-06-19"}},
	})
}

// TestRoomIsNoPerson covers a room or building told by a title ("the
// President's Residence"): no person.
func TestRoomIsNoPerson(t *testing.T) {
	pub := day(2023, time.November, 30)
	text := "Kenya's Daniel Ochieng was received by Zambian President Peter Banda at the President's Residence on Monday afternoon."
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
	for _, a := range f.Actors {
		if strings.Contains(a.Name, "Residence") {
			t.Errorf("%q: %q read as a %s", text, a.Name, a.Kind)
		}
	}
}
