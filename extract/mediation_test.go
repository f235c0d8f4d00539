package extract

import (
	"testing"
	"time"
)

// TestReciprocalSpeech: "A and B spoke to each other" or "talked with one
// another" is a meeting of the two, in person unless a phone is named.
func TestReciprocalSpeech(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"to each other", "Kenyan envoy Amina Wekesa and Peruvian minister Rafael Quispe spoke to each other briefly on Saturday, officials said.",
			[]string{"meeting occurred Amina Wekesa+Rafael Quispe @2025-03-08"}},
		{"with one another by phone", "Kenyan envoy Amina Wekesa and Peruvian minister Rafael Quispe talked with one another by phone on Friday.",
			[]string{"meeting occurred Amina Wekesa+Rafael Quispe (phone) @2025-03-07"}},
		{"to each other about", "The two rival candidates, Ana Lima and Paul Ode, never spoke to each other during the campaign.", nil},
	})
}

// TestBriefedByPhone: a verb of informing or thanking with "by phone" after
// its object is a call; without a phone phrase right after it, none.
func TestBriefedByPhone(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"briefed by phone", "Chilean Foreign Minister Alberto van Klaveren briefed his Argentine counterpart Gerardo Werthein by phone on Sunday.",
			[]string{"meeting occurred Alberto van Klaveren+Gerardo Werthein (phone) @2025-03-09"}},
		{"updated over the telephone", "On Friday, Chilean Foreign Minister Alberto van Klaveren updated Bolivian Foreign Minister Celinda Sosa over the telephone on the border talks.",
			[]string{"meeting occurred Alberto van Klaveren+Celinda Sosa (phone) @2025-03-07"}},
		{"thanked in person", "Chilean Foreign Minister Alberto van Klaveren thanked Bolivian Foreign Minister Celinda Sosa for her help.", nil},
		{"past an appositive", "Chilean Foreign Minister Alberto van Klaveren briefed Ana Lopez, the UN envoy on Haiti, by telephone on Thursday night.",
			[]string{"meeting occurred Alberto van Klaveren+Ana Lopez (phone) @2025-03-06"}},
		{"a named counterpart, then the call and an attribution",
			"Chile's top diplomat, Alberto van Klaveren, briefed his Peruvian counterpart, Elmer Schialer, in a call on Friday, the ministry said.",
			[]string{"meeting occurred Alberto van Klaveren+Elmer Schialer (phone) @2025-03-07"}},
		{"on the phone to",
			"Chile's top diplomat, Alberto van Klaveren, spent Friday evening on the phone to Peru's foreign minister, Elmer Schialer.",
			[]string{"meeting occurred Alberto van Klaveren+Elmer Schialer (phone) @2025-03-07"}},
		{"briefed about a call", "Chilean Foreign Minister Alberto van Klaveren briefed reporters on Sunday about his phone call with Gerardo Werthein.",
			[]string{"meeting occurred Alberto van Klaveren+Gerardo Werthein (phone) @2025-03-09"}},
	})
}

// TestFlewInAfterTalks: talks told after "after" or "from" were held before
// the flight, so they do not make the traveller's destination; "who" after
// "X, Y's envoy," stands for X, not Y.
func TestFlewInAfterTalks(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"after talks", "TUNIS - Danish adviser Lars Holm flew in on Friday from Rome after talks with Italian minister Paolo Ferri.",
			[]string{"meeting occurred Lars Holm+Paolo Ferri @2025-03-09", "visit occurred Lars Holm>Tunisia @2025-03-07"}},
		{"possessive in the appositive", "TUNIS - The Danish side was led by Lars Holm, Prime Minister Mette Frederiksen's special envoy for the Arctic, who flew in on Friday night.",
			[]string{"visit occurred Lars Holm>Tunisia @2025-03-07"}},
	})
}

// TestSessionsAndDroppedMeetings: "sessions with X" are talks; a meeting
// whose appositive plans it and whose predicate drops it did not happen.
func TestSessionsAndDroppedMeetings(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"two sessions", "ACCRA - Dutch envoy Pieter Smit held two sessions with Ghanaian Foreign Minister Samuel Ablakwa on Friday.",
			[]string{"meeting occurred Pieter Smit+Samuel Ablakwa @2025-03-07"}},
		{"planned then dropped", "ACCRA - Dutch envoy Pieter Smit met Ghanaian Foreign Minister Samuel Ablakwa on Friday. A meeting with Defence Minister Omane Boamah, slated for Saturday, was dropped from the programme late on Friday, an aide said.",
			[]string{"meeting occurred Pieter Smit+Samuel Ablakwa @2025-03-07"}},
		{"planned and held", "ACCRA - A meeting with Defence Minister Omane Boamah, planned for Saturday, went ahead as Dutch envoy Pieter Smit had hoped.",
			[]string{"meeting occurred Edward Omane Boamah+Pieter Smit @2025-03-08"}},
	})
}

// TestMetPastAdjunctsWith: "met" followed by place and time adjuncts and
// then "with Y" met Y.
func TestMetPastAdjunctsWith(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"in a city", "Kenyan President Daniel Ochieng met in Geneva with Ugandan Finance Minister Matia Kasaija.",
			[]string{"meeting occurred Daniel Ochieng+Matia Kasaija @2025-03"}},
		{"late on a weekday", "Kenyan President Daniel Ochieng met late on Wednesday with Ugandan Finance Minister Matia Kasaija.",
			[]string{"meeting occurred Daniel Ochieng+Matia Kasaija @2025-03-05"}},
		{"with investors", "Kenyan President Daniel Ochieng met in Geneva with fund managers.", nil},
	})
}

// TestPossessorInAnAppositive: in "X, President Y's coordinator, met Z"
// the subject is X, whatever the noun after the possessive.
func TestPossessorInAnAppositive(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"passive", "Brett Ogden, President Joe Biden's Africa coordinator, was hosted by Kenyan President Daniel Ochieng on Tuesday.",
			[]string{"meeting occurred Brett Ogden+Daniel Ochieng @2025-03-04"}},
		{"active", "Steve Witkoff and Brett Ogden, President Joe Biden's coordinator, met Kenyan President Daniel Ochieng on Tuesday.",
			[]string{"meeting occurred Brett Ogden+Daniel Ochieng+Steve Witkoff @2025-03-04"}},
	})
}

// TestPhonedARole: a role told before ("the Sultan") can be the one phoned.
func TestPhonedARole(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"the sultan, then another", "The Sultan of Brunei, Hassanal Bolkiah, spoke on Monday. Kenyan President Daniel Ochieng phoned the Sultan and then Tunisian President Kais Saied on Wednesday.",
			[]string{"meeting occurred Daniel Ochieng+Hassanal Bolkiah (phone) @2025-03-05", "meeting occurred Daniel Ochieng+Kais Saied (phone) @2025-03-05"}},
		{"the ministry", "Kenyan President Daniel Ochieng phoned the ministry on Wednesday.", nil},
	})
}

// TestTheTwoAfterAGreeting: "the two" or "both men" right before the verb
// are the pair named before in the sentence, not its last name alone.
func TestTheTwoAfterAGreeting(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"the two had spoken", "Spanish Prime Minister Pedro Sanchez greeted Chilean President Gabriel Boric at the Moncloa, and the two had then spoken privately.",
			[]string{"meeting occurred Gabriel Boric+Pedro Sanchez @2025-03"}},
		{"both men talked", "Portuguese Prime Minister Luis Montenegro greeted Chilean President Gabriel Boric in Lisbon on Friday, and both men talked at length about fisheries.",
			[]string{"meeting occurred Gabriel Boric+Luis Montenegro @2025-03"}},
	})
}

// TestFaceToFaceAndJoinedByPhone: "came face to face with Y" is a
// meeting, but not at a summit both attend; one who "joined by telephone"
// is one more party of the meeting just told.
func TestFaceToFaceAndJoinedByPhone(t *testing.T) {
	pub := day(2025, time.May, 15) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"came face to face", "On Wednesday Kenyan President Daniel Ochieng came face to face with Sudanese General Abdel Fattah al-Burhan in Addis Ababa.",
			[]string{"meeting occurred Abdel Fattah al-Burhan+Daniel Ochieng @2025-05-14"}},
		{"face to face at a summit", "On Wednesday Kenyan President Daniel Ochieng came face to face with Sudanese General Abdel Fattah al-Burhan at the IGAD summit in Djibouti.",
			[]string{"gathering occurred Kenya @2025-05-14"}},
		{"joined by telephone", "Kenyan President Daniel Ochieng met Sudanese General Abdel Fattah al-Burhan on Wednesday. Ethiopian premier Abiy Ahmed sat in, and Ugandan President Yoweri Museveni joined by telephone.",
			[]string{"meeting occurred Abdel Fattah al-Burhan+Abiy Ahmed+Daniel Ochieng+Yoweri Museveni @2025-05-14"}},
	})
}

// TestReceivedInTurn: "received A, then B, and then C" lists three
// guests, each met in turn.
func TestReceivedInTurn(t *testing.T) {
	pub := day(2024, time.May, 13) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"then, and then", "Senegalese President Bassirou Diomaye Faye on Sunday received Ghanaian President Nana Akufo-Addo, then Adama Barrow, and then Bola Tinubu.",
			[]string{"meeting occurred Adama Barrow+Bassirou Diomaye Faye @2024-05-12", "meeting occurred Bassirou Diomaye Faye+Bola Tinubu @2024-05-12", "meeting occurred Bassirou Diomaye Faye+Nana Akufo-Addo @2024-05-12"}},
	})
}

// TestAbsoluteWithAnOffice: ", with the Elysee saying ..." is an absolute
// phrase, no party met "with": the two subjects met each other.
func TestAbsoluteWithAnOffice(t *testing.T) {
	pub := day(2024, time.July, 5) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"office as the absolute's subject", "French President Emmanuel Macron and Kenyan President William Ruto met on Thursday evening in Nairobi, with the Elysee saying they had covered debt relief.",
			[]string{"meeting occurred Emmanuel Macron+William Ruto @2024-07-04"}},
	})
}

// TestWhereReceivedHimAfterATimePhrase: "By the afternoon the premier was
// in Z, where Y received him": "him" is the premier, past the opening
// phrase of time, not the last man named.
func TestWhereReceivedHimAfterATimePhrase(t *testing.T) {
	pub := day(2024, time.February, 13) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"by the afternoon", "Czech Prime Minister Petr Fiala flew to Vienna on Monday morning and held talks with Austrian Chancellor Karl Nehammer. Nehammer greeted his guest at the chancellery gate before lunch. By that evening the prime minister was in Bratislava, where Slovak President Peter Pellegrini received him.",
			[]string{"meeting occurred Karl Nehammer+Petr Fiala @2024-02-12", "meeting occurred Peter Pellegrini+Petr Fiala @2024-02-12", "visit occurred Petr Fiala>Austria @2024-02-12", "visit occurred Petr Fiala>Slovakia @2024-02-12"}},
	})
}

// TestSatWithATeam: "sat with the Sudanese team headed by X" met X.
func TestSatWithATeam(t *testing.T) {
	pub := day(2025, time.January, 16) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"team headed by", "Kenyan mediator Amina Wekesa sat with the Sudanese team headed by Omar Siddig on Wednesday afternoon.",
			[]string{"meeting occurred Amina Wekesa+Omar Siddig @2025-01-15"}},
	})
}

// TestCallsTakenAndPlural: a call its subject took, got or answered "from"
// a person is a telephone call though no telephone is named; "heeded a
// call from X for calm" is an appeal; "held separate phone calls with A and
// B" is one call with each, as the singular is.
func TestCallsTakenAndPlural(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"took a call", "Kenyan President William Ruto took a call on Tuesday from Malawian President Peter Banda.",
			[]string{"meeting occurred Peter Banda+William Ruto (phone) @2025-03-11"}},
		{"answered a brief call", "Kenyan President William Ruto answered a brief call from Malawian President Peter Banda late on Monday.",
			[]string{"meeting occurred Peter Banda+William Ruto (phone) @2025-03-10"}},
		{"an appeal", "Kenyan President William Ruto heeded a call from Malawian President Peter Banda for calm.", nil},
		{"separate calls", "Kenyan President William Ruto held separate phone calls on Wednesday with Malawian President Peter Banda and Zambian President Hakainde Hichilema.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto (phone) @2025-03-12", "meeting occurred Peter Banda+William Ruto (phone) @2025-03-12"}},
	})
}

// TestCallAsidesAndInACall: a time phrase set off by commas between "spoke
// by telephone" and its "with" ("..., before leaving X, with Y") leaves the
// call whole, and "in a call" or "during a call" makes a verb of briefing
// a call as "by phone" does; an aside before no "with" finds no one.
func TestCallAsidesAndInACall(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"an aside before the with", "Malawian President Peter Banda spoke by telephone late on Monday, before leaving Lilongwe, with Kenyan President William Ruto.",
			[]string{"meeting occurred Peter Banda+William Ruto (phone) @2025-03-10"}},
		{"an aside before nothing", "Malawian President Peter Banda spoke by telephone in February, when, according to a statement from Nairobi, Kenya's envoy was recalled.", nil},
		{"briefed in a call", "Malawian Foreign Minister Peter Banda briefed his Kenyan counterpart, Joseph Mwita, in a call on Tuesday night.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda (phone) @2025-03-11"}},
		{"thanked during a call", "Malawian Foreign Minister Peter Banda thanked Kenyan Foreign Minister Joseph Mwita during a call on Monday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda (phone) @2025-03-10"}},
	})
}

// TestCallMadeTo: a call made or placed "to" a person, or a phone call to
// one, is a telephone call; "a call to X to act" with no verb of calling
// is an appeal, and a courtesy call paid "to" someone no call at all.
func TestCallMadeTo(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"made a call to", "On Tuesday, Malawian President Peter Banda made a call to Kenyan President William Ruto to review the summit.",
			[]string{"meeting occurred Peter Banda+William Ruto (phone) @2025-03-11"}},
		{"placed a phone call to", "Malawian President Peter Banda placed a brief phone call to Kenyan Foreign Minister Joseph Mwita on Monday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda (phone) @2025-03-10"}},
		{"an appeal", "Malawian President Peter Banda renewed his call to Kenyan President William Ruto to reopen the border.", nil},
	})
}

// TestSpokeToBoth: "spoke to both A and B", by phone or in person, is a
// call or talks with each of them, as "spoke to A and B" is; "both" is
// no infinitive's verb.
func TestSpokeToBoth(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"by phone to both", "On Tuesday, Malawian President Peter Banda spoke by phone to both Kenyan President William Ruto and Zambian President Hakainde Hichilema.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda (phone) @2025-03-11", "meeting occurred Peter Banda+William Ruto (phone) @2025-03-11"}},
		{"talked to both", "Malawian President Peter Banda said he had talked to both Kenyan President William Ruto and Zambian President Hakainde Hichilema over the border dispute.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03", "meeting occurred Peter Banda+William Ruto @2025-03"}},
	})
}

// TestDateAndSubjectPastADeparture: a day told right before "before
// leaving X" (set off by commas, or fronted) is the day of the main
// clause's deed, and X, the place left, is no subject.
func TestDateAndSubjectPastADeparture(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	const call = "meeting occurred Daniel Ochieng+Peter Banda (phone) @2024-04-30"
	checkBriefs(t, pub, []briefCase{
		{"an aside after the subject",
			"Malawian President Peter Banda had also, on Tuesday before leaving Lilongwe, spoken by phone with President Daniel Ochieng of Kenya.",
			[]string{call}},
		{"a fronted day and departure",
			"On Tuesday, before leaving Lilongwe, Malawian President Peter Banda spoke by phone with President Daniel Ochieng of Kenya.",
			[]string{call}},
		{"a country left",
			"Malawian President Peter Banda, on Tuesday before departing Malawi, spoke by phone with President Daniel Ochieng of Kenya.",
			[]string{call}},
	})
}
