package extract

import (
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestNamedBilateralDialogue: a dialogue named for two countries and held
// or convened "with" counterparts is a meeting of all of them.
func TestNamedBilateralDialogue(t *testing.T) {
	pub := day(2024, time.July, 30) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"held", "Canadian Foreign Minister Melanie Joly and Defence Minister Bill Blair held the Canada-Ghana strategic dialogue with Ghanaian Foreign Minister Shirley Botchwey and Defence Minister Dominic Nitiwul on Monday.",
			[]string{"meeting occurred Bill Blair+Dominic Nitiwul+Melanie Joly+Shirley Botchwey @2024-07-29"}},
		{"convened, ordinal and 2+2", "Canadian Foreign Minister Melanie Joly and Defence Minister Bill Blair convened the second Canada-Ghana 2+2 ministerial dialogue with Ghanaian Foreign Minister Shirley Botchwey on Monday.",
			[]string{"meeting occurred Bill Blair+Melanie Joly+Shirley Botchwey @2024-07-29"}},
		{"a dialogue continued", "Canada continues a long dialogue with Ghana on trade, Foreign Minister Melanie Joly said.", nil},
	})
}

// TestPluralTitleSubjects: "The Secretaries arrived", "the two secretaries"
// and "the four principals" are the people of that title or number told
// before; a name closed by "Jr." ends its sentence before "The".
func TestPluralTitleSubjects(t *testing.T) {
	pub := day(2024, time.July, 30) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"the Secretaries", "Commerce Secretary Gina Raimondo and Energy Secretary Jennifer Granholm met Ghanaian President Nana Akufo-Addo on Monday. The Secretaries arrived in Accra late Sunday from Lagos.",
			[]string{"meeting occurred Gina Raimondo+Jennifer Granholm+Nana Akufo-Addo @2024-07-29", "visit occurred Gina Raimondo>Ghana @2024-07-28", "visit occurred Jennifer Granholm>Ghana @2024-07-28"}},
		{"the two secretaries", "Commerce Secretary Gina Raimondo and Energy Secretary Jennifer Granholm met Ghanaian President Nana Akufo-Addo in Accra on Monday. The two secretaries had arrived late Sunday.",
			[]string{"meeting occurred Gina Raimondo+Jennifer Granholm+Nana Akufo-Addo @2024-07-29", "visit occurred Gina Raimondo>Ghana @2024-07-28", "visit occurred Jennifer Granholm>Ghana @2024-07-28"}},
		{"Jr. then four principals", "Canadian Foreign Minister Melanie Joly and Defence Minister Bill Blair met Philippine Trade Secretary Alfredo Pascual and Defense Secretary Gilberto Teodoro Jr. The four principals later discussed maritime patrols.",
			[]string{"meeting occurred Alfredo Pascual+Bill Blair+Gilberto Teodoro Jr.+Melanie Joly @2024-07"}},
	})
}

// TestSpanOfDaysIsNoGroup: "Over the two days" or "in the three days"
// before a verb is a span of time, not "the two" people told before.
func TestSpanOfDaysIsNoGroup(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const opening = "Kenyan President William Ruto and Malawian President Peter Banda attended the opening of the Lake Basin summit in Lusaka on Wednesday. "
	checkBriefs(t, pub, []briefCase{
		{"over the two days", opening + "Over the two days, Zambian President Hakainde Hichilema met 12 other leaders.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-12"}},
		{"in the three weeks before", opening + "In the three weeks before, Zambian President Hakainde Hichilema had met 12 other leaders.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-12"}},
		{"the two met", opening + "The two met again on Thursday.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-12", "meeting occurred Peter Banda+William Ruto @2025-03-13"}},
	})
}

// TestHostNamedInApposition: "the host", "the summit host" or "the
// summit's host" with the name after a comma is that person, as "his
// host, X" is.
func TestHostNamedInApposition(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const want = "meeting occurred Hakainde Hichilema+William Ruto @2025-03-10"
	checkBriefs(t, pub, []briefCase{
		{"the summit host", "On Monday Kenya's William Ruto conferred with the summit host, Zambian President Hakainde Hichilema.", []string{want}},
		{"the host", "Kenyan President William Ruto sat down on Monday with the host, Zambian President Hakainde Hichilema.", []string{want}},
		{"the summit's host", "Kenyan President William Ruto met the summit's host, Zambian President Hakainde Hichilema, on Monday.", []string{want}},
	})
}

// TestGroupWithNationality: "the two Dutch ministers held talks with Y"
// are the two Dutch ministers told before, not the Netherlands.
func TestGroupWithNationality(t *testing.T) {
	pub := day(2022, time.December, 20) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"two Dutch ministers", "ACCRA - Dutch Foreign Minister Wopke Hoekstra and Trade Minister Liesje Schreinemacher arrived on Monday. The two Dutch ministers held talks with Ghanaian Foreign Minister Shirley Botchwey on Tuesday.",
			[]string{"meeting occurred Liesje Schreinemacher+Shirley Botchwey+Wopke Hoekstra @2022-12-20", "visit occurred Liesje Schreinemacher>Ghana @2022-12-19", "visit occurred Wopke Hoekstra>Ghana @2022-12-19"}},
	})
}

// TestAgencyDatelineWithFullStop: Spanish-language wire copy closes its
// agency with ".-" ("Lima, Apr 10 (ANDINA).- ..."): the place is still
// the dateline.
func TestAgencyDatelineWithFullStop(t *testing.T) {
	pub := day(2025, time.April, 10) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"agency and full stop", "Lima, Apr 10 (ANDINA).- Chilean President Gabriel Boric arrived on Wednesday morning for two days of talks.",
			[]string{"visit occurred Gabriel Boric>Peru @2025-04-09"}},
	})
}

// TestSubnationalTitleCountry: "Premier X" or "Gov. Y" whom the text
// gives no country take that of the province or state it names.
func TestSubnationalTitleCountry(t *testing.T) {
	pub := day(2023, time.December, 6)
	for _, tc := range []struct {
		text, name string
		want       schema.IRI
	}{
		{"DUBAI - Premier Scott Moe spent a fifth day at the climate summit promoting Saskatchewan potash.", "Scott Moe", schema.CountryIRI("CAN")},
		{"TAIPEI - Gov. Josh Shapiro ended four days of talks with chipmakers who might build in Pennsylvania.", "Josh Shapiro", schema.CountryIRI("USA")},
	} {
		f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
		var got schema.IRI
		for _, a := range f.Actors {
			if a.Name == tc.name {
				got = a.Country
			}
		}
		if got != tc.want {
			t.Errorf("%q: %s has country %q, want %q", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestVideoConferenceInTwoWords: "held a video conference with Y" is a
// video call, as "a videoconference" is; "a press conference" and "the
// conference" are none.
func TestVideoConferenceInTwoWords(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"with", "On Thursday Zambia's Hakainde Hichilema had a short video conference with Malawi's Peter Banda.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda (video) @2025-03-13"}},
		{"a press conference", "Zambian President Hakainde Hichilema held a press conference with Kenyan President William Ruto on Thursday.", nil},
	})
}

// TestPickedUpThePhone: "picked up the phone to Y" is a call to Y, of each
// when two are named; picking up a phone alone is none.
func TestPickedUpThePhone(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"to two", "On Thursday night Zambia's Hakainde Hichilema picked up the phone to Kenya's William Ruto and Malawi's Peter Banda.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda (phone) @2025-03-13", "meeting occurred Hakainde Hichilema+William Ruto (phone) @2025-03-13"}},
		{"no one called", "On Thursday night Zambia's Hakainde Hichilema picked up the phone and spoke to reporters.", nil},
	})
}

// TestCalledAPerson: "called X" with a time, a purpose or the clause's
// end after the person is a call, with no telephone named; what X was
// called, X's words, a name given ("an economist called X.") and "called
// on X" are none.
func TestCalledAPerson(t *testing.T) {
	pub := day(2023, time.December, 20) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a time after", "Indian Foreign Minister Subrahmanyam Jaishankar called Nepali Foreign Minister Narayan Prakash Saud on Tuesday.",
			[]string{"meeting occurred Narayan Prakash Saud+Subrahmanyam Jaishankar (phone) @2023-12-19"}},
		{"a purpose after", "Indian Foreign Minister Subrahmanyam Jaishankar called Nepali Foreign Minister Narayan Prakash Saud to offer relief after the quake.",
			[]string{"meeting occurred Narayan Prakash Saud+Subrahmanyam Jaishankar (phone) @2023-12"}},
		{"the same evening after", "Nepali Foreign Minister Narayan Prakash Saud flew home on Tuesday. Indian Foreign Minister Subrahmanyam Jaishankar called Saud the same evening.",
			[]string{"meeting occurred Narayan Prakash Saud+Subrahmanyam Jaishankar (phone) @2023-12-19"}},
		{"that night after", "Indian Foreign Minister Subrahmanyam Jaishankar called Nepali Foreign Minister Narayan Prakash Saud that night.",
			[]string{"meeting occurred Narayan Prakash Saud+Subrahmanyam Jaishankar (phone) @2023-12"}},
		{"what he was called", "Indian Foreign Minister Subrahmanyam Jaishankar called Nepali Foreign Minister Narayan Prakash Saud a trusted partner.", nil},
		{"what he was called, that day's", "Indian Foreign Minister Subrahmanyam Jaishankar called Nepali Foreign Minister Narayan Prakash Saud that day's hero.", nil},
		{"called on", "Indian Foreign Minister Subrahmanyam Jaishankar called on Nepali Foreign Minister Narayan Prakash Saud to act.", nil},
		{"the clause ends after the person", "Indian Foreign Minister Subrahmanyam Jaishankar then called Nepali Foreign Minister Narayan Prakash Saud.",
			[]string{"meeting occurred Narayan Prakash Saud+Subrahmanyam Jaishankar (phone) @2023-12"}},
		{"a pronoun calls, from where", "Indian Foreign Minister Subrahmanyam Jaishankar landed in Kathmandu on Tuesday. He also called Prime Minister Pushpa Kamal Dahal from the airport.",
			[]string{"meeting occurred Pushpa Kamal Dahal+Subrahmanyam Jaishankar (phone) @2023-12-19", "visit occurred Subrahmanyam Jaishankar>Nepal @2023-12-19"}},
		{"a name given at the clause's end", "The Nepali trade office in Delhi is run by an economist called Narayan Prakash Saud.", nil},
	})
}

// TestCoHostedWith: "X hosted the meeting together with Y" makes Y a
// co-host, not X's guest: no meeting of the two.
func TestCoHostedWith(t *testing.T) {
	pub := day(2023, time.December, 20) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"together with", "Barbadian Prime Minister Mia Mottley hosted the gathering together with Roosevelt Skerrit of Dominica.",
			[]string{"gathering occurred Barbados+Dominica @2023-12"}},
		{"a guest", "Barbadian Prime Minister Mia Mottley hosted Dominica's prime minister, Roosevelt Skerrit, in Bridgetown on Tuesday.",
			[]string{"meeting occurred Mia Mottley+Roosevelt Skerrit @2023-12-19"}},
	})
}

// TestLettersAfterAName: service and honours letters after a name ("AO
// RAN", "RAAF") end the name and open no other.
func TestLettersAfterAName(t *testing.T) {
	pub := day(2025, time.May, 14) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"honour and service", "JAKARTA - Air Marshal Stephen Chappell AO CSC RAAF held talks with Indonesian Air Force Chief Marshal Tonny Harjono on Tuesday.",
			[]string{"meeting occurred Stephen Chappell+Tonny Harjono @2025-05-13"}},
	})
}

// TestMeetingAttendedByAfterItsAccount: a passive "attended by" list for
// "the meeting" after a readout's paragraphs on the talks adds its people
// to the meeting the readout opened with.
func TestMeetingAttendedByAfterItsAccount(t *testing.T) {
	pub := day(2025, time.January, 14) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"attended by, four sentences on", "MUSCAT, Jan 14 - Sultan Haitham bin Tarik today received Jordanian Foreign Minister Ayman Safadi at Al Alam Palace. The talks covered trade and water. The two sides also discussed Gaza. The Sultan stressed the value of dialogue. The meeting was attended by Sayyid Badr Albusaidi, the Omani foreign minister, and Hamad al-Harthy, the palace chamberlain.",
			[]string{"meeting occurred Ayman Safadi+Badr Albusaidi+Haitham bin Tarik+Hamad al-Harthy @2025-01-14"}},
	})
}

// TestHEIsAnHonorific: "HE" in capitals before a title is "His
// Excellency", no pronoun; it does not break a list of two subjects.
func TestHEIsAnHonorific(t *testing.T) {
	pub := day(2025, time.April, 14) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"HE in a pair of subjects", "MUSCAT: Sultan Haitham bin Tarik and HE Kenyan President William Ruto held official talks at Al Alam Palace this morning.",
			[]string{"meeting occurred Haitham bin Tarik+William Ruto @2025-04-14"}},
		{"he as a pronoun", "Kenyan President William Ruto landed in Muscat on Monday. HE then met Sultan Haitham bin Tarik.",
			[]string{"meeting occurred Haitham bin Tarik+William Ruto @2025-04-14", "visit occurred William Ruto>Oman @2025-04-14"}},
	})
}

// TestSidesOfStatesTalks: talks first told as between two states' officials
// take the people a later sentence names for each side ("X was
// represented by A and B", "Across the table were C and D").
func TestSidesOfStatesTalks(t *testing.T) {
	pub := day(2025, time.February, 19) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"represented by, across the table", "Kenyan and Ethiopian officials sat down together in Nairobi on Tuesday. Ethiopia was represented by Ethiopian Foreign Minister Abebe Tolla. Across the table were Kenyan Defence Minister Otieno Kamau and Kenyan Trade Minister Wanjiru Mbugua.",
			[]string{"meeting occurred Abebe Tolla+Otieno Kamau+Wanjiru Mbugua @2025-02-18"}},
	})
}

// TestJoinedTheTwoLeaders: officials who "joined the two presidents"
// are parties to the pair's meeting told before; "Attorney General" and
// "Solicitor General" are titles, not parts of a name.
func TestJoinedTheTwoLeaders(t *testing.T) {
	pub := day(2025, time.April, 15) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"joined the two presidents", "Kenyan President William Ruto met Ugandan President Yoweri Museveni at State House on Monday. Attorney General Dorcas Oduor and Solicitor General Shadrack Mose joined the two presidents over lunch, which covered fuel imports.",
			[]string{"meeting occurred Dorcas Oduor+Shadrack Mose+William Ruto+Yoweri Museveni @2025-04-14"}},
	})
}

// TestAttendedTheAudience: an official who "attended the audience" (the
// talks) just told, alongside another, is a party to that meeting.
func TestAttendedTheAudience(t *testing.T) {
	pub := day(2025, time.February, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"attended the audience alongside", "On Thursday Togolese President Faure Gnassingbe received in audience Beninese Foreign Minister Olushegun Bakari. Prime Minister Victoire Dogbe attended the audience alongside Foreign Minister Robert Dussey.",
			[]string{"meeting occurred Faure Gnassingbe+Olushegun Bakari+Robert Dussey+Victoire Dogbe @2025-02-13"}},
	})
}

// TestReceivedInTheCapital covers "received in the capital X on D the
// delegation headed by Y": the capital named after "the capital", with or
// without commas, is an adverbial the object follows.
func TestReceivedInTheCapital(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"in the capital X",
			"President of the Lake Council Peter Banda received in the capital Lilongwe on Sunday the Kenyan delegation headed by Kenyan Ambassador Joseph Mwita.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-09"}},
		{"in the capital, X,",
			"Malawi's President Peter Banda received in the capital, Lilongwe, on Sunday a Kenyan delegation led by Trade Minister Joseph Mwita.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-09"}},
	})
}

// TestMarkerAfterTimeOfDay covers a verb of speaking whose "with" comes
// after a day and a time of day ("talked by phone late on Thursday night
// with Y", "talked late on Friday evening with Y").
func TestMarkerAfterTimeOfDay(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"by phone, late, a day and a night",
			"Malawian President Peter Banda talked by phone late on Thursday night with Kenyan President William Ruto.",
			[]string{"meeting occurred Peter Banda+William Ruto (phone) @2025-03-13"}},
		{"reported, a day and an evening",
			"Malawian President Peter Banda said he had talked by telephone on Wednesday evening with Kenyan envoy Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda (phone) @2025-03-12"}},
	})
}

// TestNumberedParagraphs covers a release whose paragraphs are numbered
// ("2. At the airport, ..."): the numbers part no sentences, so the pair
// of the third paragraph are the guest and the host the first one named,
// past a second paragraph that names an aide as well.
func TestNumberedParagraphs(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	text := "President Peter Banda of Malawi began a State Visit to Zambia today at the invitation of President Hakainde Hichilema. It is the first such visit in a decade.\n\n" +
		"2. At Kenneth Kaunda airport, a deputy foreign minister, Ms. Grace Phiri, greeted him. Later President Hichilema gave him a ceremonial reception outside State House.\n\n" +
		"3. The two leaders afterwards held a working session on the shared power grid and lake fisheries."
	checkBriefs(t, pub, []briefCase{
		{"three numbered paragraphs", text, []string{
			"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-12",
			"visit occurred Peter Banda>Zambia @2025-03-12",
		}},
	})
}

// TestJoinedForAManySidedMeeting covers two ministers "joined by" a third
// "for a trilateral session": a meeting of three sides of its own, not one more
// party of the talks told before, as one who joined them "for the rest of
// the talks" is.
func TestJoinedForAManySidedMeeting(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"joined for a trilateral session",
			"1. Kenyan Foreign Minister Daniel Ochieng received Malawi's Foreign Minister Peter Banda in Nairobi on Tuesday.\n\n2. The two ministers were then joined by video by Zambia's Foreign Minister Mulambo Haimbe for a trilateral session about the lake.",
			[]string{"gathering occurred Kenya+Malawi+Zambia @2025-03", "meeting occurred Daniel Ochieng+Peter Banda @2025-03-11", "visit occurred Peter Banda>Kenya @2025-03-11"}},
		{"joined for the rest of the talks",
			"Kenyan Foreign Minister Daniel Ochieng received Malawi's Foreign Minister Peter Banda in Nairobi on Tuesday morning. They were then joined by Zambia's Foreign Minister Mulambo Haimbe for the rest of the talks.",
			[]string{"meeting occurred Daniel Ochieng+Mulambo Haimbe+Peter Banda @2025-03-11", "visit occurred Mulambo Haimbe>Kenya @2025-03-11", "visit occurred Peter Banda>Kenya @2025-03-11"}},
	})
}

// TestPluralTitleBeforeNames covers a plural title before two names
// ("Deputy Premiers A and B", as "Deputy Prime Ministers A and B"): the
// title is no part of the first name.
func TestPluralTitleBeforeNames(t *testing.T) {
	pub := day(2025, time.March, 28) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"deputy premiers",
			"Malawi's President Peter Banda received Kenya's William Ruto on Tuesday. Deputy Premiers Joseph Mwita and Grace Phiri sat in on the talks.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita+Peter Banda+William Ruto @2025-03-25"}},
	})
}

// TestSecondAgentOfReceived covers a passive "received" with two agents
// ("was received by Y and, separately, by Z", "by Y and later by Z"):
// each received the guest.
func TestSecondAgentOfReceived(t *testing.T) {
	pub := day(2025, time.March, 18) // a Tuesday
	const came = "Malawi's President Peter Banda arrived in Nairobi on Monday. "
	checkBriefs(t, pub, []briefCase{
		{"separately",
			came + "The same day Banda was received by President William Ruto and, separately, by Joseph Mwita, the speaker of parliament.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-17", "meeting occurred Peter Banda+William Ruto @2025-03-17", "visit occurred Peter Banda>Kenya @2025-03-17"}},
		{"later",
			came + "He was received on Tuesday by President William Ruto and later by Deputy President Joseph Mwita.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-18", "meeting occurred Peter Banda+William Ruto @2025-03-18", "visit occurred Peter Banda>Kenya @2025-03-17"}},
	})
}

// TestSidesOfABilateralSummit covers a summit of two sides whose
// representatives the next sentences name ("The summit between A and B
// took place today. A was represented by X and Y. B was represented by
// Z"): a meeting of those people; a body may be a side.
func TestSidesOfABilateralSummit(t *testing.T) {
	pub := day(2025, time.July, 23) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"two states",
			"The annual summit between Kenya and Malawi took place in Nairobi today. Kenya was represented by President William Ruto and Foreign Minister Daniel Ochieng. Malawi was represented by President Peter Banda.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda+William Ruto @2025-07-23"}},
		{"a body and a state",
			"The fifth summit between the African Union and Malawi took place in Lilongwe today. The African Union was represented by Mulambo Haimbe, chairperson of its commission, and Grace Phiri, its trade commissioner. Malawi was represented by President Peter Banda.",
			[]string{"meeting occurred Grace Phiri+Mulambo Haimbe+Peter Banda @2025-07-23"}},
	})
}

// TestByPhoneAfterTheObject covers a phrase of en.ByPhone right after the
// people a meeting verb names ("conferred with X by phone", "exchanged
// views with X over the telephone"): a call, not talks in person; a call
// told in another clause leaves the meeting in person.
func TestByPhoneAfterTheObject(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"conferred by phone", "Kenya's William Ruto conferred with Uganda's Yoweri Museveni by phone on Tuesday.",
			[]string{"meeting occurred William Ruto+Yoweri Museveni (phone) @2025-03-04"}},
		{"exchanged views over the telephone", "Kenya's William Ruto exchanged views with Uganda's Yoweri Museveni over the telephone on Tuesday.",
			[]string{"meeting occurred William Ruto+Yoweri Museveni (phone) @2025-03-04"}},
		{"a call in another clause", "Kenya's William Ruto met Uganda's Yoweri Museveni on Tuesday and phoned Zambia's Hakainde Hichilema on Wednesday.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto (phone) @2025-03-05", "meeting occurred William Ruto+Yoweri Museveni @2025-03-04"}},
	})
}

// TestGuestOfAHost covers a meeting told as being someone's guest, "X was
// Y's guest at A" or "the guest of Y in B", with or without a meal: X met
// Y; "the guest of honour" names no host, and a guest to come is no
// meeting held.
func TestGuestOfAHost(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	const met = "meeting occurred William Ruto+Yoweri Museveni @2025-03-04"
	checkBriefs(t, pub, []briefCase{
		{"Y's guest at a place", "Uganda's Yoweri Museveni was Kenyan President William Ruto's guest at State House on Tuesday.", []string{met}},
		{"the guest of Y", "Uganda's Yoweri Museveni was the guest of Kenya's William Ruto in Nakuru on Tuesday.", []string{met}},
		{"Y's guest for a meal", "Uganda's Yoweri Museveni was Kenyan President William Ruto's guest for a long lunch in Nakuru on Tuesday.", []string{met}},
		{"the guest of honour", "Uganda's Yoweri Museveni was the chief guest of honour at a Nairobi parade on Tuesday.", nil},
		{"a guest to come", "Uganda's Yoweri Museveni will be Kenyan President William Ruto's guest in Nairobi on Friday.", nil},
	})
}
