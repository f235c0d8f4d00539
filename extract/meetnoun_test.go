package extract

import (
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// TestMeetNoun covers the meeting nouns' readings: a compound of two
// countries, a joint summit, "talks between", the object marker after
// manner, time and place words, joint talks without an object, talks as a
// purpose, and the mode the words give.
func TestMeetNoun(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	const a = "Tanzanian President Grace Mollel "
	checkBriefs(t, pub, []briefCase{
		{"compound of two countries", "The Kenya-Uganda summit in Kampala ended on Tuesday.",
			[]string{"meeting occurred Kenya+Uganda @2024-06-11"}},
		{"joint summit", a + "and Kenyan President Daniel Ochieng held a summit in Arusha on Monday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-10"}},
		{"talks between", "Talks between Grace Mollel of Tanzania and Daniel Ochieng of Kenya took place on Monday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-10"}},
		{"marker after manner words", a + "held talks over a video link with Kenyan President Daniel Ochieng on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel (video) @2024-06-11"}},
		{"marker after via", a + "held talks via videoconference with Kenyan President Daniel Ochieng on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel (video) @2024-06-11"}},
		{"marker after over the phone", a + "had talks over the phone with Kenyan President Daniel Ochieng on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel (phone) @2024-06-11"}},
		{"marker after sidelines", a + "held a meeting at the margins of the AU summit with Kenyan President Daniel Ochieng on Tuesday.",
			[]string{"gathering occurred Kenya+Tanzania @2024-06-11", "meeting occurred Daniel Ochieng+Grace Mollel @2024-06-11"}},
		{"marker after place and day", a + "held a closed-door meeting in Arusha on Tuesday with Kenyan President Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-11"}},
		{"marker after a that-time phrase", a + "held talks that evening with Kenyan President Daniel Ochieng in Arusha on Monday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-10"}},
		{"sat down privately with", a + "sat down privately with Kenyan President Daniel Ochieng in Arusha on Monday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-10"}},
		{"joint talks", a + "and Kenyan President Daniel Ochieng held talks in Arusha on Monday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-10"}},
		{"talks as a purpose are planned", a + "flew to Nairobi for talks with Kenyan President Daniel Ochieng.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @", "visit occurred Grace Mollel>Kenya @2024-06"}},
		{"talks with a scheduled appositive are planned",
			"Talks between Grace Mollel of Tanzania and Daniel Ochieng of Kenya, scheduled for Thursday, will focus on trade.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-20"}},
		{"a slated meeting is planned",
			"The meeting between Grace Mollel of Tanzania and Daniel Ochieng of Kenya, slated for next month, was confirmed on Monday.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-07"}},
		{"talks that are to take place are planned",
			"Talks between Grace Mollel of Tanzania and Daniel Ochieng of Kenya are to take place in Arusha.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @"}},
		{"a held appositive is stepped over",
			"Talks between Grace Mollel of Tanzania and Daniel Ochieng of Kenya, held in Arusha on Monday, ended without a deal.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-10"}},
		{"a verb between noun and marker is no marker", a + "held talks that ended with a joint statement on Monday.",
			nil},
	})
}

// TestMeetIdioms checks that "meet" with an idiom's object, or speaking to
// an audience, is no meeting, and meeting a person or country still is.
func TestMeetIdioms(t *testing.T) {
	pub := day(2024, time.June, 14)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Officials hoped Kenya would meet NATO's savings target this year.", nil},
		{"Exporters struggled to meet growing demand in Kenya.", nil},
		{"Kenya met its obligations under the deal on Monday.", nil},
		{"Tanzania failed to meet the deadline set by Kenya.", nil},
		{"Kenya said it had met EU standards on food safety.", nil},
		{"Kenyan President Daniel Ochieng, speaking to the Tanzanian Parliament on Tuesday, urged calm.", nil},
		{"Kenyan President Daniel Ochieng spoke to the Security Council on Tuesday.", nil},
		{"Kenyan President Daniel Ochieng spoke to Tanzanian President Grace Mollel on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-11"}},
		{"Kenyan President Daniel Ochieng met the Tanzanian president on Monday.",
			[]string{"meeting occurred Daniel Ochieng+Tanzania @2024-06-10"}},
	} {
		got := brief(testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub}))
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("%q (-want +got):\n%s", tc.text, d)
		}
	}
}

// TestJoinedForMeeting covers "A joined B (and C) for" a meeting noun: one
// meeting of them all; joining a call or talks already told, or joining in
// a call for something, is none.
func TestJoinedForMeeting(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"three-way meeting", "Kenyan President William Ruto joined Ghana's John Mahama and Nigeria's Bola Tinubu for a three-way meeting on trade on Friday.",
			[]string{"meeting occurred Bola Tinubu+John Mahama+William Ruto @2024-06-14"}},
		{"talks in a city", "Kenyan President William Ruto joined Ghanaian President John Mahama for talks in Accra on Thursday.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-06-13"}},
		{"dinner, the day before", "Kenyan President William Ruto joined Ghana's John Mahama on Thursday for dinner.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-06-13"}},
		{"aides joined their leader for the call", "Foreign Minister Musalia Mudavadi and aide Monica Juma joined William Ruto for the call.",
			nil},
		{"joined in calling for", "Kenyan President William Ruto joined Ghana's John Mahama in calling for a ceasefire on Friday.",
			nil},
	})
}

// TestCountryTalksOfLeaders covers talks between two countries' adjectives
// whose sentence speaks of their leaders ("the presidents focused on"):
// talks of the one leader the text named for each; without such words, or
// with two leaders named for one country, the countries stay.
func TestCountryTalksOfLeaders(t *testing.T) {
	pub := day(2024, time.June, 12) // a Wednesday
	const intro = "Kenyan President William Ruto arrived in Accra on Tuesday, hosted by Ghanaian President John Mahama. "
	checkBriefs(t, pub, []briefCase{
		{"the presidents after a semicolon",
			intro + "Yesterday's Kenyan-Ghanaian talks ran for two hours; the presidents focused on trade.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-06-11", "visit occurred William Ruto>Ghana @2024-06-11"}},
		{"the two leaders said",
			intro + "Kenyan-Ghanaian talks on Tuesday covered visas, the two leaders said.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-06-11", "visit occurred William Ruto>Ghana @2024-06-11"}},
		{"no leader words: the countries",
			intro + "The Kenya-Ghana talks on Tuesday covered trade and visas.",
			[]string{"meeting occurred Ghana+Kenya @2024-06-11", "visit occurred William Ruto>Ghana @2024-06-11"}},
		{"two leaders of one country: the countries",
			intro + "Kenyan Prime Minister Musalia Mudavadi joined him. Kenyan-Ghanaian talks on Tuesday covered visas, the leaders said.",
			[]string{"meeting occurred Ghana+Kenya @2024-06-11", "visit occurred Musalia Mudavadi>Ghana @2024-06-11", "visit occurred William Ruto>Ghana @2024-06-11"}},
	})
}

// TestUnknownBodyBeforeKnownName covers an unknown name before a known
// body's generic name ("the Sahel Council of Ministers"): another body,
// not the known one (the EU's "Council of Ministers").
func TestUnknownBodyBeforeKnownName(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"an unknown body", "Ghana's John Mahama met the Sahel Council of Ministers in Niamey on Saturday.",
			[]string{"meeting occurred John Mahama+Sahel Council of Ministers @2025-03-08"}},
		{"the known body", "Ghana's John Mahama met the Council of Ministers in Brussels on Saturday.",
			[]string{"meeting occurred Council of the European Union+John Mahama @2025-03-08"}},
	})
}

// TestTalksOnTopicWith covers "held talks on trade with X": a short topic
// between the noun and its partner; a topic with a determiner ("on the new
// programme with the IMF") keeps its own "with".
func TestTalksOnTopicWith(t *testing.T) {
	pub := day(2025, time.April, 5) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"talks on a topic with a person",
			"India's premier Narendra Modi held talks on trade with Thai Prime Minister Suda Wongsiri in Bangkok on Friday.",
			[]string{"meeting occurred Narendra Modi+Suda Wongsiri @2025-04-04"}},
		{"talks on two topics with a person",
			"India's premier Narendra Modi held talks on trade and energy with Thai Prime Minister Suda Wongsiri in Bangkok on Friday.",
			[]string{"meeting occurred Narendra Modi+Suda Wongsiri @2025-04-04"}},
		{"a topic's own with",
			"Kenyan Finance Minister John Mbadi had a long session on the revised loan plan with the IMF on Friday.",
			nil},
	})
}

// TestGivenNameAlone covers a person named later by the given name alone
// ("Suda" after "Suda Wongsiri", as Thai copy does): the same person.
func TestGivenNameAlone(t *testing.T) {
	pub := day(2025, time.April, 5) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"given name alone",
			"Thai Prime Minister Suda Wongsiri spoke to reporters on Friday. India's premier Narendra Modi met Suda at Government House that afternoon.",
			[]string{"meeting occurred Narendra Modi+Suda Wongsiri @2025-04-04"}},
	})
}

// TestPeoplesInStateName covers a state's name with "People's" inside it
// ("Democratic People's Republic of Korea", "Lao People's Democratic
// Republic"): the state, no person named People.
func TestPeoplesInStateName(t *testing.T) {
	pub := day(2025, time.September, 29) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"a foreign minister of a People's Republic",
			"Wang Yi held talks in Beijing on Sunday with Choe Son Hui, top diplomat of the Democratic People's Republic of Korea.",
			[]string{"meeting occurred Choe Son Hui+Wang Yi @2025-09-28"}},
		{"the minister of a People's Democratic Republic",
			"Wang Yi met the foreign minister of the Lao People's Democratic Republic in Beijing on Sunday.",
			[]string{"meeting occurred Laos+Wang Yi @2025-09-28"}},
	})
}

// TestOneToOneAndProspects covers the British "one-to-one" as a meeting
// noun, a meeting noun after an expectation ("expectations of", "the
// speculation about") that tells no meeting held, and a knighted name whose
// "Sir" is no part of the name the gazetteer knows.
func TestOneToOneAndProspects(t *testing.T) {
	pub := day(2025, time.March, 7) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"one-to-one",
			"On Thursday Irish Taoiseach Micheal Martin held a one-to-one with Dutch Prime Minister Dick Schoof.",
			[]string{"meeting occurred Dick Schoof+Micheal Martin @2025-03-06"}},
		{"one-to-ones",
			"On Thursday Dutch Prime Minister Dick Schoof held one-to-ones with Irish Taoiseach Micheal Martin and Belgian Prime Minister Bart De Wever.",
			[]string{"meeting occurred Bart De Wever+Dick Schoof @2025-03-06", "meeting occurred Dick Schoof+Micheal Martin @2025-03-06"}},
		{"expectations of a meeting",
			"Expectations of a meeting between Dutch Prime Minister Dick Schoof and Irish Taoiseach Micheal Martin ran high on Thursday.",
			[]string{"meeting planned Dick Schoof+Micheal Martin @2025-03-06"}},
		{"speculation about talks",
			"There was speculation about talks between Dick Schoof and Micheal Martin in Dublin.",
			[]string{"meeting planned Dick Schoof+Micheal Martin @"}},
		{"a knight known without his Sir",
			"Sir Keir Starmer sat down with Dick Schoof of the Netherlands in The Hague on Thursday.",
			[]string{"meeting occurred Dick Schoof+Keir Starmer @2025-03-06"}},
	})
}

// TestMealWithItsHost covers a meal whose host is named after the noun
// ("breakfast at the residence of Y", "a lunch hosted by Y"): the subject
// met the host; a dinner given for a summit's leaders, or one the subject
// merely spoke at, is no meeting with its host.
func TestMealWithItsHost(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"breakfast in the residence of",
			"Ines Vallet started Thursday with an early breakfast in the official residence of Deputy Premier Sara Lind.",
			[]string{"meeting occurred Ines Vallet+Sara Lind @2025-03-13"}},
		{"dinner at the home of",
			"Ines Vallet had dinner on Thursday at the home of Prime Minister Sara Lind.",
			[]string{"meeting occurred Ines Vallet+Sara Lind @2025-03-13"}},
		{"a lunch hosted by",
			"Ines Vallet went on to a lunch hosted by Speaker Sara Lind on Thursday.",
			[]string{"meeting occurred Ines Vallet+Sara Lind @2025-03-13"}},
		{"spoke at a dinner hosted by",
			"Ines Vallet spoke briefly with Omar Haddad at a dinner hosted by Speaker Sara Lind on Thursday.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad @2025-03-13"}},
		{"a summit's dinner",
			"The Baltic summit opened in Riga on Thursday. Ines Vallet went to the dinner hosted by President Edgars Rinkevics that evening.",
			[]string{"gathering occurred  @2025-03-13"}},
	})
}

// TestDoneInTalks covers people of two states who did something "in
// talks" or "during their meeting": they held the talks, with those the
// talks were "also attended by"; two of one state "in talks" (with others
// not named) and "were in talks" (a negotiation) are no meeting of theirs.
func TestDoneInTalks(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const pair = "On Monday Zambian President Hakainde Hichilema and Malawian President Peter Banda "
	checkBriefs(t, pub, []briefCase{
		{"settled in talks", pair + "settled the text of a rail treaty in talks at State House.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-10"}},
		{"agreed in talks also attended by", pair + "agreed on a rail treaty in long talks also attended by the foreign minister, Mulambo Haimbe, and his Malawian counterpart, Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+Hakainde Hichilema+Mulambo Haimbe+Peter Banda @2025-03-10"}},
		{"during their meeting", pair + "reviewed the rail treaty during their meeting.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-10"}},
		{"one state's pair", "On Monday Zambian President Hakainde Hichilema and Zambian Foreign Minister Mulambo Haimbe took a hard line in talks on the railway.", nil},
		{"were in talks", "Zambian President Hakainde Hichilema and Malawian President Peter Banda were in talks over a rail treaty for years.", nil},
	})
}

// TestGuestOfAHostAtAMeal covers a subject who "was Y's guest" or "the
// guest of Y" for, at or over a meal: the two met; a guest of honour at a
// dinner given for others met no one named, and a guest still to come is a
// plan.
func TestGuestOfAHostAtAMeal(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"Y's guest for a working lunch", "Ines Vallet spoke at the forum in Oslo on Wednesday. On Thursday she was Prime Minister Sara Lind's guest for a working lunch.",
			[]string{"meeting occurred Ines Vallet+Sara Lind @2025-03-13"}},
		{"the guest of Y at dinner", "Ines Vallet was the guest of Prime Minister Sara Lind at dinner on Thursday.",
			[]string{"meeting occurred Ines Vallet+Sara Lind @2025-03-13"}},
		{"over breakfast, two guests", "Ines Vallet and Omar Haddad were the guests of Prime Minister Sara Lind over breakfast on Thursday.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad+Sara Lind @2025-03-13"}},
		{"a guest still to come", "Ines Vallet will be the guest of Prime Minister Sara Lind at a dinner on Saturday.",
			[]string{"meeting planned Ines Vallet+Sara Lind @2025-03-15"}},
		{"guest of honour", "Ines Vallet was guest of honour at a donors' dinner on Thursday.", nil},
	})
}

// TestSatFacing covers a subject who "sat opposite" or "sat across the
// table from" others: one meeting of all at the table; at a gathering in
// focus the seating tells no meeting.
func TestSatFacing(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"sat opposite two",
			"On Tuesday Ines Vallet sat opposite Omar Haddad and Ali Nasser in a palace in Doha.",
			[]string{"meeting occurred Ali Nasser+Ines Vallet+Omar Haddad @2025-03-11"}},
		{"sat across the table from",
			"Ines Vallet sat across the table from Omar Haddad for two hours on Wednesday.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad @2025-03-12"}},
		{"a summit's seating",
			"The Gulf summit opened in Doha on Tuesday. Ines Vallet sat opposite Omar Haddad in the hall.",
			[]string{"gathering occurred  @2025-03-11"}},
	})
}

// TestSatWith covers "sat with X" as "sat down with X", unless X is a party
// of a meeting just told, whose side the subjects then sat on: they join
// that meeting, no second one.
func TestSatWith(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"sat with, for a while",
			"Ines Vallet and Omar Haddad sat with Ali Nasser for three hours at the palace on Tuesday.",
			[]string{"meeting occurred Ali Nasser+Ines Vallet+Omar Haddad @2025-03-11"}},
		{"sat with a party of the meeting told",
			"Ines Vallet held talks with Omar Haddad in Doha on Tuesday. Her deputy Paul Marchand sat with Vallet throughout.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad+Paul Marchand @2025-03-11"}},
	})
}

// TestCompanionsAtAMeeting covers those who "accompanied" a party in the
// sentence of its meeting: they take part (the host's consort, the guest's
// minister); a leader's companions at a meeting at home with no foreign
// party make no meeting.
func TestCompanionsAtAMeeting(t *testing.T) {
	pub := day(2024, time.November, 20) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"the host's companion",
			"King Carl XVI Gustaf, accompanied by Queen Silvia, received Lithuanian President Gitanas Nauseda at the Royal Palace in Stockholm on Tuesday.",
			[]string{"meeting occurred Carl XVI Gustaf+Gitanas Nauseda+Silvia @2024-11-19"}},
		{"the guest's companion in a relative clause",
			"On Tuesday, King Carl XVI Gustaf received Lithuanian President Gitanas Nauseda, who was accompanied by Foreign Minister Kestutis Budrys.",
			[]string{"meeting occurred Carl XVI Gustaf+Gitanas Nauseda+Kestutis Budrys @2024-11-19"}},
		{"companions at home",
			"Lebanese Prime Minister Nawaf Salam, accompanied by Energy Minister Joe Saddi and Economy Minister Amer Bisat, met farmers and local officials in Zahle on Tuesday.",
			nil},
	})
}

// TestReceivedAtANamedBuilding covers a host who received a guest "at" a
// building named by a capitalised word and its noun ("Al Shati Palace",
// "Kofi Badu Hall"): the name is no person, and the guest after it is the
// object.
func TestReceivedAtANamedBuilding(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"a palace",
			"Omani ruler Haitham bin Tarik received at Al Shati Palace on Sunday the Jordanian Foreign Minister, Ayman Safadi.",
			[]string{"meeting occurred Ayman Safadi+Haitham bin Tarik @2025-03-09"}},
		{"a hall",
			"Ghanaian President John Mahama received at Kofi Badu Hall on Sunday Togolese Foreign Minister Robert Dussey.",
			[]string{"meeting occurred John Mahama+Robert Dussey @2025-03-09"}},
	})
}

// TestFaceToFaceAndReturnedFor covers speakers who spoke "face to face",
// "in person", "briefly", "alone" or "behind closed doors" (met, with or without "with" after the manner,
// whose "to" is no marker), one seen "huddling with" another, and talks that were the purpose of a return already made ("returned to
// X on Monday for a second session with Y": held).
func TestFaceToFaceAndReturnedFor(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a plural subject spoke face to face",
			"Ines Vallet and Omar Haddad spoke face to face for a few minutes in Geneva on Tuesday.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad @2025-03-11"}},
		{"a plural subject spoke alone",
			"Ines Vallet and Omar Haddad spoke alone for an hour in Geneva on Tuesday.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad @2025-03-11"}},
		{"a plural subject talked behind closed doors",
			"On Tuesday Ines Vallet and Omar Haddad talked behind closed doors in Geneva.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad @2025-03-11"}},
		{"spoke face to face with",
			"Ines Vallet spoke face to face with Omar Haddad in Geneva on Tuesday.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad @2025-03-11"}},
		{"seen huddling with",
			"Ines Vallet was seen huddling with Omar Haddad in a corridor in Geneva on Tuesday.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad @2025-03-11"}},
		{"returned for a second session",
			"Envoy Ines Vallet returned to the speaker's residence on Tuesday for a second session with Omar Haddad.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad @2025-03-11"}},
	})
}

// TestDemonymAsPerson covers "the Frenchwoman and the Qatari" standing for
// the one person of each country named in the sentences just before; a
// country with two such people, or none near, gives no one.
func TestDemonymAsPerson(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const two = "French envoy Ines Vallet and Qatari minister Omar Haddad were in Doha on Tuesday. "
	checkBriefs(t, pub, []briefCase{
		{"two demonyms met",
			two + "The Frenchwoman and the Qatari met on Tuesday.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad @2025-03-11", "visit occurred Ines Vallet>Qatar @2025-03-11"}},
		{"talked privately as a session ended, on the day of the stay",
			two + "As the session ended, the Frenchwoman and the Qatari talked privately for some minutes.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad @2025-03-11", "visit occurred Ines Vallet>Qatar @2025-03-11"}},
		{"two of one country: no one",
			"French envoy Ines Vallet, French minister Paul Roux and Qatari minister Omar Haddad were in Doha on Tuesday. The Frenchman and the Qatari met on Tuesday.",
			[]string{"visit occurred Ines Vallet>Qatar @2025-03-11", "visit occurred Paul Roux>Qatar @2025-03-11"}},
	})
}

// TestWelcomedWithHonours covers a host who welcomed a guest with the
// honours of a state welcome, or with nothing after, in a sentence that
// names the city ("In Oslo, X welcomed him with military honours"): a
// meeting, and the guest's visit to the host's country; welcoming
// someone's offer is none.
func TestWelcomedWithHonours(t *testing.T) {
	pub := day(2025, time.May, 7) // a Wednesday
	const before = "Friedrich Merz spent his first day in office abroad. "
	checkBriefs(t, pub, []briefCase{
		{"with military honours",
			before + "In Oslo this morning, Prime Minister Jonas Gahr Store welcomed him with military honours.",
			[]string{"meeting occurred Friedrich Merz+Jonas Gahr Store @2025-05-07", "visit occurred Friedrich Merz>Norway @2025-05-07"}},
		{"nothing after the guest",
			before + "In Oslo, Prime Minister Jonas Gahr Store welcomed him.",
			[]string{"meeting occurred Friedrich Merz+Jonas Gahr Store @2025-05", "visit occurred Friedrich Merz>Norway @2025-05"}},
		{"an offer welcomed",
			"In Oslo, Prime Minister Jonas Gahr Store welcomed Friedrich Merz's offer.",
			nil},
	})
}

// TestTimeSpentInPrivate covers two people who spent a stretch of time
// "behind closed doors" or "in private": they met; time spent in a place
// alone is no meeting.
func TestTimeSpentInPrivate(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"behind closed doors",
			"On Wednesday Ines Vallet and Omar Haddad spent forty minutes behind closed doors.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad @2025-03-12"}},
		{"in private",
			"On Wednesday Ines Vallet and Omar Haddad spent an hour in private.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad @2025-03-12"}},
		{"one alone",
			"On Wednesday Ines Vallet spent an hour behind closed doors.",
			nil},
	})
}

// TestMeetingCompanyAndSeconds covers meetings told as company kept for
// talks or a meal ("was with Y for talks"), a gerund after "by" ("began
// the visit by meeting Y"), a summit between two people (their meeting;
// between blocs a gathering), and a second meeting of the same subject
// told by "one" or "another" ("a call with A, and one with B").
func TestMeetingCompanyAndSeconds(t *testing.T) {
	pub := day(2024, time.October, 11) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"was with someone for talks",
			"On Thursday Peruvian President Dina Boluarte was with Chilean President Gabriel Boric for talks that lasted three hours.",
			[]string{"meeting occurred Dina Boluarte+Gabriel Boric @2024-10-10"}},
		{"was with someone over a meal",
			"Peruvian President Dina Boluarte was with Chilean President Gabriel Boric over a long dinner on Wednesday.",
			[]string{"meeting occurred Dina Boluarte+Gabriel Boric @2024-10-09"}},
		{"was with someone on a question is no meeting",
			"Peruvian President Dina Boluarte was with Chilean President Gabriel Boric on the water question.",
			nil},
		{"began a day by meeting",
			"Peruvian President Dina Boluarte began Thursday by meeting Chilean President Gabriel Boric.",
			[]string{"meeting occurred Dina Boluarte+Gabriel Boric @2024-10-10"}},
		{"a past day's summit between two leaders",
			"Wednesday's summit between Peruvian President Dina Boluarte and Chilean President Gabriel Boric ended without a deal.",
			[]string{"meeting occurred Dina Boluarte+Gabriel Boric @2024-10-09"}},
		{"a summit between two blocs is a gathering",
			"Wednesday's summit between ASEAN and the African Union ended without a deal.",
			[]string{"gathering occurred ASEAN+African Union @2024-10-09"}},
		{"a call with one, and one with another",
			"Peruvian President Dina Boluarte had a call with Gabriel Boric on Monday, and one with Luis Arce the following day.",
			[]string{"meeting occurred Dina Boluarte+Gabriel Boric (phone) @2024-10-07", "meeting occurred Dina Boluarte+Luis Arce (phone) @2024-10-08"}},
		{"talks with one, and another round with another",
			"Peruvian President Dina Boluarte held talks with Gabriel Boric on Monday and another round with Luis Arce on Tuesday.",
			[]string{"meeting occurred Dina Boluarte+Gabriel Boric @2024-10-07", "meeting occurred Dina Boluarte+Luis Arce @2024-10-08"}},
		{"talks with one, a participle, and with another",
			"Peruvian President Dina Boluarte held talks with Gabriel Boric on Monday, touching on lithium, and with Luis Arce, with whom she discussed gas.",
			[]string{"meeting occurred Dina Boluarte+Gabriel Boric @2024-10-07", "meeting occurred Dina Boluarte+Luis Arce @2024-10-07"}},
		{"and with inside a relative clause is the relative's",
			"Peruvian President Dina Boluarte held talks with Gabriel Boric, who came with his ministers, and with the press.",
			[]string{"meeting occurred Dina Boluarte+Gabriel Boric @2024-10"}},
		{"a subject after a colon, two calls",
			"This week Boluarte briefed both capitals: a call with Gabriel Boric on Monday, and one with Luis Arce the following day.",
			[]string{"meeting occurred Dina Boluarte+Gabriel Boric (phone) @2024-10-07", "meeting occurred Dina Boluarte+Luis Arce (phone) @2024-10-08"}},
	})
}

// TestCourtesyCallCoordinated covers a courtesy call "to" its host, told
// after a meeting of the same subject in one sentence: the subject's call,
// not one of the people met before.
func TestCourtesyCallCoordinated(t *testing.T) {
	pub := day(2024, time.October, 11) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"met two, then made a courtesy call to a third",
			"On Thursday Malaysian Prime Minister Anwar Ibrahim met President Ferdinand Marcos and Vice President Sara Duterte, and then made a courtesy call to Senate President Francis Escudero.",
			[]string{
				"meeting occurred Anwar Ibrahim+Ferdinand Marcos @2024-10-10",
				"meeting occurred Anwar Ibrahim+Francis Escudero @2024-10-10",
				"meeting occurred Anwar Ibrahim+Sara Duterte @2024-10-10",
			}},
		{"a courtesy call to a building is no meeting",
			"Malaysian Prime Minister Anwar Ibrahim paid a courtesy call to the palace on Thursday.",
			nil},
	})
}

// TestHostsAndBodyNamedHolders covers "his host X" (the leader who
// received him, not a programme's host, who is the press) and a holder
// named after a role's body or region that is named after a country or
// city ("the Chairman of the Chile Mining Federation X", "the Governor of
// Cusco Region Y").
func TestHostsAndBodyNamedHolders(t *testing.T) {
	pub := day(2024, time.October, 11) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"his host",
			"On Thursday, Bolivian President Luis Arce held talks with his host Gabriel Boric.",
			[]string{"meeting occurred Gabriel Boric+Luis Arce @2024-10-10"}},
		{"a programme's host is the press",
			"On Thursday, Bolivian President Luis Arce spoke with radio host Ana Rojas.",
			nil},
		{"a body named after a country",
			"On Thursday Bolivian President Luis Arce met the Chairman of the Chile Mining Federation Joaquin Villarino.",
			[]string{"meeting occurred Joaquin Villarino+Luis Arce @2024-10-10"}},
		{"a region named after a city",
			"On Thursday Bolivian President Luis Arce held talks with the Governor of Cusco Region Werner Salcedo.",
			[]string{"meeting occurred Luis Arce+Werner Salcedo @2024-10-10"}},
	})
}

// TestReceivedInAudience covers a guest received "in a private audience"
// or "in a farewell audience", named after the phrase, as after "received
// in audience".
func TestReceivedInAudience(t *testing.T) {
	pub := day(2024, time.October, 11) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a private audience, the guest named after a title",
			"On Thursday King Felipe VI received in a private audience Chile's head of state, Gabriel Boric.",
			[]string{"meeting occurred Felipe VI+Gabriel Boric @2024-10-10"}},
		{"received in a farewell audience",
			"King Felipe VI received in a farewell audience Chilean Ambassador Javier Velasco on Thursday.",
			[]string{"meeting occurred Felipe VI+Javier Velasco @2024-10-10"}},
	})
}

// TestReceivedLaterAndPresentTense covers a passive reception with a time
// between the verb and its agent ("was received that night by Y",
// "received later by Z"), a host told by the gerund ("showed X receiving
// Y for talks"), and a call told in the present, as timelines put it
// ("June 15: X speaks by phone with Y").
func TestReceivedLaterAndPresentTense(t *testing.T) {
	pub := day(2024, time.February, 18) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"received that night by",
			"Ghanaian President John Mahama landed in Abuja on Monday; he was received that night by Nigerian President Bola Tinubu.",
			[]string{"meeting occurred Bola Tinubu+John Mahama @2024-02-12", "visit occurred John Mahama>Nigeria @2024-02-12"}},
		{"received later by",
			"Ghanaian Foreign Minister Samuel Ablakwa was received later by Nigerian President Bola Tinubu on Friday.",
			[]string{"meeting occurred Bola Tinubu+Samuel Ablakwa @2024-02-16"}},
		{"a gerund of receiving",
			"State television showed Nigerian President Bola Tinubu receiving Ghanaian President John Mahama for talks on Friday.",
			[]string{"meeting occurred Bola Tinubu+John Mahama @2024-02-16"}},
		{"speaks by phone in a timeline",
			"January 9: Nigerian President Bola Tinubu speaks by phone with Ghanaian President John Mahama.",
			[]string{"meeting occurred Bola Tinubu+John Mahama (phone) @2024-01-09"}},
	})
}

// TestSeatOfGovernmentIsNoPerson covers a seat of government named by two
// words ("Capitol Hill") as no person: a meeting there reaches the person
// met, while a seat before a title ("White House spokesman") still gives
// the title holder's country.
func TestSeatOfGovernmentIsNoPerson(t *testing.T) {
	pub := day(2024, time.May, 24) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"sat down on the hill with a senator",
			"Kenyan President William Ruto sat down on Capitol Hill with Senator Chris Coons on Wednesday.",
			[]string{"meeting occurred Chris Coons+William Ruto @2024-05-22"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Text: "White House spokeswoman Karine Jean-Pierre spoke to reporters on Wednesday.", Published: pub})
	if got, found := personCountry(f, "Karine Jean-Pierre"); !found || got != "United States" {
		t.Errorf("Karine Jean-Pierre: country %q (found %v), want United States", got, found)
	}
}

// TestGuestAndSpouse checks that "received X and his wife" keeps the
// meeting with X (the possessive is not the host), and that a spouse named
// after the kin noun is met too.
func TestGuestAndSpouse(t *testing.T) {
	pub := day(2024, time.November, 20) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"and his wife, unnamed",
			"Ghanaian President John Mahama received Kenyan President William Ruto and his wife at Jubilee House on Tuesday.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-11-19"}},
		{"and her husband, named",
			"Ghanaian President John Mahama received Namibian President Eva Nangolo and her husband Tomas Nangolo on Tuesday.",
			[]string{"meeting occurred Eva Nangolo+John Mahama @2024-11-19", "meeting occurred John Mahama+Tomas Nangolo @2024-11-19"}},
		{"and her husband, named after a comma",
			"Ghanaian President John Mahama received Namibian President Eva Nangolo and her husband, Tomas Nangolo, on Tuesday.",
			[]string{"meeting occurred Eva Nangolo+John Mahama @2024-11-19", "meeting occurred John Mahama+Tomas Nangolo @2024-11-19"}},
	})
}

// TestHeldSession checks that two people who "held a (working) session"
// met, while a session two countries or unnamed delegates held is no
// meeting of people.
func TestHeldSession(t *testing.T) {
	checkBriefs(t, day(2025, time.February, 13), []briefCase{ // a Thursday
		{"two named ministers",
			"On Tuesday, Grace Wanjiku and Omar Farah held a preparatory working session in Nairobi on the draft accords.",
			[]string{"meeting occurred Grace Wanjiku+Omar Farah @2025-02-11"}},
		{"two countries' joint session",
			"Kenya and Somalia held a joint session of their border commission in Nairobi on Tuesday.",
			nil},
	})
}

// TestStyledNameTakesTitle checks that "the Saudi minister" takes up a
// prince named before without an office in the text when the gazetteer's
// office for him fits the title, and not when it does not.
func TestStyledNameTakesTitle(t *testing.T) {
	checkBriefs(t, day(2024, time.March, 4), []briefCase{ // a Monday
		{"the minister",
			"Prince Faisal bin Farhan reached Muscat on Sunday. Later that day Badr Albusaidi received the Saudi minister.",
			[]string{"meeting occurred Badr Albusaidi+Faisal bin Farhan @2024-03-03", "visit occurred Faisal bin Farhan>Oman @2024-03-03"}},
		{"not the ambassador",
			"Prince Faisal bin Farhan reached Muscat on Sunday. Later that day Badr Albusaidi received the Saudi ambassador.",
			[]string{"visit occurred Faisal bin Farhan>Oman @2024-03-03"}},
	})
}

// TestSatAtTheNegotiatingTable covers "sat at the negotiating table" as
// "sat down": together, or with those after "with"; at a gathering in
// focus the table is its seating, no meeting of its own.
func TestSatAtTheNegotiatingTable(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"together",
			"Kenyan President William Ruto and Malawian President Peter Banda sat at the negotiating table in Lilongwe on Monday.",
			[]string{"meeting occurred Peter Banda+William Ruto @2024-04-29"}},
		{"with an object",
			"Kenyan President William Ruto sat around the conference table with Malawian President Peter Banda in Lilongwe on Monday.",
			[]string{"meeting occurred Peter Banda+William Ruto @2024-04-29"}},
		{"a caption's list",
			"LILONGWE, May 2 - (L-R) Zambian Foreign Minister Joseph Mwita, President Hakainde Hichilema, President Peter Banda and Malawian Foreign Minister Daniel Ochieng sit at the negotiating table on Thursday.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema+Joseph Mwita+Peter Banda @2024-05-02"}},
	})
}

// TestAgreedAfterTalks covers "A and B agreed to <do something> after
// talks": the agreeing came after the talks, which took place, however
// far the infinitive runs and with a term in quotes inside it; wishes and
// expectations before "to" keep them planned.
func TestAgreedAfterTalks(t *testing.T) {
	checkBriefs(t, day(2024, time.August, 20), []briefCase{
		{"agreed to do something after talks",
			"Malawian President Peter Banda and Kenyan President Joseph Mwita agreed to open two border posts after talks in Kisumu on Monday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-08-19"}},
		{"a quoted term before following talks",
			"Malawian President Peter Banda and Kenyan President Joseph Mwita have decided to turn their ties into a \"strategic partnership\", following official talks in Kisumu on Monday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-08-19"}},
		{"expected to, after talks",
			"Malawian President Peter Banda and Kenyan President Joseph Mwita are expected to open two border posts after talks in Kisumu on Thursday.",
			[]string{"meeting planned Joseph Mwita+Peter Banda @2024-08-22"}},
		{"hoped to, after talks",
			"Malawian President Peter Banda and Kenyan President Joseph Mwita hoped to open two border posts after talks in Kisumu.",
			[]string{"meeting planned Joseph Mwita+Peter Banda @"}},
	})
}

// TestJoinedForTalksWith covers one who joined another for talks with a
// third ("A joined B for talks with C", "A joined B in talks with C", "A
// joined B for a round with C"): one meeting of the three.
func TestJoinedForTalksWith(t *testing.T) {
	pub := day(2025, time.March, 6) // a Thursday
	want := []string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2025-03-05"}
	checkBriefs(t, pub, []briefCase{
		{"for talks with",
			"Former Kenyan president Daniel Ochieng joined Malawian President Peter Banda for talks with Tanzanian President Joseph Mwita in Dodoma on Wednesday.", want},
		{"in talks with",
			"On Wednesday Kenya's Daniel Ochieng joined Malawi's Peter Banda in talks with Joseph Mwita, the Tanzanian head of state.", want},
		{"no third party",
			"Former Kenyan president Daniel Ochieng joined Malawian President Peter Banda for talks on Wednesday.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-05"}},
		{"for a round with",
			"Former Kenyan president Daniel Ochieng joined Malawian President Peter Banda for a third round with Tanzanian President Joseph Mwita in Dodoma on Wednesday.", want},
		{"a round of golf",
			"Former Kenyan president Daniel Ochieng joined Malawian President Peter Banda for a round of golf in Dodoma on Wednesday.", nil},
	})
}

// TestPartOfADayInTalks covers "part of" a day before a meeting noun
// behind a preposition ("spent part of Monday on the phone with X", "in
// talks with X"): the of-phrase is the day, the talks were held; "part of
// the talks" still only speaks about them.
func TestPartOfADayInTalks(t *testing.T) {
	pub := day(2025, time.March, 6) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"on the phone",
			"Kenyan envoy Daniel Ochieng spent part of Tuesday on the phone with Malawian President Peter Banda.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda (phone) @2025-03-04"}},
		{"in talks",
			"Kenyan envoy Daniel Ochieng spent part of Tuesday in talks with Malawian President Peter Banda.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-04"}},
		{"part of the talks",
			"Kenyan envoy Daniel Ochieng said the levy was part of the talks with Malawi.", nil},
	})
}

// TestResultsOfADatedMeeting: "in the wake of last month's meeting
// between A and B" tells a meeting that was held, as a possessive of a
// past time says; "the results of talks between A and B" only speaks of
// talks.
func TestResultsOfADatedMeeting(t *testing.T) {
	pub := day(2025, time.March, 6) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"last month's",
			"The grain deal came in the wake of last month's meeting between Kenyan President Daniel Ochieng and Malawian President Peter Banda in Nairobi.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-02"}},
		{"a weekday's",
			"The grain deal was one outcome of Tuesday's meeting between Kenyan President Daniel Ochieng and Malawian President Peter Banda.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-04"}},
		{"undated talks",
			"The grain deal was among the results of talks between Kenya and Malawi.", nil},
	})
}

// TestCallingOnInTurn: a call on one host and then "on" another, each in
// a city ("called on A in X on Monday and on B in Y on Tuesday", the
// participle "calling on" too), is a meeting with each, in its own city
// and on its own day; "prior to" is a time, not an appeal's "to"; an
// appeal ("calling on X to resign") is none.
func TestCallingOnInTurn(t *testing.T) {
	pub := day(2025, time.March, 6) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"and on", "Kenyan envoy Joseph Mwita called on Peter Banda in Lilongwe on Monday and on Grace Phiri in Lusaka on Tuesday.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-04", "meeting occurred Joseph Mwita+Peter Banda @2025-03-03"}},
		{"calling on, a participle", "Kenyan envoy Joseph Mwita toured the region on Monday, calling on Malawian President Peter Banda in Lilongwe.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-03"}},
		{"prior to", "Kenyan Foreign Minister Joseph Mwita called on Malawian President Peter Banda at his hotel on Wednesday prior to the official talks.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-05"}},
		{"an appeal", "The opposition is calling on Kenyan President Joseph Mwita to resign.", nil},
	})
}

// TestCalledOnThenTimeAndPurpose: "called on X" with a day and then the
// purpose of a visit ("on Tuesday to congratulate him") is a call in
// person, by both subjects, and so is one "to congratulate him"; right
// after the object, or with a purpose of no visit, "to" makes it an appeal.
func TestCalledOnThenTimeAndPurpose(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a day, then a purpose", "Malawian President Peter Banda and Zambian President Hakainde Hichilema jointly called on Kenyan Vice-President Daniel Ochieng on Tuesday to congratulate him.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema+Peter Banda @2025-03-11"}},
		{"an appeal after a day", "Malawian President Peter Banda called on Kenyan Vice-President Daniel Ochieng on Tuesday to reopen the border.", nil},
		{"an appeal", "Malawian President Peter Banda called on Kenyan Vice-President Daniel Ochieng to thank the fishermen.", nil},
		{"to congratulate him", "Malawian President Peter Banda called on Kenyan Vice-President Daniel Ochieng to congratulate him.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03"}},
	})
}

// TestTalksLastingAndReceivedForTalksOn: a duration between the noun and
// its "with" ("talks lasting nearly three hours with Y", "talks that
// lasted an hour with Y") and a topic between "received for talks" and
// "by" ("received for talks on grain and fuel by Y") leave the meeting
// whole.
func TestTalksLastingAndReceivedForTalksOn(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"lasting", "Malawian Foreign Minister Peter Banda held talks lasting nearly three hours with Kenyan Foreign Minister Joseph Mwita on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-11"}},
		{"that lasted", "Malawian Foreign Minister Peter Banda had talks that lasted an hour with Kenyan Foreign Minister Joseph Mwita on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-11"}},
		{"a topic before by", "Malawian Foreign Minister Peter Banda was received on Tuesday for talks on grain and fuel supplies by Kenyan Vice-President Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-11"}},
	})
}

// TestHostedTwoToABreakfast: a host who received two guests "to a working
// breakfast" (one sitting) met them at one table, all three together;
// "hosted A and B on Tuesday" stays two meetings.
func TestHostedTwoToABreakfast(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"one table", "On Wednesday, Malawian President Peter Banda hosted Kenyan President William Ruto and President Hakainde Hichilema of Zambia to a working breakfast.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda+William Ruto @2025-03-12"}},
		{"two meetings", "On Wednesday, Malawian President Peter Banda hosted Kenyan President William Ruto and President Hakainde Hichilema of Zambia.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-12", "meeting occurred Peter Banda+William Ruto @2025-03-12"}},
	})
}

// TestNextDayAndFoundTime: "the following day" between a meeting noun and
// its "with" ("a working dinner the following day with Y"), and "made time
// that evening to receive Y" (it took place); at a gathering in focus,
// "joined the climate session the following day with A" is attendance, no
// meeting.
func TestNextDayAndFoundTime(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the following day", "Malawian President Peter Banda reached Kisumu on Tuesday, then held a working dinner the following day with Kenyan Foreign Minister Joseph Mwita.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-12", "visit occurred Peter Banda>Kenya @2025-03-11"}},
		{"made time", "Malawian President Peter Banda, who reached Kisumu on Thursday, made time that evening to receive Kenyan Vice-President Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-13", "visit occurred Peter Banda>Kenya @2025-03-13"}},
		{"a session", "The Lake Basin Summit opened in Kisumu on Monday. Malawian President Peter Banda joined the climate session the following day with Zambian President Hakainde Hichilema.",
			[]string{"gathering occurred Malawi+Zambia @2025-03-10"}},
	})
}

// TestSeriesWithEach: a series of meetings whose partners follow after a
// comma, each after "with" ("held three bilateral meetings on Wednesday,
// with A, with B and with C"), is a meeting with each of them, and so are
// "separate talks with B and with C" of a second verb, its subject the
// first verb's.
func TestSeriesWithEach(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"with each", "Malawian President Peter Banda held three bilateral meetings in Kisumu on Wednesday, with Kenyan Vice-President Daniel Ochieng, with Zambian President Hakainde Hichilema and with Ugandan envoy Joseph Mwita.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-12", "meeting occurred Hakainde Hichilema+Peter Banda @2025-03-12", "meeting occurred Joseph Mwita+Peter Banda @2025-03-12"}},
		{"met one, then separate talks", "Malawian President Peter Banda met Kenyan Vice-President Daniel Ochieng, and then had separate talks with Zambian President Hakainde Hichilema and with Ugandan envoy Joseph Mwita.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03", "meeting occurred Hakainde Hichilema+Peter Banda @2025-03", "meeting occurred Joseph Mwita+Peter Banda @2025-03"}},
	})
}

// TestVenueNameAside: a building's or square's name set off by commas
// after the venue ("at the ministry, Capital Hill, with Y", "at the
// palace, Place de l'Unité, with Y") leaves the meeting's "with" in reach.
func TestVenueNameAside(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a hill", "Malawian Foreign Minister Grace Phiri held talks at the ministry, Capital Hill, with Kenyan Foreign Minister Joseph Mwita on Tuesday.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-11"}},
		{"a square", "Malawian Foreign Minister Grace Phiri held talks at the palace, Place de l'Unité, with Kenyan Foreign Minister Joseph Mwita on Tuesday.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-11"}},
	})
}

// TestAfterAMeeting covers a meeting noun after "after" with "a" or
// "their" and modifiers ("after a private meeting"), and a fronted "After
// talks in X," before the two people named: the two met.
func TestAfterAMeeting(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	met := []string{"agreement occurred Daniel Ochieng+Peter Banda @2024-04-30", "meeting occurred Daniel Ochieng+Peter Banda @2024-04-30"}
	checkBriefs(t, pub, []briefCase{
		{"after a private meeting",
			"Malawian President Peter Banda and Kenyan President Daniel Ochieng signed a lake treaty in Lilongwe on Tuesday after a private meeting.",
			met},
		{"fronted, the two named",
			"After talks in Lilongwe on Tuesday, Malawian President Peter Banda and Kenyan President Daniel Ochieng signed a lake treaty.",
			met},
		{"fronted, one named",
			"After talks in Lilongwe on Tuesday, Malawian President Peter Banda signed a lake treaty.",
			nil},
	})
}

// TestNounCopulaWith: a meeting noun whose "was with" stands past words
// of time or of the day or trip it opened ("his first meeting of the day
// was with Y", "the first talks of the tour were with Y", "her last
// sit-down today was with Y") is a meeting with Y; "will be with Y" is
// none.
func TestNounCopulaWith(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const arrived = "Malawian President Peter Banda arrived in Lusaka on Thursday. "
	const visit = "visit occurred Peter Banda>Zambia @2025-03-13"
	met := []string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-13", visit}
	checkBriefs(t, pub, []briefCase{
		{"of the day", arrived + "His first meeting of the day was with Zambian President Hakainde Hichilema.", met},
		{"of the tour", arrived + "The first talks of the tour were with Zambian President Hakainde Hichilema.", met},
		{"of the morning", arrived + "Banda's last talks of the morning were with Zambian President Hakainde Hichilema.", met},
		{"today", arrived + "Banda's one sit-down today was with Zambian President Hakainde Hichilema.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-14", visit}},
		{"will be with", arrived + "His next meeting of the day will be with Zambian President Hakainde Hichilema.", []string{visit}},
	})
}

// TestWithdrewForTalks: leaders who "withdrew for private talks", "to a
// closed meeting" or "retired for a one-on-one" after a greeting held
// those talks.
func TestWithdrewForTalks(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const landed = "Zambian President Hakainde Hichilema landed in Lilongwe on Thursday. "
	want := []string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-13", "visit occurred Hakainde Hichilema>Malawi @2025-03-13"}
	checkBriefs(t, pub, []briefCase{
		{"withdrew for", landed + "Malawian President Peter Banda shook his hand beside the aircraft, and the two leaders withdrew for private talks.", want},
		{"withdrew to", landed + "Malawian President Peter Banda met his plane, and the two then withdrew to a closed meeting.", want},
		{"retired for", landed + "A band played as Malawian President Peter Banda saluted him; the two men then retired for a one-on-one.", want},
	})
}

// TestHeldTheirRound: two sides that "held their third round" or
// "concluded a second round" of their talks met; "a round of sanctions"
// is no meeting.
func TestHeldTheirRound(t *testing.T) {
	pub := day(2025, time.June, 14) // a Saturday
	const two = "Kenyan envoy Daniel Ochieng and Malawian envoy Joseph Mwita "
	checkBriefs(t, pub, []briefCase{
		{"their third round", two + "held their third round in Lusaka last month.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2025-05"}},
		{"concluded a second round", two + "concluded a second round in Lusaka on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2025-06-10"}},
		{"a round of sanctions", two + "announced a round of sanctions on Tuesday.", nil},
	})
}

// TestLedDelegationsAtTalks: two who "led their delegations at talks"
// held those talks, as two who led them "in talks" did.
func TestLedDelegationsAtTalks(t *testing.T) {
	pub := day(2025, time.May, 12) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"at talks", "On Sunday, Kenyan envoy Daniel Ochieng and Malawian Foreign Minister Joseph Mwita led their delegations at talks in Lilongwe.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2025-05-11"}},
		{"in talks", "On Sunday, Kenyan envoy Daniel Ochieng and Malawian Foreign Minister Joseph Mwita led their delegations in talks in Lilongwe.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2025-05-11"}},
	})
}

// TestFrontedWithPartner: "With Y, X discussed Z" names X's partner
// before the clause; Y may carry a role set off by commas.
func TestFrontedWithPartner(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a name with its role",
			"With Kenya's Minister of Mining, Ms Nancy Tembo, Mr Peter Banda went over copper tariffs and a rail corridor on Tuesday.",
			nil},
		{"then discussed",
			"With Kenya's Minister of Mining, Ms Nancy Tembo, Mr Peter Banda discussed copper tariffs and a rail corridor on Tuesday.",
			[]string{"meeting occurred Nancy Tembo+Peter Banda @2025-03-11"}},
		{"a name alone",
			"KISUMU - With Malawian President Lazarus Chakwera, Ruto discussed fishing rights on the lake on Tuesday.",
			[]string{"meeting occurred Lazarus Chakwera+William Ruto @2025-03-11"}},
	})
}

// TestFacedEachOther: "A and B faced each other over a desk" is a
// meeting of the two; "faced" with any other object is none.
func TestFacedEachOther(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"reciprocal",
			"KISUMU - On Thursday Zambia's Mulambo Haimbe and Kenya's Musalia Mudavadi faced one another over a narrow table in a lakeside hotel.",
			[]string{"meeting occurred Mulambo Haimbe+Musalia Mudavadi @2025-03-13"}},
		{"questions faced",
			"KISUMU - On Thursday Zambia's Mulambo Haimbe faced hard questions from Kenya's Musalia Mudavadi about maize exports.",
			nil},
	})
}

// TestPaidACallOn: "paid a call on X" is a call in person, as "a courtesy
// call on X"; "a call on X to act" is an appeal, and "a call on Monday"
// without "paid" before it no sitting.
func TestPaidACallOn(t *testing.T) {
	pub := day(2023, time.February, 22) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"paid a call on",
			"On Tuesday, Kenyan President William Ruto paid a call on Mutale Nalumango, the Vice President, at her office.",
			[]string{"meeting occurred Mutale Nalumango+William Ruto @2023-02-21"}},
		{"pays a call on, in the present of a readout",
			"LUSAKA - Zambian Foreign Minister Mulambo Haimbe pays a call on Kenyan President William Ruto this morning.",
			[]string{"meeting occurred Mulambo Haimbe+William Ruto @2023-02-22"}},
		{"a call on someone to act",
			"Kenyan President William Ruto issued a call on Vice President Mutale Nalumango to act on Tuesday.",
			nil},
	})
}

// TestTheirMeetingAside covers a meeting told in a phrase after a comma
// that closes its parties' clause ("A and B agreed on Friday to reopen the
// border, in their first conversation since May"): a meeting of the
// clause's subjects, on its day; none when that clause tells a plan, and
// none from a sentence that opens with the noun.
func TestTheirMeetingAside(t *testing.T) {
	pub := day(2025, time.March, 28) // a Friday
	const pair = "Zambian President Hakainde Hichilema and Malawi's President Peter Banda "
	checkBriefs(t, pub, []briefCase{
		{"their first conversation",
			pair + "agreed on Friday to reopen the border crossing after the May vote, in their first conversation since Banda took office.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-28"}},
		{"during their talks",
			pair + "settled the fishing dispute on Thursday, during their first direct talks in a year.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-27"}},
		{"a plan",
			pair + "will sign the treaty next week, in their first meeting since January.", nil},
		{"the noun opens the sentence", "Talks resumed in Lusaka.", nil},
	})
}

// TestWithAfterTheTopic covers the party of talks named after a topic
// that holds an article ("talks on the lake boundary with the Malawian
// envoy, X"), also past a "between" that names no one ("talks between the
// envoys of A and B on ... with X"): a person after "with" is no topic's.
// A state there may be ("the border with Tanzania"), and one "along with"
// the subject is company.
func TestWithAfterTheTopic(t *testing.T) {
	pub := day(2025, time.March, 28) // a Friday
	const who = "Kenyan Foreign Minister Daniel Ochieng "
	checkBriefs(t, pub, []briefCase{
		{"a topic with an article",
			who + "held talks on the lake boundary with Malawian envoy Peter Banda in Nairobi on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-25"}},
		{"a between that names no one",
			who + "held a fourth round of talks between Kenyan and Malawian special envoys on the lake boundary with Malawian envoy Peter Banda in Nairobi on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-25"}},
		{"a state after with", who + "held talks on the border with Tanzania on Tuesday.", nil},
		{"company", who + "addressed the session on Thursday along with Zambian President Hakainde Hichilema.", nil},
	})
}

// TestSecondMeetingOnADayPart covers a second meeting told with its own
// day and part of the day ("held meetings on Monday with A, and on
// Tuesday morning with B"): the subject's meeting with B, on that day.
func TestSecondMeetingOnADayPart(t *testing.T) {
	pub := day(2025, time.June, 17) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"a morning",
			"Malawi's Peter Banda had one-to-one meetings on Monday with Zambia's Hakainde Hichilema, and on Tuesday morning with Uganda's Yoweri Museveni.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-06-16", "meeting occurred Peter Banda+Yoweri Museveni @2025-06-17"}},
		{"an evening",
			"Malawi's Peter Banda held talks on Sunday with Zambia's Hakainde Hichilema and on Monday evening with Uganda's Yoweri Museveni.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-06-15", "meeting occurred Peter Banda+Yoweri Museveni @2025-06-16"}},
	})
}
