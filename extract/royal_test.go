package extract

import (
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestRoyalCouples: "Their Majesties" and "the (royal) couple" stand for
// the two told before, a consort too; a couple in the object ("paid a
// called on the couple") is met by both; "Their Majesties" are the
// two with a royal title, not the host they met.
func TestRoyalCouples(t *testing.T) {
	pub := day(2025, time.November, 15) // a Saturday
	const talks = "King Philippe and Queen Mathilde lunched with the Kazakh leader, Kassym-Jomart Tokayev, on Friday. "
	checkBriefs(t, pub, []briefCase{
		{"Their Majesties arrived", talks + "Their Majesties arrived in Astana on Thursday.",
			[]string{"meeting occurred Kassym-Jomart Tokayev+Mathilde+Philippe @2025-11-14", "visit occurred Mathilde>Kazakhstan @2025-11-13", "visit occurred Philippe>Kazakhstan @2025-11-13"}},
		{"the royal couple arrived", talks + "The royal couple arrived in Astana on Thursday.",
			[]string{"meeting occurred Kassym-Jomart Tokayev+Mathilde+Philippe @2025-11-14", "visit occurred Mathilde>Kazakhstan @2025-11-13", "visit occurred Philippe>Kazakhstan @2025-11-13"}},
		{"called on the couple",
			"King Harald and Queen Sonja arrived in Riga on Thursday. On Friday Latvian Prime Minister Evika Silina called on the couple at their hotel.",
			[]string{"meeting occurred Evika Silina+Harald V @2025-11-14", "meeting occurred Evika Silina+Sonja @2025-11-14",
				"visit occurred Harald V>Latvia @2025-11-13", "visit occurred Sonja>Latvia @2025-11-13"}},
	})
}

// TestRulerAndConsortTitles: "the King and Queen X" after the king is
// named are the king and the queen, not one person holding both titles,
// while "Prime Minister and Foreign Minister X" stays one person; "the
// pontiff" is the pope named before.
func TestRulerAndConsortTitles(t *testing.T) {
	pub := day(2025, time.November, 15) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"the King and Queen X",
			"King Harald of Norway opened the fair in Riga on Friday. The King and Queen Sonja had landed in Riga on Thursday.",
			[]string{"visit occurred Harald V>Latvia @2025-11-13", "visit occurred Sonja>Latvia @2025-11-13"}},
		{"the Crown Prince and Crown Princess X",
			"Crown Prince Haakon of Norway opened the fair in Riga on Friday. The Crown Prince and Crown Princess Mette-Marit had landed in Riga on Thursday.",
			[]string{"visit occurred Haakon>Latvia @2025-11-13", "visit occurred Mette-Marit>Latvia @2025-11-13"}},
		{"two offices of one person",
			"Prime Minister and Foreign Minister Omar Haddad of Jordan landed in Riga on Thursday.",
			[]string{"visit occurred Omar Haddad>Latvia @2025-11-13"}},
		{"the pontiff",
			"Pope Leo XIV landed in Riga on Thursday. On Friday the pontiff held talks with Latvian Prime Minister Evika Silina.",
			[]string{"meeting occurred Evika Silina+Leo XIV @2025-11-14", "visit occurred Leo XIV>Latvia @2025-11-13"}},
	})
}

// TestTitledOneWordNames: a monarch or consort the text names by title
// and one word ("Queen Sonja", "King Sultan Ibrahim") takes the country
// the gazetteer knows them by, not the story's; and a one-word name the
// gazetteer knows with its title stays apart from another person of the
// same last word.
func TestTitledOneWordNames(t *testing.T) {
	pub := day(2025, time.April, 17)
	wantCountries(t, pub, "KUALA LUMPUR - King Sultan Ibrahim hosted Chinese President Xi Jinping at a banquet on Wednesday, a day after Xi had talks in Putrajaya with Prime Minister Anwar Ibrahim. Queen Sonja of Norway also called on the King.",
		map[string]string{"Sultan Ibrahim": "Malaysia", "Anwar Ibrahim": "Malaysia", "Sonja": "Norway"})
	wantCountries(t, pub, "BEIJING - Queen Suthida toured a temple on Wednesday.", map[string]string{"Suthida": "Thailand"})
}

// TestAudienceOf covers the British "had an audience of the King": a
// meeting with the one named after "of", never with an audience's crowd
// ("told an audience of diplomats and X").
func TestAudienceOf(t *testing.T) {
	pub := day(2025, time.March, 19) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"an audience of a named king",
			"On Tuesday, Kenyan President William Ruto had an audience of King Charles at Windsor.",
			[]string{"meeting occurred Charles III+William Ruto @2025-03-18"}},
		{"an audience of a crowd with a person in it",
			"Ruto told an audience of diplomats and Foreign Minister Musalia Mudavadi on Tuesday that the plan would work.",
			nil},
		{"received in an audience by",
			"On Tuesday Kenyan President William Ruto had been received in an audience by King Charles at Windsor.",
			[]string{"meeting occurred Charles III+William Ruto @2025-03-18"}},
		{"received in a farewell audience by",
			"Kenyan President William Ruto was received in a farewell audience by King Charles on Tuesday.",
			[]string{"meeting occurred Charles III+William Ruto @2025-03-18"}},
		{"an audience of students",
			"Ruto spoke to an audience of 500 students in Nairobi on Tuesday.",
			nil},
	})
}

// TestEmperorsAndMonarchs covers "Emperor" as a title before a one-word
// name, "the two monarchs" as the two reigning heads told before (not a
// king's consort), and a sequel's day and city taken from a welcome told
// just before it.
func TestEmperorsAndMonarchs(t *testing.T) {
	pub := day(2025, time.March, 19) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"an emperor's title before his name",
			"Japan's Emperor Naruhito called on King Willem-Alexander in The Hague on Monday.",
			[]string{"meeting occurred Naruhito+Willem-Alexander @2025-03-17"}},
		{"the two monarchs after a welcome with a queen",
			"Emperor Naruhito was greeted by King Willem-Alexander, with Queen Maxima at his side, in Amsterdam on Tuesday. The two monarchs then sat down for talks in the palace.",
			[]string{"meeting occurred Naruhito+Willem-Alexander @2025-03-18"}},
		{"the two leaders later, after a welcome",
			"President Ruto was welcomed by President Museveni in Kampala on Tuesday. The two leaders later held talks at State House.",
			[]string{"meeting occurred William Ruto+Yoweri Museveni @2025-03-18"}},
		{"later that week is a day of its own",
			"President Ruto was welcomed by President Museveni in Kampala on Monday. Later that week the pair had talks at State House.",
			[]string{"meeting occurred William Ruto+Yoweri Museveni @2025-03"}},
	})
}

// TestCrownPrinceNotAPrince covers "the Crown Prince" told after both a
// prince and the crown prince were named: the crown prince.
func TestCrownPrinceNotAPrince(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the crown prince after a prince",
			"Prince Ghazi bin Muhammad, an adviser, greeted Zelensky on the tarmac in Amman on Monday. That evening Jordan's Crown Prince Hussein hosted Zelensky at Al Husseiniya Palace. Later Rubio had his own talks with the Crown Prince.",
			[]string{"meeting occurred Hussein+Marco Rubio @2025-03-10", "meeting occurred Hussein+Volodymyr Zelensky @2025-03-10", "visit occurred Volodymyr Zelensky>Jordan @2025-03-10"}},
	})
}

// TestCourtStylesBeforeOffices: a style of address ("His Holiness", "His
// Eminence", "Their Majesties", the Khmer "Lok Chumteav") opens the name
// without being part of the office after it, so the role is the office
// alone and the person named after it a participant.
func TestCourtStylesBeforeOffices(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	cases := []struct {
		text string
		name string
		role string
	}{
		{"His Holiness Patriarch Daniel Ochieng met the Malawian President, Peter Banda, in Lilongwe on Tuesday.", "Daniel Ochieng", "Patriarch"},
		{"His Majesty King Joseph Mwita received the Malawian President, Peter Banda, in his palace on Tuesday.", "Joseph Mwita", "King"},
		{"On Tuesday His Royal Highness Crown Prince Daniel Ochieng greeted the guests.", "Daniel Ochieng", "Crown Prince"},
		{"Their Majesties King Joseph Mwita and Queen Grace Phiri hosted a dinner for the Malawian President, Peter Banda, on Tuesday.", "Joseph Mwita", "King"},
	}
	for _, tc := range cases {
		f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
		got := "(not found)"
		for _, a := range f.Actors {
			if a.Name == tc.name {
				got = a.Role
			}
		}
		if got != tc.role {
			t.Errorf("%q: role of %s = %q, want %q", tc.text, tc.name, got, tc.role)
		}
	}
	checkBriefs(t, pub, []briefCase{
		{"an eminence received",
			"The Malawian President, Peter Banda, on Tuesday received His Eminence Cardinal Joseph Mwita, the envoy of the Holy See, in Lilongwe for talks on refugees.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-04-30", "visit occurred Joseph Mwita>Malawi @2024-04-30"}},
		{"a lady's Khmer style in a pair of hosts",
			"Malawian President Peter Banda and Lok Chumteav Grace Phiri held talks with Kenyan Vice-President Daniel Ochieng in Lilongwe on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Peter Banda @2024-04-30"}},
	})
}
