package extract

import (
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestOrganisationOfficials checks that a person the gazetteer has in an
// office of an international organisation on the article's day acts for
// that organisation (for an institution of a union, the union), not for a
// country the story happens to be about, with or without a title in the
// text.
func TestOrganisationOfficials(t *testing.T) {
	checkPersonCountries(t, day(2025, time.March, 14), []countryCase{ // a Friday
		{"no title, on a trip", "Ursula von der Leyen spent Tuesday in Nairobi and discussed trade with President William Ruto.",
			"Ursula von der Leyen", "European Union"},
		{"institution's title only", "The Commission's head, Ursula von der Leyen, joined Olaf Scholz for a Berlin dinner on Wednesday.",
			"Ursula von der Leyen", "European Union"},
		{"alliance chief in a capital", "Mark Rutte was in Ankara on Thursday for a meeting with Recep Tayyip Erdogan about the Black Sea.",
			"Mark Rutte", "NATO"},
		{"title after the name", "Antonio Guterres, the UN secretary-general, arrived in Beirut on Monday.",
			"Antonio Guterres", "United Nations"},
		{"a passport the text states still wins", "The Portuguese diplomat Antonio Guterres spoke in Lisbon on Monday.",
			"Antonio Guterres", "Portugal"},
	})
}

// TestOrganisationOfficialAttends checks that an official of an
// institution of a union who attends a gathering brings the union, not the
// institution, among the attendees.
func TestOrganisationOfficialAttends(t *testing.T) {
	checkBriefs(t, day(2025, time.March, 14), []briefCase{
		{"council president at a summit",
			"Zambia's and Angola's leaders and Antonio Costa attended a summit on the rail corridor in Luanda on Thursday.",
			[]string{"gathering occurred Angola+European Union+Zambia @2025-03-13"}},
	})
}

// TestTitleEndsInPortfolio checks that a minister's title whose last
// portfolio is a word no suffix marks ("Policy", "Security") is read as a
// title before the appositive name, not as a name of its own.
func TestTitleEndsInPortfolio(t *testing.T) {
	pub := day(2025, time.March, 14)
	for _, tc := range []struct {
		name, text, person, role string
	}{
		{"policy", "The Minister for Family and Social Policy, Anna Nowacka, met her Czech counterpart in Warsaw on Monday.",
			"Anna Nowacka", "Minister for Family and Social Policy"},
		{"security", "Ghana's Minister for Defence and National Security, Kwame Boateng, received the visiting Togolese delegation on Monday.",
			"Kwame Boateng", "Minister for Defence and National Security"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			for _, a := range f.Actors {
				if a.Name == tc.person {
					if a.Role != tc.role {
						t.Errorf("%s: role %q, want %q", tc.person, a.Role, tc.role)
					}
					return
				}
			}
			t.Errorf("no person %s", tc.person)
		})
	}
}

// TestRoleAnaphorLongTitle checks that "the Deputy Prime Minister" takes
// up the person titled "Deputy Prime Minister for X" before, and that the
// capitalised name of a fund or facility is no person that could take the
// title instead.
func TestRoleAnaphorLongTitle(t *testing.T) {
	checkBriefs(t, day(2025, time.May, 20), []briefCase{
		{"title with a complement, then the title alone",
			"Ministers agreed on Monday to top up the Coastal Resilience Facility. Later the Deputy Prime Minister for Regional Affairs, Tomas Varga, chaired the session. The Deputy Prime Minister then held talks with Jonas Berg, Norway's trade minister.",
			[]string{"meeting occurred Jonas Berg+Tomas Varga @2025-05"}},
		{"a mechanism is no person",
			"Payments under the Green Transition Mechanism were approved on Monday. The special envoy then met Niger's foreign minister, Bakary Sangare, in Niamey.",
			nil},
	})
}

// TestArmedGroupMembersNationality checks that a member of an armed group
// or state organ the gazetteer gives a home state is of that state, while
// the group stays the party ("RSF commander X" is Sudanese), and that an
// office "of" an organisation after the name gives the organisation.
func TestArmedGroupMembersNationality(t *testing.T) {
	checkPersonCountries(t, day(2024, time.August, 14), []countryCase{
		{"group's title before the name", "RSF commander Abdelrahim Dagalo flew to Kampala on Monday for talks with Ugandan officials.",
			"Abdelrahim Dagalo", "Sudan"},
		{"movement's minister", "Taliban deputy minister Mohammad Nabi Omari received a Kazakh trade delegation in Kabul on Monday.",
			"Mohammad Nabi Omari", "Afghanistan"},
		{"state organ after the name", "Ali Fadavi, deputy commander of the Revolutionary Guards, went to Damascus on Monday.",
			"Ali Fadavi", "Iran"},
		{"bloc office after the name", "Helena Varga, deputy secretary-general of NATO, went to Skopje on Monday.",
			"Helena Varga", "NATO"},
	})
}

// countryCase is one text and the country (or organisation) the person
// named in it must have.
type countryCase struct {
	name, text, person, want string
}

// checkPersonCountries extracts the text of each case, published on pub,
// and compares the person's country with the case's.
func checkPersonCountries(t *testing.T, pub time.Time, cases []countryCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			if got, found := personCountry(f, tc.person); !found || got != tc.want {
				t.Errorf("%s: country %q (found %v), want %q", tc.person, got, found, tc.want)
			}
		})
	}
}

// TestPostedRoleBeforeName covers an envoy's title with the post's
// country or city after "to", then the holder's name ("Kenyan Ambassador
// to Somalia Joshua Gatimu"): the name is the holder's, met in person, and
// the post's country is never the holder's.
func TestPostedRoleBeforeName(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a demonym, the post's country, then the name",
			"On Tuesday Mudavadi held talks with Kenyan Ambassador to Somalia Joshua Gatimu.",
			[]string{"meeting occurred Joshua Gatimu+Musalia Mudavadi @2025-03-11"}},
		{"a possessive and a high commissioner",
			"Mudavadi met Kenya's High Commissioner to Uganda Joshua Gatimu on Wednesday.",
			[]string{"meeting occurred Joshua Gatimu+Musalia Mudavadi @2025-03-12"}},
		{"a special envoy of another state",
			"Mudavadi received US Special Envoy to Sudan Tom Perriello on Thursday.",
			[]string{"meeting occurred Musalia Mudavadi+Tom Perriello @2025-03-13"}},
	})
	checkPersonCountries(t, pub, []countryCase{
		{"the post is not the holder's country",
			"On Tuesday Mudavadi held talks with Kenyan Ambassador to Somalia Joshua Gatimu.",
			"Joshua Gatimu", "Kenya"},
		{"a foreign envoy posted to the host",
			"Mudavadi met French Ambassador to Kenya Arnaud Suquet in Nairobi.",
			"Arnaud Suquet", "France"},
	})
}

// TestStateBodyTellsCountry covers a state's own body named with its
// demonym before a person ("lawmakers from the Laotian National Assembly,
// headed by its Vice President X"): the body's country is the person's.
func TestStateBodyTellsCountry(t *testing.T) {
	pub := day(2025, time.March, 17)
	checkPersonCountries(t, pub, []countryCase{
		{"a parliament's delegation led by its officer",
			"A group of lawmakers from the Laotian National Assembly, headed by its Vice President Khambay Vongsouk, called on Speaker Tran Thanh Man on Monday.",
			"Khambay Vongsouk", "Laos"},
		{"another state's chamber and its deputy speaker",
			"Tran Thanh Man on Monday hosted members of the Kenyan National Assembly headed by its Deputy Speaker Gladys Boss Shollei.",
			"Gladys Boss Shollei", "Kenya"},
	})
}

// TestPostForACountry covers a post named for a country before the
// holder's name ("the UN Resident Coordinator for Chad, X"): the name is
// read as the holder met, and the post's country is not the holder's.
func TestPostForACountry(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a resident coordinator for a country, in apposition",
			"On Thursday Filippo Grandi met the UN Resident Coordinator for Chad, Violet Kakyomya, in N'Djamena.",
			[]string{"meeting occurred Filippo Grandi+Violet Kakyomya @2025-03-13"}},
		{"a resident representative, in apposition",
			"On Thursday Filippo Grandi met the UNDP Resident Representative, Lionel Laurens, in N'Djamena.",
			[]string{"meeting occurred Filippo Grandi+Lionel Laurens @2025-03-13"}},
	})
	checkPersonCountries(t, pub, []countryCase{
		{"the post's country is not the holder's",
			"On Thursday Filippo Grandi met the UN Resident Coordinator for Chad, Violet Kakyomya, in N'Djamena.",
			"Violet Kakyomya", "United Nations"},
	})
}

// TestOfficialsAtTheSeat: an international organisation's officer is at
// home in the state of its headquarters, so arriving there, or flying in
// from there, is no visit to it; and met there, the officer keeps the
// organisation as country rather than taking the host's.
func TestOfficialsAtTheSeat(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"flew in from the seat",
			"LILONGWE - Malawian President Peter Banda received NATO Secretary General Joseph Mwita on Tuesday. Mwita flew in from Brussels early in the day.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-04-30", "visit occurred Joseph Mwita>Malawi @2024-04-30"}},
		{"arrived at the seat",
			"The World Health Organization's Director-General, Grace Phiri, arrived in Geneva on Monday for a board meeting.",
			nil},
		{"a national at the same seat still visits",
			"Malawian President Peter Banda arrived in Brussels on Monday.",
			[]string{"visit occurred Peter Banda>Belgium @2024-04-29"}},
	})
	wantCountries(t, pub, "BRUSSELS - Malawian President Peter Banda, who had landed in Brussels a day earlier, met European Council President Grace Phiri for talks on Monday.",
		map[string]string{"Grace Phiri": "European Union", "Peter Banda": "Malawi"})
}

// TestDefinedAcronyms: an acronym several bodies share stands for the one
// a text spells it out for ("the Indian Ocean Commission (IOC)"), and
// otherwise for the body it names unambiguously (the Olympic committee);
// one a text spells out as a state's long name ("Islamic Emirate of
// Afghanistan (IEA)") stands for that state, though a body has it too.
func TestDefinedAcronyms(t *testing.T) {
	pub := day(2024, time.May, 2)
	wantCountries(t, pub, "The Indian Ocean Commission (IOC) held a council in Port Louis on Tuesday. Grace Phiri, the IOC secretary general, then met Malawian President Peter Banda.",
		map[string]string{"Grace Phiri": "Indian Ocean Commission"})
	wantCountries(t, pub, "IOC President Grace Phiri met Malawian President Peter Banda in Lilongwe on Tuesday to discuss the Games.",
		map[string]string{"Grace Phiri": "International Olympic Committee"})
	wantCountries(t, pub, "KABUL - Neighbours have pressed Islamic Emirate of Afghanistan (IEA) leaders to open girls' schools. Zabihullah Mujahid, the IEA spokesman, dismissed the demand on Tuesday.",
		map[string]string{"Zabihullah Mujahid": "Afghanistan"})
	wantCountries(t, pub, "IEA head Fatih Birol met Malawian President Peter Banda in Lilongwe on Tuesday to discuss solar power.",
		map[string]string{"Fatih Birol": "International Energy Agency"})
}

// TestTitleOfAKnownBodyBeforeName covers a title held in a body the
// gazetteer knows, named whole before a comma and the holder ("the
// Deputy Director-General of the World Food Programme, Dr. X"): X holds
// it, and received or met, X is a party.
func TestTitleOfAKnownBodyBeforeName(t *testing.T) {
	pub := day(2024, time.September, 9) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"received the head of a known body",
			"Gen. Peter Banda received on Sunday the Deputy Director-General of the World Food Programme, Dr. Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2024-09-08"}},
		{"met by the head of a known body",
			"The Secretary-General of the African Union Commission, Mulambo Haimbe, met Malawi's President Peter Banda in Lilongwe on Sunday.",
			[]string{"meeting occurred Mulambo Haimbe+Peter Banda @2024-09-08"}},
	})
}

// TestPortfolioNamedAfterABody covers a portfolio named after a body the
// gazetteer knows ("Minister of African Union Affairs, X"): no
// title held in that body, so X keeps the country the sentence gives.
func TestPortfolioNamedAfterABody(t *testing.T) {
	text := "Kenya's Minister of African Union Affairs, Mulambo Haimbe, met Malawi's President Peter Banda in Lilongwe on Sunday."
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: day(2024, time.September, 9)})
	wantCountry(t, f, text, "Mulambo Haimbe", "Kenya")
}
