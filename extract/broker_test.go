package extract

import (
	"testing"
	"time"
)

// TestBroughtTogether covers one person bringing two others together:
// "brought A and B together", "brought together A and B", "managed to
// bring A and B together", "sat A and B down", "sat them down" are one
// meeting of the three; a session "which
// brought together" its members is no meeting of its host.
func TestBroughtTogether(t *testing.T) {
	pub := day(2025, time.June, 20) // a Friday
	three := []string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2025-06-16"}
	checkBriefs(t, pub, []briefCase{
		{"together after the two",
			"Kenyan President Daniel Ochieng brought Malawi's Peter Banda and Tanzania's Joseph Mwita together in Nairobi on Monday.",
			three},
		{"together before the two",
			"On Monday Kenyan President Daniel Ochieng brought together Malawi's Peter Banda and Tanzania's Joseph Mwita in Nairobi for talks on the lake.",
			three},
		{"managed to bring",
			"Kenyan President Daniel Ochieng managed to bring Malawi's Peter Banda and Tanzania's Joseph Mwita together in Nairobi on Monday.",
			three},
		{"sat the two down",
			"On Monday Kenyan President Daniel Ochieng sat Malawi's Peter Banda and Tanzania's Joseph Mwita down in Nairobi for talks on the lake.",
			three},
		{"sat them down, the two told before",
			"Malawi's Peter Banda and Tanzania's Joseph Mwita flew to Nairobi on Monday, where Kenyan President Daniel Ochieng sat them down for a long evening of talks.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2025-06-16", "visit occurred Joseph Mwita>Kenya @2025-06-16", "visit occurred Peter Banda>Kenya @2025-06-16"}},
		{"sat down alone is no broker",
			"Kenyan President Daniel Ochieng sat down in Nairobi on Monday to read the lake report.",
			nil},
		{"a session that brought its members together is no meeting of its host",
			"Peter Banda went to a lakeside session on Monday hosted by Daniel Ochieng, which also brought together Tanzania's Joseph Mwita and Zambia's Grace Lungu.",
			nil},
	})
}

// TestManagedTo covers implicative verbs before "to": what they lead to
// took place ("managed to meet"), unlike a plan ("hopes to meet").
func TestManagedTo(t *testing.T) {
	pub := day(2025, time.June, 20)
	checkBriefs(t, pub, []briefCase{
		{"managed to meet",
			"Kenyan President Daniel Ochieng managed to meet Malawi's Peter Banda in Nairobi on Monday.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-06-16"}},
		{"hopes to meet",
			"Kenyan President Daniel Ochieng hopes to meet Malawi's Peter Banda in Nairobi next month.",
			[]string{"meeting planned Daniel Ochieng+Peter Banda @2025-07"}},
	})
}

// TestRelativeClauseAfterTwoSubjects covers two subjects before a closed
// relative clause ("A and B, who chair the panel, met"): both met, also in
// a timeline's entry in the present tense; a question around the clause
// still asks ("Asked whether A and B, whose aides ..., had met").
func TestRelativeClauseAfterTwoSubjects(t *testing.T) {
	pub := day(2025, time.June, 20)
	checkBriefs(t, pub, []briefCase{
		{"past tense",
			"Egypt's Hani Sewilam and Ethiopia's Habtamu Itefa, who lead the technical teams, met at a hotel in Kampala on Monday.",
			[]string{"meeting occurred Habtamu Itefa+Hani Sewilam @2025-06-16"}},
		{"a timeline's present tense",
			"KAMPALA, June 20 - The main steps:\n\n* May 9, 2024 - Water ministers Hani Sewilam of Egypt and Habtamu Itefa of Ethiopia, who lead the technical teams, meet at a hotel in Kampala.",
			[]string{"meeting occurred Habtamu Itefa+Hani Sewilam @2024-05-09"}},
		{"a question around the clause",
			"Asked whether Egypt's Hani Sewilam and Ethiopia's Habtamu Itefa, whose aides had quarrelled, had met in Kampala, a spokesman said no.",
			[]string{"meeting planned Habtamu Itefa+Hani Sewilam @"}},
	})
}

// TestRelativeClauseClosedBeforeTheVerb covers a verb after a closed
// relative clause in reported speech ("the spokesman said X, who landed
// on Sunday, held talks with Y"): X held them, not the speaker; a
// delegation "headed by X, which arrived ..." meets through X.
func TestRelativeClauseClosedBeforeTheVerb(t *testing.T) {
	pub := day(2025, time.June, 20) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"said, who arrived, held talks",
			"Spokesman Pedro Alves said Malawi's Peter Banda, who landed in Dodoma late on Sunday, held talks with Tanzania's Joseph Mwita on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-06-17", "visit occurred Peter Banda>Tanzania @2025-06-15"}},
		{"a delegation headed by X, which arrived, met",
			"A Malawian delegation headed by Peter Banda, which arrived on Sunday, met Tanzania's Joseph Mwita in Dodoma on Monday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-06-16"}},
	})
}

// TestUsedTheOccasionTo covers "used X to", "took the opportunity to": what
// follows took place; "will use X to" stays a plan.
func TestUsedTheOccasionTo(t *testing.T) {
	pub := day(2025, time.June, 20) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"used a stopover to meet",
			"Malawi's Peter Banda used his stopover in Dodoma on Tuesday to meet Tanzania's Joseph Mwita.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-06-17", "visit occurred Peter Banda>Tanzania @2025-06-17"}},
		{"both there, used the morning to hold talks",
			"Malawi's Peter Banda and Tanzania's Joseph Mwita, both in Lusaka for the funeral, used the morning to hold talks on the lake.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-06", "visit occurred Joseph Mwita>Zambia @2025-06", "visit occurred Peter Banda>Zambia @2025-06"}},
		{"took the opportunity",
			"Malawi's Peter Banda took the opportunity on Tuesday to meet Tanzania's Joseph Mwita.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-06-17"}},
	})
}

// TestTimeAsideInList covers a list whose items a time phrase set off by
// commas separates ("received A and, in the afternoon, B"): both met.
func TestTimeAsideInList(t *testing.T) {
	pub := day(2025, time.June, 20)
	checkBriefs(t, pub, []briefCase{
		{"in the afternoon",
			"On Tuesday Tanzania's Joseph Mwita received Malawian envoy Peter Banda and, in the afternoon, Zambian envoy Grace Lungu.",
			[]string{"meeting occurred Grace Lungu+Joseph Mwita @2025-06-17", "meeting occurred Joseph Mwita+Peter Banda @2025-06-17"}},
		{"later in the day",
			"On Tuesday Tanzania's Joseph Mwita received Malawian envoy Peter Banda and, later in the day, Zambian envoy Grace Lungu.",
			[]string{"meeting occurred Grace Lungu+Joseph Mwita @2025-06-17", "meeting occurred Joseph Mwita+Peter Banda @2025-06-17"}},
	})
}

// TestCoChairedTwoSided covers two leaders co-chairing their own countries'
// summit ("the annual bilateral summit", "the summit between the two
// countries"), also with adverbials before the object: one meeting of the
// two; a summit of a forum they co-chair stays a gathering.
func TestCoChairedTwoSided(t *testing.T) {
	pub := day(2025, time.June, 20) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"adverbials before a summit between the two countries",
			"Malawi's Peter Banda and the President of Tanzania, Joseph Mwita, co-chaired on Thursday in Dodoma the 12th summit between the two countries.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-06-19"}},
		{"the annual bilateral summit",
			"Malawi's Peter Banda and Tanzania's Joseph Mwita co-chaired the annual bilateral summit in Dodoma on Thursday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-06-19"}},
		{"a forum's summit",
			"Malawi's Peter Banda and Tanzania's Joseph Mwita co-chaired the fifth summit of the Lake Forum in Dodoma on Thursday.",
			[]string{"gathering occurred Lake Forum+Malawi+Tanzania @2025-06-19"}},
	})
}

// TestSidesWithAides covers a meeting's sides told without a verb after a
// colon ("... in a small format: A with B and C; D with E and F"): the
// aides sit at the table too.
func TestSidesWithAides(t *testing.T) {
	pub := day(2025, time.June, 20) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"two sides after a colon",
			"Malawi's Peter Banda met Tanzania's Joseph Mwita in Dodoma on Thursday. The talks were held in a small format: Banda with Foreign Minister Grace Lungu and adviser John Phiri; Mwita with Foreign Minister Ali Omar and aide Rashid Juma.",
			[]string{"meeting occurred Ali Omar+Grace Lungu+John Phiri+Joseph Mwita+Peter Banda+Rashid Juma @2025-06-19"}},
	})
}

// TestOtherSideFacing covers the other side of talks between two states
// told by where its people sat ("Facing them were Y and Z", "Across the
// table sat Y and Z") and a side's heads in a comma phrase ("The Kenyan
// delegation, headed by X, included W"): each side's people replace its
// country among the parties.
func TestOtherSideFacing(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	talks := "Kenyan and Malawian officials held talks in Lilongwe on Tuesday. "
	four := []string{"meeting occurred Daniel Ochieng+Grace Phiri+Joseph Mwita+Peter Banda @2025-05-06"}
	checkBriefs(t, pub, []briefCase{
		{"facing them were",
			talks + "The Kenyan side was led by foreign minister Joseph Mwita and trade minister Daniel Ochieng. Facing them were Malawi's foreign minister Grace Phiri and finance minister Peter Banda.",
			four},
		{"across the table sat, after a comma phrase of heads",
			talks + "The Kenyan delegation, headed by foreign minister Joseph Mwita, included trade minister Daniel Ochieng. Across the table sat Malawi's foreign minister Grace Phiri and finance minister Peter Banda.",
			four},
		{"opposite them were",
			talks + "The Kenyan delegation was headed by Foreign Secretary Joseph Mwita. Opposite them were Malawi's foreign minister Grace Phiri and finance minister Peter Banda.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita+Peter Banda @2025-05-06"}},
	})
}

// TestLedTalks covers two heads of delegation who "led" or "headed" talks
// with no "with": one meeting of the two.
func TestLedTalks(t *testing.T) {
	pub := day(2025, time.June, 20) // a Friday
	both := []string{"meeting occurred Joseph Mwita+Peter Banda @2025-06-17"}
	checkBriefs(t, pub, []briefCase{
		{"led formal talks",
			"Malawi's Peter Banda and his Tanzanian counterpart Joseph Mwita later led formal talks in Dodoma on Tuesday.",
			both},
		{"headed the two delegations at talks",
			"Malawi's Peter Banda and his Tanzanian counterpart Joseph Mwita headed the two delegations at talks in Dodoma on Tuesday.",
			both},
	})
}
