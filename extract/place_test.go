package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestMeetingPlaces checks where an in-person meeting is placed when its
// sentence names no city: the city of the visit that brought a party
// there, the dateline's city, or nowhere.
func TestMeetingPlaces(t *testing.T) {
	pub := day(2024, time.June, 14)
	for _, tc := range []struct {
		name, text, want string
	}{
		{"own city", "Kenyan President Daniel Ochieng met Zambian President Hakainde Hichilema in Lusaka on Monday.", "Lusaka"},
		{"the visit to the country of the party met, not the stop before",
			"Kenyan President Daniel Ochieng met Zambian officials on Tuesday. Ochieng and his foreign minister, Ruth Wanjiku, flew in from Harare on Monday, having landed in Lusaka for the night.", "Lusaka"},
		{"city of the visit told before",
			"Kenyan President Daniel Ochieng landed in Lusaka on Monday. Zambian President Hakainde Hichilema received him at State House for talks.", "Lusaka"},
		{"not the city of a visit months away",
			"Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng on Tuesday. In March, Ochieng visited Lusaka.", ""},
		{"the city of a visit dated by its end, days after",
			"Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng on Tuesday. Ochieng left Lusaka on Thursday.", "Lusaka"},
		{"dateline city, visitor in its country",
			"LUSAKA, June 14 - Kenyan President Daniel Ochieng arrived in Zambia on Monday. He met Zambian President Hakainde Hichilema on Tuesday.", "Lusaka"},
		{"dateline city, home party",
			"LUSAKA, June 14 - Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng on Tuesday.", "Lusaka"},
		{"a call has no place",
			"LUSAKA, June 14 - Zambian President Hakainde Hichilema spoke by phone with Kenyan President Daniel Ochieng on Tuesday.", ""},
		{"a video call has no place, nor the city of a gathering told after it",
			"Zambian President Hakainde Hichilema spoke by video with Kenyan President Daniel Ochieng on Tuesday about the forum, which Malawi will host in Lilongwe next month.", ""},
		{"a relative clause's city is another event's",
			"Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng on Tuesday to prepare the forum, which Malawi will host in Lilongwe next month.", ""},
		{"the capital of a demonym's country",
			"Kenyan President Daniel Ochieng met Zambian President Hakainde Hichilema in the Zambian capital on Monday.", "Lusaka"},
		{"the capital named after it is the city named",
			"Kenyan President Daniel Ochieng met Zambian President Hakainde Hichilema in the Zambian capital, Lusaka, on Monday.", "Lusaka"},
		{"a capital city as an adjective is no place",
			"Kenyan President Daniel Ochieng met Zambian President Hakainde Hichilema on Monday about Zambian capital markets.", ""},
		{"a meeting while a gathering is in focus is in its city",
			"The 12th Lake Basin Summit opened in Kisumu on Wednesday with Kenya, Zambia and Malawi attending. Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng on Thursday.", "Kisumu"},
		{"a meeting long after the gathering's days is not",
			"The 12th Lake Basin Summit opened in Kisumu on Monday, June 3, with Kenya, Zambia and Malawi attending. Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng on Thursday.", ""},
		{"a meeting of no attendee is not",
			"The 12th Lake Basin Summit opened in Kisumu on Wednesday with Kenya, Zambia and Malawi attending. Ghanaian President John Mahama met Nigerian President Bola Tinubu on Thursday.", ""},
		{"the city of a gathering the talks prepared for is not the meeting's",
			"Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng on Tuesday to discuss preparations for the regional summit in Kisumu.", ""},
		{"nor of one they looked ahead to",
			"Zambian President Hakainde Hichilema held talks with Kenyan President Daniel Ochieng on Tuesday ahead of the trade forum in Kisumu.", ""},
		{"a meeting planned for a summit is at it",
			"A meeting between Zambian President Hakainde Hichilema and Kenyan President Daniel Ochieng was held on Tuesday at the regional summit in Kisumu.", "Kisumu"},
		{"talks in a city after for are the meeting's",
			"Kenyan President Daniel Ochieng flew to Zambia on Tuesday and met Zambian President Hakainde Hichilema for talks in Lusaka.", "Lusaka"},
		{"a relative clause about the guest's stay closes before the place",
			"Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng, who is in Zambia from Monday to Wednesday, at State House in Lusaka on Tuesday.", "Lusaka"},
		{"a relative clause about the guest's stay, then a place",
			"Zambian President Hakainde Hichilema held talks with Kenyan President Daniel Ochieng, who arrived on Monday for a two-day stay, in Lusaka.", "Lusaka"},
		{"a venue's name, a comma, then its city",
			"Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng at Government House, Lusaka, on Tuesday.", "Lusaka"},
		{"a venue's name, a comma, then no city",
			"Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng at Government House, Daniel Ochieng's second visit, on Tuesday.", ""},
		{"a legislator's party tag before the place",
			"Zambian President Hakainde Hichilema met Sen. Dale Brandt (R-Okla.) in Lusaka on Tuesday.", "Lusaka"},
		{"a city-state is its own city",
			"Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng in Singapore on Tuesday.", "Singapore"},
		{"a city before a venue noun",
			"Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng at a Lusaka hotel on Tuesday.", "Lusaka"},
		{"the place of the next clause is not the meeting's",
			"In Nairobi on Tuesday Hakainde Hichilema met Kenyan President Daniel Ochieng, and the next day he opened a Kampala trade fair.", "Nairobi"},
		{"the city of a visit told six sentences before",
			"Kenyan President Daniel Ochieng arrived in Lusaka on Monday. Two-way trade has doubled. Copper leads the list. Maize follows. Talks on a rail link stalled last year. Officials hope for progress. Zambian President Hakainde Hichilema received Ochieng at State House on Tuesday.", "Lusaka"},
		{"a summit told since the visit has its own city",
			"Kenyan President Daniel Ochieng arrived in Lusaka on Monday. Two-way trade has doubled. Copper leads the list. Maize follows. On Wednesday the Lake Basin Summit opened in Kisumu. Officials hope for progress. Zambian President Hakainde Hichilema sat down with Ochieng on Wednesday.", ""},
		{"a city after a demonym and city of",
			"Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng in the Kenyan city of Kisumu on Tuesday.", "Kisumu"},
		{"the place of earlier talks after since",
			"Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng on Tuesday, the first time since their talks in Kisumu in May.", ""},
		{"the place of a summit after after",
			"Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng on Tuesday, two days after a summit in Kisumu.", ""},
		{"a meeting in another country keeps no dateline city",
			"LUSAKA, June 14 - Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng in Kenya on Tuesday.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			names := map[schema.IRI]string{}
			for _, a := range f.Actors {
				names[a.IRI] = a.Name
			}
			got, n := "", 0
			for _, e := range f.Events {
				if e.Type == schema.Meeting {
					got, n = names[e.Place], n+1
				}
			}
			if n != 1 || got != tc.want {
				t.Errorf("%d meetings, place %q, want one at %q", n, got, tc.want)
			}
		})
	}
}

// TestPlaceAfterAList checks that a place after a list of the people met,
// whose items part with ", and", is each meeting's.
func TestPlaceAfterAList(t *testing.T) {
	f := testX.Extract(schema.Article{ID: "t", Published: day(2024, time.June, 14),
		Text: "Zambia's Hakainde Hichilema met Kenya's president, Daniel Ochieng, and the Kenyan trade minister, Ruth Wanjiku, at State House in Nairobi on Tuesday."})
	names := map[schema.IRI]string{}
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	n := 0
	for _, e := range f.Events {
		if e.Type != schema.Meeting {
			continue
		}
		n++
		if names[e.Place] != "Nairobi" {
			t.Errorf("meeting placed at %q, want Nairobi", names[e.Place])
		}
	}
	if n != 2 {
		t.Errorf("%d meetings, want 2", n)
	}
}

// TestSeparateDateline checks that a dateline a corpus keeps apart from the
// text places the story like one inside it, and that the text's own wins.
func TestSeparateDateline(t *testing.T) {
	pub := day(2024, time.June, 14)
	text := "Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng on Tuesday."
	for _, tc := range []struct {
		name, dateline, text, want string
	}{
		{"field only", "LUSAKA, June 14 -", text, "Lusaka"},
		{"none", "", text, ""},
		{"text's own wins", "NAIROBI, June 14 -", "LUSAKA, June 14 - " + text, "Lusaka"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := meetingPlace(testX.Extract(schema.Article{ID: "t", Text: tc.text, Dateline: tc.dateline, Published: pub}))
			if got != tc.want {
				t.Errorf("place %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTitleCaseDatelineWithFullStop checks that a known place in title
// case closed by a full stop opens a story as its dateline ("Lusaka.
// President X ...", as some dailies write it), as one in capitals does,
// while a word that is no place, or a place followed by lower case, is
// none.
func TestTitleCaseDatelineWithFullStop(t *testing.T) {
	pub := day(2024, time.June, 14)
	const text = "Zambian President Hakainde Hichilema received Kenyan President Daniel Ochieng on Tuesday."
	checkMeetingPlaces(t, pub, []placeCase{
		{"title case", "Lusaka. " + text, "Lusaka"},
		{"two words", "Addis Ababa. Ethiopian Prime Minister Abiy Ahmed received Kenyan President Daniel Ochieng on Tuesday.", "Addis Ababa"},
		{"capitals", "LUSAKA. " + text, "Lusaka"},
		{"no place", "Finally. " + text, ""},
	})
}

// TestDatelineWithLowerParticles checks that a capitals dateline whose
// city is written with lower-case particles ("DAR ES SALAAM", "RIO DE
// JANEIRO") places the story in that city under its own spelling.
func TestDatelineWithLowerParticles(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkMeetingPlaces(t, pub, []placeCase{
		{"Dar es Salaam", "DAR ES SALAAM - Tanzanian President Samia Suluhu Hassan received Kenya's William Ruto on Tuesday.", "Dar es Salaam"},
		{"Rio de Janeiro", "RIO DE JANEIRO, June 14 - Brazilian President Lula received Kenya's William Ruto on Tuesday.", "Rio de Janeiro"},
	})
}

// TestAgencyAfterFullStopInDateline: an agency parted from the place by a
// full stop before the dash ("LUSAKA. LAKE NEWS – ...") is no part of the
// place; a place with a full stop of its own keeps it.
func TestAgencyAfterFullStopInDateline(t *testing.T) {
	pub := day(2024, time.June, 14)
	const text = "Zambian President Hakainde Hichilema received Kenyan President Daniel Ochieng on Tuesday."
	checkMeetingPlaces(t, pub, []placeCase{
		{"agency in capitals", "LUSAKA. LAKE NEWS – " + text, "Lusaka"},
		{"agency in title case", "Kisumu. Lake Wire - " + text, "Kisumu"},
		{"a stop inside the name", "ST. PETERSBURG - Russian President Vladimir Putin received Kenyan President Daniel Ochieng on Tuesday.", "Saint Petersburg"},
	})
}

// TestPageLabelsAreNoDateline checks that a page's label where a wire
// story has its dateline ("LIVE — Updated 10:02 GMT", "EXCLUSIVE - ...")
// gives no place.
func TestPageLabelsAreNoDateline(t *testing.T) {
	for _, head := range []string{"LIVE — Updated 10:02 GMT", "EXCLUSIVE - By our correspondent", "EXPLAINER - Five things to know"} {
		text := head + "\n\nThe Atlantic Shared Future summit was held on Monday. Ireland and Portugal attended.\n"
		f := testX.Extract(schema.Article{ID: "t", Text: text, Published: day(2025, time.March, 4)})
		for _, e := range f.Events {
			if e.Place != "" {
				t.Errorf("%q: %s placed at %s, want no place", head, e.Type, e.Place)
			}
		}
		if len(f.Events) != 1 {
			t.Errorf("%q: %d events, want the summit", head, len(f.Events))
		}
	}
}

// TestPlaceLineAndTimeLine covers a page that sets its place alone on a
// line in capitals above a time line ("TUNIS" then "MARCH 4, 2025 - 10:12
// AM"): the place is the dateline, and the date is never read as a place.
func TestPlaceLineAndTimeLine(t *testing.T) {
	pub := day(2025, time.March, 4)
	for _, tc := range []struct{ head, want string }{
		{"NEWS DESK\nTUNIS\nMARCH 4, 2025 - 10:12 AM GMT+1\n", "Tunis"},
		{"NEWS DESK\nMARCH 4, 2025 - 10:12 AM GMT+1\n", ""},
	} {
		text := tc.head + "\nTunisian President Kais Saied met Algerian President Abdelmadjid Tebboune on Monday.\n"
		got, ok := meetingPlace(testX.Extract(schema.Article{ID: "t", Text: text, Published: pub}))
		if !ok {
			got = "none"
		}
		if got != tc.want {
			t.Errorf("%q: meeting place %q, want %q", tc.head, got, tc.want)
		}
	}
}

// meetingPlace returns the name of the place of the last meeting in f
// ("" for none given) and whether f has a meeting at all.
func meetingPlace(f schema.Facts) (string, bool) {
	names := map[schema.IRI]string{}
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	place, ok := "", false
	for _, e := range f.Events {
		if e.Type == schema.Meeting {
			place, ok = names[e.Place], true
		}
	}
	return place, ok
}

// TestCityHostsGathering covers a city as the subject of hosting ("Lilongwe
// hosted the summit", "Kisumu played host on Monday to"), after a fronted
// time too: the gathering sits there and the city's country hosts it; a
// city still to host has hosted nothing.
func TestCityHostsGathering(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	for _, tc := range []struct {
		name, text, want string
	}{
		{"a bare city hosted", "Lilongwe hosted a trilateral summit of Zambia, Kenya and Malawi on Thursday.",
			"Lilongwe: Kenya+Malawi+Zambia"},
		{"played host, a day between", "Kisumu played host on Thursday to the Lake Basin Summit, attended by Uganda and Tanzania.",
			"Kisumu: Kenya+Tanzania+Uganda"},
		{"the city of X hosted", "The lakeside city of Kisumu hosted the Lake Basin Summit on Thursday with Ugandan and Tanzanian delegations present.",
			"Kisumu: Kenya+Tanzania+Uganda"},
		{"a fronted day and a comma", "On Wednesday, Lilongwe hosted a trilateral summit of Zambia, Kenya and Malawi.",
			"Lilongwe: Kenya+Malawi+Zambia"},
		{"a fronted following day with its date", "The following day, Wednesday 12 March, Kisumu hosted the Lake Basin Summit with Uganda and Tanzania in attendance.",
			"Kisumu: Kenya+Tanzania+Uganda"},
		{"a city to host later hosted nothing", "Lilongwe will host the Lake Basin Summit in May.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := gatheringsBy(tc.text, pub, func(e schema.Event, names map[schema.IRI]string) string { return names[e.Place] })
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("%s\ngot %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestAgencyInBracketsClosesDateline checks that "Place, Month Day
// (Agency)" with no dash after the bracket opens a story as its dateline
// ("Lusaka, Mar 13 (Lake Press) President X ..."), in title case or in
// capitals; a bracket after a place with no date is none.
func TestAgencyInBracketsClosesDateline(t *testing.T) {
	pub := day(2025, time.March, 14)
	const text = "Zambian President Hakainde Hichilema received Kenyan President Daniel Ochieng on Thursday."
	checkMeetingPlaces(t, pub, []placeCase{
		{"title case", "Lusaka, Mar 13 (Lake Press) " + text, "Lusaka"},
		{"capitals", "LUSAKA, March 13 (ZNA) " + text, "Lusaka"},
		{"no date", "Lusaka, the capital (pictured) " + text, ""},
	})
}

// TestAgencyBeforeDateline covers an agency's name in brackets and a
// dash before the dateline ("(ZNA) - LUSAKA, MAR 13 - "): the place is
// the dateline's, not the agency's.
func TestAgencyBeforeDateline(t *testing.T) {
	pub := day(2025, time.March, 14)
	const text = "Zambian President Hakainde Hichilema received Kenyan President Daniel Ochieng on Thursday."
	checkMeetingPlaces(t, pub, []placeCase{
		{"agency, then place and date", "(ZNA) - LUSAKA, MAR 13 - " + text, "Lusaka"},
		{"agency, long dash", "(ZNA) — LUSAKA, March 13 — " + text, "Lusaka"},
		{"a bracket that opens the text", "(Updated) " + text, ""},
	})
}

// placeCase is a text and the place its one meeting should have ("" for
// none).
type placeCase struct{ name, text, want string }

// checkMeetingPlaces extracts each case's text and compares its meeting's
// place with the one wanted.
func checkMeetingPlaces(t *testing.T, pub time.Time, cases []placeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := meetingPlace(testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub}))
			if got != tc.want {
				t.Errorf("place %q, want %q", got, tc.want)
			}
		})
	}
}

// TestFacilityNamedForAPerson: a known person's name that goes on into
// the name of an airport ("Kenneth Kaunda International Airport") is the
// place, no person, and so no one "the pair" can stand for.
func TestFacilityNamedForAPerson(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"an airport", "Malawian President Peter Banda flew into Lusaka on Tuesday morning. He came down at the Kenneth Kaunda International Airport and drove to the State House, where Zambian President Hakainde Hichilema was waiting; the two leaders held a long tete-a-tete.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-11", "visit occurred Peter Banda>Zambia @2025-03-11"}},
	})
}

// TestMansionsAndAirForceBases: a name before "Mansion" or "Air Force
// Base" names the building or the base, no person who could be a party.
func TestMansionsAndAirForceBases(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a mansion", "Kenyan President William Ruto arrived in Lilongwe on Thursday. A motorcade then took him to Sanjika Mansion. Malawian President Peter Banda received the guest and the two held talks.",
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-13", "visit occurred William Ruto>Malawi @2025-03-13"}},
		{"an air force base", "On Thursday Kenyan President William Ruto and Malawian President Peter Banda toured Chileka Mwale Air Force Base, after which the two held talks.",
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-13"}},
	})
}

// TestCityAloneOnALine: a city set alone on a line above the text, in
// title case or with a colon after it ("Lusaka", "LUSAKA:"), is the
// story's dateline; a country alone on a line is a subheading, no
// dateline.
func TestCityAloneOnALine(t *testing.T) {
	pub := day(2024, time.June, 14)
	const text = "Zambian President Hakainde Hichilema received Kenyan President Daniel Ochieng on Tuesday."
	checkMeetingPlaces(t, pub, []placeCase{
		{"title case", "Lusaka\n\n" + text, "Lusaka"},
		{"capitals and a colon", "LUSAKA:\n\n" + text, "Lusaka"},
		{"after a byline", "By Grace Phiri\nLusaka\n\n" + text, "Lusaka"},
		{"a country", "Zambia\n\n" + text, ""},
	})
}

// TestKindOfPlaceBeforeName: "in the town of X", "in the lakeside resort
// of Y", "in the resort town of Z" place a meeting at the place named
// after "of", also one the gazetteer does not know.
func TestKindOfPlaceBeforeName(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	for text, want := range map[string]string{
		"On Thursday Kenyan President William Ruto sat down with Zambia's Hakainde Hichilema in the lakeside resort of Mangochi.": "Hakainde Hichilema+William Ruto @2024-05-09 in Mangochi",
		"On Thursday Kenyan President William Ruto sat down with Zambia's Hakainde Hichilema in the resort town of Livingstone.":  "Hakainde Hichilema+William Ruto @2024-05-09 in Livingstone",
		"On Thursday Kenyan President William Ruto sat down with Zambia's Hakainde Hichilema in the town of Siavonga.":            "Hakainde Hichilema+William Ruto @2024-05-09 in Siavonga",
	} {
		got := meetingsWithPlaces(testX.Extract(schema.Article{ID: "t", Text: text, Published: pub}))
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v, want %q", text, got, want)
		}
	}
}
