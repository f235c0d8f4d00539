package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// TestJoinedTheDelegationTalks covers ministers who joined the talks just
// told under a kind of sitting ("joined the delegation-level talks",
// "were among the officials who joined the working session"): parties of
// that meeting.
func TestJoinedTheDelegationTalks(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	talks := "Malawi's Peter Banda and Kenya's William Ruto sat down for talks in Lilongwe on Tuesday. "
	four := []string{"meeting occurred Grace Phiri+Joseph Mwita+Peter Banda+William Ruto @2025-05-06"}
	checkBriefs(t, pub, []briefCase{
		{"joined the delegation-level talks", talks + "Foreign ministers Grace Phiri and Joseph Mwita joined the delegation-level talks.", four},
		{"among those who joined the working session", talks + "Foreign ministers Grace Phiri and Joseph Mwita were among the officials who joined the working session.", four},
	})
}

// TestDelegatesJoinTheMeeting covers officials told in a later sentence
// as being at a meeting told before: "X was accompanied by Y", "Y sat with
// X", "Y and Z also attended the talks", "Also at the table were Y and
// Z", "X's delegation included Y", "Y was part of X's delegation": each is
// one more party of that meeting, not a meeting of their own.
func TestDelegatesJoinTheMeeting(t *testing.T) {
	pub := day(2025, time.March, 8) // a Saturday
	const talks = "Chile's Gabriel Boric sat down with Pedro Sanchez, the Spanish premier, in Madrid on Friday. "
	const both = "meeting occurred Alberto van Klaveren+Gabriel Boric+Jose Manuel Albares+Pedro Sanchez @2025-03-07"
	checkBriefs(t, pub, []briefCase{
		{"accompanied by, both sides",
			talks + "Boric was accompanied by his foreign minister, Alberto van Klaveren, while Sanchez had Jose Manuel Albares at his side.",
			[]string{both}},
		{"flanked by, after a sentence on the format",
			talks + "The talks were held in a two-on-two format. Boric was flanked by Foreign Minister Alberto van Klaveren and Sanchez by Foreign Minister Jose Manuel Albares.",
			[]string{both}},
		{"sat with each leader",
			talks + "Alberto van Klaveren sat with Boric, and Jose Manuel Albares sat beside Sanchez.",
			[]string{both}},
		{"also attended the talks",
			talks + "Alberto van Klaveren, Chile's top diplomat, and Jose Manuel Albares of Spain also attended the talks.",
			[]string{both}},
		{"took part in the larger talks",
			talks + "The two leaders first spoke alone. Alberto van Klaveren of Chile and Jose Manuel Albares of Spain took part in the larger talks that followed.",
			[]string{both}},
		{"joined the broader meeting",
			talks + "Alberto van Klaveren, Chile's top diplomat, and Jose Manuel Albares of Spain joined the broader meeting later on.",
			[]string{both}},
		{"also at the table",
			talks + "Also at the table were Alberto van Klaveren of Chile and Jose Manuel Albares of Spain.",
			[]string{both}},
		{"the delegations included",
			talks + "The Chilean delegation included Alberto van Klaveren, and the Spanish side included Jose Manuel Albares.",
			[]string{both}},
		{"part of a delegation, on a side of the table",
			talks + "Alberto van Klaveren sat on the Chilean side, while Jose Manuel Albares was part of Sanchez's delegation.",
			[]string{both}},
		{"on a team",
			talks + "Alberto van Klaveren was on the Chilean team, and Jose Manuel Albares was on a call with Brussels.",
			[]string{"meeting occurred Alberto van Klaveren+Gabriel Boric+Pedro Sanchez @2025-03-07"}},
		{"brought his own people, and a thing brought",
			talks + "Boric brought Alberto van Klaveren; Sanchez brought a letter from the king and Jose Manuel Albares sat with him.",
			[]string{both}},
		{"a tail of aides after the talks themselves",
			"Chile's Gabriel Boric sat down with Pedro Sanchez in Madrid on Friday, flanked by Alberto van Klaveren, his foreign minister, and Spain's Jose Manuel Albares.",
			[]string{both}},
		{"a tail of aides among others",
			"Chile's Gabriel Boric sat down with Pedro Sanchez in Madrid on Friday, joined among others by Alberto van Klaveren and Jose Manuel Albares.",
			[]string{both}},
		{"a companion with no meeting before is only a traveller",
			"Foreign Minister Jose Manuel Albares said on Friday that Spain would back the accord. He was accompanied by Alberto van Klaveren, who spoke to reporters.",
			nil},
		{"accompanied on the trip told since the talks",
			talks + "Boric had flown in on Thursday, when the king greeted him at Barajas airport. He was accompanied by Alberto van Klaveren.",
			[]string{"meeting occurred Gabriel Boric+Pedro Sanchez @2025-03-07", "visit occurred Alberto van Klaveren>Spain @2025-03-06", "visit occurred Gabriel Boric>Spain @2025-03-06"}},
		{"a meeting too far back",
			talks + "Trade rose by a fifth last year. Wine and copper led the list. Ports were upgraded. Boric was accompanied by Alberto van Klaveren at a concert.",
			[]string{"meeting occurred Gabriel Boric+Pedro Sanchez @2025-03-07"}},
	})
}

// TestQuotedFate covers a meeting noun whose own predicate, quoted, tells
// it has not happened, a plan at most: `a meeting with Y "could happen"`.
func TestQuotedFate(t *testing.T) {
	pub := day(2025, time.March, 8) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"could happen, quoted",
			`Gabriel Boric told a radio station that a joint meeting with Pedro Sanchez and Gustavo Petro "could happen soon."`,
			[]string{"meeting planned Gabriel Boric+Gustavo Petro+Pedro Sanchez @"}},
		{"would take place, quoted",
			`President Gabriel Boric said talks with Pedro Sanchez "would take place once both sides are ready."`,
			[]string{"meeting planned Gabriel Boric+Pedro Sanchez @"}},
		{"might be held, curly quotes",
			"Gabriel Boric said that a summit with Pedro Sanchez “might be held in the autumn.”",
			[]string{"meeting planned Gabriel Boric+Pedro Sanchez @"}},
	})
}

// TestDocumentDate covers a date that belongs to a document named in the
// sentence ("the Lome Declaration of June 2019"), not to the meeting.
func TestDocumentDate(t *testing.T) {
	pub := day(2025, time.March, 8) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"a document's date",
			"Togolese President Faure Gnassingbe flew into Accra on Friday. He and Ghana's John Mahama then held talks on the Lome Declaration of June 2019 and on border trade.",
			[]string{"meeting occurred Faure Gnassingbe+John Mahama @2025-03-07", "visit occurred Faure Gnassingbe>Ghana @2025-03-07"}},
	})
}

// TestSeparatelyAndClauseObject covers "A received B, while C and D also
// met with him separately": "him" is B, the object of the clause before,
// and "separately" gives C and D a meeting each with B and none with each
// other; a gathering noun inside a named person's title ("Senate
// Chairman X", "National Assembly Chairman Y") is no gathering.
func TestSeparatelyAndClauseObject(t *testing.T) {
	pub := day(2024, time.May, 9) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"the object of the clause before, then separately",
			"President Tokayev received the Uzbek leader, Shavkat Mirziyoyev, on Wednesday, while Prime Minister Olzhas Bektenov and Senate Chairman Maulen Ashimbayev met with him separately as well.",
			[]string{
				"meeting occurred Kassym-Jomart Tokayev+Shavkat Mirziyoyev @2024-05-08",
				"meeting occurred Maulen Ashimbayev+Shavkat Mirziyoyev @2024-05-08",
				"meeting occurred Olzhas Bektenov+Shavkat Mirziyoyev @2024-05-08",
			}},
		{"together without separately",
			"Prime Minister Olzhas Bektenov and Senate Chairman Maulen Ashimbayev met with Shavkat Mirziyoyev of Uzbekistan on Wednesday.",
			[]string{"meeting occurred Maulen Ashimbayev+Olzhas Bektenov+Shavkat Mirziyoyev @2024-05-08"}},
		{"a title with a gathering noun",
			"National Assembly Chairman Tran Thanh Man met Lao President Thongloun Sisoulith on Wednesday.",
			[]string{"meeting occurred Thongloun Sisoulith+Tran Thanh Man @2024-05-08"}},
	})
}

// TestTheyAfterArrivals covers "A and B landed in X. They held talks with
// Y": "they" are those who came.
func TestTheyAfterArrivals(t *testing.T) {
	pub := day(2025, time.March, 8) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"they, the two who landed",
			"Gabriel Boric and Gustavo Petro landed in Madrid on Friday. They then sat down with Pedro Sanchez.",
			[]string{"meeting occurred Gabriel Boric+Gustavo Petro+Pedro Sanchez @2025-03-07", "visit occurred Gabriel Boric>Spain @2025-03-07", "visit occurred Gustavo Petro>Spain @2025-03-07"}},
	})
}

// TestTalkedAbout covers "A and B talked about X": a meeting of the two;
// "A and B both talked about X" tells two speeches.
func TestTalkedAbout(t *testing.T) {
	pub := day(2025, time.March, 8) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"talked about",
			"Gabriel Boric of Chile and Gustavo Petro of Colombia talked about lithium and migration on Friday in Bogota.",
			[]string{"meeting occurred Gabriel Boric+Gustavo Petro @2025-03-07"}},
		{"both talked about",
			"Gabriel Boric of Chile and Gustavo Petro of Colombia both talked about lithium in their speeches on Friday.",
			nil},
	})
}

// TestHoursBeforeTalks covers "saw X on Friday, a few hours before talks
// with Y": told after that day, the talks came that day; told on it, they
// are still a plan. The business leaders met in Madrid stand for no state.
func TestHoursBeforeTalks(t *testing.T) {
	const text = "Gabriel Boric of Chile addressed business leaders in Madrid on Friday, a few hours before talks with the Spanish premier, Pedro Sanchez."
	checkBriefs(t, day(2025, time.March, 8), []briefCase{
		{"told the day after", text, []string{"meeting occurred Gabriel Boric+Pedro Sanchez @2025-03-07"}},
	})
	checkBriefs(t, day(2025, time.March, 7), []briefCase{
		{"told that day", text, []string{"meeting planned Gabriel Boric+Pedro Sanchez @"}},
	})
}

// TestLandedBeforeTalks covers a plain "before talks with Y" after the
// day of the main clause: told after that day, the main clause's subject
// held them (not the one who greeted them); told that day, they are still
// to come.
func TestLandedBeforeTalks(t *testing.T) {
	const greeted = "Tanzanian President Samia Suluhu Hassan flew in on Tuesday and, on the tarmac, was welcomed by Joseph Mwita, the governor of Nairobi, before talks with Ruto of Kenya."
	checkBriefs(t, day(2024, time.October, 24), []briefCase{
		{"told two days after", greeted, []string{
			"meeting occurred Samia Suluhu Hassan+William Ruto @2024-10-22", "visit occurred Samia Suluhu Hassan>Kenya @2024-10-22"}},
		{"landed before talks",
			"Tanzanian President Samia Suluhu Hassan landed in Nairobi on Tuesday before talks with Ruto of Kenya.",
			[]string{"meeting occurred Samia Suluhu Hassan+William Ruto @2024-10-22", "visit occurred Samia Suluhu Hassan>Kenya @2024-10-22"}},
	})
	checkBriefs(t, day(2024, time.October, 22), []briefCase{
		{"told that day", greeted, []string{
			"meeting planned Samia Suluhu Hassan+William Ruto @", "visit occurred Samia Suluhu Hassan>Kenya @2024-10-22"}},
	})
}

// TestGuestAlongATour covers "A welcomed B to X on Monday. A day later, C
// hosted him in Y": "him" is B, the guest received along the tour, not A.
// (Only the meetings are checked here.)
func TestGuestAlongATour(t *testing.T) {
	text := "William Ruto of Kenya welcomed Chadian President Mahamat Deby to Mombasa on March 9. The next day, Tanzania's Samia Suluhu Hassan hosted him in Dodoma."
	var got []string
	for _, b := range brief(testX.Extract(schema.Article{ID: "t", Text: text, Published: day(2024, time.March, 16)})) {
		if strings.HasPrefix(b, "meeting ") {
			got = append(got, b)
		}
	}
	want := []string{
		"meeting occurred Mahamat Deby+Samia Suluhu Hassan @2024-03-10",
		"meeting occurred Mahamat Deby+William Ruto @2024-03-09",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}

// TestReceivedAtHisResidence covers a guest named after a run of
// adverbials that includes a possessive venue: "received, at her
// official residence in a port city, the President of X, Y".
func TestReceivedAtHisResidence(t *testing.T) {
	pub := day(2024, time.December, 21) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"at his residence",
			"King Abdullah II received, at his private residence in Aqaba, the President of Cyprus, Nikos Christodoulides, on Friday.",
			[]string{"meeting occurred Abdullah II+Nikos Christodoulides @2024-12-20"}},
	})
}

// TestSpentTheDayIn covers "A and B spent Thursday in X": a visit of
// each, and "they" in the next sentence are the two.
func TestSpentTheDayIn(t *testing.T) {
	pub := day(2025, time.July, 25) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"two spent a day, then they were received",
			"Antonio Costa and Kaja Kallas spent Thursday in Tokyo. Later that day they were received by Prime Minister Shigeru Ishiba.",
			[]string{"meeting occurred Antonio Costa+Kaja Kallas+Shigeru Ishiba @2025-07-24", "visit occurred Antonio Costa>Japan @2025-07-24", "visit occurred Kaja Kallas>Japan @2025-07-24"}},
	})
}

// TestTwoPlusTwo covers "a meeting that brought A and B together with
// their Korean counterparts, C and D": one meeting of the four (two
// countries), and C and D are Korean whatever their titles alone suggest.
func TestTwoPlusTwo(t *testing.T) {
	pub := day(2024, time.July, 30) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"brought together with counterparts",
			"The pact followed a meeting in Seoul on Monday that brought Penny Wong, Australia's foreign minister, and Defence Minister Richard Marles together with their South Korean counterparts, Foreign Minister Cho Tae-yul and Defense Secretary Shin Won-sik.",
			[]string{"meeting occurred Cho Tae-yul+Penny Wong+Richard Marles+Shin Won-sik @2024-07-29"}},
	})
}

// TestAirportThenPalace covers a welcome at the airport followed, in the
// same sentence, by "..., where Y received her": the reception at the
// palace is a meeting; the welcome at the airport is not.
func TestAirportThenPalace(t *testing.T) {
	pub := day(2024, time.April, 18) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"airport, then the palace",
			"Andrej Plenkovic of Croatia landed in Algiers on Wednesday. At the airport he was greeted by Foreign Minister Ahmed Attaf before driving to El Mouradia, where President Abdelmadjid Tebboune received him.",
			[]string{"meeting occurred Abdelmadjid Tebboune+Andrej Plenkovic @2024-04-17", "visit occurred Andrej Plenkovic>Algeria @2024-04-17"}},
	})
}

// TestLongGovernmentTitleAndPresence covers an office "of the Government
// of National Accord" before the holder's name (no person called Accord)
// and "in the presence of Z": Z is one more party of the meeting.
func TestLongGovernmentTitleAndPresence(t *testing.T) {
	pub := day(2025, time.July, 24) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a government's long name, then presence",
			"Italian envoy Marco Rossi was received on Wednesday by Premier of the Transitional Government (TG) Fayez al-Sarraj, in the presence of Foreign Minister Mohamed Siala.",
			[]string{"meeting occurred Fayez al-Sarraj+Marco Rossi+Mohamed Siala @2025-07-23"}},
	})
}

// TestReceivedAtAPlaceBy covers a passive reception whose place the
// gazetteer does not know stands between the verb and its agent:
// "was received at parliament by X", "at the Qasr al-Watan palace by
// Y".
func TestReceivedAtAPlaceBy(t *testing.T) {
	pub := day(2025, time.July, 8) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"at the parliament by",
			"On Monday, envoy Tom Barrack was received at parliament by Speaker of Parliament Nabih Berri.",
			[]string{"meeting occurred Nabih Berri+Tom Barrack @2025-07-07"}},
		{"at an unknown palace by",
			"On Monday, Tom Barrack was received at the Qasr al-Watan palace by Emirati Foreign Minister Abdullah bin Zayed.",
			[]string{"meeting occurred Abdullah bin Zayed+Tom Barrack @2025-07-07"}},
	})
}

// TestHandedADocument covers "Y handed him a document" in the place he
// went to: a meeting, as "handed him a letter" is.
func TestHandedADocument(t *testing.T) {
	pub := day(2025, time.July, 8) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"handed him a document",
			"US envoy Tom Barrack drove to the People's Palace on Monday, where President Ahmed al-Sharaa handed him a written document.",
			[]string{"meeting occurred Ahmed al-Sharaa+Tom Barrack @2025-07-07"}},
	})
}

// TestLawmakersLanded covers "The lawmakers landed in X after a stop in Y,
// where they called on Z": an unnamed group travels, and Z, named in the
// relative clause, is no traveller.
func TestLawmakersLanded(t *testing.T) {
	pub := day(2025, time.April, 18) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the lawmakers landed",
			"The legislators touched down in Manila on Wednesday night after a stop in Seoul, where they called on South Korean Prime Minister Han Duck-soo on Tuesday.",
			nil},
	})
}

// TestLandedWithAndAtAirport covers "landed at X airport in Y" (the city
// after the airport's name) and "... with Foreign Minister Z" (Z came
// too), not "for talks with Z".
func TestLandedWithAndAtAirport(t *testing.T) {
	pub := day(2025, time.May, 16) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"at an airport, with a minister",
			"New Zealand Prime Minister Christopher Luxon touched down at Changi Airport in Singapore on Thursday evening with Foreign Minister Winston Peters.",
			[]string{"visit occurred Christopher Luxon>Singapore @2025-05-15", "visit occurred Winston Peters>Singapore @2025-05-15"}},
		{"for talks with is no companion",
			"Christopher Luxon, New Zealand's prime minister, touched down in Singapore on Thursday for talks with Lawrence Wong, his counterpart.",
			[]string{"meeting planned Christopher Luxon+Lawrence Wong @2025-05-15", "visit occurred Christopher Luxon>Singapore @2025-05-15"}},
	})
}

// TestAfterXHostedY covers a host's verb in an "after" clause: "Ties
// improved after X hosted Y" tells a meeting of X and Y, as "after X met Y"
// does.
func TestAfterXHostedY(t *testing.T) {
	pub := day(2023, time.September, 21) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"after X hosted Y",
			"Relations thawed after Greek Prime Minister Kyriakos Mitsotakis hosted Turkish President Recep Tayyip Erdogan in Athens in December 2022.",
			[]string{"meeting occurred Kyriakos Mitsotakis+Recep Tayyip Erdogan @2022-12", "visit occurred Recep Tayyip Erdogan>Greece @2022-12"}},
	})
}

// TestMainMeetingLabelAndSeat covers a delegate who "joined the main
// meeting" (a party of it), a subject after a label ("Flashback: X
// travelled ..., when Y received him": him is X), and a meeting "at the
// Kremlin" (in Moscow, the capital of the state whose seat it is).
func TestMainMeetingLabelAndSeat(t *testing.T) {
	pub := day(2025, time.August, 7) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"joined the main meeting",
			"Indian envoy Ajit Doval was received by Russian President Vladimir Putin in Moscow on Wednesday. Kremlin adviser Yuri Ushakov later joined the main meeting.",
			[]string{"meeting occurred Ajit Doval+Vladimir Putin+Yuri Ushakov @2025-08-06", "visit occurred Ajit Doval>Russia @2025-08-06"}},
		{"sat in, with nothing after it",
			"Indian envoy Ajit Doval was received by Russian President Vladimir Putin in Moscow on Wednesday. Kremlin adviser Yuri Ushakov sat in.",
			[]string{"meeting occurred Ajit Doval+Vladimir Putin+Yuri Ushakov @2025-08-06", "visit occurred Ajit Doval>Russia @2025-08-06"}},
		{"a label before the subject",
			"Kremlin spokesman Dmitry Peskov called the talks useful. Background: Doval had gone to Russia once before, in April, when Putin hosted him in Kazan.",
			[]string{"meeting occurred Ajit Doval+Vladimir Putin @2025-04", "visit occurred Ajit Doval>Russia @2025-04"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: pub, Text: "On Wednesday Indian envoy Ajit Doval held long talks with Russian President Vladimir Putin at the Kremlin."})
	names := map[schema.IRI]string{}
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	for _, e := range f.Events {
		if e.Type == schema.Meeting && names[e.Place] != "Moscow" {
			t.Errorf("talks at the Kremlin placed at %q, want Moscow", names[e.Place])
		}
	}
}

// TestGappedJoinedBy covers the aides of each side told in two clauses,
// the second without its verb ("A was joined by B and C; D by E and F"):
// all of them sat in the meeting of A and D.
func TestGappedJoinedBy(t *testing.T) {
	pub := day(2025, time.August, 16) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"joined by, then the other side without the verb",
			"Ines Vallet and Omar Haddad held talks on Friday in Doha. Vallet was joined by Paul Roux and Marc Blanc; Haddad by Ali Nasser and Sami Aziz.",
			[]string{"meeting occurred Ali Nasser+Ines Vallet+Marc Blanc+Omar Haddad+Paul Roux+Sami Aziz @2025-08-15"}},
		{"a clause about someone else is no side",
			"Ines Vallet and Omar Haddad held talks on Friday in Doha. Vallet was joined by Paul Roux; Lena Berg by nobody at all.",
			[]string{"meeting occurred Ines Vallet+Omar Haddad+Paul Roux @2025-08-15"}},
	})
}

// TestDelegationArrived: "the (Japanese) delegation" that travelled is the
// one a sentence before said led it, even past a long title; a delegation
// nobody was said to lead has no traveller.
func TestDelegationArrived(t *testing.T) {
	pub := day(2025, time.March, 11) // a Tuesday
	const received = "Kenyan President William Ruto on Monday received a Japanese delegation led by the State Minister in the Foreign Ministry of Japan, Mr Hiroshi Ito. "
	const meeting = "meeting occurred Hiroshi Ito+William Ruto @2025-03-10"
	checkBriefs(t, pub, []briefCase{
		{"the Japanese delegation arrived", received + "The Japanese delegation arrived in Nairobi on Sunday.",
			[]string{meeting, "visit occurred Hiroshi Ito>Kenya @2025-03-09"}},
		{"the delegation flew in", received + "The delegation flew into Nairobi on Sunday.",
			[]string{meeting, "visit occurred Hiroshi Ito>Kenya @2025-03-09"}},
		{"nobody said to lead it", "The Japanese delegation arrived in Nairobi on Sunday.", nil},
	})
}

// TestFrontedParticipleAndMediators: a clause-opening phrase of a
// participle ("After leaving X,") holds no subject of the main clause;
// "the mediators" or "the envoys" there are the party a sentence before
// said someone led ("the mission led by Y").
func TestFrontedParticipleAndMediators(t *testing.T) {
	pub := day(2024, time.May, 12) // a Sunday
	const mission = "The AU mediation mission led by Uhuru Kenyatta, a former Kenyan president, was received on Saturday in Port Sudan by General Osman Idris Karrar. "
	checkBriefs(t, pub, []briefCase{
		{"the mediators after a fronted phrase", mission + "After leaving General Karrar, the mediators also met the former prime minister Abdalla Hamdok.",
			[]string{"meeting occurred Abdalla Hamdok+Uhuru Kenyatta @2024-05-11", "meeting occurred Osman Idris Karrar+Uhuru Kenyatta @2024-05-11"}},
		{"no party told", "After leaving General Karrar, the mediators also met the former prime minister Abdalla Hamdok.", nil},
	})
}

// TestDelegationOfABodyLedBy covers a delegation named by its body before
// "led by" ("a delegation of Kenyan senators, led by X") and "they" for
// such a delegation in the next sentence: its leader stands for it.
func TestDelegationOfABodyLedBy(t *testing.T) {
	pub := day(2025, time.September, 25) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a delegation of a body, then the delegation met",
			"A delegation of Kenyan senators, led by Senate Speaker Amason Kingi, flew into Accra on Monday. After lunch the delegation met President John Mahama.",
			[]string{"meeting occurred Amason Kingi+John Mahama @2025-09-22", "visit occurred Amason Kingi>Ghana @2025-09-22"}},
		{"they, the delegation led by",
			"A Kenyan delegation led by Foreign Minister Musalia Mudavadi flew into Accra on Monday. That afternoon they were received by President John Mahama.",
			[]string{"meeting occurred John Mahama+Musalia Mudavadi @2025-09-22", "visit occurred Musalia Mudavadi>Ghana @2025-09-22"}},
	})
}

// TestJoiningFrontedDelegates covers a fronted participle naming a
// party's companions at the meeting just told ("Joining X were Y and
// Z"): they are parties too, and the participle is never read as part of
// a name.
func TestJoiningFrontedDelegates(t *testing.T) {
	pub := day(2025, time.August, 16) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"joining a party were two aides",
			"Ruto and Museveni held talks in Entebbe on Friday. Joining Ruto were Foreign Minister Musalia Mudavadi and his adviser Korir Sing'oei.",
			[]string{"meeting occurred Korir Sing'oei+Musalia Mudavadi+William Ruto+Yoweri Museveni @2025-08-15"}},
		{"accompanying a party was one minister",
			"Ruto and Museveni held talks in Entebbe on Friday. Accompanying Museveni was Prime Minister Robinah Nabbanja.",
			[]string{"meeting occurred Robinah Nabbanja+William Ruto+Yoweri Museveni @2025-08-15"}},
	})
}

// TestPresentFronted covers an inverted list of those at the meeting just
// told, opened by a phrase of presence with or without "also", "those" or
// a reference to the meeting ("In attendance were", "Present at the talks
// were", "Attending the meeting were", "Those present included"), and a
// fronted "Joining them were": each named is one more party.
func TestPresentFronted(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	const talks = "Malawi's Peter Banda held talks in Lilongwe on Tuesday with Zambian President Hakainde Hichilema. "
	want := []string{"meeting occurred Daniel Ochieng+Hakainde Hichilema+Joseph Mwita+Peter Banda @2025-03-04"}
	const list = " Foreign Minister Joseph Mwita and Trade Minister Daniel Ochieng."
	checkBriefs(t, pub, []briefCase{
		{"present at the talks, semicolons", talks + "Present at the talks were Foreign Minister Joseph Mwita; the Minister for Trade, Daniel Ochieng.", want},
		{"attending the meeting", talks + "Attending the meeting were" + list, want},
		{"in attendance", talks + "In attendance were" + list, want},
		{"those present", talks + "Those present included" + list, want},
		{"also present during the closed talks", talks + "Also present during the closed-door talks were" + list, want},
		{"joining them", talks + "Joining them were" + list, want},
		{"present at a concert is no party", talks + "Present at the concert were" + list,
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-04"}},
		{"a list of states is no party", talks + "In attendance were Uganda, Zambia and Foreign Minister Joseph Mwita.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-04"}},
	})
}

// TestJoinedAndTookPart covers more ways of telling who sat in on the
// meeting just told: "Z also took part, a statement said", "On the
// Malawian side, Z took part", "a wider session, which was joined by Z",
// "a working lunch, which Z joined", "talks that also included Z", "Z
// joined the Malawian side", "after which they were joined by Z": each is
// one more party; with a
// summit in view, a bare "also took part" is the summit's.
func TestJoinedAndTookPart(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	const received = "Malawi's Peter Banda welcomed Zambia's Hakainde Hichilema for talks in Lilongwe on Tuesday. "
	const two = "Daniel Ochieng+Hakainde Hichilema+Joseph Mwita+Peter Banda @2025-03-04"
	const pair = "Hakainde Hichilema+Joseph Mwita+Mulambo Haimbe+Peter Banda @2025-03-04"
	const list = " Foreign Minister Joseph Mwita and Trade Minister Daniel Ochieng"
	checkBriefs(t, pub, []briefCase{
		{"also took part, then a source", received + list[1:] + " also took part, the presidency said.", []string{"meeting occurred " + two}},
		{"a side fronted", received + "On the Malawian side," + list + " took part.", []string{"meeting occurred " + two}},
		{"which was joined by",
			received + "After a private hour, the leaders opened a wider session, which was joined by" + list + ".",
			[]string{"meeting occurred " + two}},
		{"which Z joined",
			received + "The two then held a working lunch, which Foreign Minister Joseph Mwita joined.",
			[]string{"meeting occurred Hakainde Hichilema+Joseph Mwita+Peter Banda @2025-03-04"}},
		{"joined a side, accompanied by",
			received + "Foreign Minister Joseph Mwita joined the Malawian side, while Hichilema was accompanied by Foreign Minister Mulambo Haimbe.",
			[]string{"meeting occurred " + pair}},
		{"they were joined by",
			received + "The leaders first conferred alone, after which they were joined by Foreign Minister Joseph Mwita and his Zambian counterpart, Mulambo Haimbe.",
			[]string{"meeting occurred " + pair}},
		{"talks that also included",
			"On Tuesday Malawi's Peter Banda received Kenyan envoy Joseph Mwita in Lilongwe for talks that also included Trade Minister Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita+Peter Banda @2025-03-04", "visit occurred Joseph Mwita>Malawi @2025-03-04"}},
		{"delegations which included",
			"Malawi's Peter Banda and Zambian President Hakainde Hichilema held talks on Tuesday, later widened to the two delegations, which included" + list + ".",
			[]string{"meeting occurred " + two}},
		{"a summit in view",
			"Leaders of Kenya, Uganda and Malawi gathered in Kisumu on Tuesday for the Lake Basin Summit. On the sidelines, Malawi's Peter Banda met Zambian President Hakainde Hichilema. Foreign Minister Joseph Mwita also took part.",
			[]string{"gathering occurred Kenya+Malawi+Uganda+Zambia @2025-03-04", "meeting occurred Hakainde Hichilema+Peter Banda @2025-03-04"}},
	})
}

// TestJoinerTails: after the comma that closes a clause placing someone
// at the meeting just told, "as did Z", "along with Z", "together with Z"
// or "as well as Z" adds Z as well; a tail naming nobody adds no one.
func TestJoinerTails(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	const received = "Malawi's Peter Banda welcomed Zambia's Hakainde Hichilema for talks in Lilongwe on Tuesday. "
	want := []string{"meeting occurred Hakainde Hichilema+Joseph Mwita+Mulambo Haimbe+Peter Banda @2025-03-04"}
	checkBriefs(t, pub, []briefCase{
		{"as did", received + "Foreign Minister Joseph Mwita sat in, as did Zambia's Foreign Minister Mulambo Haimbe.", want},
		{"along with", received + "Joseph Mwita, the foreign minister, sat in, along with his Zambian counterpart Mulambo Haimbe.", want},
		{"together with", received + "Foreign Minister Joseph Mwita also took part, together with Zambia's Mulambo Haimbe, officials said.", want},
		{"as well as", received + "Foreign Minister Joseph Mwita attended the talks, as well as Zambia's Foreign Minister Mulambo Haimbe.", want},
		{"a tail naming nobody", received + "Foreign Minister Joseph Mwita sat in, along with several advisers.",
			[]string{"meeting occurred Hakainde Hichilema+Joseph Mwita+Peter Banda @2025-03-04"}},
	})
}

// TestJoinedThem: "Y later joined them for wider talks", "Y joined him
// at the table": the pronoun stands for the parties of the meeting just
// told, and Y is one more; "joined them for a photograph" adds no one.
func TestJoinedThem(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const received = "Malawian President Peter Banda received Zambian President Hakainde Hichilema in Lilongwe on Thursday. "
	const visit = "visit occurred Hakainde Hichilema>Malawi @2025-03-13"
	checkBriefs(t, pub, []briefCase{
		{"for wider talks", received + "Foreign Minister Joseph Mwita later joined them for wider talks.",
			[]string{"meeting occurred Hakainde Hichilema+Joseph Mwita+Peter Banda @2025-03-13", visit}},
		{"at the table", received + "After an hour, Foreign Minister Joseph Mwita joined them at the table.",
			[]string{"meeting occurred Hakainde Hichilema+Joseph Mwita+Peter Banda @2025-03-13", visit}},
		{"for a photograph", received + "Foreign Minister Joseph Mwita joined them for a photograph.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-13", visit}},
	})
}

// TestMeetingAttendedBy covers those a meeting was "attended by", in its
// sentence ("for talks also attended by Z") or the next ("The meeting
// was also attended by Z"): one more party each.
func TestMeetingAttendedBy(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	want := []string{"meeting occurred Daniel Ochieng+Grace Phiri+Peter Banda @2025-03-09"}
	checkBriefs(t, pub, []briefCase{
		{"in the sentence",
			"On Sunday, Malawian President Peter Banda received Kenyan envoy Daniel Ochieng for talks also attended by Malawi's foreign minister, Grace Phiri.",
			want},
		{"in the next sentence",
			"Malawian President Peter Banda received Kenyan envoy Daniel Ochieng on Sunday. The meeting was also attended by Malawi's foreign minister, Grace Phiri.",
			want},
	})
}

// TestMetWithADelegationLedBy covers "met with a delegation led by X":
// the leader is the one met, whatever stands between ("here on Tuesday",
// a demonym, the body's name with its acronym in brackets).
func TestMetWithADelegationLedBy(t *testing.T) {
	pub := day(2024, time.August, 20) // a Tuesday
	want := []string{"meeting occurred Joseph Mwita+Peter Banda @2024-08-20"}
	checkBriefs(t, pub, []briefCase{
		{"here on Tuesday",
			"Joseph Mwita met here late on Tuesday with a party delegation headed by Peter Banda.", want},
		{"a demonym before the delegation",
			"Kenyan Foreign Minister Joseph Mwita met with a Malawian delegation led by Peter Banda on Tuesday.", want},
		{"the body's acronym in brackets",
			"Joseph Mwita, who runs the party's foreign desk, met on Tuesday evening with a delegation from the Lake People's Congress (LPC) led by Peter Banda.", want},
	})
}

// TestWithSomeoneAtHisSide covers one more party told after the meeting
// in the same sentence, "with Y at his side" or "by her side": Y sat in.
func TestWithSomeoneAtHisSide(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	want := []string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2025-03-07"}
	checkBriefs(t, pub, []briefCase{
		{"after a comma",
			"Kenyan President Joseph Mwita held talks with Malawian President Peter Banda on Friday, with Foreign Minister Daniel Ochieng at his side.", want},
		{"by her side",
			"On Friday Kenyan President Joseph Mwita met Malawian President Peter Banda with envoy Daniel Ochieng by her side.", want},
		{"at his elbow, before the meeting",
			"On Friday Kenyan President Joseph Mwita, with Foreign Minister Daniel Ochieng at his elbow, held talks with Malawian President Peter Banda.", want},
		{"fronted, with a title",
			"With Foreign Minister Daniel Ochieng by his side, Kenyan President Joseph Mwita met Malawian President Peter Banda on Friday.", want},
		{"fronted flanked by",
			"Flanked by Foreign Minister Daniel Ochieng, Kenyan President Joseph Mwita held talks with Malawian President Peter Banda on Friday.", want},
		{"a title in commas before the side",
			"Kenyan President Joseph Mwita met Malawian President Peter Banda on Friday, with the Foreign Minister, Daniel Ochieng, at his side.", want},
		{"fronted accompanied by",
			"Accompanied by Foreign Minister Daniel Ochieng, Kenyan President Joseph Mwita met Malawian President Peter Banda on Friday.", want},
	})
}

// TestTrilateralFormatWith: "A and B met in a trilateral format with Z"
// puts Z at their meeting (of three heads of state, a gathering of their
// countries); several after "with" are left to the gathering readers.
func TestTrilateralFormatWith(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a third person",
			"Kenyan President Daniel Ochieng and Malawian President Peter Banda held talks in Kisumu on Tuesday in a trilateral format with Joseph Mwita.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2025-03-04"}},
		{"a third head of state",
			"Kenyan President Daniel Ochieng and Malawian President Peter Banda held talks in Kisumu on Tuesday in a trilateral format with Tanzanian President Joseph Mwita.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania @2025-03-04"}},
	})
}

// TestSidesOfTalksBetweenStates: talks told as between two states take
// the people of each side: the head "and" an aide "accompanied by" after
// him, the members a side "comprised", and a second side whose verb is
// left out ("and the Malawian delegation by X"); a head's appositive
// names no one else of the side.
func TestSidesOfTalksBetweenStates(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	lead := "Kenyan and Malawian officials held talks in Kisumu on Tuesday. "
	checkBriefs(t, pub, []briefCase{
		{"led, accompanied, comprised", lead + "The Kenyan side was led by Foreign Minister Joseph Mwita, accompanied by envoy Daniel Ochieng, while the Malawian side comprised Trade Minister Grace Phiri and Peter Banda, the deputy foreign minister.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Joseph Mwita+Peter Banda @2025-03-11"}},
		{"a side with no verb", lead + "The Kenyan delegation was headed by Lands Minister Joseph Mwita and the Malawian delegation by Trade Minister Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-11"}},
		{"an appositive", lead + "The Kenyan delegation was headed by Joseph Mwita, an aide to President William Ruto.",
			[]string{"meeting occurred Joseph Mwita+Malawi @2025-03-11"}},
	})
}

// TestDelegatesBesideAParty covers officials put beside a party of the
// talks just told: "Y sat at X's side", "Y stood at her elbow", "Y joined
// (or accompanied, or was associated with) X at the talks" or "across the
// table", "Y was also at the table"; not
// "Y joined X in the motorcade", nor a bare "Y was also present", which may mean
// the building and not the talks.
func TestDelegatesBesideAParty(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	const talks = "Malawian President Peter Banda held talks with Kenyan Vice-President Daniel Ochieng in Lilongwe on Tuesday. "
	const two = "meeting occurred Daniel Ochieng+Peter Banda @2024-04-30"
	const three = "meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2024-04-30"
	checkBriefs(t, pub, []briefCase{
		{"at a named party's side, and across the table",
			talks + "Foreign Minister Joseph Mwita sat at Banda's side, while Kenyan Trade Secretary Grace Phiri joined Ochieng across the table.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Joseph Mwita+Peter Banda @2024-04-30"}},
		{"at a pronoun's elbow",
			talks + "Foreign Minister Joseph Mwita stood at his elbow throughout.",
			[]string{three}},
		{"joined a party at the talks",
			talks + "Malawi's foreign minister, Joseph Mwita, joined Banda at the meeting.",
			[]string{three}},
		{"also at the table",
			talks + "Foreign Minister Joseph Mwita was also at the table.",
			[]string{three}},
		{"accompanied a party at the meeting",
			talks + "Foreign Minister Joseph Mwita accompanied Banda at the meeting.",
			[]string{three}},
		{"associated with a party at the talks",
			talks + "Foreign Minister Joseph Mwita was associated with Banda at the table.",
			[]string{three}},
		{"with two aides also in the room",
			"Kenyan Vice-President Daniel Ochieng met Malawian President Peter Banda for an hour in Lilongwe on Tuesday, with Foreign Minister Joseph Mwita and Trade Minister Grace Phiri also in the room.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Joseph Mwita+Peter Banda @2024-04-30"}},
		{"after a comma, sitting in without also",
			"Kenyan Vice-President Daniel Ochieng met Malawian President Peter Banda in Lilongwe on Tuesday, with Foreign Minister Joseph Mwita and Trade Minister Grace Phiri sitting in.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Joseph Mwita+Peter Banda @2024-04-30"}},
		{"after a comma, one present",
			"Kenyan Vice-President Daniel Ochieng met Malawian President Peter Banda in Lilongwe on Tuesday, with Foreign Minister Joseph Mwita present.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2024-04-30"}},
		{"accompanied among others by",
			talks + "Banda was accompanied by Foreign Minister Joseph Mwita, while Ochieng was accompanied among others by Trade Secretary Grace Phiri.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Joseph Mwita+Peter Banda @2024-04-30"}},
		{"a party brought in one more",
			talks + "Banda then brought in Zambian Foreign Minister Joseph Mwita.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2024-04-30"}},
		{"joined a party in a motorcade",
			talks + "Foreign Minister Joseph Mwita joined Banda in the motorcade afterwards.",
			[]string{two}},
		{"a bare also present",
			talks + "Foreign Minister Joseph Mwita was also present.",
			[]string{two}},
		{"at the side of someone else",
			talks + "Grace Phiri sat at Mwita's side in the gallery.",
			[]string{two}},
	})
}

// TestMaldivianStyle: "Uz" before a Maldivian name is a style, no part of
// the name, and a portfolio of words joined by "and" stays the role.
func TestMaldivianStyle(t *testing.T) {
	f := testX.Extract(schema.Article{ID: "t", Published: day(2024, time.May, 2),
		Text: "Malawian President Peter Banda was accompanied by Minister of Homeland Affairs and Transport Uz Joseph Mwita and Minister of Finance Uz Grace Phiri when he received Kenyan Vice-President Daniel Ochieng in Lilongwe on Tuesday."})
	roles := map[string]string{}
	for _, a := range f.Actors {
		if a.Kind == schema.KindPerson {
			roles[a.Name] = a.Role
		}
	}
	want := map[string]string{"Peter Banda": "President", "Joseph Mwita": "Minister of Homeland Affairs and Transport",
		"Grace Phiri": "Minister of Finance", "Daniel Ochieng": "Vice-President"}
	if d := cmp.Diff(want, roles); d != "" {
		t.Errorf("people and roles (-want +got):\n%s", d)
	}
}

// TestAlongWith covers "together with" and "along with" after the sitting
// their sentence tells: those named after them are one more party; after a
// gathering they attend it; a body hosting talks "together with" a country
// is a co-host, no party.
func TestAlongWith(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"received together with a minister",
			"Malawian President Peter Banda on Tuesday received Grace Phiri, the head of the Lake Basin Fund, together with Finance Minister Joseph Mwita, to discuss lending.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita+Peter Banda @2024-04-30"}},
		{"met along with an aide",
			"On Tuesday Kenyan Vice-President Daniel Ochieng met Malawian President Peter Banda along with Kenya's trade secretary, Grace Phiri.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Peter Banda @2024-04-30"}},
	})
	checkGatherings(t, pub, []briefCase{
		{"opened a forum together with leaders",
			"Malawian President Peter Banda opened the Lake Basin Forum in Lilongwe on Tuesday together with Zambia's President, Joseph Mwita, and Kenya's Vice-President, Daniel Ochieng.",
			[]string{"Lake Basin Forum: Kenya+Malawi+Zambia"}},
	})
}

// TestLedDelegationOneParty: a delegation met with its leader and members
// named ("met a party delegation led by A and including B") sat as one
// party: one meeting of all, not one with each.
func TestLedDelegationOneParty(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"led by and including",
			"On Tuesday evening Kenyan Foreign Minister Daniel Ochieng met an opposition delegation led by party chairman Joseph Mwita and including deputy leader Grace Phiri at a hotel in Lilongwe.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Joseph Mwita @2024-04-30"}},
		{"two people met, no delegation",
			"On Tuesday evening Kenyan Foreign Minister Daniel Ochieng met opposition leader Joseph Mwita and, later, deputy leader Grace Phiri in Lilongwe.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri @2024-04-30", "meeting occurred Daniel Ochieng+Joseph Mwita @2024-04-30"}},
	})
}

// TestJoinedLaterAndSummaries covers people who joined a meeting told in
// the same sentence or the one before ("were afterwards joined in a larger
// session by Z", "held a working meeting, joined by Z", "Their talks
// went on, joined by Z", "Z sat in on that meeting"); a meeting told in
// brief with its month and told again on a day of it with more parties is
// one meeting, on that day.
func TestJoinedLaterAndSummaries(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	const four = "meeting occurred Daniel Ochieng+Hakainde Hichilema+Joseph Mwita+Peter Banda @2025-03-04"
	const list = " Foreign Minister Joseph Mwita and Trade Minister Daniel Ochieng"
	checkBriefs(t, pub, []briefCase{
		{"were afterwards joined in a session by",
			"Malawi's Peter Banda and Zambian President Hakainde Hichilema first met alone in Lilongwe on Tuesday, and were afterwards joined in a larger session by" + list + ".",
			[]string{four}},
		{"a participle in the meeting's sentence",
			"On Tuesday Malawi's Peter Banda and Zambian President Hakainde Hichilema held a working meeting, joined by" + list + ".",
			[]string{four}},
		{"a participle after the talks named again",
			"Malawi's Peter Banda and Zambian President Hakainde Hichilema met in Lilongwe on Tuesday. Their talks then went on in a wider format, joined by" + list + ".",
			[]string{four}},
		{"sat in on a leader's talks, the sentence before",
			"Malawi's Peter Banda met Zambian President Hakainde Hichilema in Lilongwe on Tuesday. Foreign Minister Joseph Mwita sat in on Banda's talks with Hichilema.",
			[]string{"meeting occurred Hakainde Hichilema+Joseph Mwita+Peter Banda @2025-03-04"}},
		{"sat in on a leader's talks, in the same sentence",
			"On Tuesday Foreign Minister Joseph Mwita sat in on President Peter Banda's talks with Zambian President Hakainde Hichilema in Lilongwe.",
			[]string{"meeting occurred Hakainde Hichilema+Joseph Mwita+Peter Banda @2025-03-04"}},
		{"sat in on that meeting",
			"Malawi's Peter Banda met Zambian President Hakainde Hichilema in Lilongwe on Tuesday. Foreign Minister Joseph Mwita sat in on that meeting.",
			[]string{"meeting occurred Hakainde Hichilema+Joseph Mwita+Peter Banda @2025-03-04"}},
		{"a summary of the month, then the day",
			"Malawi's Peter Banda held talks with Zambian President Hakainde Hichilema this month. Trade rose by a tenth last year. On Tuesday the two leaders met in Lilongwe, joined by" + list + ".",
			[]string{four}},
	})
}

// TestAroundTheTable: "Around the table were Y and Z", "Present at the
// lunch were Y", "At the table during the lunch were Y on the Malawian
// side and, for Zambia, Z" add those listed to the meeting just
// told (the states only label the sides); with a summit in view, "Also
// around the table were ..." lists the summit's company instead.
func TestAroundTheTable(t *testing.T) {
	pub := day(2025, time.October, 15) // a Wednesday
	const lunch = "Malawian President Peter Banda hosted Zambian President Hakainde Hichilema for lunch at the State House yesterday. "
	const four = "meeting occurred Grace Phiri+Hakainde Hichilema+Joseph Mwita+Peter Banda @2025-10-14"
	checkBriefs(t, pub, []briefCase{
		{"around the table", lunch + "Around the table were Foreign Minister Joseph Mwita and Trade Minister Grace Phiri.", []string{four}},
		{"present at the lunch", lunch + "Present at the lunch were Foreign Minister Joseph Mwita and Trade Minister Grace Phiri.", []string{four}},
		{"sides labelled",
			lunch + "At the table during the lunch were Foreign Minister Joseph Mwita and Trade Minister Grace Phiri on the Malawian side, and, for Zambia, Finance Minister Mulambo Haimbe.",
			[]string{"meeting occurred Grace Phiri+Hakainde Hichilema+Joseph Mwita+Mulambo Haimbe+Peter Banda @2025-10-14"}},
		{"a summit in view",
			"The Lake Basin Summit opened in Kisumu yesterday with Kenyan President William Ruto in the chair. Malawian President Peter Banda had held talks with Zambian President Hakainde Hichilema in Lilongwe the day before. Also around the table were Ugandan President Yoweri Museveni and Tanzania's Samia Suluhu Hassan.",
			[]string{"gathering occurred Kenya+Tanzania+Uganda @2025-10-14", "meeting occurred Hakainde Hichilema+Peter Banda @2025-10-13"}},
	})
}

// TestSidesOfOwnMeeting: the sides told after a colon belong to the
// meeting of their own sentence too ("The leaders sat down
// three-on-three: A with B and C; D with E and F").
func TestSidesOfOwnMeeting(t *testing.T) {
	pub := day(2025, time.May, 12) // a Monday
	const met = "Malawian President Peter Banda and Zambian President Hakainde Hichilema met in Lilongwe on Sunday. "
	want := []string{"meeting occurred Daniel Ochieng+Grace Phiri+Hakainde Hichilema+Joseph Mwita+Mulambo Haimbe+Peter Banda @2025-05-11"}
	checkBriefs(t, pub, []briefCase{
		{"semicolon", met + "The leaders sat down three-on-three: Banda with Foreign Minister Joseph Mwita and Trade Minister Grace Phiri; Hichilema with Finance Minister Mulambo Haimbe and envoy Daniel Ochieng.", want},
		{"the two sat again", met + "Later the two sat down again, three a side: Banda with Foreign Minister Joseph Mwita and Trade Minister Grace Phiri; Hichilema with Finance Minister Mulambo Haimbe and envoy Daniel Ochieng.", want},
	})
}

// TestPartyMadeUpOf: a party whose members follow "made up of" (or
// "composed of", "consisted of"), told in the meeting's sentence or the
// next, sat as one with its host: each member is a party of one meeting.
func TestPartyMadeUpOf(t *testing.T) {
	pub := day(2025, time.July, 9) // a Wednesday
	const all = "meeting occurred Antonio Tajani+Giorgos Gerapetritis+Jutta Urpilainen+William Ruto @2025-07-08"
	checkBriefs(t, pub, []briefCase{
		{"the party in the meeting's sentence",
			"Kenya's President William Ruto on Tuesday met a European delegation made up of EU Commissioner Jutta Urpilainen, Italy's Antonio Tajani and Greece's Giorgos Gerapetritis.",
			[]string{all}},
		{"the party as subject, its members next",
			"A European delegation met Malawian President Peter Banda late on Tuesday. It consisted of EU Commissioner Jutta Urpilainen, Italy's Antonio Tajani and Greece's Giorgos Gerapetritis.",
			[]string{"meeting occurred Antonio Tajani+Giorgos Gerapetritis+Jutta Urpilainen+Peter Banda @2025-07-08"}},
		{"the party as the subject of met",
			"On Tuesday a European delegation met Malawian President Peter Banda in Blantyre. The delegation was composed of EU Commissioner Jutta Urpilainen, Italy's Antonio Tajani and Greece's Giorgos Gerapetritis.",
			[]string{"meeting occurred Antonio Tajani+Giorgos Gerapetritis+Jutta Urpilainen+Peter Banda @2025-07-08"}},
	})
}

// TestWhoAfterTwo: "X received A and B, who then held talks with C": the
// relative clause's subject is both, as the antecedent "A and B, who ..."
// is; a singular pronoun or verb in the clause keeps it to the last one.
func TestWhoAfterTwo(t *testing.T) {
	pub := day(2025, time.July, 9) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"both held the later talks",
			"On Monday Malawian President Peter Banda received Zambian Foreign Minister Mulambo Haimbe and Trade Minister Grace Phiri, who then held talks with Malawi's foreign minister, Nancy Tembo.",
			[]string{"meeting occurred Grace Phiri+Mulambo Haimbe+Nancy Tembo @2025-07-07", "meeting occurred Grace Phiri+Peter Banda @2025-07-07", "meeting occurred Mulambo Haimbe+Peter Banda @2025-07-07"}},
		{"a singular pronoun in the clause",
			"Zambian Foreign Minister Mulambo Haimbe and Trade Minister Grace Phiri, who spoke by phone with Nancy Tembo of Malawi on her way home, reached Lilongwe on Monday.",
			[]string{"meeting occurred Grace Phiri+Nancy Tembo (phone) @2025-07", "visit occurred Grace Phiri>Malawi @2025-07-07", "visit occurred Mulambo Haimbe>Malawi @2025-07-07"}},
	})
}

// TestAirportBeforeAnHour: "before midnight" or "after 10 pm" between an
// airport and a reception is a time, not a new clause: the reception is
// still at the airport, no meeting.
func TestAirportBeforeAnHour(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"in a relative clause",
			"LUSAKA - Ruto, who touched down at Kenneth Kaunda International Airport just before midnight on Monday and was received there by Zambia's top diplomat, Mulambo Haimbe, will hold talks with Hichilema on Tuesday.",
			[]string{"meeting planned Hakainde Hichilema+William Ruto @2025-03-18", "visit occurred William Ruto>Zambia @2025-03-10"}},
		{"after a clock time",
			"LUSAKA - Kenya's William Ruto landed at Kenneth Kaunda International Airport on Monday after 10 pm and was met there by Zambian Foreign Minister Mulambo Haimbe.",
			[]string{"visit occurred William Ruto>Zambia @2025-03-10"}},
	})
}

// TestAlongsideAtTheMeeting: "X received Y alongside Z" puts Z at the
// meeting, as "together with Z" does, and "opened the summit alongside A
// and B" makes their countries attendees; a gathering "held alongside" a
// body's session adds no attendee.
func TestAlongsideAtTheMeeting(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a host's minister",
			"LUSAKA - On Thursday Zambian President Hakainde Hichilema received Kenya's William Ruto at State House alongside Foreign Minister Mulambo Haimbe.",
			[]string{"meeting occurred Hakainde Hichilema+Mulambo Haimbe+William Ruto @2025-03-13"}},
	})
	pub = day(2025, time.June, 20)
	for _, tc := range []struct{ name, text, in, out string }{
		{"leaders beside the host",
			"Malawian President Lazarus Chakwera opened the Lake Basin Summit in Lilongwe on Thursday alongside Kenyan President William Ruto and Zambian President Hakainde Hichilema.",
			"Zambia", ""},
		{"another body's session",
			"Leaders of Malawi, Zambia and Kenya met in Lilongwe on Thursday. The Lake Basin Summit was held alongside the East African Community's third session, which opened on Monday.",
			"Kenya", "East African Community"},
	} {
		got := strings.Join(gatheringsOf(tc.text, pub), " | ")
		if !strings.Contains(got, tc.in) || tc.out != "" && strings.Contains(got, tc.out) {
			t.Errorf("%s: %q: got %s, want %q in it and not %q", tc.name, tc.text, got, tc.in, tc.out)
		}
	}
}

// TestPartyLedByWithCompanions covers a party told by its head and the
// officials the head brought ("the Kenyan side, led by X with Y and Z,
// ..."), and time the party spent with its hosts at a venue: all of them
// met the hosts.
func TestPartyLedByWithCompanions(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	const four = "meeting occurred Daniel Ochieng+Grace Phiri+Joseph Mwita+Mulambo Haimbe @2025-03-03"
	const three = "meeting occurred Daniel Ochieng+Joseph Mwita+Mulambo Haimbe @2025-03-03"
	checkBriefs(t, pub, []briefCase{
		{"spent hours at a venue with the hosts",
			"The Kenyan side, led by Foreign Minister Daniel Ochieng with trade envoy Joseph Mwita, spent close to three hours at State House in Lusaka with Mulambo Haimbe and his deputy Grace Phiri on Monday.",
			[]string{four}},
		{"a team headed by, then met",
			"A Kenyan team headed by Daniel Ochieng with Joseph Mwita, met Zambia's Mulambo Haimbe in Lusaka on Monday.",
			[]string{three}},
		{"spent an afternoon at a lodge with the host",
			"Kenya's Daniel Ochieng and Joseph Mwita spent an afternoon at a lakeside lodge with Zambia's Mulambo Haimbe on Monday.",
			[]string{three}},
	})
}

// TestTheyAfterATravellingPair covers "they", "their" and "them" told of
// two people who travelled or met together in the sentences before: a
// fronted place before "they", a noun "their" opens, and a host who
// received "them" after the pair had talks with someone else.
func TestTheyAfterATravellingPair(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	const landed = "Zambian President Hakainde Hichilema and his Malawian counterpart Peter Banda landed in Nairobi on Thursday. "
	const kenya = "meeting occurred Hakainde Hichilema+Peter Banda+William Ruto @2025-03-06"
	visits := []string{"visit occurred Hakainde Hichilema>Kenya @2025-03-06", "visit occurred Peter Banda>Kenya @2025-03-06"}
	checkBriefs(t, pub, []briefCase{
		{"a fronted place before they",
			landed + "In Nairobi, they held talks with President William Ruto.",
			append([]string{kenya}, visits...)},
		{"their opening appointment",
			landed + "Their opening appointment was talks with President William Ruto.",
			append([]string{kenya}, visits...)},
		{"received them after talks with another",
			landed + "In Nairobi, they held talks with President William Ruto. On Friday, Ugandan President Yoweri Museveni received them in Kampala.",
			[]string{kenya, "meeting occurred Hakainde Hichilema+Peter Banda+Yoweri Museveni @2025-03-07",
				visits[0], "visit occurred Hakainde Hichilema>Uganda @2025-03-07", visits[1], "visit occurred Peter Banda>Uganda @2025-03-07"}},
	})
}

// TestAlongsideJoinsTheMeeting covers a person told "alongside" a party of
// a meeting, before the verb or closing the clause after it: a party of
// that meeting too.
func TestAlongsideJoinsTheMeeting(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	three := []string{"meeting occurred Daniel Ochieng+Hakainde Hichilema+William Ruto @2025-03-03"}
	checkBriefs(t, pub, []briefCase{
		{"alongside, closing the clause",
			"Kenya's leader, William Ruto, sat down with Zambia's Hakainde Hichilema in a lakeside lodge on Monday alongside Foreign Minister Daniel Ochieng.",
			three},
		{"alongside an apposition, after a comma",
			"Ruto of Kenya conferred with Zambia's Hakainde Hichilema on Monday, alongside his foreign minister, Daniel Ochieng.",
			three},
		{"alongside, between commas before the verb",
			"Kenya's William Ruto, alongside Foreign Minister Daniel Ochieng, had a long session with Zambia's Hakainde Hichilema on Monday.",
			three},
	})
}

// TestParticipleAfterReceivedBy covers a participle clause after a
// passive "received by Y" whose object pronoun stands for Y: the main
// clause's subject sat down with Y, and someone told "alongside" joined.
func TestParticipleAfterReceivedBy(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"sitting down with him, alongside a minister",
			"Peter Banda became the first African leader this year to be received by Hakainde Hichilema at State House, sitting down with him on Monday alongside Foreign Minister Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+Hakainde Hichilema+Peter Banda @2025-03-03"}},
		{"holding talks with her",
			"Peter Banda became the first Malawian leader in a decade to be welcomed by Kenya's Martha Karua, a rising figure, holding talks with her in Kisumu on Tuesday.",
			[]string{"meeting occurred Martha Karua+Peter Banda @2025-03-04"}},
	})
}
