package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestNoNationalityFromDestination checks that a person whose country the
// text does not give is never guessed to be of the country they travel to,
// while the dateline still gives a country to officials it reports on.
func TestNoNationalityFromDestination(t *testing.T) {
	pub := day(2024, time.June, 14)
	for _, tc := range []struct {
		name, text, person, want string
		visit                    bool
	}{
		{"arrived in a city", "Agriculture Minister Paul Lange arrived in Tokyo on Tuesday.", "Paul Lange", "", true},
		{"arrived here under a dateline", "TOKYO, June 14 - Agriculture Minister Paul Lange arrived here on Tuesday.", "Paul Lange", "", true},
		{"dateline official at home", "TOKYO, June 14 - Agriculture Minister Paul Lange said on Tuesday that rice prices would rise.", "Paul Lange", "Japan", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			got, found := personCountry(f, tc.person)
			if !found || got != tc.want {
				t.Errorf("%s: country %q (found %v), want %q", tc.person, got, found, tc.want)
			}
			visits := 0
			for _, e := range f.Events {
				if e.Type == schema.Visit {
					visits++
				}
			}
			if (visits > 0) != tc.visit {
				t.Errorf("%d visits, want a visit: %v", visits, tc.visit)
			}
		})
	}
}

// TestInitialsJoinFullName checks that an initial and the full given name
// of the same surname are one person, named in full.
func TestInitialsJoinFullName(t *testing.T) {
	f := testX.Extract(schema.Article{ID: "t", Published: day(2024, time.June, 14),
		Text: "Kenyan President D. Ochieng met Tanzanian President Grace Mollel on Tuesday. Daniel Ochieng later flew home."})
	got := personNames(f)
	if len(got) != 2 || got[0] != "Daniel Ochieng" && got[1] != "Daniel Ochieng" {
		t.Errorf("people %q, want Daniel Ochieng and Grace Mollel", got)
	}
}

// TestGenerationalSuffix covers names closed by "Jr.": the suffix is no
// surname (two people "Jr." of one initial stay apart, and "Jr." is no
// second surname to drop), and a middle initial the gazetteer does not file
// ("Ferdinand R. Marcos Jr.") still finds its person.
func TestGenerationalSuffix(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a middle initial, another Jr. of the same initial",
			"President Ferdinand R. Marcos Jr. reached Lilongwe on Monday. On Tuesday Marcos held talks with Peter Banda. Farm Secretary Felipe Santos Jr. signed a rice accord.",
			[]string{"meeting occurred Ferdinand Marcos Jr.+Peter Banda @2025-03-04", "visit occurred Ferdinand Marcos Jr.>Malawi @2025-03-03"}},
		{"two people Jr. of one initial",
			"Envoy Peter Banda Jr. met Zambian President Hakainde Hichilema in Lusaka on Tuesday. Farm Minister Paul Mwale Santos Jr. signed a maize accord.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda Jr. @2025-03-04"}},
		{"a son and his father",
			"Envoy Peter Banda Jr. met Zambian President Hakainde Hichilema in Lusaka on Tuesday. Former minister Peter Banda Sr. met Zambian Vice President Mutale Nalumango there on Monday.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda Jr. @2025-03-04", "meeting occurred Mutale Nalumango+Peter Banda Sr. @2025-03-03"}},
		{"Jr. is no second surname",
			"Envoy Daniel Mwita Ochieng Jr. met Peter Banda in Lilongwe on Tuesday. Ochieng said the talks went well.",
			[]string{"meeting occurred Daniel Mwita Ochieng Jr.+Peter Banda @2025-03-04"}},
	})
}

// TestShortNamesExpand checks that a surname, or initials and surname,
// becomes the full name of the one office-holder the gazetteer knows by it
// at the article's date.
func TestShortNamesExpand(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"US Secretary of State A. Blinken met Brazilian Foreign Minister Mauro Vieira in Brasilia on Tuesday.", "Antony Blinken"},
		{"Secretary of State Blinken met Brazilian Foreign Minister Mauro Vieira in Brasilia on Tuesday.", "Antony Blinken"},
		{"US Secretary of State B. Blinken met Brazilian Foreign Minister Mauro Vieira in Brasilia on Tuesday.", "B. Blinken"},
	} {
		f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: day(2024, time.June, 14)})
		found := false
		for _, a := range f.Actors {
			found = found || a.Kind == schema.KindPerson && a.Name == tc.want
		}
		if !found {
			t.Errorf("%q: no person %q among %v", tc.text, tc.want, f.Actors)
		}
	}
}

// TestGuessedCountryIsMarked: a country read from the dateline is marked
// guessed (kept for the article's reading, not stored as a nationality);
// one the text states is not.
func TestGuessedCountryIsMarked(t *testing.T) {
	pub := day(2024, time.June, 14)
	for _, tc := range []struct {
		text    string
		guessed bool
	}{
		{"ACCRA, June 14 - Trade Minister Kofi Mensah met Kenyan Trade Minister Rose Wanjiku on Tuesday.", true},
		{"ACCRA, June 14 - Ghanaian Trade Minister Kofi Mensah met Kenyan Trade Minister Rose Wanjiku on Tuesday.", false},
	} {
		f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
		found := false
		for _, a := range f.Actors {
			if a.Name == "Kofi Mensah" {
				found = true
				if a.Country != schema.CountryIRI("GHA") || a.CountryGuessed != tc.guessed {
					t.Errorf("%q: Kofi Mensah country %s guessed %v, want GHA guessed %v", tc.text, a.Country, a.CountryGuessed, tc.guessed)
				}
			}
		}
		if !found {
			t.Errorf("%q: no Kofi Mensah", tc.text)
		}
	}
}

// TestBareApostrophePossessive checks that a capitalised name ending in
// "s" takes a bare apostrophe as its possessive ("Barbados' Mia Mottley",
// "the United States' envoy X"), while a plural noun's apostrophe does not
// (nor one inside a gathering's name: TestNamedGatheringAsSubject).
func TestBareApostrophePossessive(t *testing.T) {
	pub := day(2025, time.March, 4)
	for _, tc := range []struct {
		name, text, person, want string
	}{
		{"a country ending in s", "Barbados' Mia Amor Mottley met Jamaican Prime Minister Andrew Holness in Kingston on Sunday.", "Mia Amor Mottley", "Barbados"},
		{"a state ending in s", "The United States' envoy Steve Witkoff met Russian President Vladimir Putin on Friday.", "Steve Witkoff", "United States"},
		{"a plural noun's apostrophe", "The ministers' envoy Paul Granger met Russian President Vladimir Putin on Friday.", "Paul Granger", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			got, found := personCountry(f, tc.person)
			if !found || got != tc.want {
				t.Errorf("%s: country %q (found %v), want %q", tc.person, got, found, tc.want)
			}
		})
	}
}

// TestSurnameOfOfficeHolder checks that a surname under a title of public
// office ("President Reagan") is the one office-holder of that surname the
// gazetteer knows at the article's date (else the one who had held an
// office before it), and that a surname under another role, or a first
// name, is left as written.
func TestSurnameOfOfficeHolder(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		pub        time.Time
		want       string
	}{
		{"president in office", "President Reagan met Soviet leader Mikhail Gorbachev in Reykjavik.", day(1987, time.February, 26), "Ronald Reagan"},
		{"not yet in office", "President Reagan met Soviet leader Mikhail Gorbachev in Reykjavik.", day(1975, time.February, 26), "Reagan"},
		{"out of office by then", "Former President Carter met Soviet leader Mikhail Gorbachev in Moscow.", day(1987, time.February, 26), "Jimmy Carter"},
		{"a role of no office", "Bank spokesman James met Soviet leader Mikhail Gorbachev in Reykjavik.", day(1987, time.February, 26), "James"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: tc.pub})
			found := false
			for _, a := range f.Actors {
				found = found || a.Name == tc.want
			}
			if !found {
				var names []string
				for _, a := range f.Actors {
					names = append(names, a.Name)
				}
				t.Errorf("actors %v, want %q among them", names, tc.want)
			}
		})
	}
}

// TestOneGovernmentTitleInAnotherCountrysStory checks that a title one
// government uses ("Treasury Secretary") gives its country only as a guess,
// never stored, when the story is about another country.
func TestOneGovernmentTitleInAnotherCountrysStory(t *testing.T) {
	text := "Treasury Secretary Ramon Ibarra said Chile's creditors would meet in Santiago. Chile hopes to reschedule its debt, and Chilean banks agreed."
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: day(1987, time.March, 4)})
	for _, a := range f.Actors {
		if a.Name == "Ramon Ibarra" && a.Country != "" && !a.CountryGuessed {
			t.Errorf("Ramon Ibarra has the stated country %s, want none stored (a guess at most)", a.Country)
		}
	}
}

// personCountry returns the name of the country of the person named name
// among a reading's actors, and whether that person is there.
func personCountry(f schema.Facts, name string) (string, bool) {
	names := map[schema.IRI]string{}
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	for _, a := range f.Actors {
		if a.Name == name {
			return names[a.Country], true
		}
	}
	return "", false
}

// wantCountry checks the country of the person named name in the reading
// of f, an extraction of text.
func wantCountry(t *testing.T, f schema.Facts, text, name, want string) {
	t.Helper()
	if got, found := personCountry(f, name); !found || got != want {
		t.Errorf("%q: %s's country %q (found %v), want %q", text, name, got, found, want)
	}
}

// TestFamilyNameFirst checks that a Japanese leader written family name
// first, as Japan's own ministries and media write in English, is the
// same person as the given-name-first form, and that a later surname
// alone joins that person.
func TestFamilyNameFirst(t *testing.T) {
	checkBriefs(t, day(2025, time.January, 17), []briefCase{ // a Friday
		{"family name first, then the surname alone",
			"Japanese Prime Minister Ishiba Shigeru arrived in Hanoi on Wednesday. On Thursday Ishiba held talks with Vietnamese Prime Minister Pham Minh Chinh.",
			[]string{"meeting occurred Pham Minh Chinh+Shigeru Ishiba @2025-01-16", "visit occurred Shigeru Ishiba>Vietnam @2025-01-15"}},
	})
}

// TestTitleHolderNamedInText covers a title told alone ("The Taoiseach",
// "The Chancellor") for a person the text names elsewhere without it: the
// person the gazetteer gives that title on the publication day, not
// another person with an unknown title; with no such person named, no
// one.
func TestTitleHolderNamedInText(t *testing.T) {
	pub := day(2026, time.January, 13) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"the title first, the name after",
			"On Monday the Taoiseach held a phone call with Ukrainian President Volodymyr Zelensky. Micheál Martin offered help with demining. Tánaiste Simon Harris welcomed the call.",
			[]string{"meeting occurred Micheál Martin+Volodymyr Zelensky (phone) @2026-01-12"}},
		{"no holder named",
			"On Monday the Taoiseach held a phone call with Ukrainian President Volodymyr Zelensky.",
			nil},
	})
}

// TestLaterSentenceDatesEvent covers a sentence that opens with the event
// just told and gives its day and place ("The call took place on Sunday",
// "The meeting was held on Sunday in Kyiv"): the event before takes them;
// an event with a day of its own keeps it.
func TestLaterSentenceDatesEvent(t *testing.T) {
	pub := day(2026, time.January, 13) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"the call took place",
			"Irish premier Micheál Martin had a phone conversation with Volodymyr Zelensky of Ukraine. The call took place on Sunday and lasted an hour.",
			[]string{"meeting occurred Micheál Martin+Volodymyr Zelensky (phone) @2026-01-11"}},
		{"the meeting was held, with a city",
			"Irish premier Micheál Martin has met Ukrainian President Volodymyr Zelensky. The meeting was held on Sunday in Kyiv.",
			[]string{"meeting occurred Micheál Martin+Volodymyr Zelensky @2026-01-11"}},
		{"a day of its own stays",
			"Irish premier Micheál Martin met Ukrainian President Volodymyr Zelensky on Friday. The meeting was held on Sunday in Kyiv, aides said later.",
			[]string{"meeting occurred Micheál Martin+Volodymyr Zelensky @2026-01-09"}},
	})
}

// TestCountryToldWithFirstMention covers a person whose country the text
// tells with the first mention ("X led the Moroccan delegation to ...")
// and who later meets "his Ghanaian counterpart": that country, not the
// one the text names most; and a country named as a place ("arrived in
// the Ethiopian capital") is no one's nationality. The delegation's
// country attends the gathering it was led to.
func TestCountryToldWithFirstMention(t *testing.T) {
	pub := day(2025, time.February, 17) // a Monday
	text := "Foreign Minister Karim Alaoui headed the Moroccan delegation at the 21st Extraordinary Summit of the Pan-African Assembly in Addis Ababa on Saturday. Alaoui had flown into the Ethiopian capital on Wednesday night. The Ethiopian hosts praised the turnout. On Saturday, Alaoui held talks with his Ghanaian counterpart, Kofi Boateng."
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
	if got, _ := personCountry(f, "Karim Alaoui"); got != "Morocco" {
		t.Errorf("country of Karim Alaoui = %q, want Morocco", got)
	}
	checkGatherings(t, pub, []briefCase{
		{"the delegation's country attends", text, []string{"21st Extraordinary Summit of the Pan-African Assembly: Morocco"}},
	})
}

// TestMiddleNameOfKnownPerson covers a known person written with a middle
// name or a second surname the gazetteer does not file ("Javier Gerardo
// Milei", "Gabriel Boric Font"): the country
// the gazetteer knows for the given name and surname, not one guessed from
// the story; a middle-named stranger who shares only the surname gets none.
func TestMiddleNameOfKnownPerson(t *testing.T) {
	for _, tc := range []struct {
		text, who string
		want      schema.IRI
	}{
		{"President Javier Gerardo Milei received US Treasury Secretary Scott Bessent at the Casa Rosada on Monday.", "Javier Gerardo Milei", schema.CountryIRI("ARG")},
		{"President Maria Gerarda Milei received US Treasury Secretary Scott Bessent on Monday.", "Maria Gerarda Milei", ""},
		{"President Gabriel Boric Font received US Treasury Secretary Scott Bessent on Monday.", "Gabriel Boric Font", schema.CountryIRI("CHL")},
	} {
		f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: day(2025, time.April, 14)})
		var got schema.IRI
		found := false
		for _, a := range f.Actors {
			if a.Kind == schema.KindPerson && a.Name == tc.who {
				found, got = true, a.Country
				if a.CountryGuessed {
					got = ""
				}
			}
		}
		if !found || got != tc.want {
			t.Errorf("%q: %s found %v, country %q, want %q", tc.text, tc.who, found, got, tc.want)
		}
	}
}

// TestCountryAfterNameAndCapitals covers "X of the Central African
// Republic" (the country, not a body named after one: "of the Saudi
// National Bank") and a surname in capitals beside a mixed-case given name
// ("Paul BIYA"), written as a name, keeping a numeral ("III").
func TestCountryAfterNameAndCapitals(t *testing.T) {
	pub := day(2024, time.December, 17)
	for _, tc := range []struct {
		name, text, person, want string
	}{
		{"of the country", "Faustin Mbeko of the Central African Republic met Cameroonian President Paul Biya on Monday.", "Faustin Mbeko", "Central African Republic"},
		{"of a bank named after a country", "Ahmed Nasser of the Saudi National Bank met Cameroonian President Paul Biya on Monday.", "Ahmed Nasser", ""},
		{"surname in capitals", "Gabonese Foreign Minister Regis ONANGA NDIAYE met Cameroonian President Paul BIYA on Monday.", "Regis Onanga Ndiaye", "Gabon"},
		{"a numeral stays", "Treasury adviser Louis Hartwell III said on Monday that rates would rise.", "Louis Hartwell III", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			got, found := personCountry(f, tc.person)
			if !found || got != tc.want {
				t.Errorf("%s: country %q (found %v), want %q", tc.person, got, found, tc.want)
			}
		})
	}
}

// TestHostOfAVisitorIsOfThePlace checks that a titled person the text gives
// no country, who meets a visitor where the visitor travelled, is of that
// place's country, not of the visitor's country told just before; a
// traveller keeps the guess.
func TestHostOfAVisitorIsOfThePlace(t *testing.T) {
	pub := day(2025, time.May, 22) // a Thursday
	for _, tc := range []struct {
		name, text, person, want string
	}{
		{"met at the airport", "Chinese Premier Li Qiang landed in Adelaide on Monday, where Premier Peter Malinauskas met him at the airport.", "Peter Malinauskas", "Australia"},
		{"talks after landing", "Indian Prime Minister Narendra Modi reached Toronto on Sunday, then spent an hour in talks with Premier Doug Ford.", "Doug Ford", "Canada"},
		{"called on the mayor", "Polish President Andrzej Duda flew into Chicago on Tuesday and called on Mayor Brandon Johnson at City Hall.", "Brandon Johnson", "United States"},
		{"the visitor keeps the guess", "Chinese Premier Li Qiang landed in Adelaide on Monday, where Premier Peter Malinauskas met him at the airport.", "Li Qiang", "China"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			if got, _ := personCountry(f, tc.person); got != tc.want {
				t.Errorf("%s: country %q, want %q", tc.person, got, tc.want)
			}
		})
	}
}

// TestMinisterOfTheStorysCountry checks that a titled person the text gives
// no country takes the country a story is mostly about, not the one named
// just before the person; a country stated with the name stays.
func TestMinisterOfTheStorysCountry(t *testing.T) {
	pub := day(2025, time.March, 4)
	for _, tc := range []struct {
		name, text, person, want string
	}{
		{"a story mostly about one country",
			"Kenya hosted trade talks in Nairobi on Monday. Kenyan officials said Kenya wanted lower tariffs. A team from Uganda also came. Later, the trade minister, Lee Kinyanjui, spoke to reporters.",
			"Lee Kinyanjui", "Kenya"},
		{"a country inside an office after a modifier",
			"Brazil's president met foreign guests in Brasilia on Monday. Brazil wants more trade, Brazilian officials said. Former U.S. Secretary of State Mara Ellison was among them.",
			"Mara Ellison", "United States"},
		{"a visitor's counterpart in a story about the visitor's country",
			"Kenya's trade minister flew to Kampala on Monday. Kenya wants lower tariffs, Kenyan officials said. Ugandan Trade Minister Lee Kinyanjui received her.",
			"Lee Kinyanjui", "Uganda"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			if got, _ := personCountry(f, tc.person); got != tc.want {
				t.Errorf("%s: country %q, want %q", tc.person, got, tc.want)
			}
		})
	}
}

// TestNamedOfficeHolder covers a person named with no role and no event,
// whom the gazetteer has in office on the article's day: listed, with the
// country of that office ("representing Narendra Modi"), which outweighs a
// guess from the dateline and the country named before; one out of office
// then, or unknown, is not.
func TestNamedOfficeHolder(t *testing.T) {
	for _, tc := range []struct {
		name, text, person, want string
		pub                      time.Time
		found                    bool
	}{
		{"in office", "The minister spoke for Narendra Modi at the dinner.", "Narendra Modi", "India", day(2024, time.October, 17), true},
		{"not yet in office", "The minister spoke for Narendra Modi at the dinner.", "Narendra Modi", "", day(2005, time.October, 17), false},
		{"unknown", "The minister spoke for Amara Okonkwo at the dinner.", "Amara Okonkwo", "", day(2024, time.October, 17), false},
		{"in office, over the words around the name", "On Tuesday Prime Minister Luc Frieden hosted his Belgian counterpart, Prime Minister Bart De Wever. Dutch Prime Minister Dick Schoof took part by video.", "Luc Frieden", "Luxembourg", day(2025, time.October, 15), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: tc.pub})
			got, found := personCountry(f, tc.person)
			if found != tc.found || got != tc.want {
				t.Errorf("%s: country %q (found %v), want %q (found %v)", tc.person, got, found, tc.want, tc.found)
			}
		})
	}
}

// TestOwnersMinister covers a role after a possessive pronoun ("his trade
// minister Y"): Y serves the government of the one the pronoun stands
// for, the person named last before it; "His Excellency" is a style.
func TestOwnersMinister(t *testing.T) {
	pub := day(2024, time.June, 14)
	for _, tc := range []struct{ name, text, person, want string }{
		{"his trade minister, filed elsewhere",
			"LIMA, June 14 - Paraguayan President Santiago Pena left early, and his trade minister Javier Gimenez spoke in his place.",
			"Javier Gimenez", "Paraguay"},
		{"the person named last before the pronoun",
			"Chile's Gabriel Boric greeted Paraguay's Santiago Pena and his trade minister Javier Gimenez in Santiago.",
			"Javier Gimenez", "Paraguay"},
		{"her deputy",
			"Peruvian President Dina Boluarte stayed home; her deputy foreign minister Ana Cecilia Gervasi led the delegation.",
			"Ana Cecilia Gervasi", "Peru"},
		{"a style is no possessive",
			"LIMA, June 14 - Foreign Minister Elmer Schialer met Mauro Vieira, and His Excellency Ambassador Carlos Ruiz sat beside them.",
			"Carlos Ruiz", "Peru"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			if got, _ := personCountry(f, tc.person); got != tc.want {
				t.Errorf("%s: country %q, want %q", tc.person, got, tc.want)
			}
		})
	}
}

// TestHostOfTripToldBefore covers a host whose country the text does not
// give, met in person with no place right after the visitor's arrival was
// told: the country visited, not the one named last; at a gathering held
// there the others came from abroad too.
func TestHostOfTripToldBefore(t *testing.T) {
	pub := day(2024, time.June, 14)
	for _, tc := range []struct{ name, text, person, want string }{
		{"met the day after arriving",
			"Malaysian Prime Minister Anwar Ibrahim arrived in Manila on Wednesday. On Thursday the Malaysian leader met Senate President Francis Escudero.",
			"Francis Escudero", "Philippines"},
		{"a courtesy call to the host",
			"Malaysian Prime Minister Anwar Ibrahim arrived in Manila on Wednesday. The same day, the Malaysian leader made a courtesy call to Senate President Francis Escudero.",
			"Francis Escudero", "Philippines"},
		{"a call by phone is no meeting there",
			"Malaysian Prime Minister Anwar Ibrahim arrived in Manila on Wednesday. On Thursday the Malaysian leader phoned Trade Minister Ahmad Zaki.",
			"Ahmad Zaki", "Malaysia"},
		{"at a gathering held there others came from abroad",
			"The 12th Asia Trade Forum opened in Manila on Monday. Malaysian Prime Minister Anwar Ibrahim arrived in Manila on Wednesday. On Thursday the Malaysian leader met trade chief Ahmad Zaki.",
			"Ahmad Zaki", "Malaysia"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			if got, _ := personCountry(f, tc.person); got != tc.want {
				t.Errorf("%s: country %q, want %q", tc.person, got, tc.want)
			}
		})
	}
}

// TestLocalOfficeCountry checks that an office named by a city or a
// sub-national region ("Lviv Mayor", "mayor of Lviv", "Wisconsin
// Governor", "Premier of Ontario") gives its holder that place's country,
// not the country of the person met or of the place of the meeting.
func TestLocalOfficeCountry(t *testing.T) {
	pub := day(2024, time.May, 16)
	for _, tc := range []struct {
		name, text, person, want string
	}{
		{"a city's mayor before the name", "Lviv Mayor Andriy Sadovyi met Lithuanian Prime Minister Ingrida Simonyte in Vilnius on Tuesday.", "Andriy Sadovyi", "Ukraine"},
		{"mayor of a city", "The mayor of Lviv, Andriy Sadovyi, met Lithuanian Prime Minister Ingrida Simonyte in Vilnius on Tuesday.", "Andriy Sadovyi", "Ukraine"},
		{"a state's governor", "Wisconsin Governor Tony Evers met Japanese Trade Minister Ken Saito in Tokyo on Tuesday.", "Tony Evers", "United States"},
		{"a province's premier after the name", "Doug Ford, the Premier of Ontario, met Japanese Trade Minister Ken Saito in Tokyo on Tuesday.", "Doug Ford", "Canada"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			if got, found := personCountry(f, tc.person); !found || got != tc.want {
				t.Errorf("%s: country %q (found %v), want %q", tc.person, got, found, tc.want)
			}
		})
	}
}

// TestKnownPersonBetweenTerms checks that a person the gazetteer knows in
// office for one country, named between terms ("President-elect X"), is of
// that country rather than of one guessed from the story, and that the
// gazetteer's country is not given to a namesake decades away.
func TestKnownPersonBetweenTerms(t *testing.T) {
	const text = "President-elect Donald Trump took a call from the Chinese leader, Xi Jinping, late on Friday."
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: day(2024, time.November, 20)})
	if got, _ := personCountry(f, "Donald Trump"); got != "United States" {
		t.Errorf("between terms: country %q, want United States", got)
	}
	f = testX.Extract(schema.Article{ID: "t", Text: "Donald Trump, a property developer, met bankers in Tokyo on Friday.", Published: day(1987, time.March, 20)})
	if got, _ := personCountry(f, "Donald Trump"); got == "United States" {
		t.Errorf("decades before any office: country %q from the gazetteer, want none or a guess", got)
	}
}

// wantCountries reads text published on pub and checks the country of
// each person named in want.
func wantCountries(t *testing.T, pub time.Time, text string, want map[string]string) {
	t.Helper()
	f := testX.Extract(schema.Article{ID: "t", Published: pub, Text: text})
	for name, country := range want {
		if got, _ := personCountry(f, name); got != country {
			t.Errorf("%s: country %q, want %s (in %q)", name, got, country, text)
		}
	}
}

// TestDefenceMinisterInOffice: a defence minister the gazetteer has in
// office keeps that country in a story filed from elsewhere, next to a
// counterpart of another country.
func TestDefenceMinisterInOffice(t *testing.T) {
	wantCountries(t, day(2024, time.October, 29),
		"VIENTIANE - Laos hosts regional defence talks next month. Defence Minister Boris Pistorius may sit down with his Japanese counterpart, Gen Nakatani, on their margins.",
		map[string]string{"Boris Pistorius": "Germany"})
}

// TestSceneCityCountry: a sentence that opens "In <city>," sets the
// country of an official told in it with no country of their own, over a
// country named in the story before.
func TestSceneCityCountry(t *testing.T) {
	wantCountries(t, day(2025, time.March, 12),
		"Leaders of the region gathered in Castries on Monday to discuss Haiti. In Bridgetown, Foreign Minister Carla Alleyne told reporters the outcome was sound.",
		map[string]string{"Carla Alleyne": "Barbados"})
}

// TestGreeterCountry: an official who welcomed an arriving visitor, with
// no country of their own in the text, is of the country the visitor
// arrived in: a visit's destination, or the dateline's country.
func TestGreeterCountry(t *testing.T) {
	pub := day(2025, time.March, 12)
	wantCountries(t, pub, "Japanese Foreign Minister Takeshi Iwaya flew into Hanoi to open a rice fair; he was greeted there by Deputy Foreign Minister Tran Minh Quoc.",
		map[string]string{"Tran Minh Quoc": "Vietnam"})
	wantCountries(t, pub, "SUVA - The Indian minister arrived to a brass band and was welcomed by Permanent Secretary Mosese Vakalalabure.",
		map[string]string{"Mosese Vakalalabure": "Fiji"})
	wantCountries(t, pub, "JEDDAH - The American envoy had been received at the airport on Monday by Deputy Governor Khalid al-Harbi.",
		map[string]string{"Khalid al-Harbi": "Saudi Arabia"})
}

// TestTitleOfBodyBeforeName: a person named after a comma takes the
// office and country of the title phrase before it ("The Speaker of the
// Storting of Norway, X,"), with a body's name between.
func TestTitleOfBodyBeforeName(t *testing.T) {
	wantCountries(t, day(2025, time.March, 12),
		"The Speaker of the Saeima of Latvia, Daiga Mierina, held talks in Vilnius on Tuesday with the President of the Seimas of the Republic of Lithuania, Saulius Skvernelis.",
		map[string]string{"Daiga Mierina": "Latvia", "Saulius Skvernelis": "Lithuania"})
}

// TestTableOfficeOverTitleDefault: a minister the office-holder table has
// in office keeps that country over the one government a bare title
// suggests ("Defense Secretary" is most often the US one).
func TestTableOfficeOverTitleDefault(t *testing.T) {
	wantCountries(t, day(2024, time.July, 31),
		"TOKYO - Defense Secretary Gilberto Teodoro sat down with Japanese Defense Minister Minoru Kihara on Monday to review a troop access pact.",
		map[string]string{"Gilberto Teodoro": "Philippines"})
}

// TestRegionWithADemonymInside: a region whose name opens with a
// demonym ("British Columbia", "South Australia") before a title gives
// the region's country, not the demonym's.
func TestRegionWithADemonymInside(t *testing.T) {
	wantCountries(t, day(2025, time.January, 13),
		"British Columbia Premier David Eby and South Australia Premier Peter Malinauskas spoke at a trade dinner in Tokyo on Monday.",
		map[string]string{"David Eby": "Canada", "Peter Malinauskas": "Australia"})
}

// TestRespectiveDemonyms: "his A and B counterparts, X and Y" gives X the
// first demonym's country and Y the second's, for two or three of them.
func TestRespectiveDemonyms(t *testing.T) {
	pub := day(2024, time.June, 12)
	wantCountries(t, pub,
		"Chile's interior minister saw his Peruvian and Bolivian counterparts, Carl Dunn and Dora Mills, in Arica on Friday.",
		map[string]string{"Carl Dunn": "Peru", "Dora Mills": "Bolivia"})
	wantCountries(t, pub,
		"In Arica the host welcomed her Peruvian, Bolivian and Argentine colleagues, Carl Dunn, Dora Mills and Eva Paz, to a working dinner.",
		map[string]string{"Carl Dunn": "Peru", "Dora Mills": "Bolivia", "Eva Paz": "Argentina"})
}

// TestSceneSeat: a sentence that opens "At the White House," or "At the
// Kremlin," (after any dateline) sets the country of an official told in it
// with none of their own, over the dateline's.
func TestSceneSeat(t *testing.T) {
	pub := day(2026, time.January, 17)
	wantCountries(t, pub,
		"OSLO - At the White House, spokeswoman Ann Cole told reporters the offer still stood.",
		map[string]string{"Ann Cole": "United States"})
	wantCountries(t, pub,
		"Norwegian diplomats were unmoved. At the Kremlin, spokesman Ivan Orlov said talks would wait.",
		map[string]string{"Ivan Orlov": "Russia"})
}

// TestHostOfficialWhereTheyMet: an official with a title and no country of
// their own, met by one foreign visitor whose country the text states, is
// of the country where they met (the meeting's city, else the dateline's),
// not of the visitor's.
func TestHostOfficialWhereTheyMet(t *testing.T) {
	pub := day(2025, time.March, 19)
	wantCountries(t, pub,
		"LIMA - Chilean envoy Ana Reyes held talks with President Eva Paz on Tuesday.",
		map[string]string{"Ana Reyes": "Chile", "Eva Paz": "Peru"})
	wantCountries(t, pub,
		"Chile's envoy, Ana Reyes, called on Prime Minister Eva Paz in Lima on Tuesday.",
		map[string]string{"Ana Reyes": "Chile", "Eva Paz": "Peru"})
	wantCountries(t, pub,
		"Chile's foreign minister, Ana Reyes, and Defence Minister Eva Paz met the Peruvian president in Lima on Tuesday.",
		map[string]string{"Ana Reyes": "Chile", "Eva Paz": "Chile"})
}

// TestCountryRoleIsNoOrgOfficial: "the Ukrainian president" after a named
// Ukrainian is that person, never the president of an organisation named
// before, who acts for no country.
func TestCountryRoleIsNoOrgOfficial(t *testing.T) {
	pub := day(2024, time.July, 18) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"org president named first", "European Council President Charles Michel arrived early. The star guest was Volodymyr Zelenskyy, who came late. On Wednesday the Ukrainian president landed in London and held talks with Keir Starmer.",
			[]string{"meeting occurred Keir Starmer+Volodymyr Zelenskyy @2024-07-17", "visit occurred Volodymyr Zelenskyy>United Kingdom @2024-07-17"}},
	})
}

// TestProvincePremier: every Canadian province's premier is of Canada,
// Quebec's too, however the province is spelt.
func TestProvincePremier(t *testing.T) {
	pub := day(2024, time.October, 5)
	wantCountries(t, pub, "Quebec Premier Ana Reyes landed in Paris on Wednesday for talks.",
		map[string]string{"Ana Reyes": "Canada"})
	wantCountries(t, pub, "Ana Reyes, the Premier of Québec, landed in Paris on Wednesday for talks.",
		map[string]string{"Ana Reyes": "Canada"})
}

// TestTravellingPartyCountry: a minister who travels "with" a leader is of
// the leader's country, not of the place they reach, and makes the trip
// too, whether the leader's arrival is the main clause or a "who" clause;
// one who flew somewhere is not of that country for a counterpart told
// with a demonym.
func TestTravellingPartyCountry(t *testing.T) {
	pub := day(2024, time.March, 14) // a Thursday
	cases := []struct{ text, who, country, visit string }{
		{"Alberta Premier Rhona Skelt, who landed in Seoul on Monday with Energy Minister Tobin Raske, is selling liquefied gas.",
			"Tobin Raske", "Canada", "visit occurred Tobin Raske>South Korea @2024-03-11"},
		{"Alberta Premier Rhona Skelt arrived in Osaka on Tuesday with Energy Minister Tobin Raske, who toured a port.",
			"Tobin Raske", "Canada", "visit occurred Tobin Raske>Japan @2024-03-12"},
		{"Alberta Premier Rhona Skelt flew to Manila on Wednesday with Energy Minister Tobin Raske to court investors.",
			"Tobin Raske", "Canada", "visit occurred Tobin Raske>Philippines @2024-03-13"},
	}
	for _, tc := range cases {
		wantCountries(t, pub, tc.text, map[string]string{tc.who: tc.country})
		if got := brief(testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})); !slices.Contains(got, tc.visit) {
			t.Errorf("%q: no %q in %q", tc.text, tc.visit, got)
		}
	}
	wantCountries(t, pub, "The ceasefire followed talks in Muscat on Sunday, where Interior Minister Idris Baloch and his Afghan counterpart agreed on a hotline. Baloch had flown to Muscat on Saturday with two aides.",
		map[string]string{"Idris Baloch": ""})
}

// TestTitleOfABodyAfterAStatesTitle: a person with a state's title and a
// body's joined by "and" is of the state, and a role anaphor with the
// state's demonym finds them; a role word never stands for someone named
// only later in its own sentence, outside an apposition.
func TestTitleOfABodyAfterAStatesTitle(t *testing.T) {
	pub := day(2024, time.November, 14) // a Thursday
	text := "Peru's Foreign Minister and OAS Secretary-General-designate Elena Quispe flew into Bridgetown on Monday. On Tuesday, the Peruvian minister called on Prime Minister Darius Hinds."
	wantCountries(t, pub, text, map[string]string{"Elena Quispe": "Peru"})
	got := brief(testX.Extract(schema.Article{ID: "t", Text: text, Published: pub}))
	if want := "meeting occurred Darius Hinds+Elena Quispe @2024-11-12"; !slices.Contains(got, want) {
		t.Errorf("no %q in %q", want, got)
	}
}

// TestCountryAnaphorArrival: "arrived in the country", "landed on the
// island" name the country the story is set in: the dateline's, else the
// one it names most other than the traveller's; an official who met the
// traveller at an airport with a long name is of that country.
func TestCountryAnaphorArrival(t *testing.T) {
	pub := day(2024, time.November, 14) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"in the country, under a dateline", "CASTRIES, Nov 14 - Fijian Foreign Minister Aisake Tora arrived in the country for talks on Tuesday.",
			[]string{"visit occurred Aisake Tora>Saint Lucia @2024-11-12"}},
		{"on the island, the country told before", "Grenada wants more flights. Fijian Foreign Minister Aisake Tora landed on the island on Tuesday evening.",
			[]string{"visit occurred Aisake Tora>Grenada @2024-11-12"}},
		{"the island of a place is that place", "Grenada wants more flights. Fijian Foreign Minister Aisake Tora landed on the island of Bali on Tuesday.",
			[]string{"visit occurred Aisake Tora>Indonesia @2024-11-12"}},
	})
	wantCountries(t, pub, "Grenada wants more flights. Fijian Foreign Minister Aisake Tora, who arrived in the country late on Tuesday, was welcomed at the Maurice Bishop International Airport by Minister of Trade Nella Joseph.",
		map[string]string{"Nella Joseph": "Grenada"})
}

// TestBareTitleBeforeAnyRolelessName: a bare title in a release stands for
// the one person named without a role only when that person was named by
// then, never for one the text names later.
func TestBareTitleBeforeAnyRolelessName(t *testing.T) {
	pub := day(2024, time.November, 14)
	got := brief(testX.Extract(schema.Article{ID: "t", Published: pub,
		Text: "The Head of State received Norway's envoy, Ambassador Tomas Berg, on Monday. Lina Ortez, who leads the opposition, criticised the talks."}))
	for _, b := range got {
		if strings.Contains(b, "Lina Ortez") {
			t.Errorf("the title read as a person named later: %q", got)
		}
	}
}

// TestPortfolioBeforeTheName: a minister's title whose portfolio list
// holds a demonym ("... and East African Cooperation", "... and Moroccan
// Expatriates") ends before the holder's name; no portfolio word starts it.
func TestPortfolioBeforeTheName(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"and a regional portfolio", "Uganda's Minister for Trade and East African Cooperation Jeje Odongo met Ghanaian Foreign Minister Samuel Ablakwa on Wednesday.",
			[]string{"meeting occurred Jeje Odongo+Samuel Ablakwa @2025-03-12"}},
		{"a list with expatriates", "Senegal's Minister of Trade, Regional Integration and Senegalese Abroad Yassine Fall met Ghanaian Foreign Minister Samuel Ablakwa on Wednesday.",
			[]string{"meeting occurred Samuel Ablakwa+Yassine Fall @2025-03-12"}},
	})
}

// TestSameSurnameOtherSex checks that two people of one surname whose given
// names are of different sexes stay two people.
func TestSameSurnameOtherSex(t *testing.T) {
	checkBriefs(t, day(2024, time.May, 10), []briefCase{ // a Friday
		{"two ministers of one surname",
			"Peru's foreign minister Daniel Ortiz met Chile's foreign minister Maria Ortiz in Lima on Thursday.",
			[]string{"meeting occurred Daniel Ortiz+Maria Ortiz @2024-05-09"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: day(2024, time.May, 10),
		Text: "Foreign Minister Arnold Tinoco of Costa Rica and Foreign Minister Alexandra Tinoco of El Salvador attended the regional meeting in Antigua on Thursday."})
	for name, want := range map[string]string{"Arnold Tinoco": "Costa Rica", "Alexandra Tinoco": "El Salvador"} {
		if got, found := personCountry(f, name); !found || got != want {
			t.Errorf("%s: country %q (found %v), want %q", name, got, found, want)
		}
	}
}

// TestLeadersSpouse checks that "First Lady X" is read as a title, that
// she takes the country of the leader of her surname rather than the
// guest's, and that beside her husband she is no party to his talks.
func TestLeadersSpouse(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	text := "President Joe Biden and First Lady Jill Biden welcomed Ghana's President Nana Akufo-Addo to the White House on Thursday."
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
	if got, found := personCountry(f, "Jill Biden"); !found || got != "United States" {
		t.Errorf("Jill Biden: country %q (found %v), want United States", got, found)
	}
	checkBriefs(t, pub, []briefCase{
		{"the spouse came along", text, []string{"meeting occurred Joe Biden+Nana Akufo-Addo @2024-05-09"}},
	})
}

// TestNoNationalityOfACounterpart checks that a holder of an office with
// no country told is not guessed to be of the country of another holder
// of that office named with them: two foreign ministers who meet are of
// two states.
func TestNoNationalityOfACounterpart(t *testing.T) {
	pub := day(2024, time.June, 14)
	for _, tc := range []struct{ name, text, person, want string }{
		{"the same office", "Foreign Minister Ahmad Yusof met Kenyan Foreign Minister Daniel Ochieng on Tuesday.", "Ahmad Yusof", ""},
		{"another office", "NAIROBI, June 14 - Trade Minister Ahmad Yusof met Kenyan Foreign Minister Daniel Ochieng on Tuesday.", "Ahmad Yusof", "Kenya"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			wantCountry(t, f, tc.text, tc.person, tc.want)
		})
	}
}

// TestAppositiveRoleWithScope covers a titled name followed by a country's
// role with a "for" phrase ("X, Kenya's special envoy for the Great
// Lakes"): the role's country is the named person's, to the next comma or
// the end of the sentence, and no other person of that country takes the
// role. A role joined by "and" with no comma before is another person.
func TestAppositiveRoleWithScope(t *testing.T) {
	pub := day(2025, time.March, 10)
	const talks = "Malawi's President Peter Banda held talks with William Ruto on Sunday. "
	for _, tc := range []struct{ name, text string }{
		{"at the end of the sentence",
			talks + "He was welcomed by Deputy Minister Joseph Mwita, Kenya's special presidential representative for the Great Lakes."},
		{"before a comma",
			talks + "Deputy Minister Joseph Mwita, Kenya's special envoy for the Great Lakes and the Lake Basin, greeted him at the airport."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			wantCountry(t, f, tc.text, "Joseph Mwita", "Kenya")
			for _, a := range f.Actors {
				if a.Name == "William Ruto" && a.Role != "" {
					t.Errorf("William Ruto took the role %q", a.Role)
				}
			}
		})
	}
	f := testX.Extract(schema.Article{ID: "t", Text: talks + "He was welcomed by Deputy Minister Joseph Mwita and the Zambian ambassador.", Published: pub})
	if got, _ := personCountry(f, "Joseph Mwita"); got == "Zambia" {
		t.Errorf("Joseph Mwita took the country of the ambassador named with him")
	}
	// In a list, a title between commas before a name is that name's.
	f = testX.Extract(schema.Article{ID: "t", Published: pub,
		Text: "Among the guests in Lilongwe on Sunday were Zambia's President Hakainde Hichilema, the Executive Secretary of the East African Community, Joseph Mwita, and Kenya's foreign minister."})
	roles := map[string]string{}
	for _, a := range f.Actors {
		roles[a.Name] = a.Role
	}
	if roles["Hakainde Hichilema"] != "President" || !strings.HasPrefix(roles["Joseph Mwita"], "Executive Secretary") {
		t.Errorf("roles in a list: %v", roles)
	}
	// "Ambassador to the Kingdom, X": the post, then its holder.
	const post = "The reception in Lilongwe on Sunday was attended by the Kenyan Ambassador to the Republic, Joseph Mwita."
	wantCountry(t, testX.Extract(schema.Article{ID: "t", Text: post, Published: pub}), post, "Joseph Mwita", "Kenya")
}

// TestSeenOffByHosts covers the officials who see a departing visitor off,
// each of a list joined by "and": they are of the country the visitor
// leaves, not the visitor's.
func TestSeenOffByHosts(t *testing.T) {
	pub := day(2025, time.March, 10)
	for _, text := range []string{
		"Malawi's President Peter Banda left Nairobi on Sunday. At the airport he was seen off by Foreign Minister Joseph Mwita and presidential adviser Daniel Ochieng.",
		"Malawi's President Peter Banda ended a visit to Kenya on Sunday and was seen off by Trade Minister Joseph Mwita, Cabinet Secretary Daniel Ochieng and the Kenyan ambassador.",
	} {
		f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
		for _, name := range []string{"Joseph Mwita", "Daniel Ochieng"} {
			wantCountry(t, f, text, name, "Kenya")
		}
	}
}

// TestOtherSideOfTalks covers a minister whose country the text never
// states, guessed from the story, who meets, or is to meet, a minister of
// the guessed country: the two sides of talks are of two states, so the
// guess moves to the other country the story is about.
func TestOtherSideOfTalks(t *testing.T) {
	pub := day(2025, time.March, 12)
	const lead = "On Monday Kenya's President William Ruto began a state visit to Malawi. Malawi's President Peter Banda welcomed him in Lilongwe, the Malawian capital. The trip is the first by a Kenyan leader to Malawi in a decade. "
	for _, text := range []string{
		lead + "Industry Minister Joseph Mwita will hold talks with Malawian trade minister Grace Phiri on Thursday.",
		lead + "On Tuesday, Industry Minister Joseph Mwita held talks with Malawian trade minister Grace Phiri.",
	} {
		f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
		wantCountry(t, f, text[len(lead):], "Joseph Mwita", "Kenya")
	}
}

// TestFirstLadyAfterLeader covers a leader's spouse named by title right
// after the leader ("X and first lady Y") with another surname: the
// leader's country, not the host's.
func TestFirstLadyAfterLeader(t *testing.T) {
	pub := day(2025, time.March, 12)
	for _, text := range []string{
		"On Tuesday, Peter Banda hosted a state banquet in Lilongwe for William Ruto and first lady Mercy Achieng.",
		"Malawi's President Peter Banda on Tuesday welcomed Kenya's President William Ruto and First Lady Mercy Achieng at Kamuzu Palace in Lilongwe.",
	} {
		f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
		wantCountry(t, f, text, "Mercy Achieng", "Kenya")
	}
}

// TestGreeterIsTheHostsOfficial covers an official who welcomed a guest on
// arrival at an airport, with no country of their own in the text: they
// serve the country of the place, not the guest's, nor the one the guest
// came from; a country the text gives them stands.
func TestGreeterIsTheHostsOfficial(t *testing.T) {
	checkPersonCountries(t, day(2024, time.August, 20), []countryCase{
		{"greeted at the airport after arriving",
			"Malawi's head of state Peter Banda flew in to Nairobi from Lilongwe on Monday, greeted at Nairobi's airport by Deputy Minister Joseph Mwita.", "Joseph Mwita", "Kenya"},
		{"another country named last",
			"Malawi's head of state Peter Banda reached Nairobi on Monday after two days in Zambia, and Deputy Minister Joseph Mwita greeted him at the airport.", "Joseph Mwita", "Kenya"},
		{"an airport phrase fronted",
			"At Nairobi airport the Malawian leader Peter Banda was greeted by Deputy Minister Joseph Mwita on Monday.", "Joseph Mwita", "Kenya"},
		{"on the tarmac under a dateline",
			"LILONGWE - Kenyan leader Daniel Ochieng touched down on Monday; Deputy Minister Joseph Mwita received him on the tarmac.", "Joseph Mwita", "Malawi"},
		{"a greeter of the guest's own side",
			"Malawi's head of state Peter Banda touched down in Nairobi on Monday, met at the airport by Malawi's envoy Joseph Mwita.", "Joseph Mwita", "Malawi"},
	})
}

// TestWelcomeHomeIsNoVisit covers a leader met at the airport on the way
// back home: no visit to their own country, told with "was" or with a bare
// participle (the place left, when told, was visited).
func TestWelcomeHomeIsNoVisit(t *testing.T) {
	checkBriefs(t, day(2024, time.August, 20), []briefCase{
		{"returned and was greeted",
			"Malawi's head of state Peter Banda returned to Lilongwe late on Monday, and his deputy Joseph Mwita greeted him on the tarmac.",
			nil},
		{"flew home, greeted by crowds",
			"Malawi's head of state Peter Banda flew home from Kisumu on Monday, greeted at Lilongwe's airport by cheering crowds.",
			[]string{"visit occurred Peter Banda>Kenya @"}},
		{"a return told of one whose country goes unsaid",
			"LILONGWE - Peter Banda returned to Lilongwe on Monday after a year in exile, greeted at the airport by Mwita, a deputy minister.",
			nil},
	})
}

// TestRolePossessiveClosesTheRole covers a role in the possessive before
// capitalised words ("the president's Latin American tour", "the foreign
// ministers' Annual Retreat"): they are the thing possessed, no person.
func TestRolePossessiveClosesTheRole(t *testing.T) {
	pub := day(2024, time.August, 20)
	for _, text := range []string{
		"Malawian President Peter Banda flew home on Sunday. The president's Latin American swing had ended in Lima, where he saw Peruvian President Joseph Mwita.",
		"Malawian President Peter Banda flew home on Sunday. The president's Southeast Asian trip had begun in Hanoi.",
		"Foreign Minister Peter Banda of Malawi chaired the regional foreign ministers' Lakeside Retreat in Lilongwe on Monday.",
	} {
		for _, a := range testX.Extract(schema.Article{ID: "t", Text: text, Published: pub}).Actors {
			if a.Kind == schema.KindPerson && a.Name != "Peter Banda" && a.Name != "Joseph Mwita" {
				t.Errorf("%q: a person %q", text, a.Name)
			}
		}
	}
}

// TestEnvoyAtTheirEmbassy covers an ambassador or high commissioner whose
// country the text does not state, met at a country's embassy named in
// the same sentence: the envoy heads that country's mission, not the host
// country's government nor the visitor's.
func TestEnvoyAtTheirEmbassy(t *testing.T) {
	checkPersonCountries(t, day(2024, time.August, 20), []countryCase{
		{"the visitor's own embassy abroad",
			"On his way home, Malawi's head of state Peter Banda called at the Malawian Embassy in Nairobi, where he met Ambassador Joseph Mwita and some traders.", "Joseph Mwita", "Malawi"},
		{"another country's mission",
			"Kenyan leader Daniel Ochieng toured Lilongwe on Monday and then stopped at Zambia's High Commission, where High Commissioner Joseph Mwita gave him lunch.", "Joseph Mwita", "Zambia"},
	})
}

// TestCountryInBrackets covers a person's country in brackets right after
// the name, alone or after an office ("Helga Berg (Norway)", "Tom Reid
// (High Commissioner of Canada)"): the person's country, and the next
// name of a list still read.
func TestCountryInBrackets(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	checkPersonCountries(t, pub, []countryCase{
		{"a country alone", "Kenyan President Daniel Ochieng received Helga Berg (Norway) and Tom Reid (Canada) on Monday.", "Tom Reid", "Canada"},
		{"the first of the list", "Kenyan President Daniel Ochieng received Helga Berg (Norway) and Tom Reid (Canada) on Monday.", "Helga Berg", "Norway"},
		{"an office of a country", "Kenyan President Daniel Ochieng received Tom Reid (High Commissioner of Canada) on Monday.", "Tom Reid", "Canada"},
	})
}

// TestCountryOpeningTheSentenceBefore: an official named by office alone,
// who opens a sentence right after one whose subject is a country, is
// that country's rather than the dateline's; not when the sentence names
// another country after the official, nor when the country only modifies
// a noun ("The US involvement").
func TestCountryOpeningTheSentenceBefore(t *testing.T) {
	pub := day(2024, time.May, 2)
	wantCountries(t, pub, "LONDON - Kenya had pressed for a delay. Deputy prime minister Daniel Ochieng spoke by telephone with Zambian Foreign Minister Joseph Mwita on Tuesday.",
		map[string]string{"Daniel Ochieng": "Kenya", "Joseph Mwita": "Zambia"})
	wantCountries(t, pub, "LONDON - Kenya, which missed its quota again, wants more time. Oil minister Daniel Ochieng met Zambian Foreign Minister Joseph Mwita on Tuesday.",
		map[string]string{"Daniel Ochieng": "Kenya"})
	wantCountries(t, pub, "LONDON - The Kenyan involvement grew last year. Oil minister Daniel Ochieng met Zambian Foreign Minister Joseph Mwita on Tuesday.",
		map[string]string{"Daniel Ochieng": "United Kingdom"})
	wantCountries(t, pub, "LONDON - Kenya had pressed for a delay. Oil minister Daniel Ochieng of Tanzania met Zambian Foreign Minister Joseph Mwita on Tuesday.",
		map[string]string{"Daniel Ochieng": "Tanzania"})
}

// TestEnvoyForAnotherStatesAffairs: a portfolio that deals with another
// state ("an envoy for Afghan affairs") leaves the holder of the
// possessive's country; a body named by a demonym after "for" ("spokesman
// for the Kenyan Lake Forum") still gives its own.
func TestEnvoyForAnotherStatesAffairs(t *testing.T) {
	pub := day(2024, time.July, 31)
	wantCountries(t, pub, "KAZAN - On the sidelines, Peter Banda met Liu Jian, China's envoy for Afghan affairs, and later Malawi's envoy Grace Phiri.",
		map[string]string{"Liu Jian": "China"})
	wantCountries(t, pub, "Joseph Mwita, spokesman for the Kenyan Lake Forum, said the deal was a mistake.",
		map[string]string{"Joseph Mwita": "Kenya"})
}

// TestArabicArticleSpelledApart: a name whose Arabic article the text
// writes apart ("al Sharaa") or hyphened, where the gazetteer files it
// the other way, is the gazetteer's person under the gazetteer's name, so
// that one person is one node across articles.
func TestArabicArticleSpelledApart(t *testing.T) {
	pub := day(2025, time.June, 4) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"apart for hyphened",
			"On Tuesday William Ruto of Kenya sat down at State House with the Syrian leader, Ahmed al Sharaa.",
			[]string{"meeting occurred Ahmed al-Sharaa+William Ruto @2025-06-03"}},
		{"hyphened as filed",
			"On Tuesday William Ruto of Kenya sat down at State House with the Syrian leader, Ahmed al-Sharaa.",
			[]string{"meeting occurred Ahmed al-Sharaa+William Ruto @2025-06-03"}},
	})
}

// TestBodyThenOthersInAList: "the Kenyan team, A and B" lists a body and
// two others, who are no Kenyans for it; "the Kenyan ministers, A and B"
// names the ministers, who are.
func TestBodyThenOthersInAList(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	country := func(text, name string) string {
		f := testX.Extract(schema.Article{ID: "t", Published: pub, Text: text})
		for _, a := range f.Actors {
			if a.Kind == schema.KindPerson && a.Name == name {
				return string(a.Country)
			}
		}
		return "missing"
	}
	if got := country("The session on Sunday brought together the Kenyan team, Amani Mrisho and Grace Phiri.", "Amani Mrisho"); got != "" {
		t.Errorf("after a team: country %q, want none", got)
	}
	if got := country("The session on Sunday brought together the Kenyan ministers, Amani Mrisho and Grace Phiri.", "Amani Mrisho"); !strings.HasSuffix(got, "/KEN") {
		t.Errorf("after ministers: country %q, want Kenya", got)
	}
}
