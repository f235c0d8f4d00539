package extract

import (
	"testing"
	"time"
)

// TestCounterpartHoldsSameOffice: "his Chilean counterpart X" holds the
// office of the one whose counterpart X is, so "the two presidents" after
// them are those two, even when they were named in a relative clause.
func TestCounterpartHoldsSameOffice(t *testing.T) {
	pub := day(2024, time.March, 8) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"relative clause, then the two presidents",
			"Water rights will be shared under a treaty that Peruvian President Rosa Quispe and her Chilean counterpart Andres Molina signed in Arica. The two presidents sat down together in Arica late on Thursday.",
			[]string{"meeting occurred Andres Molina+Rosa Quispe @2024-03-07"}},
		{"prime ministers named through a deal",
			"A fisheries deal negotiated by Prime Minister Tala Vaai of Samoa and his Tongan counterpart Sione Fifita took effect. The two prime ministers met in Apia on Wednesday.",
			[]string{"meeting occurred Sione Fifita+Tala Vaai @2024-03-06"}},
		{"a counterpart of another office stays out",
			"Peruvian Foreign Minister Rosa Quispe and her Chilean counterpart Andres Molina signed the accord. President Luis Paredes of Bolivia praised it. The two presidents met on Wednesday.",
			[]string{"agreement occurred Andres Molina+Rosa Quispe @2024-03"}},
	})
}

// TestFringesAndFrontedAmong: "on the fringes of" places a meeting beside
// a gathering as "on the sidelines of" does; a fronted "Among" list names
// those present also after a count ("the roughly 20 leaders") or a place
// ("those in the hall"); speaking at a sitting of the gathering in focus
// is attending it.
func TestFringesAndFrontedAmong(t *testing.T) {
	pub := day(2024, time.March, 8) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"fringes",
			"Ghanaian President Kofi Mensah and Togolese President Yao Amegan held talks on Thursday on the fringes of the ECOWAS summit in Abuja.",
			[]string{"gathering occurred Ghana+Togo @2024-03-07", "meeting occurred Kofi Mensah+Yao Amegan @2024-03-07"}},
		{"among a count of leaders",
			"The Indian Ocean Commission summit opened in Port Louis on Thursday. Among the roughly 20 leaders in the main hall were Comoros's Said Ahmed and Madagascar's Hery Rado.",
			[]string{"gathering occurred Comoros+Indian Ocean Commission+Madagascar @2024-03-07"}},
		{"among those at a place",
			"The Indian Ocean Commission summit opened in Port Louis on Thursday. Among those in the conference room were Comoros's Said Ahmed and Madagascar's Hery Rado.",
			[]string{"gathering occurred Comoros+Indian Ocean Commission+Madagascar @2024-03-07"}},
		{"among those in favour is no presence",
			"The Indian Ocean Commission summit opened in Port Louis on Thursday. Among those in favour of the plan were Comoros's Said Ahmed and Madagascar's Hery Rado.",
			[]string{"gathering occurred Indian Ocean Commission @2024-03-07"}},
		{"addressed the opening, spoke at the closing plenary",
			"The Indian Ocean Commission summit opened in Port Louis on Thursday. Comoros's Said Ahmed addressed the opening, and Madagascar's Hery Rado spoke at the closing plenary.",
			[]string{"gathering occurred Comoros+Indian Ocean Commission+Madagascar @2024-03-07"}},
		{"opened proceedings",
			"The Indian Ocean Commission summit got under way in Port Louis on Thursday. Comoros's Said Ahmed opened proceedings with a short address.",
			[]string{"gathering occurred Comoros+Indian Ocean Commission @2024-03-07"}},
		{"fronted speaking at",
			"The Indian Ocean Commission summit opened in Port Louis on Thursday. Speaking at the opening session, Comoros's Said Ahmed called for calm.",
			[]string{"gathering occurred Comoros+Indian Ocean Commission @2024-03-07"}},
		{"will speak is no attendance",
			"The Indian Ocean Commission summit opened in Port Louis on Thursday. Comoros's Said Ahmed will speak at the closing session.",
			[]string{"gathering occurred Indian Ocean Commission @2024-03-07"}},
	})
}

// TestChairAfterAdverbialsAndStandIns: "hosted for the first time by X"
// names the host past its adverbials (but a chair "last year" is no
// attendee); a leader who stays away "sending his deputy" still has his
// country at the gathering, also when the participle opens the sentence;
// sending regrets or a future stand-in is no attendance.
func TestChairAfterAdverbialsAndStandIns(t *testing.T) {
	pub := day(2024, time.March, 8) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"hosted for the first time by",
			"The Melanesian Spearhead Group summit, hosted for the first time by Vanuatu's Prime Minister Joel Kalo, opened in Port Vila on Monday.",
			[]string{"gathering occurred Vanuatu @2024-03-04"}},
		{"chaired this time by",
			"The leaders' summit, chaired this time by Vanuatu's Prime Minister Joel Kalo, opened in Port Vila on Monday.",
			[]string{"gathering occurred Vanuatu @2024-03-04"}},
		{"sending his deputy in his place",
			"The Melanesian Spearhead Group summit opened in Port Vila on Monday. Fiji's Prime Minister Ratu Naivalu stayed home, sending his deputy Anare Koroi in his place.",
			[]string{"gathering occurred Fiji+Melanesian Spearhead Group @2024-03-04"}},
		{"fronted sending",
			"The Melanesian Spearhead Group summit opened in Port Vila on Monday. Sending his envoy Anare Koroi, Fiji's Prime Minister Ratu Naivalu stayed in Suva.",
			[]string{"gathering occurred Fiji+Melanesian Spearhead Group @2024-03-04"}},
		{"sending regrets",
			"The Melanesian Spearhead Group summit opened in Port Vila on Monday. Fiji's Prime Minister Ratu Naivalu stayed away, sending his regrets.",
			[]string{"gathering occurred Melanesian Spearhead Group @2024-03-04"}},
		{"will send",
			"The Melanesian Spearhead Group summit opened in Port Vila on Monday. Fiji's Prime Minister Ratu Naivalu will send his deputy.",
			[]string{"gathering occurred Melanesian Spearhead Group @2024-03-04"}},
	})
}

// TestVerbAfterInfinitiveClause: a past verb coordinated after ", and"
// with a first verb that carries an infinitive has the first verb's
// subject, and neither the infinitive's objects nor its cues ("let",
// "urge") make it a plan; an auxiliary that governs both verbs still does.
func TestVerbAfterInfinitiveClause(t *testing.T) {
	pub := day(2024, time.March, 8) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"cue inside the infinitive",
			"Japanese Foreign Minister Aiko Tanaka used her speech to ask members not to let Russia block aid, and then hosted the first Japan-Caribbean summit on Tuesday.",
			[]string{"gathering occurred Japan @2024-03-05"}},
		{"object before the infinitive",
			"Japanese Foreign Minister Aiko Tanaka urged Palau to let China in, and then hosted the first Japan-Caribbean summit on Tuesday.",
			[]string{"gathering occurred Japan @2024-03-05"}},
		{"a person inside the infinitive",
			"Japanese Foreign Minister Aiko Tanaka used the trip to press President Hilda Heine of the Marshall Islands to sign, and then met Palau's President Surangel Whipps on Tuesday.",
			[]string{"meeting occurred Aiko Tanaka+Surangel Whipps @2024-03-05"}},
		{"an auxiliary over both verbs",
			"Japanese Foreign Minister Aiko Tanaka would have flown to Palau and met President Surangel Whipps.",
			[]string{"meeting planned Aiko Tanaka+Surangel Whipps @", "visit planned Aiko Tanaka>Palau @"}},
	})
}

// TestBodiesAndDatedGatherings: an organisation named with its members
// ("Council of Ministers") is one name, and its meeting a gathering; a
// past day's possessive tells a gathering that took place ("Tuesday's
// session of X", "yesterday's emergency summit in Y") unless it is ahead,
// bilateral or a bare meeting; leaders brought in right after it attend
// that gathering.
func TestBodiesAndDatedGatherings(t *testing.T) {
	pub := day(2024, time.March, 8) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a council of ministers met",
			"The Baltic Council of Ministers met in Riga on Tuesday.",
			[]string{"gathering occurred Baltic Council of Ministers @2024-03-05"}},
		{"a known body named with its members",
			"The Nordic Council of Ministers met in Oslo on Tuesday.",
			[]string{"gathering occurred Nordic Council @2024-03-05"}},
		{"a past day's session, then those in the room",
			"Aides circulated notes from Tuesday's closed session of the Baltic Council. Estonia's Kaja Kallas and Latvian Prime Minister Evika Silina were in the room.",
			[]string{"gathering occurred Estonia+Latvia @2024-03-05"}},
		{"a gathering's own name after of",
			"Yesterday's plenary of the Annual Forum of Baltic Leaders ran late. Estonia's Kaja Kallas was at the table.",
			[]string{"gathering occurred Estonia @2024-03-07"}},
		{"a day ahead",
			"Ahead of Saturday's session of the Baltic Council, Estonia's Kaja Kallas flew to Riga.",
			[]string{"visit occurred Kaja Kallas>Latvia @2024-03"}},
		{"met at a past day's summit",
			"Estonia's Kaja Kallas met Latvia's Evika Silina at Tuesday's summit in Riga.",
			[]string{"gathering occurred Estonia+Latvia @2024-03-05", "meeting occurred Evika Silina+Kaja Kallas @2024-03-05"}},
		{"a bilateral meeting",
			"Tuesday's meeting between Estonia's Kaja Kallas and Latvia's Evika Silina went well.",
			[]string{"meeting occurred Evika Silina+Kaja Kallas @2024-03-05"}},
		{"a bare meeting",
			"Yesterday's meeting was useful, Estonia's Kaja Kallas said.",
			nil},
		{"leaders brought in after it",
			"Diplomats are still weighing yesterday's emergency summit in Tallinn. Estonian Prime Minister Kaja Kallas brought in the leaders of Latvia, Lithuania and Finland.",
			[]string{"gathering occurred Estonia+Finland+Latvia+Lithuania @2024-03-07"}},
	})
}

// TestSidesTalkByDemonyms: demonyms listed before officials are each a
// side ("Indian and Chinese diplomats sat down"), and their talks are
// between the two countries; a phrase "with X acting as host" after the
// verb is no party met "with"; the countries' talks give way to the people
// of both countries told meeting then.
func TestSidesTalkByDemonyms(t *testing.T) {
	pub := day(2024, time.March, 8) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"two sides sat down",
			"Senior Peruvian and Chilean diplomats sat down in Lima on Tuesday for their first border talks in a decade.",
			[]string{"meeting occurred Chile+Peru @2024-03-05"}},
		{"three sides held talks",
			"Peruvian, Chilean and Bolivian officials held talks in Lima on Tuesday.",
			[]string{"gathering occurred Bolivia+Chile+Peru @2024-03-05"}},
		{"an absolute with",
			"Peruvian and Chilean negotiators met in Geneva on Tuesday, with Switzerland acting as host.",
			[]string{"meeting occurred Chile+Peru @2024-03-05"}},
		{"an absolute with after named people",
			"Peruvian Foreign Minister Elmer Ruiz and Chilean Foreign Minister Ana Vergara met in Geneva on Tuesday, with Norway mediating.",
			[]string{"meeting occurred Ana Vergara+Elmer Ruiz @2024-03-05"}},
		{"a shared head that is no side",
			"Peruvian and Chilean mining companies signed supply deals in Lima on Tuesday.",
			nil},
		{"delegations' talks, then their heads'",
			"Delegations from Peru and Chile met in Geneva on Tuesday. Peru's Foreign Minister Elmer Ruiz held talks there with Chile's Foreign Minister Ana Vergara on Tuesday.",
			[]string{"meeting occurred Ana Vergara+Elmer Ruiz @2024-03-05"}},
		{"the odds of talks",
			"Chances look slim for a spring meeting between Peruvian and Chilean officials, Peru's Foreign Minister Elmer Ruiz said.",
			nil},
		{"people of both countries told",
			"Peruvian and Chilean negotiators met in Geneva on Tuesday. Peru's Foreign Minister Elmer Ruiz held talks there with Chile's Foreign Minister Ana Vergara on Tuesday.",
			[]string{"meeting occurred Ana Vergara+Elmer Ruiz @2024-03-05"}},
	})
}

// TestBesideAndTheCountry: leaders "beside" whom a host opens the
// gathering attend it; "The country was represented by Y" after a leader
// who stayed away is that leader's country.
func TestBesideAndTheCountry(t *testing.T) {
	pub := day(2024, time.March, 8) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"opened beside",
			"Peruvian President Rosa Quispe opened the Andean summit in Lima on Tuesday beside the presidents of Bolivia and Ecuador.",
			[]string{"gathering occurred Bolivia+Ecuador+Peru @2024-03-05"}},
		{"the country was represented",
			"The Andean summit opened in Lima on Tuesday. Bolivian President Marco Quiroga did not travel. The country was represented by an envoy from its embassy.",
			[]string{"gathering occurred Bolivia @2024-03-05"}},
		{"his country, in one sentence",
			"The Andean summit opened in Lima on Tuesday. Bolivian President Marco Quiroga stayed at home, and his country was represented by Trade Minister Luis Vaca instead.",
			[]string{"gathering occurred Bolivia @2024-03-05"}},
	})
}

// TestRelativeAttendAndBothThere: "the X summit in Y, which Z attended"
// puts Z at that summit even when the sentence is about a meeting planned
// there; "A and B were both there" is presence at the gathering in focus.
func TestRelativeAttendAndBothThere(t *testing.T) {
	pub := day(2024, time.March, 8) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"which Z attended, after a plan",
			"A bilateral was penciled in at the Andean summit in Quito in January, which Peruvian President Rosa Quispe attended as an observer.",
			[]string{"gathering occurred Peru @2024-01"}},
		{"which Z also attended, after a meeting there",
			"Peruvian President Rosa Quispe met Chilean President Tomas Vidal at the Andean summit in Quito in January, which Bolivia's Marco Quiroga also attended.",
			[]string{"gathering occurred Bolivia+Chile+Peru @2024-01", "meeting occurred Rosa Quispe+Tomas Vidal @2024-01"}},
		{"both there",
			"The Andean summit opened in Quito on Monday. Peru's Rosa Quispe and Bolivia's Marco Quiroga were both there.",
			[]string{"gathering occurred Bolivia+Peru @2024-03-04"}},
	})
}

// TestConferenceNamesAndFrontedAt: a climate conference told by its short
// name ("COP28") is a gathering: as the subject of its course, after "at"
// and as a trip's purpose with no determiner; the parties of a meeting told
// after a fronted "At the X summit," attend it; an unnamed leaders' summit
// opened by a host is one.
func TestConferenceNamesAndFrontedAt(t *testing.T) {
	pub := day(2023, time.December, 8) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"short name as subject",
			"COP28 opened in Dubai on Thursday. Kenyan President William Ruto attended.",
			[]string{"gathering occurred Kenya @2023-12-07"}},
		{"trip for the conference",
			"Ghanaian President Nana Akufo-Addo flew to Dubai on Friday for COP28.",
			[]string{"gathering occurred Ghana @2023-12-08", "visit occurred Nana Akufo-Addo>United Arab Emirates @2023-12-08"}},
		{"a planned trip for it",
			"Ghanaian President Nana Akufo-Addo will fly to Dubai for COP28 next week.",
			[]string{"visit planned Nana Akufo-Addo>United Arab Emirates @2023-12"}},
		{"fronted at with a meeting",
			"At the Andean summit in Quito on Tuesday, Peru's Rosa Quispe met Chile's Tomas Vidal.",
			[]string{"gathering occurred Chile+Peru @2023-12-05", "meeting occurred Rosa Quispe+Tomas Vidal @2023-12-05"}},
		{"a host opens the leaders' summit",
			"Host President Rosa Quispe of Peru opened the three-day leaders' summit in Lima on Tuesday, and Bolivia's Marco Quiroga came in person.",
			[]string{"gathering occurred Bolivia+Peru @2023-12-05", "visit occurred Marco Quiroga>Peru @2023-12-05"}},
	})
}

// TestRegionForumAndKeynote: a forum described by its region's possessive
// opening the clause ("Africa's largest trade forum closed") is a
// gathering, and giving its keynote or speaking in its plenary attends it.
func TestRegionForumAndKeynote(t *testing.T) {
	pub := day(2024, time.March, 8) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"region's forum, keynote, plenary",
			"Africa's largest trade forum closed in Kigali on Thursday. Kenyan President William Ruto gave the keynote. Ghana's Nana Akufo-Addo, speaking in the plenary, urged lower tariffs.",
			[]string{"gathering occurred Ghana+Kenya @2024-03-07"}},
		{"a person's forum is no such description",
			"Ruto's favourite forum closed in Kigali on Thursday.",
			nil},
	})
}

// TestReceivedByInCity: "X was received by Y at the palace in Z" is a
// visit to Z's country as "Y received X in Z" is.
func TestReceivedByInCity(t *testing.T) {
	pub := day(2024, time.March, 8) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"passive with a venue and a city",
			"On Tuesday Kenyan President William Ruto was warmly received by Indonesian President Prabowo Subianto at a hillside palace in Bogor.",
			[]string{"meeting occurred Prabowo Subianto+William Ruto @2024-03-05", "visit occurred William Ruto>Indonesia @2024-03-05"}},
		{"passive with no city",
			"On Tuesday Kenyan President William Ruto was warmly received by Indonesian President Prabowo Subianto.",
			[]string{"meeting occurred Prabowo Subianto+William Ruto @2024-03-05"}},
	})
}

// TestTourLegsByPlace: the legs of a tour told by their place or day
// ("Seoul came next", "Next came Hanoi", "The Manila leg brought ...",
// "Day one ended in Tokyo") are visits of the one the story follows; a
// place that "came next" in a ranking, with no journey told, is none.
func TestTourLegsByPlace(t *testing.T) {
	pub := day(2024, time.November, 22) // a Friday
	const opening = "Indonesian President Prabowo Subianto left Jakarta on Sunday for his first tour abroad as president. "
	checkBriefs(t, pub, []briefCase{
		{"day one ended in",
			opening + "Day one ended in Tokyo.",
			[]string{"visit occurred Prabowo Subianto>Japan @2024-11"}},
		{"a city came next",
			opening + "Seoul came next, where he met President Yoon Suk Yeol on Tuesday.",
			[]string{"meeting occurred Prabowo Subianto+Yoon Suk Yeol @2024-11-19", "visit occurred Prabowo Subianto>South Korea @2024-11-19"}},
		{"next came",
			opening + "Next came Hanoi.",
			[]string{"visit occurred Prabowo Subianto>Vietnam @2024-11"}},
		{"the city's leg",
			opening + "The Manila leg brought talks with President Ferdinand Marcos Jr. on Wednesday.",
			[]string{"visit occurred Prabowo Subianto>Philippines @2024-11-20"}},
		{"a ranking",
			"Indonesian President Prabowo Subianto praised exporters on Sunday. Japan was top of the buyers' list and Vietnam came next.",
			nil},
	})
}

// TestSummitContinued: "the summit continued" (or resumed) after lists
// and other matters brings the gathering told before back into focus, so
// those who took part next attend it.
func TestSummitContinued(t *testing.T) {
	pub := day(2024, time.July, 5) // a Friday
	const lists = "The Andean summit opened in Quito on Thursday, with the presidents of Peru and Ecuador present. The leaders adopted several texts.\n\n" +
		"- a declaration on water;\n\n- a plan for roads;\n\n- a statement on trade;\n\n- a note on fisheries;\n\n- a budget for the secretariat;\n\n" +
		"- a study of river basins;\n\n- a calendar of ministerial meetings.\n\n"
	checkBriefs(t, pub, []briefCase{
		{"continued, then took part",
			lists + "After a lunch break the summit continued with a wider circle. Alongside the members, Chile's Gabriel Boric and Uruguay's Yamandu Orsi took part as guests.",
			[]string{"gathering occurred Chile+Ecuador+Peru+Uruguay @2024-07-04"}},
		{"resumed, then took part",
			lists + "After coffee the summit resumed. Chile's Gabriel Boric took part as a guest.",
			[]string{"gathering occurred Chile+Ecuador+Peru @2024-07-04"}},
	})
}

// TestAppositiveAfterConjoinedNames: "A and B, the secretary for X, sat in"
// puts both A and B at the meeting just told, not B alone.
func TestAppositiveAfterConjoinedNames(t *testing.T) {
	pub := day(2025, time.February, 15) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"two sat in, the second with an appositive",
			"Kenyan President William Ruto sat down with Ghana's President John Mahama on Friday. Foreign Minister Musalia Mudavadi and Korir Sing'oei, the principal secretary for foreign affairs, sat in.",
			[]string{"meeting occurred John Mahama+Korir Sing'oei+Musalia Mudavadi+William Ruto @2025-02-14"}},
	})
}

// TestLandedInRelativeBeforeTomorrow: a past trip told in a relative
// clause set off by commas stays made when the main clause speaks of
// tomorrow; a "tomorrow" inside the relative clause makes it a plan. A
// past meeting stays made when "tomorrow" is only in a relative clause
// after it.
func TestLandedInRelativeBeforeTomorrow(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"main clause tomorrow",
			"Ghanaian President John Mahama, who landed in Nairobi on Monday, will go on to Kampala tomorrow.",
			[]string{"visit occurred John Mahama>Kenya @2024-05-06"}},
		{"relative clause tomorrow",
			"Ghanaian President John Mahama, who lands in Nairobi tomorrow, praised Kenya on Thursday.",
			[]string{"visit planned John Mahama>Kenya @2024-05-11"}},
		{"tomorrow in a relative clause after a past meeting",
			"Kenyan President William Ruto received Ghanaian President John Mahama on Thursday, a day before the trade fair that Nairobi will open tomorrow.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-05-09"}},
	})
}

// TestSessionOfAGroupChairedBy: "The 12th session of the X contact group
// was chaired by A alongside B" is a gathering the chair and B attend,
// found from the head of a long subject.
func TestSessionOfAGroupChairedBy(t *testing.T) {
	pub := day(2025, time.June, 5) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"chaired by, alongside",
			"The 12th session of the Lake Chad contact group was chaired on Wednesday by Nigerian Defence Minister Ade Okon alongside Chad's Defence Minister Ali Mahamat.",
			[]string{"gathering occurred Chad+Nigeria @2025-06-04"}},
		{"a party's session is no group of states",
			"The 12th session of the ruling party congress was chaired on Wednesday by Nigerian Defence Minister Ade Okon.",
			nil},
	})
}

// TestFirstSinceYearOnDay: "their first talks since 2019 on Friday" were
// held on Friday; a date inside a "since" clause still dates nothing else.
func TestFirstSinceYearOnDay(t *testing.T) {
	pub := day(2025, time.August, 16) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"since a year, on a day",
			"Kenyan President William Ruto and Ghana's John Mahama held talks near Kumasi, their first in person since 2021 on Friday.",
			[]string{"meeting occurred John Mahama+William Ruto @2025-08-15"}},
		{"since a clause with its own date",
			"Kenyan President William Ruto was the first Kenyan leader to visit Ghana since the two countries signed a trade pact last November.",
			[]string{"visit occurred William Ruto>Ghana @2025-08"}},
	})
}

// TestPeopleOfStateArrive: "before the Americans arrived" has an unnamed
// people of a state for subject, so no named person of the clause (nor
// "the pair") made that trip.
func TestPeopleOfStateArrive(t *testing.T) {
	pub := day(2025, time.April, 13) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"the Americans arrived",
			"NAIROBI - Chile's Foreign Minister Ana Vergara arrived in Lima early on Saturday and was then received by Peru's Foreign Minister Elmer Ruiz, and the pair talked before the Americans arrived.",
			[]string{"meeting occurred Ana Vergara+Elmer Ruiz @2025-04-12", "visit occurred Ana Vergara>Peru @2025-04-12"}},
	})
}

// TestRoleReferenceInOffice: "the Turkish president" after two presidents
// of Turkey were named is the one the gazetteer gives that office on the
// day (whatever the spelling of the name: "Erdogan", "Erdoğan"), not the
// one named last.
func TestRoleReferenceInOffice(t *testing.T) {
	pub := day(2025, time.May, 22) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"the office holder of the day",
			"President Recep Tayyip Erdogan of Turkey spoke in Budapest on Wednesday. Turkish Constitutional Court President Kadir Ozkaya, on a private trip, watched from the gallery. Later the Turkish president had a meeting with Kazakhstan's Kassym-Jomart Tokayev.",
			[]string{"meeting occurred Kassym-Jomart Tokayev+Recep Tayyip Erdogan @2025-05"}},
	})
}

// TestParticipleTrips: a trip told by a participle after a main clause in
// the past (", travelling to A and B in May") was made by the subject; after
// a main clause in the future it was not.
func TestParticipleTrips(t *testing.T) {
	pub := day(2024, time.December, 16) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"after a perfect",
			"Kenyan President William Ruto has mediated between the two all year, travelling to Kampala and Kigali in May.",
			[]string{"visit occurred William Ruto>Rwanda @2024-05", "visit occurred William Ruto>Uganda @2024-05"}},
		{"after a past",
			"Kenyan President William Ruto praised the deal on Monday, flying to Kigali the same evening.",
			[]string{"visit occurred William Ruto>Rwanda @2024-12-16"}},
		{"after a future",
			"Kenyan President William Ruto will mediate next year, travelling to Kampala in May.",
			nil},
	})
}

// TestMeetAfterParticipleTrip: the people met "to meet" at the end of a
// participle trip made in the past were met, by the subject (not by a
// place listed as a destination).
func TestMeetAfterParticipleTrip(t *testing.T) {
	pub := day(2024, time.December, 16) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"travelling to two capitals to meet two presidents",
			"Kenyan President William Ruto has mediated between the two all year, travelling to Kampala and Kigali at the start of May to meet Yoweri Museveni and Paul Kagame.",
			[]string{"meeting occurred Paul Kagame+William Ruto @2024-05", "meeting occurred William Ruto+Yoweri Museveni @2024-05",
				"visit occurred William Ruto>Rwanda @2024-05", "visit occurred William Ruto>Uganda @2024-05"}},
	})
}

// TestTravelledThere: "had travelled there" goes to the place told last
// before it in the sentence, on the date told with that place.
func TestTravelledThere(t *testing.T) {
	pub := day(2024, time.May, 24) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"there after the place of earlier talks",
			"Kenyan President William Ruto and Ghana's Nana Akufo-Addo last sat down together in October in Accra; Ruto had travelled there for a regional meeting.",
			[]string{"meeting occurred Nana Akufo-Addo+William Ruto @2023-10", "visit occurred William Ruto>Ghana @2023-10"}},
		{"there with no place before",
			"Kenyan President William Ruto praised the deal; he had travelled there for talks.",
			nil},
	})
}

// TestCountryStatedWithoutOffice: one named with a country but no office
// ("Kenya's Musalia Mudavadi") is the one a later "the Kenyan minister"
// stands for when the gazetteer knows them for that country.
func TestCountryStatedWithoutOffice(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const hosted = "Malawi's Nancy Tembo hosted Kenya's Musalia Mudavadi and Zambia's Mulambo Haimbe in Lilongwe on Thursday. "
	met := []string{"meeting occurred Mulambo Haimbe+Nancy Tembo @2025-03-13", "meeting occurred Musalia Mudavadi+Nancy Tembo @2025-03-13"}
	checkBriefs(t, pub, []briefCase{
		{"the Kenyan minister", hosted + "The Kenyan minister had flown in on Wednesday evening.",
			append(met, "visit occurred Mulambo Haimbe>Malawi @2025-03-13", "visit occurred Musalia Mudavadi>Malawi @2025-03-12")},
		{"the Zambian minister", hosted + "The Zambian minister landed on Wednesday.",
			append(met, "visit occurred Mulambo Haimbe>Malawi @2025-03-12", "visit occurred Musalia Mudavadi>Malawi @2025-03-13")},
	})
}

// TestRoleOfStatedCountry: "the Kenyan president" after Kenya's William
// Ruto was named is Ruto, not a president named without a country (here
// the host, who received him).
func TestRoleOfStatedCountry(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the host named without a country",
			"Kenya's William Ruto came to Lilongwe on Thursday. President Peter Banda received the Kenyan president at the State House that afternoon.",
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-13", "visit occurred William Ruto>Malawi @2025-03-13"}},
		{"the host and a guest of another country",
			"Kenya's William Ruto and Zambia's Hakainde Hichilema came to Lilongwe on Thursday. President Peter Banda hosted the Zambian president for lunch.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-13", "visit occurred Hakainde Hichilema>Malawi @2025-03-13", "visit occurred William Ruto>Malawi @2025-03-13"}},
	})
}

// TestPremierAsPrimeMinister: "the premier" when no one titled premier
// was named is the prime minister named before, not the last leader
// named.
func TestPremierAsPrimeMinister(t *testing.T) {
	pub := day(2025, time.February, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"the premier after a prime minister",
			"NAIROBI - Prime Minister Joseph Mwita of Malawi and Kenyan President Daniel Ochieng held talks on Tuesday. Zambia's Hakainde Hichilema is due in Nairobi next week. The premier had landed at Jomo Kenyatta airport on Sunday night.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2025-02-04", "visit occurred Joseph Mwita>Kenya @2025-02-02"}},
	})
}

// TestSpokeOnTheMargins covers two people who "spoke" or "talked" with no
// object on the fringes of a gathering ("A and B spoke Friday on the
// fringes of the forum"): they talked together; two who spoke at its
// opening session addressed it.
func TestSpokeOnTheMargins(t *testing.T) {
	pub := day(2025, time.March, 18) // a Tuesday
	const pair = "Malawi's Peter Banda and Kenya's William Ruto "
	checkBriefs(t, pub, []briefCase{
		{"spoke, a day, the fringes",
			pair + "spoke Friday on the fringes of the Lake Basin forum in Kisumu.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-14", "meeting occurred Peter Banda+William Ruto @2025-03-14"}},
		{"talked on the fringes",
			pair + "talked on the fringes of the Lake Basin forum in Kisumu last Friday.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-14", "meeting occurred Peter Banda+William Ruto @2025-03-14"}},
		{"spoke at the opening session",
			pair + "spoke at the forum's opening session in Kisumu last Friday.",
			nil},
	})
}

// TestSidelinesOfThatSummit: "on the margins of that summit" points back
// to the gathering told before, whose attendees the meeting's parties
// join; it opens no bare "summit" of its own.
func TestSidelinesOfThatSummit(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"that summit",
			"Kenyan Prime Minister Daniel Ochieng attended the Lake Basin Summit on Thursday in Lilongwe. On the margins of that summit, he met Malawian President Peter Banda.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-13", "meeting occurred Daniel Ochieng+Peter Banda @2025-03-13"}},
		{"this meeting",
			"Kenyan Prime Minister Daniel Ochieng attended the Lake Basin Ministerial Meeting on Thursday in Lilongwe. On the sidelines of this meeting, he held talks with Malawian President Peter Banda.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-13", "meeting occurred Daniel Ochieng+Peter Banda @2025-03-13"}},
	})
}

// TestMeetingHeldAtAGathering: "The meeting (talks), held during the closing
// day of the X Dialogue, ..." after a meeting was told puts its parties at
// that gathering.
func TestMeetingHeldAtAGathering(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	lead := "Kenyan Defence Minister Daniel Ochieng and Malawian Defence Minister Peter Banda sat down for an hour on Friday in Lusaka. "
	met := "meeting occurred Daniel Ochieng+Peter Banda @2025-03-14"
	checkBriefs(t, pub, []briefCase{
		{"held on a day of", lead + "The meeting, held during the closing day of the Lake Basin Dialogue, covered border patrols.",
			[]string{"gathering occurred Kenya+Malawi @2025-03", met}},
		{"held at", lead + "The talks, held at the Lake Basin Dialogue, covered border patrols.",
			[]string{"gathering occurred Kenya+Malawi @2025-03", met}},
	})
}
