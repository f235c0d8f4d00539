package extract

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// TestCompanies checks that companies are never people or parties: a name
// with a corporate suffix, or a country before a company noun, is the
// subject of a business meeting, not of diplomacy; a company's officer
// named with a title is a person.
func TestCompanies(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"suffix AG", "Rheinwerk AG met with Chinese Premier Wei Lin on Tuesday.", nil},
		{"suffix Corp", "Sakura Motor Corp held talks with the Indian government on Tuesday.", nil},
		{"suffix Laboratories", "Alder Laboratories met the Brazilian health minister on Tuesday.", nil},
		{"country before a company noun", "U.S. firm Westbridge held talks with Indonesia on Tuesday.", nil},
		{"demonym, adjective, company noun", "A Japanese car maker met Kenyan President Daniel Ochieng on Tuesday.", nil},
		{"a company does not fall back on the topic",
			"Kenyan President Daniel Ochieng arrived in Ghana on Monday. Nordvik Shipping AS said it held talks with Ghana on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06-10"}},
		{"a company's officer is a person",
			"Rheinwerk AG chief executive Lukas Brenner met Chinese Premier Wei Lin on Tuesday.",
			[]string{"meeting occurred Lukas Brenner+Wei Lin @2024-06-11"}},
	})
}

// TestRelativeClauseSubject checks that a meeting told inside a relative
// clause belongs to the clause's antecedent, never to the sentence's or
// the article's main person.
func TestRelativeClauseSubject(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"unnamed antecedent",
			"Kenyan President Daniel Ochieng praised the envoy, who had met Tanzanian President Grace Mollel the day before.", nil},
		{"antecedent of a country",
			"Kenyan President Daniel Ochieng thanked Kenya's envoy in Dodoma, who had just held talks with Tanzanian President Grace Mollel.",
			[]string{"meeting occurred Grace Mollel+Kenya @2024-06"}},
		{"an unnamed analyst is no one else",
			"Kenyan President Daniel Ochieng met donors on Monday. A trader, who had spoken about tariffs with Tanzanian President Grace Mollel, was doubtful.", nil},
		{"named antecedent",
			"Kenyan President Daniel Ochieng, who met Tanzanian President Grace Mollel on Monday, flew home.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-10"}},
	})
}

// TestPartnerFirms checks that a firm named by its partners ("Hale, Ortiz
// and Wren Inc", "Marsh & Lyle Co") is a company, not people, while a list
// of people that ends in no corporate suffix stays people.
func TestPartnerFirms(t *testing.T) {
	for _, tc := range []struct {
		s      string
		people []string
	}{
		{"Hale, Ortiz and Wren Inc said it had bought back shares.", nil},
		{"Hale, Ortiz, and Wren Co named a new chairman on Monday.", nil},
		{"Marsh & Lyle Co said profits rose.", nil},
		{"Ministers Tomas Hale, Ana Ortiz and Joe Wren met in Lima.", []string{"person:Ana Ortiz|ministers|", "person:Joe Wren|ministers|", "person:Tomas Hale|ministers|"}},
	} {
		var got []string
		for _, m := range personMentions(tc.s) {
			if strings.HasPrefix(m, "person:") || strings.HasPrefix(m, "single:") {
				got = append(got, m)
			}
		}
		sort.Strings(got)
		if diff := cmp.Diff(tc.people, got); diff != "" {
			t.Errorf("%q: people (-want +got):\n%s", tc.s, diff)
		}
	}
}

// TestPartnerFirmShortName checks that a partner firm's first two names
// ("King Mercer" for "King, Mercer and Dale Inc") name the firm later in
// the story, not a person (here "Mercer" under the title "King").
func TestPartnerFirmShortName(t *testing.T) {
	text := "King, Mercer and Dale Inc said it had bought back shares. King Mercer has 7 mln shares left."
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: day(1987, time.March, 4)})
	for _, a := range f.Actors {
		if a.Kind == schema.KindPerson {
			t.Errorf("person %q, want none", a.Name)
		}
	}
}

// TestWordJoinedToInstitution covers a single capitalised word joined by
// "and" to an institution's name ("the Oceanian and Pacific Affairs
// Bureau", "the Ways and Means Committee"): part of the name, no person;
// a named person before "and" and a title ("X and National Bank President
// Y") stays one.
func TestWordJoinedToInstitution(t *testing.T) {
	pub := day(2025, time.November, 18)
	checkBriefs(t, pub, []briefCase{
		{"a bureau's name",
			"Kenji Mori, chief of the foreign ministry's Oceanian and Pacific Affairs Bureau, who landed in Seoul on Monday, held talks with Park Min-soo.",
			[]string{
				"meeting occurred Kenji Mori+Park Min-soo @2025-11-17",
				"visit occurred Kenji Mori>South Korea @2025-11-17",
			}},
		{"a person before a title",
			"Finance Minister Kenji Mori met Economy Minister Park Min-soo and Central Bank Governor Lee Chang-yong in Seoul on Monday.",
			[]string{
				"meeting occurred Kenji Mori+Lee Chang-yong @2025-11-17",
				"meeting occurred Kenji Mori+Park Min-soo @2025-11-17",
			}},
	})
}

// TestPossessiveInBodyName covers an office "of the" a body whose name
// runs on through a possessive ("head of the National Farmer's Power",
// "chief of the National Youth's Voice"): no person named Farmer or
// Voice; the "he" that follows is the one in focus.
func TestPossessiveInBodyName(t *testing.T) {
	pub := day(2024, time.December, 16) // a Monday
	const first = "Ram Karki met Indian Foreign Minister Subrahmanyam Jaishankar in Delhi on Monday. "
	want := []string{"meeting occurred Ram Karki+Subrahmanyam Jaishankar @2024-12-16", "visit occurred Ram Karki>Bangladesh @2024-03"}
	checkBriefs(t, pub, []briefCase{
		{"the possessor as the name", first + "In March, as head of the National Farmer's Power, he visited Dhaka.", want},
		{"the word after the possessive as the name", first + "In March, as chief of the National Youth's Voice, he visited Dhaka.", want},
	})
}

// TestSeatIsNoPerson checks that a seat of government read where a name
// could stand ("chief Pentagon spokesman X", "the Kremlin said") is no
// person: only X is.
func TestSeatIsNoPerson(t *testing.T) {
	f := testX.Extract(schema.Article{ID: "t", Published: day(2025, time.May, 8),
		Text: "A note from chief Pentagon spokesman Joseph Mwita stated that the ministers had discussed drones. The Kremlin said later that it saw no threat."})
	people := personNames(f)
	if d := cmp.Diff([]string{"Joseph Mwita"}, people); d != "" {
		t.Errorf("people (-want +got):\n%s", d)
	}
}

// TestPlusFormatName checks that a bloc's "Plus Three" format and a named
// meeting of it with its partners ("the Lake Basin Plus Three Ministers'
// Meeting with A, B and C") make no person "Plus Three" and no meetings
// of the bloc with each partner.
func TestPlusFormatName(t *testing.T) {
	f := testX.Extract(schema.Article{ID: "t", Published: day(2025, time.May, 8),
		Text: "The Lake Basin Plus Three Ministers' Meeting with India, Brazil and Japan opened in Kisumu on Tuesday."})
	for _, a := range f.Actors {
		if a.Kind == schema.KindPerson {
			t.Errorf("person %q", a.Name)
		}
	}
	for _, e := range f.Events {
		if e.Type == schema.Meeting {
			t.Errorf("meeting %v", e.Participants)
		}
	}
}
