package extract

import (
	"testing"
	"time"
)

// TestScheduleContents: what a programme, schedule or agenda "includes",
// "features" or "foresees", however long the noun phrase before the verb,
// is planned; a visit told beside it stays a fact.
func TestScheduleContents(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const arrived = "Malawian President Peter Banda arrived in Lusaka on Thursday. "
	visit := "visit occurred Peter Banda>Zambia @2025-03-13"
	checkBriefs(t, pub, []briefCase{
		{"a long subject before includes", arrived + "The Malawian leader's itinerary after lunch on his first full day includes meetings with Zambian President Hakainde Hichilema and Speaker Nelly Mutti.",
			[]string{"meeting planned Hakainde Hichilema+Peter Banda @", "meeting planned Nelly Mutti+Peter Banda @", visit}},
		{"features", arrived + "His schedule in the capital features talks with Zambian President Hakainde Hichilema.",
			[]string{"meeting planned Hakainde Hichilema+Peter Banda @", visit}},
		{"foresees", arrived + "Banda's agenda for the two-day stay foresees a meeting with Zambian President Hakainde Hichilema.",
			[]string{"meeting planned Hakainde Hichilema+Peter Banda @", visit}},
	})
}

// TestPlannedWeekdays checks that a bare weekday in a sentence about the
// future is the next such day after publication, and stays the last one
// when the sentence's weekday belongs to a past arrival.
func TestPlannedWeekdays(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"will meet on a weekday", "Kenyan President Daniel Ochieng will meet Tanzanian President Grace Mollel on Tuesday.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-18"}},
		{"the same weekday as publication is a week on", "Kenyan President Daniel Ochieng will meet Tanzanian President Grace Mollel on Friday.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-21"}},
		{"a verb coordinated after a modal's verb is planned too", "Kenyan President Daniel Ochieng and Tanzanian President Grace Mollel agreed their envoys should look again at what the Arusha accord set out and hold a fresh round of talks soon.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @"}},
		{"a present tense with a later month is a timetable", "Tanzania hosts the Lake Basin summit in Arusha in September.",
			[]string{"gathering planned Tanzania @2024-09"}},
		{"a possessive before the gathering", "Tanzania hosts the EAC's annual summit in Arusha in September.",
			[]string{"gathering planned Tanzania @2024-09"}},
		{"later on the same weekday is that day", "Kenyan President Daniel Ochieng will meet Tanzanian President Grace Mollel later on Friday.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-14"}},
		{"later, without on", "Kenyan President Daniel Ochieng is due to meet Tanzanian President Grace Mollel later Friday.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-14"}},
		{"a day told before a semicolon dates nothing after it", "Kenyan President Daniel Ochieng flew in on Thursday night; his talks with Tanzanian President Grace Mollel are set for later on Friday.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-14"}},
		{"future visit", "Kenyan President Daniel Ochieng will visit Tanzania on Monday.",
			[]string{"visit planned Daniel Ochieng>Tanzania @2024-06-17"}},
		{"a future month without a year is the next one", "Kenyan President Daniel Ochieng will visit Tanzania in late April.",
			[]string{"visit planned Daniel Ochieng>Tanzania @2025-04"}},
		{"a past month without a year is the last one", "Kenyan President Daniel Ochieng visited Tanzania in late April.",
			[]string{"visit occurred Daniel Ochieng>Tanzania @2024-04"}},
		{"an announced visit is planned", "The presidency confirmed the announcement of Kenyan President Daniel Ochieng's visit to Tanzania.",
			[]string{"visit planned Daniel Ochieng>Tanzania @"}},
		{"the first to visit after a planned trip is that trip",
			"Kenyan President Daniel Ochieng will visit Tanzania next week. Officials said he is the first Kenyan leader in a decade to visit Tanzania.",
			[]string{"visit planned Daniel Ochieng>Tanzania @2024-06"}},
		{"the first to visit after an arrival is the visit",
			"Kenyan President Daniel Ochieng arrived in Tanzania on Tuesday. Officials said he is the first Kenyan leader in a decade to visit Tanzania.",
			[]string{"visit occurred Daniel Ochieng>Tanzania @2024-06-11"}},
		{"past arrival keeps its weekday", "Kenyan President Daniel Ochieng arrived in Tanzania on Tuesday for talks with President Grace Mollel.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-11", "visit occurred Daniel Ochieng>Tanzania @2024-06-11"}},
	})
}

// TestStatusAroundClauses checks that a relative clause between subject and
// verb keeps its own modality ("who had been expected to stay away"), that
// a comma closing a noun phrase is no comma between two adjectives, and
// that a noun trigger "being arranged", "on the cards" or "slated for" a
// day (a participle without "be") is only planned.
func TestStatusAroundClauses(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a noun's plan told by a participle without be",
			"Kenyan President Daniel Ochieng landed in Dodoma on Thursday; talks with Tanzanian President Grace Mollel slated for Saturday.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-15", "visit occurred Daniel Ochieng>Tanzania @2024-06-13"}},
		{"talks expected to cover a subject are under way",
			"Kenyan President Daniel Ochieng opened talks with Tanzanian President Grace Mollel expected to cover the railway.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06"}},
		{"a meeting with a named guest scheduled to take place",
			"Officials said a meeting with Tanzanian President Grace Mollel scheduled to take place in Dodoma would cover the railway. Kenyan President Daniel Ochieng flew in on Thursday.",
			[]string{"visit occurred Daniel Ochieng>Tanzania @2024-06-13"}},
		{"a relative clause with a plan before an arrival",
			"Kenyan President Daniel Ochieng, who had been expected to skip the forum, arrived in Tanzania on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Tanzania @2024-06-11"}},
		{"whom opens a relative clause too",
			"Kenyan President Daniel Ochieng, whom aides had expected to stay home, met Tanzanian President Grace Mollel on Wednesday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-12"}},
		{"two adjectives of one noun still share a clause",
			"Kenyan President Daniel Ochieng will hold a short, informal meeting with Tanzanian President Grace Mollel on Monday.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-17"}},
		{"a meeting being arranged",
			"A meeting between Kenyan President Daniel Ochieng and Tanzanian President Grace Mollel was being organised, aides said.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @"}},
		{"talks that have been proposed",
			"Talks between Kenyan President Daniel Ochieng and Tanzanian President Grace Mollel have been proposed by mediators.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @"}},
		{"a meeting in the works",
			"A meeting between Kenyan President Daniel Ochieng and Tanzanian President Grace Mollel is in the works, diplomats said.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @"}},
	})
}

// TestConditionsEndAtColons checks that a condition makes the rest of its
// sentence planned but ends at a colon or semicolon, as in a live page's
// recap line.
func TestConditionsEndAtColons(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a condition before a colon",
			"In case you missed it: Kenyan President Daniel Ochieng flew into Dodoma on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Tanzania @2024-06-11"}},
		{"if before a colon",
			"If you have only just arrived here: Kenyan President Daniel Ochieng met Tanzanian President Grace Mollel on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-11"}},
		{"a condition after a semicolon stays",
			"The talks ended; if the deal holds, Kenyan President Daniel Ochieng will meet Tanzanian President Grace Mollel on Tuesday.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-18"}},
		{"a condition with a comma reaches the main clause",
			"If the ceasefire holds, Kenyan President Daniel Ochieng meets Tanzanian President Grace Mollel on Tuesday.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-18"}},
	})
}

// TestPurposeOfPastLegs checks talks told as the purpose of a journey: an
// onward leg ("flew on to X for talks with Y") was for talks held there;
// a flight, an arrival or a departure just told ("arrived in X for talks",
// "left for X for talks") is for talks still to come.
func TestPurposeOfPastLegs(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"flew on to a city for talks",
			"Kenyan President Daniel Ochieng flew on to Dodoma on Wednesday for talks with Tanzanian President Grace Mollel.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-12", "visit occurred Daniel Ochieng>Tanzania @2024-06-12"}},
		{"travelled on to a city for talks",
			"Kenyan President Daniel Ochieng travelled on to Dodoma on Wednesday for talks with Tanzanian President Grace Mollel.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-12", "visit occurred Daniel Ochieng>Tanzania @2024-06-12"}},
		{"arrived for talks is still to come",
			"Kenyan President Daniel Ochieng arrived in Dodoma on Wednesday for talks with Tanzanian President Grace Mollel.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-12", "visit occurred Daniel Ochieng>Tanzania @2024-06-12"}},
		{"left for talks is still to come",
			"Kenyan President Daniel Ochieng left for Dodoma on Wednesday for talks with Tanzanian President Grace Mollel.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-12", "visit occurred Daniel Ochieng>Tanzania @2024-06-12"}},
	})
}

// TestLaterDenials checks that a sentence denying an event told just
// before cancels it ("No such meeting took place", "denied that the talks
// had happened", "The visit never happened"), while "no such meeting is
// TestNounPredicateAfterRelative covers a meeting noun whose predicate
// comes after a relative clause ("Talks between A and B, which aides had
// set for Friday, were called off") or after a list of parties and a
// plan's appositive with commas of its own ("announced for Sunday, March
// 9, in Lome,"): the predicate gives the status; a relative clause of a
// held meeting leaves it held.
func TestNounPredicateAfterRelative(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"called off after a relative clause",
			"Talks between Kenyan President William Ruto and Ghana's John Mahama, which aides had pencilled in for Friday, were called off.",
			[]string{"meeting cancelled John Mahama+William Ruto @"}},
		{"did not take place after a relative clause",
			"A meeting between Kenyan President William Ruto and Ghana's John Mahama, which both sides had sought for months, did not take place.",
			[]string{"meeting cancelled John Mahama+William Ruto @"}},
		{"did not take place after a list of three and a planned appositive",
			"The summit between Kenya's William Ruto, Ghana's John Mahama and Togo's Faure Gnassingbe, planned for Sunday in Lome, did not take place.",
			[]string{"gathering cancelled Ghana+Kenya+Togo @2025-03-09"}},
		{"announced for a day and a place, with their commas",
			"The summit between William Ruto and John Mahama, announced for this Sunday, March 9, in Lome, did not take place.",
			[]string{"meeting cancelled John Mahama+William Ruto @2025-03-09"}},
		{"a held meeting's relative clause",
			"Talks between Kenyan President William Ruto and Ghana's John Mahama, which lasted two hours, ended with a joint statement.",
			[]string{"meeting occurred John Mahama+William Ruto @2025-03"}},
	})
}

// planned" denies nothing held.
func TestLaterDenials(t *testing.T) {
	pub := day(2025, time.March, 7) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"no such meeting took place",
			"Reports in two newspapers said Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Togolese Foreign Minister Robert Dussey in Lome on Monday. The ministry said no such meeting had ever taken place.",
			[]string{"meeting cancelled Robert Dussey+Samuel Okudzeto Ablakwa @2025-03-03"}},
		{"denied that the talks happened",
			"Ghanaian Foreign Minister Samuel Okudzeto Ablakwa held talks with Togolese Foreign Minister Robert Dussey in Lome on Monday, a newspaper wrote. Both governments denied that the talks happened.",
			[]string{"meeting cancelled Robert Dussey+Samuel Okudzeto Ablakwa @2025-03-03"}},
		{"the visit never happened",
			"A blog claimed that Ghanaian Foreign Minister Samuel Okudzeto Ablakwa visited Togo on Monday. The visit never happened, his office said.",
			[]string{"visit cancelled Samuel Okudzeto Ablakwa>Togo @2025-03-03"}},
		{"no such meeting is planned denies nothing held",
			"Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Togolese Foreign Minister Robert Dussey in Lome on Monday. No such meeting is planned with Burkina Faso.",
			[]string{"meeting occurred Robert Dussey+Samuel Okudzeto Ablakwa @2025-03-03"}},
	})
}

// TestSaidAfterTalks covers talks told through what their participants
// said after them: a weekday after "said" is no subject of a reported
// clause, and a modal in the quoted words before the speakers' comma
// ("Trade will grow, A and B said after talks") does not make the talks a
// plan; "headed their delegations in talks" are the two subjects' talks,
// and so are talks after "following" or "after" and plain modifiers, and a
// meal the two "made time for".
func TestSaidAfterTalks(t *testing.T) {
	pub := day(2025, time.September, 19) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"said and a bare weekday",
			"Ghanaian President Kofi Mensah and Togolese President Ama Lawson said Thursday after talks in Lome that the border would reopen.",
			[]string{"meeting occurred Ama Lawson+Kofi Mensah @2025-09-18"}},
		{"a quoted modal before the speakers",
			"Cocoa exports will double within five years of the accord, Ghanaian President Kofi Mensah and Togolese President Ama Lawson said after talks in Lome.",
			[]string{"meeting occurred Ama Lawson+Kofi Mensah @2025-09"}},
		{"led their delegations in talks",
			"Ghanaian President Kofi Mensah and Togolese President Ama Lawson headed their delegations in closed-door talks on Thursday.",
			[]string{"meeting occurred Ama Lawson+Kofi Mensah @2025-09-18"}},
		{"the pair made time for a meal",
			"Ghanaian President Kofi Mensah and Togolese President Ama Lawson made time for a private dinner on Thursday.",
			[]string{"meeting occurred Ama Lawson+Kofi Mensah @2025-09-18"}},
		{"agreed, following official talks",
			"Ghanaian President Kofi Mensah and Togolese President Ama Lawson agreed on Thursday to reopen the border, following official talks in Lome.",
			[]string{"meeting occurred Ama Lawson+Kofi Mensah @2025-09-18"}},
	})
}

// TestBriefingTranscripts covers the forms of a press briefing transcript:
// a question ends in "?" and asserts nothing ("Will the PM meet X?"); a
// speaker's label before a colon is no subject of what follows
// ("Spokesperson: Y arrived on his first visit"); a role's short form
// alone is the person in focus who holds it (en.RoleAbbreviations: "PM
// received a call"); and a verb coordinated after an appositive ("X
// visited A, the first such visit in years, and held talks with Y") keeps
// the sentence's subject.
func TestBriefingTranscripts(t *testing.T) {
	pub := day(2024, time.August, 30) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a question",
			"Question: Did Prime Minister Narendra Modi meet Chief Adviser Muhammad Yunus in New York on Tuesday?",
			[]string{"meeting planned Muhammad Yunus+Narendra Modi @2024-08-27"}},
		{"a speaker's label",
			"Spokesperson Anil Kapoor took questions. Spokesperson: The Malaysian leader, Anwar Ibrahim, landed on 19 August for his first visit to India.",
			[]string{"visit occurred Anwar Ibrahim>India @2024-08-19"}},
		{"a short form of a role",
			"Prime Minister Narendra Modi was back in Delhi on Sunday. Later that week PM took a phone call from President Vladimir Putin.",
			[]string{"meeting occurred Narendra Modi+Vladimir Putin (phone) @2024-08"}},
		{"a coordinated verb after an appositive",
			"Prime Minister Narendra Modi visited Austria on 9 August, the first such trip by an Indian premier in decades, and held talks with Chancellor Karl Nehammer in Vienna on 10 August.",
			[]string{"meeting occurred Karl Nehammer+Narendra Modi @2024-08-10", "visit occurred Narendra Modi>Austria @2024-08-09"}},
	})
}

// TestCallAfterLabel covers a call told after a speaker's label ("Official
// Spokesperson: PM took a call from X"): the label's person is not on the
// call, and a call "from" a person is read once, as the call with that
// person; a call "from Air Force One" is no person's.
func TestCallAfterLabel(t *testing.T) {
	pub := day(2024, time.August, 30) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a label before the call",
			"Prime Minister Narendra Modi was back in Delhi on Sunday. Spokesperson Anil Kapoor: PM took a phone call on 16 August from Chief Adviser Muhammad Yunus of Bangladesh.",
			[]string{"meeting occurred Muhammad Yunus+Narendra Modi (phone) @2024-08-16"}},
		{"a call from a place",
			"US President Joe Biden said he settled the aid question with Egypt's Abdel Fattah al-Sisi during a telephone call from Air Force One on Wednesday.",
			[]string{"meeting occurred Abdel Fattah al-Sisi+Joe Biden (phone) @2024-08-28"}},
	})
}

// TestDenialsPresenceAndTitles covers a denial reaching a claim a few words
// on ("dismissed as false a post claiming X had travelled to Y to meet
// Z", en.ClaimVerbs), people only present at an audience (no party to
// it), and "the two presidents" who are not a vice president.
func TestDenialsPresenceAndTitles(t *testing.T) {
	pub := day(2025, time.May, 14) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a denied claim",
			"The palace dismissed as pure invention an online post claiming Emir Aminu Bayero had flown to Niamey last week to meet General Salifou Mody.",
			[]string{"meeting cancelled Aminu Bayero+Salifou Mody @2025-05", "visit cancelled Aminu Bayero>Niger @2025-05"}},
		{"present during an audience",
			"King Letsie III received Kenyan President William Ruto in Maseru on Tuesday. Crown Prince Lerotholi Seeiso and Prince Bereng Seeiso were present during the audience.",
			[]string{"meeting occurred Letsie III+William Ruto @2025-05-13", "visit occurred William Ruto>Lesotho @2025-05-13"}},
		{"the two presidents, not the vice president",
			"Ghana's President John Mahama hosted Senegalese President Bassirou Faye on Tuesday. Faye landed in Accra in the morning, where Vice President Jane Opoku-Agyemang greeted him on the tarmac. Later the two presidents held private discussions at the palace.",
			[]string{"meeting occurred Bassirou Faye+John Mahama @2025-05-13", "visit occurred Bassirou Faye>Ghana @2025-05-13"}},
	})
}

// TestCallNamesAfterIt covers a call noun whose named people come after
// it: in a fronted phrase ("In a phone call on Tuesday, A and B agreed")
// they are its parties; in a clause of its own ("the pair chaired a video
// call ..., with A and B joining") no call between A and B is told, and a
// call with several partners needs a subject to be one call of all.
func TestCallNamesAfterIt(t *testing.T) {
	pub := day(2025, time.July, 11) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a fronted phrase",
			"In a phone call on Tuesday, Kenya's William Ruto and Ghana's John Mahama discussed trade.",
			[]string{"meeting occurred John Mahama+William Ruto (phone) @2025-07-08"}},
		{"names joining a call chaired by others",
			"Later the two jointly hosted a video call for European partners from a naval base, with Spain's Pedro Sanchez and Poland's Donald Tusk on the line.",
			nil},
	})
}

// TestAnnouncedTripStaysPlanned covers a trip the story first announces
// ("flies to Canberra this weekend") and then speaks of with no date of
// its own ("during his visit to Australia, he hopes to ..."): the one
// planned trip, never a made one.
func TestAnnouncedTripStaysPlanned(t *testing.T) {
	checkBriefs(t, day(2025, time.April, 24), []briefCase{
		{"announced, then spoken of",
			"Trade Minister Lars Holm of Denmark, who flies to Canberra this weekend, said exports were rising. During his visit to Australia, Holm hopes to sign a wine accord.",
			[]string{"visit planned Lars Holm>Australia @2025-04"}},
		{"made trip after an earlier plan is dated",
			"Trade Minister Lars Holm of Denmark will visit Australia in June, his office said. He was in Australia on Tuesday for talks on wine.",
			[]string{"visit occurred Lars Holm>Australia @2025-04-22", "visit planned Lars Holm>Australia @2025-06"}},
	})
}

// TestDenialOfTheSentencesOwnEvent covers "X had wanted to meet Y, but that
// encounter never took place": the denial is of the meeting the same
// sentence told, not of a meeting held in the sentence before.
func TestDenialOfTheSentencesOwnEvent(t *testing.T) {
	checkBriefs(t, day(2025, time.February, 9), []briefCase{
		{"own sentence's encounter",
			"On Saturday, William Ruto and Emmerson Mnangagwa met privately before the summit. Hakainde Hichilema had wanted to meet Paul Kagame in person, but that encounter never took place.",
			[]string{"meeting cancelled Hakainde Hichilema+Paul Kagame @", "meeting occurred Emmerson Mnangagwa+William Ruto @2025-02-08"}},
		{"a later sentence's denial",
			"On Saturday, William Ruto and Emmerson Mnangagwa met privately before the summit. Their offices later said no such meeting took place.",
			[]string{"meeting cancelled Emmerson Mnangagwa+William Ruto @2025-02-08"}},
	})
}

// TestFloatedTrips covers a trip or talks that a side "floated", "mooted"
// or "pencilled in": proposed, never made; and a trip told with a base
// form after a modal ("will travel to X", "is to fly to Y"): planned.
func TestFloatedTrips(t *testing.T) {
	checkBriefs(t, day(2025, time.December, 23), []briefCase{
		{"floated a stop",
			"Chile's Jose Antonio Kast will travel to Lima in January. His aides have floated a stop in Montevideo on the way.",
			[]string{"visit planned Jose Antonio Kast>Peru @2026-01", "visit planned Jose Antonio Kast>Uruguay @"}},
		{"mooted a visit",
			"Officials in Quito have mooted a visit to Bogota by President Daniel Noboa.",
			[]string{"visit planned Daniel Noboa>Colombia @"}},
		{"will travel, is to fly",
			"Chile's Jose Antonio Kast will travel to Lima in January. Peru's President Jose Jeri will fly to Santiago in March.",
			[]string{"visit planned Jose Antonio Kast>Peru @2026-01", "visit planned Jose Jeri>Chile @2026-03"}},
	})
}

// TestTripInPlans covers a trip told inside plans ("there are no plans for
// X to meet bankers during his trip to Y on Friday and Saturday", written
// on a Thursday): the trip is ahead, on the coming days; a trip told as
// made is not.
func TestTripInPlans(t *testing.T) {
	pub := day(2025, time.February, 27) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"during his trip, inside plans",
			"Officials said there are no plans for Kenyan Finance Minister John Mbadi to meet commercial lenders during his trip to London on Friday and Saturday.",
			[]string{"visit planned John Mbadi>United Kingdom @2025-02-28"}},
		{"during his trip, told as made",
			"Kenyan Finance Minister John Mbadi met bondholders during his trip to London on Monday.",
			[]string{"visit occurred John Mbadi>United Kingdom @2025-02-24"}},
	})
}

// TestMeetingThatFellThrough covers a meeting noun whose own predicate
// tells it never happened ("fell through", "came to nothing"), past a
// participle phrase after the noun ("flagged by X last week"); talks that
// "collapsed" were held first.
func TestMeetingThatFellThrough(t *testing.T) {
	pub := day(2024, time.August, 30) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"fell through, past a participle phrase",
			"A sit-down between Anthony Albanese and Jeremiah Manele, arranged by their aides, fell through over a clash of diaries.",
			[]string{"meeting cancelled Anthony Albanese+Jeremiah Manele @"}},
		{"came to nothing",
			"A meeting between Anthony Albanese and Jeremiah Manele came to nothing on Wednesday.",
			[]string{"meeting cancelled Anthony Albanese+Jeremiah Manele @2024-08-28"}},
		{"collapsed after being held",
			"Talks between Anthony Albanese and Jeremiah Manele collapsed on Wednesday.",
			[]string{"meeting occurred Anthony Albanese+Jeremiah Manele @2024-08-28"}},
	})
}

// TestFrontedDateAndPastPurpose covers a date fronted before a subject
// with two deeds joined by "and" ("On May 2, X turned up in Y and held
// talks"): the date is both deeds'; and talks told as the purpose of a
// journey made days before the story ("flew to X for talks with Y"), which
// were held by the time of writing, while the same words about today stay
// a plan.
func TestFrontedDateAndPastPurpose(t *testing.T) {
	pub := day(2024, time.February, 1) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a fronted date over two deeds",
			"On January 12, Lukas Brenner turned up in Maputo and held talks with Mozambican President Daniel Chapo.",
			[]string{"meeting occurred Daniel Chapo+Lukas Brenner @2024-01-12"}},
		{"a timeline entry with a dash",
			"January 12 - Lukas Brenner reappears in Maputo and holds talks with Mozambican President Daniel Chapo.",
			[]string{"meeting occurred Daniel Chapo+Lukas Brenner @2024-01-12"}},
		{"talks the purpose of a journey weeks back",
			"On January 9, Lukas Brenner flew to Maputo for talks with Mozambican President Daniel Chapo.",
			[]string{"meeting occurred Daniel Chapo+Lukas Brenner @2024-01-09", "visit occurred Lukas Brenner>Mozambique @2024-01-09"}},
		{"talks the purpose of a journey today stay a plan",
			"Lukas Brenner flew to Maputo today for talks with Mozambican President Daniel Chapo.",
			[]string{"meeting planned Daniel Chapo+Lukas Brenner @2024-02-01", "visit occurred Lukas Brenner>Mozambique @2024-02-01"}},
	})
}

// TestExpectationAfterAnd covers a trip told done and then, after "and", an
// expectation of its own clause ("left for X this morning and is expected
// to see Y"): the trip happened, whatever is expected next.
func TestExpectationAfterAnd(t *testing.T) {
	pub := day(2025, time.March, 8) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"left, and is expected",
			"Ines Vallet left for Muscat early today and is expected to call on the sultan before she returns.",
			[]string{"visit occurred Ines Vallet>Oman @2025-03-08"}},
		{"flew, and is likely",
			"Ines Vallet flew to Doha on Friday and is likely to stay until Monday.",
			[]string{"visit occurred Ines Vallet>Qatar @2025-03-07"}},
		{"a noun's own fate still counts",
			"A meeting between Ines Vallet and Omar Haddad is expected in Doha next week.",
			[]string{"meeting planned Ines Vallet+Omar Haddad @2025-03"}},
	})
}

// TestDenialOfAPlanToldBefore checks that a denial ("but no such talks
// happened") after a plan told in the same sentence denies that plan, not the
// meeting told the sentence before; with no plan told, the denial still
// reaches back.
func TestDenialOfAPlanToldBefore(t *testing.T) {
	pub := day(2024, time.February, 19) // a Monday
	const held = "Kenyan President William Ruto held talks with Ghanaian President John Mahama on Saturday. "
	checkBriefs(t, pub, []briefCase{
		{"a hope told before the denial",
			held + "Diplomats had wanted to seat the envoys of Chad and Sudan side by side at lunch, but no such meeting took place.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-02-17"}},
		{"a plain denial reaches back",
			held + "A spokesman later insisted no such talks had happened.",
			[]string{"meeting cancelled John Mahama+William Ruto @2024-02-17"}},
	})
}

// TestModalPastApposition: a modal before the verb still rules the
// phrase after a name in apposition ("may meet his counterpart, X, at a
// meeting"): the meeting is a plan and no gathering took place.
func TestModalPastApposition(t *testing.T) {
	pub := day(2024, time.October, 29) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"may, counterpart in apposition", "Foreign Minister Vijitha Herath may meet his Maldivian counterpart, Abdulla Khaleel, at a regional meeting.",
			[]string{"meeting planned Abdulla Khaleel+Vijitha Herath @"}},
		{"will, minister in apposition", "Foreign Minister Vijitha Herath will sit down with the Maldivian foreign minister, Abdulla Khaleel, at a regional conference.",
			[]string{"meeting planned Abdulla Khaleel+Vijitha Herath @"}},
	})
}

// TestFateAfterReducedRelative: a plan told in a reduced relative between
// commas (", initially scheduled for Saturday,") does not hide the fate the
// main verb gives the trip; "jetted in" is an arrival as "flew in" is.
func TestFateAfterReducedRelative(t *testing.T) {
	pub := day(2025, time.May, 16) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"scheduled, then cancelled", "A visit to Lima by Chilean President Ana Reyes, originally scheduled for Saturday, has been cancelled.",
			[]string{"visit cancelled Ana Reyes>Peru @2025-05-10"}},
		{"planned, then postponed", "A trip to Lima by Chilean President Ana Reyes, planned for next week, was postponed on Thursday.",
			[]string{"visit cancelled Ana Reyes>Peru @2025-05"}},
		{"jetted in", "SANTIAGO - Chilean President Ana Reyes hosted the Andean summit. Peruvian President Carl Dunn jetted in on Thursday morning.",
			[]string{"gathering occurred Chile+Peru @2025-05", "visit occurred Carl Dunn>Chile @2025-05-15"}},
	})
}

// TestMayTheMonth: "May" with a capital inside a sentence is the month,
// not the modal, so talks dated in it were held; the lower-case modal
// still makes a plan.
func TestMayTheMonth(t *testing.T) {
	pub := day(2024, time.May, 4)
	checkBriefs(t, pub, []briefCase{
		{"day before the month",
			"Zambian Foreign Minister Joseph Mwita held talks with Malawian Foreign Minister Daniel Ochieng in Lilongwe on 1 May.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2024-05-01"}},
		{"month before the day",
			"Zambian Foreign Minister Joseph Mwita held talks with Malawian Foreign Minister Daniel Ochieng on May 2.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2024-05-02"}},
		{"the month opening the sentence",
			"May 2 brought talks between Zambian Foreign Minister Joseph Mwita and Malawian Foreign Minister Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2024-05-02"}},
		{"the modal",
			"Talks between Zambian Foreign Minister Joseph Mwita and Malawian Foreign Minister Daniel Ochieng may follow soon.",
			[]string{"meeting planned Daniel Ochieng+Joseph Mwita @"}},
	})
}

// TestSeasonIsVague: a season with no year ("in the autumn") dates an
// event only vaguely, so it gets no date rather than the month of
// publication; a season with its year, or one that dates another event
// ("since last summer's standoff"), does not.
func TestSeasonIsVague(t *testing.T) {
	pub := day(2024, time.December, 4)
	checkBriefs(t, pub, []briefCase{
		{"a visit in the autumn",
			"Zambia's Foreign Minister Joseph Mwita travelled to Malawi in the autumn.",
			[]string{"visit occurred Joseph Mwita>Malawi @"}},
		{"a meeting during the summer",
			"Zambia's Foreign Minister Joseph Mwita held talks with Malawian Foreign Minister Daniel Ochieng during the summer.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @"}},
		{"another event's season",
			"Zambia's Foreign Minister Joseph Mwita, on his first trip since last summer's border row, held talks with Malawian Foreign Minister Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2024-12"}},
	})
}

// TestNorAndNeither: "Nor did X meet Y" and "Neither A nor B met Y" tell
// meetings that did not happen; "neither" after a meeting's clause leaves
// it held.
func TestNorAndNeither(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"nor did",
			"Kenyan President William Ruto held talks in Lilongwe on Monday. Nor did Ruto meet Malawian opposition leader Grace Phiri, who had asked for a meeting.",
			[]string{"meeting cancelled Grace Phiri+William Ruto @"}},
		{"neither ... nor",
			"Neither Kenyan President William Ruto nor Zambian President Hakainde Hichilema met Malawian President Peter Banda on Monday.",
			[]string{"meeting cancelled Hakainde Hichilema+Peter Banda @2024-04-29"}},
		{"neither after the meeting",
			"Kenyan President William Ruto met Malawian President Peter Banda on Monday, and neither leader mentioned the dispute.",
			[]string{"meeting occurred Peter Banda+William Ruto @2024-04-29"}},
	})
}

// TestStopOffTheSchedule covers a leg taken out of a trip's plan: "A stop
// in X is off the schedule", "was taken off the itinerary", "did not make
// the final itinerary": a visit to X cancelled, while the trip's other legs
// stand.
func TestStopOffTheSchedule(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	want := []string{"visit cancelled Joseph Mwita>Zambia @", "visit occurred Joseph Mwita>Malawi @2025-03-09"}
	checkBriefs(t, pub, []briefCase{
		{"off the schedule", "Kenyan President Joseph Mwita flew to Lilongwe on Sunday. A stop in Lusaka is off the schedule.", want},
		{"taken off the itinerary", "Kenyan President Joseph Mwita flew to Lilongwe on Sunday. A stop in Lusaka was taken off the itinerary.", want},
		{"did not make it", "Kenyan President Joseph Mwita flew to Lilongwe on Sunday. A stop in Lusaka, which aides had weighed, did not make the final itinerary.", want},
	})
}

// TestWhenClauseKeepsItsPast: a past verb after "when" with a subject of
// its own keeps its own tense, whatever plan or wish the clause before
// names ("outlined a plan to him when the pair met"); "will meet when"
// stays a plan.
func TestWhenClauseKeepsItsPast(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"plans, then when and a past", "Malawian Foreign Minister Grace Phiri outlined her plans for a new embassy to President Peter Banda when the pair met in Kisumu on Friday.",
			[]string{"meeting occurred Grace Phiri+Peter Banda @2025-03-07"}},
		{"a plan", "Malawian Foreign Minister Grace Phiri will meet President Peter Banda when he returns on Friday.",
			[]string{"meeting planned Grace Phiri+Peter Banda @2025-03-14"}},
	})
}

// TestPresentAtAClockTime: a present tense with a time on the clock ("X
// meets Y at 11 a.m.", a day's timetable) is planned; a timeline's stamp
// opening its line ("17:40 - X meets Y") tells what happened.
func TestPresentAtAClockTime(t *testing.T) {
	pub := day(2025, time.March, 7) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a timetable's entry",
			"ON THE AGENDA:\n\n— Kenyan Foreign Minister Musalia Mudavadi meets Malawian Foreign Minister Nancy Tembo at 11 a.m.",
			[]string{"meeting planned Musalia Mudavadi+Nancy Tembo @"}},
		{"a clock time with minutes",
			"Zambian President Hakainde Hichilema hosts Ugandan President Yoweri Museveni at 15:30 in Lusaka.",
			[]string{"meeting planned Hakainde Hichilema+Yoweri Museveni @"}},
		{"a timeline's stamp",
			"LUSAKA, March 7 - 15:30 - Zambian President Hakainde Hichilema hosts Ugandan President Yoweri Museveni in Lusaka.",
			[]string{"meeting occurred Hakainde Hichilema+Yoweri Museveni @2025-03", "visit occurred Yoweri Museveni>Zambia @2025-03"}},
	})
}

// TestHourBeforeDay: "shortly after noon on Monday", "before 11 a.m. on
// Friday" date the deed told before them to that day; "after the vote on
// Monday" dates the vote, not the deed.
func TestHourBeforeDay(t *testing.T) {
	pub := day(2025, time.August, 30) // a Saturday
	const visit = "visit occurred William Ruto>Zambia @2025-08-28"
	checkBriefs(t, pub, []briefCase{
		{"shortly after noon", "Kenyan President William Ruto landed in Lusaka shortly after noon on Thursday.", []string{visit}},
		{"a clock time", "Kenyan President William Ruto reached Lusaka a little before 10 a.m. on Thursday.", []string{visit}},
		{"a clock time with a colon", "Ruto, the Kenyan President, flew into Lusaka just after 14:30 on Thursday.", []string{visit}},
		{"soon after dawn", "Kenyan President William Ruto flew into Lusaka soon after dawn on Thursday.", []string{visit}},
		{"an event after after is its own day", "Kenyan President William Ruto arrived in Lusaka after the vote on Thursday.",
			[]string{"visit occurred William Ruto>Zambia @2025-08"}},
	})
}

// TestBeforeLaterEvent: an event named after "before" or "ahead of" an
// earlier deed of its sentence comes after that deed: its weekday is the
// next one after the deed's day, and it is planned when the deed is or
// when that day has not come.
func TestBeforeLaterEvent(t *testing.T) {
	pub := day(2025, time.July, 8) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"a planned deed before a summit", "Kenyan President William Ruto plans talks with Zambian President Hakainde Hichilema in Lusaka on Wednesday, before a full Kenya-Zambia summit on Thursday.",
			[]string{"meeting planned Hakainde Hichilema+William Ruto @2025-07-09", "meeting planned Hakainde Hichilema+William Ruto @2025-07-10"}},
		{"a past deed before a later summit", "Kenyan President William Ruto met Zambian President Hakainde Hichilema in Lusaka on Monday, before the Kenya-Zambia summit on Thursday.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2025-07-07", "meeting planned Hakainde Hichilema+William Ruto @2025-07-10"}},
		{"a summit days before the writing", "Kenyan President William Ruto met Zambian President Hakainde Hichilema in Lusaka on Monday, July 7, before a Kenya-Zambia summit on Friday.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2025-07-07", "meeting planned Hakainde Hichilema+William Ruto @2025-07-11"}},
		{"a gerund is the subject's next deed", "On Monday Kenyan President William Ruto met Zambian President Hakainde Hichilema in Lusaka, before flying on to Lilongwe.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2025-07-07", "visit occurred William Ruto>Malawi @2025-07-07", "visit occurred William Ruto>Zambia @2025-07-07"}},
	})
}

// TestFrontedTalksWithAnAside: "Later on Tuesday, after talks with X, the
// president of Y, who flew in that morning, Z said": the day is the
// talks' (a fronted "later on" is no other clause's), and Z, after the
// object's appositive and relative clause close, held them.
func TestFrontedTalksWithAnAside(t *testing.T) {
	pub := day(2025, time.June, 26) // a Thursday
	const before = "Zambian envoy Grace Phiri told reporters in Nairobi that the two sides were close to a deal. "
	const talks = "meeting occurred Hakainde Hichilema+William Ruto @2025-06-24"
	checkBriefs(t, pub, []briefCase{
		{"an appositive and a relative clause",
			before + "Later on Tuesday, after talks at State House with Hakainde Hichilema, the president of Zambia, who began three days in Kenya that morning, Kenyan President William Ruto said the border would reopen.",
			[]string{talks}},
		{"a relative clause only",
			before + "Early on Tuesday, after talks with Zambian President Hakainde Hichilema, who came for three days, Kenyan President William Ruto said the border would reopen.",
			[]string{talks}},
		{"a second meeting noun in a while clause",
			"Kenyan President William Ruto spent Tuesday in back-to-back bilaterals. Talks with Zambian President Hakainde Hichilema dwelt on the railway, while a meeting with Malawian President Peter Banda turned to fertiliser.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2025-06", "meeting occurred Peter Banda+William Ruto @2025-06"}},
		{"the object's own relative clause names no party",
			"After talks with Zambian President Hakainde Hichilema, who saw Kenya's William Ruto in May, envoys said the border would reopen.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2025-05"}},
	})
}

// TestMeetingNounInACapacity: "his first meeting as president with X",
// "talks as head of state with Y", "a lunch of nearly two hours with Z":
// a capacity or a span between the noun and "with" leaves the other
// party in place.
func TestMeetingNounInACapacity(t *testing.T) {
	pub := day(2025, time.May, 23) // a Friday
	const came = "Kenyan President William Ruto flew into Lilongwe on Monday. "
	want := []string{"meeting occurred Peter Banda+William Ruto @2025-05-20", "visit occurred William Ruto>Malawi @2025-05-19"}
	checkBriefs(t, pub, []briefCase{
		{"as president", came + "On Tuesday he held his first meeting as president with his Malawian counterpart Peter Banda.", want},
		{"as head of state", came + "On Tuesday he had his first talks as head of state with Malawi's Peter Banda.", want},
		{"a span after of", came + "He gave no ground on the levy during a working lunch of nearly two hours with Malawi's Peter Banda on Tuesday.", want},
	})
}

// TestConditionOfTimeAndArranging: "once A and B had met, C would follow"
// is a condition told as time, its meeting not yet held (a past main
// clause keeps "once" a time: the meeting took place); a meeting someone
// is arranging or organising is planned.
func TestConditionOfTimeAndArranging(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"once, then would",
			"LUSAKA - Hichilema posted on Friday that once Chakwera and Ruto had sat down together, a summit of all three would follow.",
			[]string{"meeting planned Lazarus Chakwera+William Ruto @2025-03-14"}},
		{"once, then a past verb",
			"LUSAKA - Once Ruto had landed in Lilongwe on Tuesday, he went straight into talks with Chakwera at the State House.",
			[]string{"meeting occurred Lazarus Chakwera+William Ruto @2025-03-11", "visit occurred William Ruto>Malawi @2025-03-11"}},
		{"arranging a meeting",
			"LUSAKA - Hichilema told reporters he had begun organising direct talks between Malawian President Lazarus Chakwera and Kenyan President William Ruto.",
			[]string{"meeting planned Lazarus Chakwera+William Ruto @"}},
	})
}

// TestNothingSettled: "no" before a noun of something not yet fixed ("no
// decision on", "no date for", "no sign of") leaves the meeting or visit
// after it unheld; "no details of" the talks says nothing of that.
func TestNothingSettled(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"no decision on a meeting",
			"LUSAKA - A spokesman said on Friday there was still no decision on a fresh round of talks between Chakwera and Ruto.",
			[]string{"meeting cancelled Lazarus Chakwera+William Ruto @2025-03-14"}},
		{"no date for a visit",
			"LUSAKA - Haimbe spoke by phone with Mudavadi on Tuesday; so far there is no date for a return trip to Nairobi.",
			[]string{"meeting occurred Mulambo Haimbe+Musalia Mudavadi (phone) @2025-03-11", "visit cancelled Mulambo Haimbe>Kenya @"}},
		{"no details of talks held",
			"LUSAKA - Malawi's Lazarus Chakwera sat down with Kenya's William Ruto in Kisumu on Tuesday. No details of the talks between Chakwera and Ruto were given.",
			[]string{"meeting occurred Lazarus Chakwera+William Ruto @2025-03-11"}},
	})
}

// TestDescribedByAFreeRelative covers an event described by a free relative
// after a preposition ("for what might be the bloc's final summit", "in
// what was billed as a farewell session"): the hedge is on the
// description, and the event's status is its clause's.
func TestDescribedByAFreeRelative(t *testing.T) {
	pub := day(2024, time.September, 22) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"a summit that might be his final one",
			"President Peter Banda welcomed the leaders of Kenya, Zambia and Tanzania to Lilongwe on Saturday for what might be his final Lake Basin Summit as chairman.",
			[]string{"gathering occurred Kenya+Tanzania+Zambia @2024-09-21"}},
		{"a meeting billed as a farewell",
			"President Peter Banda sat down with Kenya's William Ruto on Saturday in what was expected to be a farewell session before the vote.",
			[]string{"meeting occurred Peter Banda+William Ruto @2024-09-21"}},
		{"a round that may be the final one",
			"President Peter Banda hosted Kenya's William Ruto on Saturday for what may be the closing round of talks on the lake.",
			[]string{"meeting occurred Peter Banda+William Ruto @2024-09-21"}},
	})
}

// TestPresentAfterWhenGoverns covers a trigger inside a clause whose
// present verb after "when", "once" or "before" speaks of the future
// ("when the heads of state gather for a summit hosted by X"): no gathering
// held. A past verb there keeps the event held.
func TestPresentAfterWhenGoverns(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"when leaders gather, a summit hosted by",
			"The border row is likely to dominate when the Lake Basin heads of state gather in Kisumu on Sunday for a summit hosted by President William Ruto.",
			nil},
		{"once they convene, talks chaired by",
			"The row will be settled once the ministers convene in Kisumu for talks chaired by President William Ruto.",
			nil},
		{"after they gathered, held",
			"After the Lake Basin leaders gathered in Kisumu for a summit hosted by President William Ruto, they signed a pact.",
			[]string{"gathering occurred Kenya @2025-05"}},
	})
}

// TestQuotedWordBetweenAuxiliaryAndVerb covers a word or two quoted
// between a modal and its verb (would "probably" visit): the modal still
// makes the trip one to come, and a past verb after such a quote is
// still done.
func TestQuotedWordBetweenAuxiliaryAndVerb(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"would, a quoted adverb, visit",
			`Kenya's William Ruto said that he would "probably" visit Zambia, though no date was given.`,
			[]string{"visit planned William Ruto>Zambia @"}},
		{"will, two quoted words, travel",
			`Zambia's Hakainde Hichilema will "most likely" travel to Kampala.`,
			[]string{"visit planned Hakainde Hichilema>Uganda @"}},
		{"had, a quoted adverb, flown",
			`Uganda's Yoweri Museveni had "quietly" flown to Lusaka on Tuesday.`,
			[]string{"visit occurred Yoweri Museveni>Zambia @2025-03-04"}},
	})
}

// TestDeniedCallSparesTalksInPerson covers "No such call took place"
// after a sentence with talks held in person and a phone call: the call
// is denied, the talks stand.
func TestDeniedCallSparesTalksInPerson(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"a denied call beside talks",
			"Uganda's Yoweri Museveni flew to Lusaka on Tuesday for talks with Hakainde Hichilema. Aides dismissed claims that Museveni had spoken to Kenya's William Ruto by phone beforehand. \"No such call took place,\" an aide said.",
			[]string{"meeting cancelled William Ruto+Yoweri Museveni (phone) @", "meeting occurred Hakainde Hichilema+Yoweri Museveni @2025-03-04", "visit occurred Yoweri Museveni>Zambia @2025-03-04"}},
	})
}

// TestPastTalksAfterAPlanWord covers a past clause opened by "when" or
// "after" whose verb is a support verb before its meeting noun ("when
// both men held talks"): a plan told before it in the sentence does not
// make those talks one to come.
func TestPastTalksAfterAPlanWord(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"set out his plan when both men held talks",
			"Ruto said he had set out his plan to Zambian President Hakainde Hichilema when both men held talks in Lusaka on Tuesday.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2025-03-04"}},
		{"outlined the plan after the pair held talks",
			"Kenya's William Ruto outlined the plan to Uganda's Yoweri Museveni after the pair held talks in Kampala on Monday.",
			[]string{"meeting occurred William Ruto+Yoweri Museveni @2025-03-03"}},
	})
}

// TestFirstToTelephone covers the base verbs "telephone" and "phone"
// after "to": "among the first to telephone Y" is a call made, "plans to
// phone Y" one to come, and "by phone" stays a noun.
func TestFirstToTelephone(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"among the first to telephone",
			"Kenya's William Ruto was one of the earliest to telephone Zambia's Hakainde Hichilema on Tuesday.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto (phone) @2025-03-04"}},
		{"plans to phone",
			"Kenya's William Ruto plans to phone Zambia's Hakainde Hichilema on Friday.",
			[]string{"meeting planned Hakainde Hichilema+William Ruto (phone) @2025-03-14"}},
		{"by phone, a noun",
			"Kenya's William Ruto spoke by phone with Zambia's Hakainde Hichilema on Tuesday.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto (phone) @2025-03-04"}},
	})
}
