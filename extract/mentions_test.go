package extract

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// personMentions renders the person, role and group mentions findMentions
// reads in sentence s as "kind:name|role|ISO3".
func personMentions(s string) []string {
	lx := lexer{text: s}
	lx.tokenize(0, len(s))
	var out []string
	for _, m := range findMentions(testX.lex, lx.toks) {
		var k string
		switch {
		case m.kind == mPerson && m.single:
			k = "single"
		case m.kind == mPerson:
			k = "person"
		case m.kind == mRole:
			k = "role"
		case m.kind == mGroup:
			k = "group"
		default:
			continue
		}
		out = append(out, k+":"+m.name+"|"+strings.ToLower(m.role)+"|"+m.iso3)
	}
	return out
}

// TestPersonMention covers each step of person(): determiner, country or
// organisation modifier, role, honorifics, appositive comma, name end, bare
// names, "of Country", appositive role and a plural role's list.
func TestPersonMention(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    []string
	}{
		{"demonym role name", "The Kenyan Foreign Minister Amina Wekesa spoke.",
			[]string{"person:Amina Wekesa|foreign minister|KEN"}},
		{"demonym before an unknown role", "The Japanese Farm Minister Kenji Sato spoke.",
			[]string{"person:Kenji Sato|farm minister|JPN"}},
		{"a title that is also a given name opens a name", "Amir Reza Tabrizi spoke.",
			[]string{"person:Amir Reza Tabrizi||"}},
		{"after a long office", "The Deputy Foreign Minister of the Interim Government Shah Ali Karimi spoke.",
			[]string{"person:Shah Ali Karimi|deputy foreign minister of the interim government|"}},
		{"an office of a body before an honorific, the name and a comma", "The Director-General of the IAEA, Dr. Hana Loh, spoke.",
			[]string{"person:Hana Loh|director-general of the iaea|"}},
		{"a known name before a verb in -s", "Hemedti resurfaces in Kampala.",
			[]string{"person:Hemedti||"}},
		{"a known name in the possessive before a noun in -s", "Lula's remarks were brief.",
			nil},
		{"a venue after at, before a time, is no one", "Ruto was welcomed at Kibanda Kuu at 9.50 am by Peter Banda.",
			[]string{"person:Ruto||", "person:Peter Banda||"}},
		{"Chief Executive is an office, not a name", "Hong Kong's Chief Executive John Lee spoke.",
			[]string{"person:John Lee|chief executive|CHN"}},
		{"a Hausa style before the name", "The Nigerian adviser Mallam Joseph Mwita spoke.",
			[]string{"person:Joseph Mwita|adviser|NGA"}},
		{"a sentence adverb opens no name", "Afterwards Tomas Lind spoke.",
			[]string{"person:Tomas Lind||"}},
		{"a two-word state-media honorific", "Respected Comrade Tomas Lind spoke.",
			[]string{"person:Tomas Lind||"}},
		{"dear comrade", "Dear Comrade Tomas Lind spoke.",
			[]string{"person:Tomas Lind||"}},
		{"a portfolio, a name, a comma and another person", "Zambia's Minister of Foreign Affairs Joseph Mwita, President Hakainde Hichilema and others spoke.",
			[]string{"person:Joseph Mwita|minister of foreign affairs|ZMB", "person:Hakainde Hichilema|president|"}},
		{"a Khmer title of several words", "Senate President Samdech Techo Sok Vanna spoke.",
			[]string{"person:Sok Vanna|senate president|"}},
		{"a Bruneian title of several words", "Dato Seri Setia Awang Haji Ahmad Yusof spoke.",
			[]string{"person:Ahmad Yusof||"}},
		{"an initial after Dr. is no sentence start", "The Malawian Foreign Minister Dr. A. Phiri spoke.",
			[]string{"person:A. Phiri|foreign minister|MWI"}},
		{"a father named after ibni is no mention", "Sultan Ahmad Salleh ibni Al-Marhum Sultan Omar Ali spoke.",
			[]string{"person:Sultan Ahmad Salleh||"}},
		{"nor does a later", "Later Tomas Lind spoke.",
			[]string{"person:Tomas Lind||"}},
		{"institution before a role", "Bundesbank President Joachim Nagel spoke.",
			[]string{"person:Joachim Nagel|bundesbank president|"}},
		{"initial after a role", "US Secretary of State A. Blinken spoke.",
			[]string{"person:A. Blinken|secretary of state|USA"}},
		{"clause opener is no name", "Although Ostrowski disagreed, talks went on.",
			[]string{"single:Ostrowski||"}},
		{"a role before another name is not an appositive", "Despite Ostrowski, Prime Minister Tomas Vidmar spoke.",
			[]string{"single:Ostrowski||", "person:Tomas Vidmar|prime minister|"}},
		{"all-capital line has no names", "MINISTERS MET IN PARIS ON MONDAY.", nil},
		{"an unknown body is no name", "Ministers of the Lake Basin Forum met.",
			[]string{"role:|ministers|"}},
		{"a title before a document noun is a thing", "The Harbour Renewal Survey report appeared.", []string{"single:Survey||"}},
		{"a title ending in a document noun is a thing", "The Coastal Fisheries Bill passed.", []string{"single:Bill||"}},
		{"corporate role", "Chief Financial Officer Edward Lindqvist said.",
			[]string{"person:Edward Lindqvist|chief financial officer|"}},
		{"company suffix", "Rheinwerk Holdings AG said.", nil},
		{"company prefix", "NV Nordlicht Gasunie said.", nil},
		{"company form inside a name", "BBX AG Nordwerk Kessel said.", nil},
		{"company ending in a business word", "Westbridge Research Associates said.", nil},
		{"possessive country name", "Chile's Rosa Ferrada spoke.",
			[]string{"person:Rosa Ferrada||CHL"}},
		{"honorific", "Sheikh Nasser Al Hamdan spoke.",
			[]string{"person:Nasser Al Hamdan||"}},
		{"comma between role and name", "The Peruvian trade minister, Luis Carmona Vidal, spoke.",
			[]string{"person:Luis Carmona Vidal|trade minister|PER"}},
		{"of country", "Prime Minister Tomas Vidmar of Slovakia spoke.",
			[]string{"person:Tomas Vidmar|prime minister|SVK"}},
		{"appositive role", "Ilse Varga, Hungary's foreign minister, spoke.",
			[]string{"person:Ilse Varga|foreign minister|HUN"}},
		{"role without a name", "His Ghanaian counterpart spoke.",
			[]string{"role:|counterpart|GHA"}},
		{"country's role", "The country's army chief spoke.",
			[]string{"role:|army chief|"}},
		{"single word is only a candidate surname", "Talks ended and Vidmar spoke.",
			[]string{"single:Vidmar||"}},
		// A two-word name after an article or before a plural noun is no
		// person; a lone word of it stays a candidate surname only.
		{"no name after an article", "The Third World spoke.", []string{"single:Third||"}},
		{"no person before a plural noun", "Roman Catholic officials spoke.", []string{"single:Catholic||"}},
		{"plural role heads a list", "Presidents Amadou Keita of Mali and Jonas Silva of Angola met.",
			[]string{"person:Amadou Keita|presidents|MLI", "person:Jonas Silva|presidents|AGO"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, personMentions(tc.s)); d != "" {
				t.Errorf("%q (-want +got):\n%s", tc.s, d)
			}
		})
	}
}

// TestBodyWordsAndSuffixesAreNoNames covers the last word of a body's name
// after a role ("head of the Council of Science Advisers", "president
// of the Marine Technology Society") and a name suffix after a title word
// ("Martin Luther King Jr.") read as no person of their own, nor a
// portfolio listed after a role and a comma ("Minister of Trade, African
// Integration and Tourism").
func TestBodyWordsAndSuffixesAreNoNames(t *testing.T) {
	for _, tc := range []struct{ s, word string }{
		{"He served as head of the Council of Science Advisers until 1998.", "Advisers"},
		{"She is chairwoman of the House Fisheries Subcommittee on Oceans.", "Subcommittee"},
		{"He is president of the Coastal Engineering Society and a consultant.", "Society"},
		{"Markets close for the Martin Luther King Jr. holiday.", "Jr."},
		{"Head of the Lagos Chamber of Commerce Ade Bello spoke first.", "Chamber"},
		{"She is Minister of Trade, African Integration and Tourism of Kenya.", "African Integration"},
		{"He met the Minister of Foreign Affairs, Regional Cooperation and Trade, Jane Achieng.", "Regional Cooperation"},
	} {
		for _, m := range personMentions(tc.s) {
			if strings.HasPrefix(m, "person:"+tc.word+"|") || strings.HasPrefix(m, "single:"+tc.word+"|") {
				t.Errorf("%q: person mention %s, want none named %q", tc.s, m, tc.word)
			}
		}
	}
}

// TestPortfolioAndPersonAfterRole checks that a portfolio listed after a
// role and a comma is no name, and a name that merely ends like one
// ("Clement") still is.
func TestPortfolioAndPersonAfterRole(t *testing.T) {
	got := personMentions("The Minister of Finance, Clement Mwale, and the Minister of Trade, Agnes Phiri, spoke.")
	for _, want := range []string{"Clement Mwale", "Agnes Phiri"} {
		found := false
		for _, m := range got {
			found = found || strings.Contains(m, ":"+want+"|")
		}
		if !found {
			t.Errorf("no person %q among %v", want, got)
		}
	}
}

// TestKnownPersonInCapitals checks that in a line set all in capitals a
// person mention ends where the known person it holds ends ("PRESIDENT
// RUTO ENDS TOUR OF ASIA" names Ruto, not "Ruto Ends Tour").
func TestKnownPersonInCapitals(t *testing.T) {
	got := personMentions("PRESIDENT RUTO ENDS TOUR OF ASIA")
	for _, m := range got {
		if strings.Contains(strings.ToLower(m), "ends") || strings.Contains(strings.ToLower(m), "tour") {
			t.Errorf("person mention %s runs past the known name", m)
		}
	}
	if len(got) == 0 {
		t.Errorf("no person mention, want Ruto")
	}
}

// TestFacilityNamedAfterPerson covers a place or building named after a
// person (facility, en.FacilityHeads and en.FacilityModifiers) and a
// region opened by a compass word (en.CompassWords): the name in it is no
// person mention, while a title before a name that begins
// with a head word ("Park"), a city named with a head word ("Port of
// Spain") and the person elsewhere are read as before.
func TestFacilityNamedAfterPerson(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    []string
	}{
		{"an airport", "The plane landed at Kwame Nkrumah International Airport on Monday.", nil},
		{"a stadium and a road", "The rally moved from Samora Machel National Stadium to Julius Nyerere Road.", nil},
		{"the person beside the airport", "President Julius Malema greeted him at Kwame Nkrumah International Airport.",
			[]string{"person:Julius Malema|president|"}},
		{"a surname that is a head word", "Foreign Minister Park Min-ho met him.", []string{"person:Park Min-ho|foreign minister|"}},
		{"a head word before of", "Ama Owusu flew to Port of Spain.", []string{"person:Ama Owusu||"}},
		{"a compass word opens a region", "The rebels hold South Ubangi and Upper Mbomou.", []string{"single:Ubangi||", "single:Mbomou||"}},
		{"a saint's church", "The leaders walked past St Jude's Cathedral and Saint Mark's Church.", nil},
		{"a university named after a person", "She lectured at Kwame Nkrumah University on Monday.", nil},
		{"an airfield named after a person", "The jet landed at Owen Roberts Field on Monday.", nil},
		{"a lower-case air base", "The jet touched down at the Kenneth Kaunda air base on Monday.", nil},
		{"a lower-case naval base", "The frigate docked at the Jomo Kenyatta naval base on Friday.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, personMentions(tc.s)); d != "" {
				t.Errorf("%q (-want +got):\n%s", tc.s, d)
			}
		})
	}
}

// TestCityOfSeveralWordsIsNoSurname checks that a city named by two
// words, one of them a known person's surname ("The Hague"), is the city
// wherever it stands, while the person named in full stays a person.
func TestCityOfSeveralWordsIsNoSurname(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    []string
	}{
		{"after in", "The envoys flew to The Hague on Monday.", nil},
		{"lower-case article", "Talks resumed in the Hague after a pause.", nil},
		{"opening the sentence", "The Hague will host the next round.", nil},
		{"the person in full", "William Hague spoke at the dinner.", []string{"person:William Hague||"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, personMentions(tc.s)); d != "" {
				t.Errorf("%q (-want +got):\n%s", tc.s, d)
			}
		})
	}
}

// TestTwoWordRanks covers two-word military ranks before a name ("Senior
// General", "Vice Admiral", "Air Chief Marshal") after a country's
// possessive: one person of that country, the rank no part of the name.
func TestTwoWordRanks(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    []string
	}{
		{"senior general", "He met Myanmar's Senior General Soe Win on Monday.", []string{"person:Soe Win||MMR"}},
		{"vice admiral", "He met Japan's Vice Admiral Kenji Sato on Monday.", []string{"person:Kenji Sato||JPN"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, personMentions(tc.s)); d != "" {
				t.Errorf("%q (-want +got):\n%s", tc.s, d)
			}
		})
	}
}

// TestNameBeforePresentVerb covers a surname that opens a sentence before a
// present verb of the trigger table ("Modi touches down", "Carney phones
// X"): a name, not a word qualifying a plural noun.
func TestNameBeforePresentVerb(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    []string
	}{
		{"touches down", "Albanese touches down in Jakarta.", []string{"person:Albanese||"}},
		{"phones", "Luxon phones Albanese.", []string{"person:Luxon||", "person:Albanese||"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, personMentions(tc.s)); d != "" {
				t.Errorf("%q (-want +got):\n%s", tc.s, d)
			}
		})
	}
}

// TestNotNameWordsEndNoPerson covers capitalised common nouns of bodies,
// parliaments, programmes and clocks (en.NotNameWords: "Staff", "Lok
// Sabha", "Assistance", "GMT"),
// and "PM" after a time: no person or role mention is made of them.
func TestNotNameWordsEndNoPerson(t *testing.T) {
	for _, s := range []string{
		"The talks were held at the General Staff building.",
		"The statement was issued at 9 PM GMT on Monday.",
		"The talks began at 10.30 AM and ended at 2 PM.",
		"A delegation of the Lok Sabha, the Riigikogu and the Verkhovna Rada toured the port.",
	} {
		if got := personMentions(s); len(got) != 0 {
			t.Errorf("%q: person mentions %v, want none", s, got)
		}
	}
}

// TestFatherInitialNames covers a name written with the father's initial
// glued to the given name ("D.Enkhjargal"), the Mongolian way: it is the
// person the article named in full, and no one else.
func TestFatherInitialNames(t *testing.T) {
	for _, tc := range []struct {
		short, full string
		want        bool
	}{
		{"D.Enkhjargal", "Enkhjargal Dorjsuren", true},
		{"G.Zandanshatar", "Zandanshatar Gombojav", true},
		{"D.Enkhjargal", "Enkhjargal Bold", false},
		{"B.Sarnai", "Enkhjargal Dorjsuren", false},
	} {
		if got := samePerson(tc.short, &entity{name: tc.full}); got != tc.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tc.short, tc.full, got, tc.want)
		}
	}
	checkBriefs(t, day(2024, time.June, 14), []briefCase{
		{"later initial form",
			"Trade Minister Enkhjargal Dorjsuren of Mongolia arrived in Tokyo on Wednesday. On Thursday, Minister D.Enkhjargal sat down with Japan's foreign minister, Yoko Kamikawa.",
			[]string{"meeting occurred Enkhjargal Dorjsuren+Yoko Kamikawa @2024-06-13", "visit occurred Enkhjargal Dorjsuren>Japan @2024-06-12"}},
	})
}

// TestHyphenTailIsAnotherPerson covers a double-barrelled surname whose
// second half is another person's surname in the same story ("President
// Marcos" and his wife "Liza Araneta-Marcos"): two people, in either
// order; a particle before the hyphen ("al-Sharaa") is still the name.
func TestHyphenTailIsAnotherPerson(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Marcos", "Liza Araneta-Marcos", true},
		{"Liza Araneta-Marcos", "Marcos", true},
		{"Sharaa", "Ahmed al-Sharaa", false},
		{"Araneta-Marcos", "Liza Araneta-Marcos", false},
		{"Banda", "Joseph Banda", false},
	} {
		if got := hyphenTail(tc.a, tc.b); got != tc.want {
			t.Errorf("hyphenTail(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	checkBriefs(t, day(2025, time.May, 27), []briefCase{
		{"the president first, his wife after",
			"President Marcos sat down with Vietnam's Pham Minh Chinh in Kuala Lumpur on Monday. He had arrived on Sunday; his wife, Liza Araneta-Marcos, came along. Marcos also received Laos's Sonexay Siphandone on Monday.",
			[]string{"meeting occurred Ferdinand Marcos Jr.+Pham Minh Chinh @2025-05-26", "meeting occurred Ferdinand Marcos Jr.+Sonexay Siphandone @2025-05-26", "visit occurred Ferdinand Marcos Jr.>Malaysia @2025-05-25"}},
		{"his wife first, the president after",
			"Liza Araneta-Marcos, the president's wife, opened a library in Manila on Monday. Later that day President Marcos received Shigeru Ishiba, the Japanese premier, at Malacanang Palace.",
			[]string{"meeting occurred Ferdinand Marcos Jr.+Shigeru Ishiba @2025-05-26"}},
	})
}

// TestPaternalSurnames covers a person written with two surnames and then
// called by the first alone ("Rodrigo Paz Pereira ... Paz"): the name is
// the one the text uses, the full form an alias; a person the text calls
// by the last surname keeps the full name.
func TestPaternalSurnames(t *testing.T) {
	checkBriefs(t, day(2025, time.November, 12), []briefCase{
		{"first surname alone later",
			"Bolivian envoy Martín Quispe Mamani flew to Lima on Monday. Quispe met Peruvian Foreign Minister Hugo de Zela on Tuesday.",
			[]string{"meeting occurred Hugo de Zela+Martín Quispe @2025-11-11", "visit occurred Martín Quispe>Peru @2025-11-10"}},
		{"last surname alone later",
			"Bolivian envoy Carla Rojas Pereira flew to Lima on Monday. Pereira met Peruvian Foreign Minister Hugo de Zela on Tuesday.",
			[]string{"meeting occurred Carla Rojas Pereira+Hugo de Zela @2025-11-11", "visit occurred Carla Rojas Pereira>Peru @2025-11-10"}},
	})
}

// TestPartyTags covers an American legislator's party and state tag after
// the name ("Sen. Ann Cole (D-Del.)"): the tag is no person, does not cut
// a list of names or the sentence, and makes the legislator American.
func TestPartyTags(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		{"Sen. Mara Hollis (D-Vt.) and Rep. Dale Brandt (R-Texas) toured the port.", "person:Mara Hollis|sen.|USA person:Dale Brandt|rep.|USA"},
		{"Sens. Mara Hollis (I), Dale Brandt (R-N.C.) and Joan Perel (D-Ore.) spoke.", "person:Mara Hollis|sens.|USA person:Dale Brandt|sens.|USA person:Joan Perel|sens.|USA"},
		{"Dale Brandt (R-Okla.), who chairs the panel, spoke.", "person:Dale Brandt||USA"},
		{"Officials of the Pacific Islands Forum (PIF) met in Suva.", ""},
	} {
		if got := strings.Join(personMentions(tc.s), " "); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.s, got, tc.want)
		}
	}
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a list of tagged senators as subjects",
			"Sens. Mara Hollis (D-Vt.), Dale Brandt (R-Texas) and Joan Perel (I-Maine) sat down with Polish President Andrzej Duda in Warsaw on Tuesday.",
			[]string{"meeting occurred Andrzej Duda+Dale Brandt+Joan Perel+Mara Hollis @2025-03-11"}},
		{"tagged objects",
			"Polish President Andrzej Duda received Sen. Mara Hollis (D-Vt.) and Rep. Dale Brandt (R-Ohio.) in Warsaw on Wednesday.",
			[]string{"meeting occurred Andrzej Duda+Dale Brandt @2025-03-12", "meeting occurred Andrzej Duda+Mara Hollis @2025-03-12", "visit occurred Dale Brandt>Poland @2025-03-12", "visit occurred Mara Hollis>Poland @2025-03-12"}},
	})
}

// TestTitleAndGivenName covers a ruler named by title and given name only
// ("King Charles", "King Salman"): the gazetteer files the two together
// for one person, whose full name the text then uses.
func TestTitleAndGivenName(t *testing.T) {
	pub := day(2025, time.March, 7) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"King Charles",
			"King Charles received Irish President Michael D. Higgins at Windsor Castle on Thursday.",
			[]string{"meeting occurred Charles III+Michael D. Higgins @2025-03-06"}},
		{"King Salman",
			"King Salman received Irish President Michael D. Higgins in Riyadh on Thursday.",
			[]string{"meeting occurred Michael D. Higgins+Salman bin Abdulaziz Al Saud @2025-03-06", "visit occurred Michael D. Higgins>Saudi Arabia @2025-03-06"}},
	})
}

// TestVenueBeforeCity covers a capitalised name after "to" or "at" and
// before "in" or a comma and a known city: a venue, no person ("welcomed
// Y to Villa Serena in Rome", "at Casa Blanca, Lima"); one that opens with
// a given name stays a person.
func TestVenueBeforeCity(t *testing.T) {
	for _, tc := range []struct{ s, word string }{
		{"The prime minister welcomed her guest to Villa Serena in Rome on Tuesday.", "Serena"},
		{"The two leaders met at Casa Blanca, Lima, on Tuesday.", "Blanca"},
		{"The envoy was taken to Qasr Al Nour in Abu Dhabi.", "Nour"},
	} {
		for _, m := range personMentions(tc.s) {
			if strings.Contains(m, tc.word) {
				t.Errorf("%q: person mention %s, want a venue", tc.s, m)
			}
		}
	}
	if got := personMentions("The minister wrote to Maria Rossi in Rome on Tuesday."); len(got) == 0 {
		t.Errorf("Maria Rossi after \"to\" is no person, want one")
	}
}

// TestSeatOfGovernmentTitles covers a title that opens with a seat of
// government ("White House press secretary", "Kremlin aide"): the person
// is of that state.
func TestSeatOfGovernmentTitles(t *testing.T) {
	for _, tc := range []struct{ s, want string }{
		{"White House press secretary Dana Reyes said the talks went well.", "person:Dana Reyes|white house press secretary|USA"},
		{"Kremlin aide Oleg Panin said the talks went well.", "person:Oleg Panin|kremlin aide|RUS"},
		{"Press secretary Dana Reyes said the talks went well.", "person:Dana Reyes|press secretary|"},
	} {
		if got := strings.Join(personMentions(tc.s), " "); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestPlaceNamesAreNoPeople covers capitalised names that end with a word
// for a geographic feature ("Scarborough Reef", "Kerch Strait"): places,
// no person.
func TestPlaceNamesAreNoPeople(t *testing.T) {
	for _, tc := range []struct{ s, word string }{
		{"Coast guard ships collided near Halloran Reef on Monday.", "Halloran"},
		{"The ferry sank in the Marrow Strait on Monday.", "Marrow"},
	} {
		for _, m := range personMentions(tc.s) {
			if strings.Contains(m, tc.word) {
				t.Errorf("%q: person mention %s, want a place", tc.s, m)
			}
		}
	}
}

// TestHighnessAbbreviations covers the abbreviated styles of highness
// before a name ("H.H. Sheikh X", "HH Sheikh X", "HRH Prince Y"): no part of
// the name.
func TestHighnessAbbreviations(t *testing.T) {
	pub := day(2025, time.November, 18) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"H.H.", "H.H. Sheikh Hamdan bin Mohammed met Kenyan Foreign Minister Musalia Mudavadi in Dubai on Monday.",
			[]string{"meeting occurred Hamdan bin Mohammed+Musalia Mudavadi @2025-11-17"}},
		{"HH", "HH Sheikh Hamdan bin Mohammed met Kenyan Foreign Minister Musalia Mudavadi in Dubai on Monday.",
			[]string{"meeting occurred Hamdan bin Mohammed+Musalia Mudavadi @2025-11-17"}},
		{"HRH at the start", "HRH Prince Faisal bin Farhan met Kenyan Foreign Minister Musalia Mudavadi in Riyadh on Monday.",
			[]string{"meeting occurred Faisal bin Farhan+Musalia Mudavadi @2025-11-17"}},
	})
}

// TestBodyNamedAfterCityInRole checks that a body named after a city in a
// role ("chairman of the Toronto Stock Exchange") stays whole: the holder
// named after it is the person, with no country read from the city.
func TestBodyNamedAfterCityInRole(t *testing.T) {
	got := personMentions("The chairman of the Toronto Stock Exchange, Dana Whitfield, said trading would resume.")
	for _, m := range got {
		if strings.HasPrefix(m, "person:Stock") || strings.HasPrefix(m, "person:Exchange") {
			t.Errorf("body words read as a person: %v", got)
		}
	}
	found := false
	for _, m := range got {
		found = found || strings.HasPrefix(m, "person:Dana Whitfield|")
	}
	if !found {
		t.Errorf("no Dana Whitfield in %v", got)
	}
}

// TestTitleAfterOfAndQuestions covers "the head of President X's office"
// (the title is X's, not part of the first person's office), an
// auxiliary opening a question ("Was X there?") as no part of a name, and
// a one-word answer ("No.") ending its sentence.
func TestTitleAfterOfAndQuestions(t *testing.T) {
	for _, tc := range []struct {
		name, s string
		want    []string
	}{
		{"the head of the president's office",
			"Kenya sent Jane Mwangi, the head of President William Ruto's office, to the talks.",
			[]string{"person:Jane Mwangi|head|", "person:William Ruto|president|"}},
		{"a question's auxiliary",
			"Was Ruto there?", []string{"person:Ruto||"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, personMentions(tc.s)); d != "" {
				t.Errorf("%q (-want +got):\n%s", tc.s, d)
			}
		})
	}
	doc := segment("Did the envoy come? No. The minister went instead.", "", testX.knownPlace, testX.knownCity)
	if len(doc.sentences) != 3 {
		t.Errorf("%d sentences, want 3 (the answer is one)", len(doc.sentences))
	}
}

// TestNameConnectorsAndChains checks a Portuguese surname joined by "e"
// read whole, and a Gulf leader written with more of his forefathers, or
// with the article spelt otherwise, than the gazetteer lists found with
// his country.
func TestNameConnectorsAndChains(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"e between surnames",
			"Portugal's envoy called on the premier, Ulisses Correia e Silva, in Praia on Monday.",
			[]string{"meeting occurred Portugal+Ulisses Correia e Silva @2025-03-03"}},
	})
	checkPersonCountries(t, pub, []countryCase{
		{"a longer chain of patronyms", "Sheikh Abdullah bin Zayed bin Sultan Al-Nahyan, the minister, held talks in Cairo on Monday with Egypt's leader.",
			"Abdullah bin Zayed bin Sultan Al-Nahyan", "United Arab Emirates"},
		{"the article hyphenated", "Tamim bin Hamad Al-Thani arrived in Cairo on Monday and met President Abdel Fattah el-Sisi.",
			"Tamim bin Hamad Al Thani", "Qatar"},
	})
}

// TestHonourableStyle checks Commonwealth styles before a name ("the Hon
// X", "Senator the Hon Y") after a title and a comma, and a name after two
// titles joined by "and" holding both, so either takes the name up later.
func TestHonourableStyle(t *testing.T) {
	checkBriefs(t, day(2024, time.May, 8), []briefCase{ // a Wednesday
		{"the Hon after a title and a comma",
			"On Monday, Minister Tavita and Minister Hale met the Prime Minister of Samoa, the Hon Lemauga Toala, at his office in Apia.",
			[]string{"meeting occurred Hale+Lemauga Toala+Tavita @2024-05-06"}},
		{"Senator the Hon",
			"Senator the Hon Maree Collins arrived in Port Moresby on Sunday.",
			[]string{"visit occurred Maree Collins>Papua New Guinea @2024-05-05"}},
		{"two titles, the first taken up",
			"The Deputy Premier and Minister for Health, the Hon Joan Keller, arrived in Nadi on Sunday. On Monday the Deputy Premier was received by Prime Minister Sitiveni Rabuka.",
			[]string{"meeting occurred Joan Keller+Sitiveni Rabuka @2024-05-06", "visit occurred Joan Keller>Fiji @2024-05-05"}},
	})
}

// TestStaleDictionarySurname checks that a titled surname in a recent
// story is not expanded to a person the gazetteer knows only from an old
// dictionary's office still open when it was made.
func TestStaleDictionarySurname(t *testing.T) {
	f := testX.Extract(schema.Article{ID: "t", Published: day(2024, time.May, 8),
		Text: "On Monday, Minister Reid met the Prime Minister of Samoa in Apia to discuss fisheries."})
	for _, a := range f.Actors {
		if a.Kind == schema.KindPerson && a.Name != "Reid" && strings.HasSuffix(a.Name, "Reid") {
			t.Errorf("surname read as %q, a legislator of the old dictionary", a.Name)
		}
	}
}

// TestCapitalKicker checks that a newsletter's kicker in capitals ("X SIT
// DOWN:") names no person of the kicker's words.
func TestCapitalKicker(t *testing.T) {
	f := testX.Extract(schema.Article{ID: "t", Published: day(2025, time.February, 14),
		Text: "ADEYEMI SIT DOWN: Adeyemi met Ghana's president, John Mahama, in Accra today."})
	for _, a := range f.Actors {
		if strings.Contains(a.Name, "SIT") {
			t.Errorf("the kicker read as %s %q", a.Kind, a.Name)
		}
	}
}

// TestTitledFacilityNames covers a facility named after a titled person
// ("King Fahd International Airport"): a place, never a person met or
// listed.
func TestTitledFacilityNames(t *testing.T) {
	pub := day(2025, time.March, 14)
	for _, text := range []string{
		"On landing at King Fahd International Airport, Erdogan was met by the governor.",
		"The talks were held near President Masaryk Railway Station in Prague on Monday.",
	} {
		f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
		for _, a := range f.Actors {
			if a.Kind == schema.KindPerson && (strings.Contains(a.Name, "Fahd") || strings.Contains(a.Name, "Masaryk")) {
				t.Errorf("%q: person %q read from a facility's name", text, a.Name)
			}
		}
	}
}

// TestInitialsRunIntoName covers initials written against the name
// ("P.Banda", "D.N.Mwita"), read as "P. Banda", and a one-word "name"
// that a capitalised word of no name follows inside a body's title ("the
// Federal Great Majlis"): no person.
func TestInitialsRunIntoName(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"an initial and a surname with a role",
			"Malawian President P.Banda received Kenyan President William Ruto in Lilongwe on Tuesday.",
			[]string{"meeting occurred P. Banda+William Ruto @2025-03-11", "visit occurred William Ruto>Malawi @2025-03-11"}},
		{"two initials and a surname alone",
			"On Tuesday, D.N.Mwita held talks with Kenyan Foreign Minister Daniel Ochieng.",
			[]string{"meeting occurred D.N. Mwita+Daniel Ochieng @2025-03-11"}},
		{"a body's title before the name",
			"Speaker of the Federal Great Majlis G.Mwita held talks in Kisumu on Tuesday with Kenyan envoy Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+G. Mwita @2025-03-11"}},
		{"U.S. stays one word",
			"U.S. envoy Joseph Mwita held talks in Kisumu on Tuesday with Kenyan envoy Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2025-03-11"}},
	})
}

// TestHonorificChains covers a chain of honorifics with lower-case words
// in it ("Her Excellency the Most Honourable Dame X") before a name, after a role
// and its comma or alone; and a storm's name is no person's.
func TestHonorificChains(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"after a role and a comma",
			"Kenyan envoy Daniel Ochieng held talks on Tuesday with Malawi's Governor-General, Her Excellency the Most Honourable Dame Grace Phiri.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri @2025-03-11"}},
		{"alone after the verb",
			"Kenyan envoy Daniel Ochieng called on His Excellency the Right Honourable Joseph Mwita in Lilongwe on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2025-03-11"}},
	})
	checkBriefs(t, pub, []briefCase{
		{"a storm that arrived made no visit",
			"Cyclone Rufaro arrived in Mozambique on Tuesday, a day after Kenyan envoy Daniel Ochieng landed in Maputo.",
			[]string{"visit occurred Daniel Ochieng>Mozambique @2025-03-10"}},
		{"nor one that reached an island",
			"Hurricane Tawanda reached Jamaica on Monday.",
			nil},
	})
}

// TestPairLabel covers an item opened by a label that joins two names
// with a hyphen ("Ruto-Banda:"): no person, so a surname later in the text
// stands for the one named in full, not for the label.
func TestPairLabel(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a later surname",
			"Ruto-Banda: Kenyan President William Ruto held talks with Malawian President Peter Banda in Nairobi on Friday.\n\nOn the phone: Ruto called Zambian envoy Grace Phiri on Tuesday.",
			[]string{"meeting occurred Grace Phiri+William Ruto (phone) @2025-03-11", "meeting occurred Peter Banda+William Ruto @2025-03-14"}},
	})
}

// TestLineageShortNames: an Arabic name that a story shortens before its
// next father's name or its family's "Al" ("X bin Y" for "X bin Y Al Z")
// is the same person, one node; a father named the other way round ("Y
// bin X") stays another.
func TestLineageShortNames(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"shortened before the family's Al",
			"Emirati Foreign Minister Khalid bin Saeed Al Mansouri arrived in Lilongwe on Monday. On Tuesday, Khalid bin Saeed held talks with Malawian President Peter Banda.",
			[]string{"meeting occurred Khalid bin Saeed Al Mansouri+Peter Banda @2024-04-30", "visit occurred Khalid bin Saeed Al Mansouri>Malawi @2024-04-29"}},
		{"shortened before a grandfather's name",
			"Omar bin Nasser bin Hamad, the Omani foreign minister, met Malawian President Peter Banda in Lilongwe on Tuesday. On Wednesday, Omar bin Nasser called on Kenyan Vice-President Daniel Ochieng in Nairobi.",
			[]string{"meeting occurred Daniel Ochieng+Omar bin Nasser bin Hamad @2024-05-01", "meeting occurred Omar bin Nasser bin Hamad+Peter Banda @2024-04-30",
				"visit occurred Omar bin Nasser bin Hamad>Kenya @2024-05-01", "visit occurred Omar bin Nasser bin Hamad>Malawi @2024-04-30"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: pub,
		Text: "Emirati Foreign Minister Khalid bin Saeed Al Mansouri met Malawian President Peter Banda in Lilongwe on Tuesday. His father, Saeed bin Khalid, had visited Malawi in 1998."})
	names := personNames(f)
	if !slices.Contains(names, "Khalid bin Saeed Al Mansouri") || !slices.Contains(names, "Saeed bin Khalid") {
		t.Errorf("father and son: people = %q, want both Khalid bin Saeed Al Mansouri and Saeed bin Khalid", names)
	}
}

// TestMonthBeforeSurname: a month that a day number or a preposition of
// time puts in a date ("on 15 May Banda", "In May Banda") opens no name,
// so the surname after it is the person told before; a person whose
// surname is a month keeps it.
func TestMonthBeforeSurname(t *testing.T) {
	pub := day(2025, time.May, 20)
	checkBriefs(t, pub, []briefCase{
		{"a day and a month before a surname",
			"Malawian President Peter Banda visited Nairobi in April. Later on 15 May Banda travelled on to Lusaka, where Zambian President Joseph Mwita received him for talks.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-05-15", "visit occurred Peter Banda>Kenya @2025-04", "visit occurred Peter Banda>Zambia @2025-05-15"}},
		{"in and a month before a surname",
			"Malawian President Peter Banda visited Nairobi in April. In May Banda hosted Kenyan Vice-President Daniel Ochieng in Lilongwe.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-05", "visit occurred Daniel Ochieng>Malawi @2025-05", "visit occurred Peter Banda>Kenya @2025-04"}},
		{"a surname that is a month",
			"Kenyan Vice-President Daniel Ochieng met Britain's Foreign Secretary, Grace May, in Nairobi on Tuesday. Ochieng later thanked May for her support.",
			[]string{"meeting occurred Daniel Ochieng+Grace May @2025-05-20"}},
	})
}

// TestBasesAndCamps: a base, camp or fort named after a person or place
// ("X Air Base", "Camp Y") is a site visited, no one met.
func TestBasesAndCamps(t *testing.T) {
	pub := day(2024, time.May, 2)
	checkBriefs(t, pub, []briefCase{
		{"an air base", "On Tuesday Kenyan President Daniel Ochieng visited Al Mansour Air Base.", nil},
		{"a camp", "On Tuesday Kenyan President Daniel Ochieng visited Camp Mwita.", nil},
		{"a naval base near a city", "On Tuesday Kenyan President Daniel Ochieng visited Banda Naval Base near Lilongwe.",
			[]string{"visit occurred Daniel Ochieng>Malawi @2024-04-30"}},
	})
}

// TestGazetteerAliasOneNode: a name the gazetteer knows as another form of
// a person's name with no word of it (a nom de guerre, another
// transliteration) is that person under the gazetteer's name, and one
// node with the person named the usual way in the same text.
func TestGazetteerAliasOneNode(t *testing.T) {
	pub := day(2025, time.February, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a nom de guerre alone",
			"Abu Mohammed al-Jolani met Kenyan Vice-President Daniel Ochieng in Damascus on Tuesday.",
			[]string{"meeting occurred Ahmed al-Sharaa+Daniel Ochieng @2025-02-04"}},
		{"both names in one text",
			"Syrian President Ahmed al-Sharaa met Kenyan Vice-President Daniel Ochieng in Damascus on Tuesday. Years ago Ochieng had written about Abu Mohammed al-Jolani as a rebel commander.",
			[]string{"meeting occurred Ahmed al-Sharaa+Daniel Ochieng @2025-02-04"}},
		{"another transliteration",
			"Alyaksandr Lukashenka met Kenyan Vice-President Daniel Ochieng in Minsk on Tuesday.",
			[]string{"meeting occurred Alexander Lukashenko+Daniel Ochieng @2025-02-04"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: pub,
		Text: "Syrian President Ahmed al-Sharaa met Kenyan Vice-President Daniel Ochieng in Damascus on Tuesday. Years ago Ochieng had written about Abu Mohammed al-Jolani as a rebel commander."})
	for _, a := range f.Actors {
		if a.Name == "Abu Mohammed al-Jolani" {
			t.Errorf("a second node for one person: %+v", a)
		}
	}
}

// TestSpacedExcellency: "H E", His Excellency written as two capitals,
// before an honorific, a role or "the" is a style, not part of the name;
// the same two capitals before a surname are a person's initials.
func TestSpacedExcellency(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"before an honorific",
			"Zambian Foreign Minister H E Dr Mulambo Haimbe held talks in Kisumu on Tuesday with the Kenyan head of state, William Ruto.",
			[]string{"meeting occurred Mulambo Haimbe+William Ruto @2025-03-11"}},
		{"before Sheikh, and before the role later",
			"Prime Minister H E Sheikh Joseph Mwita received Zambian envoy Grace Phiri on Monday. On Tuesday H E the Prime Minister met Malawian Trade Minister Peter Banda.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-10", "meeting occurred Joseph Mwita+Peter Banda @2025-03-11"}},
		{"initials of a name",
			"The novelist H E Banda called on William Ruto, Kenya's head of state, at his Kisumu lodge on Tuesday.",
			[]string{"meeting occurred H E Banda+William Ruto @2025-03-11"}},
	})
}

// TestEventNames: a sports complex named "X Sports City Stadium" and an
// event's name in quotes between a determiner and a noun ("the 'Jambo
// Ruto' rally") name no person, who could then be read as the subject of
// the next trip. (Double quotes already close such a name.)
func TestEventNames(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a stadium in a sports city",
			"LILONGWE - Kenyan President William Ruto landed in Lilongwe on Tuesday. That evening some 5,000 Kenyans living in Malawi filled Kamuzu Sports City Stadium to greet him. A day later he and his host, Lazarus Chakwera, held talks at the State House.",
			[]string{"meeting occurred Lazarus Chakwera+William Ruto @2025-03-12", "visit occurred William Ruto>Malawi @2025-03-11"}},
		{"an event's name in single quotes",
			"LUSAKA - Kenyan President William Ruto landed in Lusaka on Monday. The same evening, over 3,000 Kenyans packed a hall for the 'Jambo Banda' community event. On Tuesday, he opened a new school before flying to Malawi.",
			[]string{"visit occurred William Ruto>Malawi @2025-03-11", "visit occurred William Ruto>Zambia @2025-03-10"}},
		{"and in curly single quotes",
			"LUSAKA - Kenyan President William Ruto landed in Lusaka on Monday. The same evening, over 3,000 Kenyans filled a hall for the ‘Karibu Phiri’ diaspora night. On Tuesday, he opened a new school before flying to Malawi.",
			[]string{"visit occurred William Ruto>Malawi @2025-03-11", "visit occurred William Ruto>Zambia @2025-03-10"}},
	})
}

// TestPortfolioOfTwoParts: a ministry of two portfolios joined by "and",
// whose second part could pass for a name ("of Labour and Social
// Welfare, X"), is one role; X is the minister, with or without the
// comma.
func TestPortfolioOfTwoParts(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"before a comma",
			"Kenyan President William Ruto held talks in Kisumu on Thursday with Zambia's Minister of Labour and Social Welfare, Nancy Tembo.",
			[]string{"meeting occurred Nancy Tembo+William Ruto @2025-03-13"}},
		{"a second portfolio of three words",
			"On Monday Malawian President Lazarus Chakwera received the Minister of Lands and Rural Water Works, Grace Phiri, of Zambia.",
			[]string{"meeting occurred Grace Phiri+Lazarus Chakwera @2025-03-10"}},
	})
}

// TestBuildingAfterPlacePreposition: a name after "in" or "at" that ends
// in a venue noun which may also end a surname ("Castle", "House")
// is a building, never a person a pronoun can stand for.
func TestBuildingAfterPlacePreposition(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a castle before him",
			"After a welcome ceremony in Mwansa Castle on Thursday, Kenyan President William Ruto crossed the square, where President Hakainde Hichilema received him for talks.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2024-05-09"}},
		{"a house after at",
			"Kenyan President William Ruto met Zambian President Hakainde Hichilema at Chanda House on Thursday.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2024-05-09"}},
		{"a surname of that word is still a person",
			"Kenyan President William Ruto met Zambian envoy Grace Castle on Thursday.",
			[]string{"meeting occurred Grace Castle+William Ruto @2024-05-09"}},
	})
}

// TestBracketedQualifierInTitle: a bracketed qualifier inside a title,
// before the portfolio goes on ("Deputy Minister (Special Duties) for
// X"), is part of the title, no person; a bracket that closes the
// title (an acronym, a gloss) is left as it was.
func TestBracketedQualifierInTitle(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"before the portfolio",
			"On Thursday Zambian President Hakainde Hichilema received the Deputy Minister (Special Duties) for Culture, Grace Phiri, in Lusaka.",
			[]string{"meeting occurred Grace Phiri+Hakainde Hichilema @2024-05-09"}},
		{"before the portfolio and the name",
			"On Thursday Kenyan President William Ruto sat down with Minister (Independent Charge) for Water Joseph Mwita.",
			[]string{"meeting occurred Joseph Mwita+William Ruto @2024-05-09"}},
	})
}

// TestSaintsFeastIsNoPerson: a saint's possessive name before a word of
// time ("a St Andrew's week trip", "Saint Lucy's Eve") names a feast, so a
// trip told around it is the subject's; a saint named as such stays.
func TestSaintsFeastIsNoPerson(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a feast week trip", "Kenyan Prime Minister Daniel Ochieng, on his first St Andrew's week trip to London in years, reached the British capital late on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>United Kingdom @2025-03-11"}},
		{"a feast eve", "Kenyan Prime Minister Daniel Ochieng landed in London on Saint Lucy's Eve, Tuesday.",
			[]string{"visit occurred Daniel Ochieng>United Kingdom @2025-03-11"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: pub, Text: "Kenyan Prime Minister Daniel Ochieng, on his first St Andrew's week trip to London in years, reached the British capital late on Tuesday."})
	for _, n := range personNames(f) {
		if strings.HasPrefix(n, "St ") {
			t.Errorf("person %q from a feast's name", n)
		}
	}
}
