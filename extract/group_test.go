package extract

import (
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestNamedGroups covers officials described as a group by their countries
// and then named in apposition, one name per country (namedGroup): "her
// counterparts from A and B, X and Y", "the prime ministers of A, B and C,
// X, Y and Z", "his A and B counterparts, X and Y". The names are the
// people met, not the countries.
func TestNamedGroups(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"counterparts from two countries, named after",
			"Estonian Prime Minister Kadri Saar met her counterparts from Latvia and Finland, Janis Ozols and Mikko Laine, in Tallinn on Monday.",
			[]string{"meeting occurred Janis Ozols+Kadri Saar @2025-03-10", "meeting occurred Kadri Saar+Mikko Laine @2025-03-10"}},
		{"the presidents of three countries, named after",
			"Ghanaian President Kwame Asante held talks on Tuesday with the presidents of Togo, Benin and Niger, Koffi Agbo, Rene Dossou and Idrissa Maiga.",
			[]string{"meeting occurred Idrissa Maiga+Kwame Asante @2025-03-11", "meeting occurred Koffi Agbo+Kwame Asante @2025-03-11", "meeting occurred Kwame Asante+Rene Dossou @2025-03-11"}},
		{"demonyms before the group noun",
			"Estonian Prime Minister Kadri Saar met her Latvian and Finnish counterparts, Janis Ozols and Mikko Laine, in Tallinn on Monday.",
			[]string{"meeting occurred Janis Ozols+Kadri Saar @2025-03-10", "meeting occurred Kadri Saar+Mikko Laine @2025-03-10"}},
	})
}

// TestGroupCalls covers a single call with several partners on the other
// end (en.OneLineNouns, a video call): all of them were on it together, so
// every two of them spoke; a call noun with its "with" after a weekday is
// read once, not again as a call of the names after it.
func TestGroupCalls(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"joined a video call with named counterparts",
			"Chilean President Ana Vidal joined a video call on Wednesday with her counterparts from Peru and Bolivia, Jorge Salas and Luis Arce, to discuss lithium.",
			[]string{"meeting occurred Ana Vidal+Jorge Salas+Luis Arce (video) @2025-03-12"}},
		{"a call with two leaders",
			"Chilean President Ana Vidal had a call with Peruvian President Jorge Salas and Bolivian President Luis Arce on Wednesday.",
			[]string{"meeting occurred Ana Vidal+Jorge Salas+Luis Arce (phone) @2025-03-12"}},
		{"spoke by video with two leaders",
			"Chilean President Ana Vidal spoke by video on Wednesday with Peruvian President Jorge Salas and Bolivian President Luis Arce.",
			[]string{"meeting occurred Ana Vidal+Jorge Salas+Luis Arce (video) @2025-03-12"}},
		{"separate in-person talks stay pairs",
			"Chilean President Ana Vidal held talks on Wednesday with Peruvian President Jorge Salas and Bolivian President Luis Arce.",
			[]string{"meeting occurred Ana Vidal+Jorge Salas @2025-03-12", "meeting occurred Ana Vidal+Luis Arce @2025-03-12"}},
	})
}

// TestQuestionedEvents covers an event inside an indirect question
// (en.Questions, "if" after en.QuestionHeads): it asserts nothing, so it is
// no occurred event, while the answer's own clause after the comma keeps
// its tense.
func TestQuestionedEvents(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"asked on a day whether he had met",
			"Asked in a radio interview on Thursday whether he had met any Kenyan officials in Kampala, Ugandan Foreign Minister Peter Okello said he had not.",
			[]string{"meeting planned Kenya+Peter Okello @2025-03-13"}},
		{"asked if she would meet",
			"Reporters asked if Ugandan Foreign Minister Grace Akello would meet Kenyan President Daniel Ochieng.",
			[]string{"meeting planned Daniel Ochieng+Grace Akello @"}},
		{"unclear whether they spoke",
			"It was unclear whether Ugandan Foreign Minister Grace Akello spoke with Kenyan President Daniel Ochieng on Tuesday.",
			[]string{"meeting planned Daniel Ochieng+Grace Akello @2025-03-11"}},
		{"the answer after the comma is told as fact",
			"Asked whether the talks had helped, Ugandan Foreign Minister Grace Akello said she met Kenyan President Daniel Ochieng on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Akello @2025-03-11"}},
	})
}

// TestPairAsSubject covers two people told in one sentence and referred to
// together as the subject of the next, whatever its verb: "the pair", "the
// visiting pair", "the Norwegian duo", "the two" with no noun, "the two
// men" before a meeting noun. Both met the object; a pair of another
// country than the two told is nobody.
func TestPairAsSubject(t *testing.T) {
	pub := day(2025, time.April, 11) // a Friday
	const came = "Norwegian Foreign Minister Espen Barth Eide and Trade Minister Cecilie Myrseth landed in Hanoi on Tuesday. "
	const both = "meeting occurred Cecilie Myrseth+Espen Barth Eide+Tran Hong Ha @2025-04-09"
	visits := []string{"visit occurred Cecilie Myrseth>Vietnam @2025-04-08", "visit occurred Espen Barth Eide>Vietnam @2025-04-08"}
	checkBriefs(t, pub, []briefCase{
		{"the two sat down with",
			came + "The two sat down with Vietnamese Deputy Prime Minister Tran Hong Ha on Wednesday.",
			append([]string{both}, visits...)},
		{"the two men held talks with",
			came + "The two men held talks with Vietnamese Deputy Prime Minister Tran Hong Ha on Wednesday.",
			append([]string{both}, visits...)},
		{"the visiting pair had lunch with",
			came + "On Wednesday the visiting pair had lunch with Vietnamese Deputy Prime Minister Tran Hong Ha.",
			append([]string{both}, visits...)},
		{"the duo of a country called on",
			came + "The Norwegian duo called on Vietnamese Deputy Prime Minister Tran Hong Ha on Wednesday.",
			append([]string{both}, visits...)},
		{"a duo of another country",
			came + "The Danish duo called on Vietnamese Deputy Prime Minister Tran Hong Ha on Wednesday.",
			visits},
	})
}

// TestGroupNumbersAndRelativeLegs covers "the four were hosted by Y" (a
// bare number as the subject of a passive: the four told before, with Y a
// gathering of five), and a verb coordinated after a relative clause ("X
// flew to A, where Y received him, and went on to B for talks with Z"):
// X went on and met Z, in B.
func TestGroupNumbersAndRelativeLegs(t *testing.T) {
	pub := day(2025, time.May, 11) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"the four were hosted by",
			"Estonia's Kristen Michal, Latvia's Evika Silina, Lithuania's Gintautas Paluckas and Finland's Petteri Orpo arrived in Warsaw on Saturday. The four were hosted by Polish Prime Minister Donald Tusk.",
			[]string{"gathering occurred Estonia+Finland+Latvia+Lithuania+Poland @2025-05-10", "visit occurred Evika Silina>Poland @2025-05-10", "visit occurred Gintautas Paluckas>Poland @2025-05-10", "visit occurred Kristen Michal>Poland @2025-05-10", "visit occurred Petteri Orpo>Poland @2025-05-10"}},
		{"and went on after a where clause",
			"On Wednesday Irish Taoiseach Micheal Martin flew to Madrid, where Pedro Sanchez received him, and went on to Lisbon that evening for talks with Portuguese Prime Minister Luis Montenegro.",
			[]string{"meeting occurred Luis Montenegro+Micheal Martin @2025-05-07", "meeting occurred Micheal Martin+Pedro Sanchez @2025-05-07", "visit occurred Micheal Martin>Portugal @2025-05-07", "visit occurred Micheal Martin>Spain @2025-05-07"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: pub, Text: "On Wednesday Irish Taoiseach Micheal Martin flew to Madrid, where Pedro Sanchez received him, and went on to Lisbon that evening for talks with Portuguese Prime Minister Luis Montenegro."})
	names := map[schema.IRI]string{}
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	for _, e := range f.Events {
		if e.Type == schema.Meeting && len(e.Participants) == 2 && (names[e.Participants[0]] == "Luis Montenegro" || names[e.Participants[1]] == "Luis Montenegro") && names[e.Place] != "Lisbon" {
			t.Errorf("talks with Montenegro placed at %q, want Lisbon", names[e.Place])
		}
	}
}

// TestTravellingParty covers a party of travellers told by name and then
// as "the trio", "the senators", "the delegation": the party is the
// subject of each later meeting; and a group no one names ("a group of
// senators touched down") makes no visit of anybody else in the sentence.
func TestTravellingParty(t *testing.T) {
	pub := day(2025, time.April, 18) // a Friday
	const came = "Sens. Mara Hollis (D-Vt.), Dale Brandt (R-Texas) and Joan Perel (I-Maine) arrived in Taipei on Thursday. "
	visits := []string{"visit occurred Dale Brandt>Taiwan @2025-04-17", "visit occurred Joan Perel>Taiwan @2025-04-17", "visit occurred Mara Hollis>Taiwan @2025-04-17"}
	checkBriefs(t, pub, []briefCase{
		{"the trio",
			came + "On Friday the trio sat down with Taiwanese President Lai Ching-te.",
			append([]string{"meeting occurred Dale Brandt+Joan Perel+Lai Ching-te+Mara Hollis @2025-04-18"}, visits...)},
		{"the senators",
			came + "On Friday the senators had dinner with Taiwanese Foreign Minister Lin Chia-lung.",
			append([]string{"meeting occurred Dale Brandt+Joan Perel+Lin Chia-lung+Mara Hollis @2025-04-18"}, visits...)},
		{"the visiting delegation",
			came + "On Friday the visiting delegation called on Taiwanese President Lai Ching-te.",
			append([]string{"meeting occurred Dale Brandt+Joan Perel+Lai Ching-te+Mara Hollis @2025-04-18"}, visits...)},
		{"a group of senators, another person named",
			"A cross-party group of senators landed in Manila on Friday as President Donald Trump's trade dispute deepened.",
			nil},
	})
}

// TestNamedAmongGroup covers a group received or met and the people named
// after it (", among them A and B", ", including C"): one meeting with
// them, a possessor only describing them ("X's mother, Y") no party.
func TestNamedAmongGroup(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"hosted relatives, among them two named",
			"Kenyan President William Ruto hosted relatives of the freed fishermen at State House on Thursday, among them Grace Phiri and Joseph Mwita.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita+William Ruto @2025-03-13"}},
		{"received a delegation including one, told through her son",
			"Kenyan President William Ruto received a delegation of lake traders on Thursday, including Daniel Ochieng's mother, Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+William Ruto @2025-03-13"}},
		{"met families, among them one",
			"Kenyan President William Ruto met families of the detained sailors on Thursday, among them Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+William Ruto @2025-03-13"}},
		{"a planned reception names no one met",
			"Kenyan President William Ruto will receive relatives of the freed fishermen next week, among them Grace Phiri.",
			nil},
	})
}

// TestPairOpensClause: "the pair", "the two" or "the duo" opening the
// clause of a verb after "where", "when" or "and" stands for the two
// people just told travelling together, not for the sentence's first
// subject alone, whatever the verb of meeting.
func TestPairOpensClause(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"after where, a verb of meeting",
			"LUSAKA - Zambian Foreign Minister Mulambo Haimbe flew with Trade Minister Peter Banda to Nairobi on Monday, where the pair met Kenya's head of state, William Ruto.",
			[]string{"meeting occurred Mulambo Haimbe+Peter Banda+William Ruto @2025-03-10", "visit occurred Mulambo Haimbe>Kenya @2025-03-10", "visit occurred Peter Banda>Kenya @2025-03-10"}},
		{"after and, a call on a host",
			"LUSAKA - Zambian Foreign Minister Mulambo Haimbe travelled with Trade Minister Peter Banda to Kisumu on Monday, and the duo then called on Kenya's head of state, William Ruto.",
			[]string{"meeting occurred Mulambo Haimbe+Peter Banda+William Ruto @2025-03-10", "visit occurred Mulambo Haimbe>Kenya @2025-03-10", "visit occurred Peter Banda>Kenya @2025-03-10"}},
		{"after when, a passive",
			"LUSAKA - Zambian Foreign Minister Mulambo Haimbe travelled with Trade Minister Peter Banda to Kisumu on Monday, when the two were received by Kenya's head of state, William Ruto.",
			[]string{"meeting occurred Mulambo Haimbe+Peter Banda+William Ruto @2025-03-10", "visit occurred Mulambo Haimbe>Kenya @2025-03-10", "visit occurred Peter Banda>Kenya @2025-03-10"}},
	})
}
