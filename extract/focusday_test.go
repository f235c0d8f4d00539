package extract

import (
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// TestDayInFocus covers events dated by a phrase pointing back to a day the
// text named before ("that afternoon", "the same day", "the next day", "the
// agreement ...", "before the signing"), on sentences written for the test.
func TestDayInFocus(t *testing.T) {
	tests := []struct {
		name string
		pub  time.Time
		text string
		want []string
	}{
		{
			name: "that afternoon after an earlier clause's day",
			pub:  day(2025, time.May, 11), // a Sunday
			text: "Chilean President Gabriel Boric opened a trade fair in Lima on Saturday and held talks with Peruvian President Dina Boluarte at the government palace that afternoon.",
			want: []string{"meeting occurred Dina Boluarte+Gabriel Boric @2025-05-10"},
		},
		{
			name: "later that day refers to the previous sentence",
			pub:  day(2025, time.May, 11),
			text: "Chilean President Gabriel Boric opened a trade fair in Lima on Friday. Later that day he held talks with Peruvian President Dina Boluarte.",
			want: []string{"meeting occurred Dina Boluarte+Gabriel Boric @2025-05-09"},
		},
		{
			name: "the day before is the day before the one in focus",
			pub:  day(2025, time.May, 11),
			text: "The Andean water forum opened in Lima on Thursday. The day before, Peruvian President Dina Boluarte held talks with Chilean President Gabriel Boric.",
			want: []string{"meeting occurred Dina Boluarte+Gabriel Boric @2025-05-07"},
		},
		{
			name: "the eve of the gathering in focus",
			pub:  day(2025, time.May, 11),
			text: "The Andean water forum opened in Lima on Thursday. On the eve of the forum, Peruvian President Dina Boluarte held talks with Chilean President Gabriel Boric.",
			want: []string{"meeting occurred Dina Boluarte+Gabriel Boric @2025-05-07"},
		},
		{
			name: "the day before an event named is no anaphor",
			pub:  day(2025, time.May, 11),
			text: "Peruvian President Dina Boluarte held talks with Chilean President Gabriel Boric the day before the vote.",
			want: []string{"meeting occurred Dina Boluarte+Gabriel Boric @2025-05"},
		},
		{
			name: "the next day is the day after the one in focus",
			pub:  day(2025, time.May, 11),
			text: "Chilean President Gabriel Boric arrived in Lima on Thursday. He held talks with Peruvian President Dina Boluarte the next day.",
			want: []string{
				"meeting occurred Dina Boluarte+Gabriel Boric @2025-05-09",
				"visit occurred Gabriel Boric>Peru @2025-05-08",
			},
		},
		{
			name: "the day in focus of the previous sentence is its main clause's",
			pub:  day(2025, time.May, 11),
			text: "Chilean President Gabriel Boric opened a trade fair in Lima on Thursday, his first public event since he took office on 11 March. He held talks with Peruvian President Dina Boluarte the same day.",
			want: []string{"meeting occurred Dina Boluarte+Gabriel Boric @2025-05-08"},
		},
		{
			name: "a same-day phrase of another clause leaves a dated trigger alone",
			pub:  day(2025, time.May, 11),
			text: "Chilean President Gabriel Boric, who arrived in Lima on Thursday, met Peruvian President Dina Boluarte on Friday, while Argentine Foreign Minister Diana Mondino held talks with Peruvian Foreign Minister Elmer Schialer the same day.",
			want: []string{
				"meeting occurred Diana Mondino+Elmer Schialer @2025-05-09",
				"meeting occurred Dina Boluarte+Gabriel Boric @2025-05-09",
				"visit occurred Gabriel Boric>Peru @2025-05-08",
			},
		},
		{
			name: "the agreement refers to the previous sentence's signing",
			pub:  day(2025, time.May, 13),
			text: "A water-sharing agreement was signed in Lima on Monday. The agreement was concluded during a meeting of the two countries' foreign ministers, attended by Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Elmer Schialer.",
			want: []string{
				"meeting occurred Alberto van Klaveren+Elmer Schialer @2025-05-12",
			},
		},
		{
			name: "before the signing is the signing's day",
			pub:  day(2025, time.May, 13),
			text: "A water-sharing agreement was signed in Lima on Monday. Chilean Foreign Minister Alberto van Klaveren flew into Lima on Sunday. Before the signing, van Klaveren paid a courtesy call on Peruvian President Dina Boluarte.",
			want: []string{
				"meeting occurred Alberto van Klaveren+Dina Boluarte @2025-05-12",
				"visit occurred Alberto van Klaveren>Peru @2025-05-11",
			},
		},
		{
			name: "a borrowed day does not date the visit of the meeting's guest",
			pub:  day(2025, time.May, 11),
			text: "Argentine Foreign Minister Diana Mondino travelled to Lima for a trade fair. Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Friday, while Mondino held talks with Peruvian Foreign Minister Elmer Schialer the same day.",
			want: []string{
				"meeting occurred Diana Mondino+Elmer Schialer @2025-05-09",
				"meeting occurred Dina Boluarte+Gabriel Boric @2025-05-09",
				"visit occurred Diana Mondino>Peru @2025-05",
			},
		},
		{
			name: "an ongoing visit takes the arrival day told later",
			pub:  day(2025, time.May, 8), // a Thursday
			text: "Uruguayan President Yamandu Orsi is on a three-day state visit to Paraguay. Orsi arrived in Asuncion on Wednesday.",
			want: []string{"visit occurred Yamandu Orsi>Paraguay @2025-05-07"},
		},
		{
			name: "a wrapped-up visit takes the arrival day, not the departure",
			pub:  day(2025, time.May, 11), // a Sunday
			text: "Uruguayan President Yamandu Orsi wrapped up a two-day visit to Paraguay on Sunday. Orsi arrived in Asuncion on Saturday.",
			want: []string{"visit occurred Yamandu Orsi>Paraguay @2025-05-10"},
		},
		{
			name: "today is the dateline's day when the feed posts it a day later",
			pub:  day(2025, time.May, 11),
			text: "ASUNCION, 10th May, 2025 (News Agency) -- Uruguayan President Yamandu Orsi today held talks with Paraguayan President Santiago Pena.",
			want: []string{"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-10"},
		},
		{
			name: "a dateline on the publication day changes nothing",
			pub:  day(2025, time.May, 11),
			text: "ASUNCION, 11th May, 2025 (News Agency) -- Uruguayan President Yamandu Orsi today held talks with Paraguayan President Santiago Pena.",
			want: []string{"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-11"},
		},
		{
			name: "the day in focus stays across sentences without a date",
			pub:  day(2025, time.May, 11),
			text: "Uruguayan President Yamandu Orsi held talks with Paraguayan President Santiago Pena in Asuncion on Friday. The two discussed river transport. Orsi praised the talks. On the same day, Uruguayan Foreign Minister Mario Lubetkin held talks with Paraguayan Foreign Minister Ruben Ramirez.",
			want: []string{
				"meeting occurred Mario Lubetkin+Ruben Ramirez @2025-05-09",
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-09",
			},
		},
		{
			name: "another date named in between ends the day in focus",
			pub:  day(2025, time.May, 11),
			text: "Uruguayan President Yamandu Orsi held talks with Paraguayan President Santiago Pena in Asuncion on Friday. The talks had been planned since March. On the same day, Uruguayan Foreign Minister Mario Lubetkin held talks with Paraguayan Foreign Minister Ruben Ramirez.",
			want: []string{
				"meeting occurred Mario Lubetkin+Ruben Ramirez @2025-05",
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-09",
			},
		},
		{
			name: "at the end of the afternoon is the day of the previous sentence's main clause",
			pub:  day(2025, time.May, 11),
			text: "Uruguayan President Yamandu Orsi opened a trade fair in Asuncion on Saturday, a week after he had met Brazilian President Luiz Inacio Lula da Silva on Friday. At the end of the afternoon Orsi held talks with Paraguayan President Santiago Pena.",
			want: []string{
				"meeting occurred Luiz Inacio Lula da Silva+Yamandu Orsi @2025-05-09",
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-10",
			},
		},
		{
			name: "a relative clause's day is not the day in focus",
			pub:  day(2025, time.May, 11),
			text: "Uruguayan President Yamandu Orsi, who signed a decree on Thursday, then opened a trade fair. Later in the day Orsi held talks with Paraguayan President Santiago Pena.",
			want: []string{"meeting occurred Santiago Pena+Yamandu Orsi @2025-05"},
		},
		{
			name: "met at the airport on arrival is a welcome, the talks keep their own day",
			pub:  day(2025, time.May, 8), // a Thursday
			text: "Uruguayan President Yamandu Orsi arrived in Asuncion on Wednesday and was met at the city airport by Paraguayan President Santiago Pena. On Thursday the two presidents held talks at the government palace.",
			want: []string{
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-08",
				"visit occurred Yamandu Orsi>Paraguay @2025-05-07",
			},
		},
		{
			name: "a visit takes the day of the meeting in the city it went to",
			pub:  day(2025, time.May, 10), // a Saturday
			text: "Uruguayan President Yamandu Orsi held talks with Paraguayan President Santiago Pena in Asuncion on Friday. The talks came three days after Orsi travelled to Brasilia, where on Tuesday he met Brazilian President Luiz Inacio Lula da Silva.",
			want: []string{
				"meeting occurred Luiz Inacio Lula da Silva+Yamandu Orsi @2025-05-06",
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-09",
				"visit occurred Yamandu Orsi>Brazil @2025-05-06",
				"visit occurred Yamandu Orsi>Paraguay @2025-05-09", // a leg beside the Brasilia one
			},
		},
		{
			name: "left for after wrapping up a visit is the day the visit ended",
			pub:  day(2025, time.May, 12), // a Monday
			text: "Uruguayan President Yamandu Orsi arrived in Asuncion on Saturday. Orsi wrapped up his visit to Paraguay on Sunday and left for Brasilia.",
			want: []string{
				"visit occurred Yamandu Orsi>Brazil @2025-05-11",
				"visit occurred Yamandu Orsi>Paraguay @2025-05-10",
			},
		},
		{
			name: "left after another verb keeps no day",
			pub:  day(2025, time.May, 12),
			text: "Uruguayan President Yamandu Orsi opened a fair in Montevideo on Sunday and left for Brasilia.",
			want: []string{"visit occurred Yamandu Orsi>Brazil @2025-05"},
		},
		{
			name: "a summit is dated by its opening day, not its sideline meeting's",
			pub:  day(2025, time.May, 10), // a Saturday
			text: "Uruguayan President Yamandu Orsi and Paraguayan President Santiago Pena held a bilateral meeting on the sidelines of the Mercosur summit in Asuncion on Friday. The two-day summit opened in Asuncion on Thursday.",
			want: []string{
				"gathering occurred Paraguay+Uruguay @2025-05-08",
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-09",
			},
		},
		{
			name: "the meeting took place on the sidelines of a summit, which takes its day",
			pub:  day(2025, time.May, 10), // a Saturday
			text: "Uruguayan President Yamandu Orsi and Paraguayan President Santiago Pena held talks in Asuncion on Friday. The meeting took place at a hotel on the sidelines of the Mercosur summit.",
			want: []string{
				"gathering occurred Paraguay+Uruguay @2025-05-09",
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-09",
			},
		},
		{
			name: "an undated summit takes the day of a meeting on its sidelines",
			pub:  day(2025, time.May, 10),
			text: "Leaders of Uruguay, Paraguay and Brazil attended the Mercosur summit in Asuncion. Uruguayan President Yamandu Orsi met Paraguayan President Santiago Pena on Friday on the sidelines of the summit.",
			want: []string{
				"gathering occurred Brazil+Paraguay+Uruguay @2025-05-09",
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-09",
			},
		},
		{
			name: "a gathering that opened on a day is dated by that day",
			pub:  day(2025, time.May, 10), // a Saturday
			text: "Uruguayan President Yamandu Orsi met Paraguayan President Santiago Pena on Wednesday on the sidelines of the Mercosur summit in Asuncion, where leaders have gathered for the annual debate that opened on Tuesday.",
			want: []string{
				"gathering occurred Paraguay+Uruguay @2025-05-06",
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-07",
			},
		},
		{
			name: "a date after the trigger's relative clause belongs to the main clause",
			pub:  day(2024, time.July, 10), // a Wednesday
			text: "Brazilian President Luiz Inacio Lula da Silva, who met Paraguayan President Santiago Pena in Asuncion, will travel to La Paz on Thursday.",
			want: []string{"meeting occurred Luiz Inacio Lula da Silva+Santiago Pena @2024-07", "visit planned Luiz Inacio Lula da Silva>Bolivia @2024-07-11"},
		},
		{
			name: "the summit told far before is the story's only one",
			pub:  day(2024, time.July, 10),
			text: "Leaders of Paraguay, Brazil and Uruguay attended the Mercosur summit in Asuncion on Monday. The bloc admitted Bolivia. Tariffs were cut. The debt talks stalled. Exports grew. Prices rose. Farmers protested. Brazilian President Luiz Inacio Lula da Silva, who met Paraguayan President Santiago Pena on the sidelines of the summit, will travel to La Paz on Tuesday.",
			want: []string{
				"gathering occurred Brazil+Paraguay+Uruguay @2024-07-08",
				"meeting occurred Luiz Inacio Lula da Silva+Santiago Pena @2024-07-08",
				"visit planned Luiz Inacio Lula da Silva>Bolivia @2024-07-16",
			},
		},
		{
			name: "talks joined to a visit dated by month share its month",
			pub:  day(2025, time.May, 10),
			text: "Uruguayan President Yamandu Orsi visited Paraguay last month on his first trip abroad since taking office, and held talks in Asuncion with Paraguayan President Santiago Pena on trade.",
			want: []string{
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-04",
				"visit occurred Yamandu Orsi>Paraguay @2025-04",
			},
		},
		{
			name: "an arrival in a relative clause days before does not date the meeting",
			pub:  day(2025, time.May, 12), // a Monday
			text: "Uruguayan President Yamandu Orsi, who arrived in Asuncion on Thursday, also met Paraguayan President Santiago Pena.",
			want: []string{
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05",
				"visit occurred Yamandu Orsi>Paraguay @2025-05-08",
			},
		},
		{
			name: "an arrival in a relative clause the day before dates the meeting",
			pub:  day(2025, time.May, 9), // a Friday
			text: "Uruguayan President Yamandu Orsi, who arrived in Asuncion on Thursday, also met Paraguayan President Santiago Pena.",
			want: []string{
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-08",
				"visit occurred Yamandu Orsi>Paraguay @2025-05-08",
			},
		},
		{
			name: "a visit wrapped up before the next leg ends on the day that leg began",
			pub:  day(2025, time.May, 10), // a Saturday
			text: "Uruguayan President Yamandu Orsi flew into Brasilia on Friday evening after he wrapped up a visit to Paraguay, where he had met Paraguayan President Santiago Pena in Asuncion on Thursday.",
			want: []string{
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-08",
				"visit occurred Yamandu Orsi>Brazil @2025-05-09",
				"visit occurred Yamandu Orsi>Paraguay @2025-05-09",
			},
		},
		{
			name: "a visit under way takes no arrival day from a meeting",
			pub:  day(2025, time.May, 14), // a Wednesday
			text: "Uruguayan President Yamandu Orsi, who is on an official visit to Paraguay, met Paraguayan President Santiago Pena in Asuncion on Monday.",
			want: []string{
				"meeting occurred Santiago Pena+Yamandu Orsi @2025-05-12",
				"visit occurred Yamandu Orsi>Paraguay @2025-05",
			},
		},
		{
			name: "without a publication date a day takes the one year the sentence writes",
			text: "Uruguayan President Yamandu Orsi and Paraguayan President Santiago Pena met on 3 March for the 2026 Uruguay-Paraguay Summit in Asuncion.",
			want: []string{
				"meeting occurred Santiago Pena+Yamandu Orsi @2026-03-03",
			},
		},
		{
			name: "two years written leave the day without one",
			text: "Uruguayan President Yamandu Orsi and Paraguayan President Santiago Pena met on 3 March for the 2026 summit that follows the 2024 one.",
			want: []string{"meeting occurred Santiago Pena+Yamandu Orsi @"},
		},
		{
			name: "a meeting ended here is the day of the wire story",
			pub:  day(2025, time.May, 12),
			text: "ASUNCION, May 12 - Trade ministers of the four-nation Mercosur bloc ended a meeting here after discussing tariffs.",
			want: []string{"gathering occurred Mercosur @2025-05-12"},
		},
		{
			name: "a year modifying the visit noun dates the visit",
			pub:  day(2025, time.May, 12),
			text: "Ties have grown since the 2019 visit to Paraguay by Uruguayan President Yamandu Orsi.",
			want: []string{"visit occurred Yamandu Orsi>Paraguay @2019"},
		},
		{
			name: "a month followed by last year is that month of last year",
			pub:  day(2025, time.March, 18),
			text: "Uruguayan President Yamandu Orsi visited Paraguay in February last year.",
			want: []string{"visit occurred Yamandu Orsi>Paraguay @2024-02"},
		},
		{
			name: "talks that afternoon are on the arrival day, not the wrap-up day",
			pub:  day(2025, time.May, 11), // a Sunday
			text: "Chilean President Gabriel Boric wrapped up a two-day visit to Peru on Sunday. Boric arrived in Lima on Saturday, his first trip abroad this year, and held talks with Peruvian President Dina Boluarte at the government palace that afternoon.",
			want: []string{
				"meeting occurred Dina Boluarte+Gabriel Boric @2025-05-10",
				"visit occurred Gabriel Boric>Peru @2025-05-10",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := brief(testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: tc.pub}))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFrontedDateAfterTalks covers "On June 10, A and B <did something>
// after talks": the talks were that day; a journey home after talks does
// not date them.
func TestFrontedDateAfterTalks(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"upgraded ties after talks",
			"Kenyan President William Ruto flew in from Accra on June 9. On June 10, Ruto and Prime Minister Lee Hsien Loong raised ties to a strategic partnership after talks in the city.",
			// (he flew in from a stop abroad: Ghana, in that month)
			[]string{"meeting occurred Lee Hsien Loong+William Ruto @2024-06-10", "visit occurred William Ruto>Ghana @2024-06"}},
		{"issued a statement after talks",
			"On Monday, Ghana's John Mahama and Togo's Faure Gnassingbe issued a joint statement after talks in Lome.",
			[]string{"meeting occurred Faure Gnassingbe+John Mahama @2024-06-10"}},
	})
}

// TestFrontedDateAcrossRelative covers a fronted date separated from the
// trigger only by a relative clause about a party ("On June 10, A, who is
// in X from June 9 to 11, held talks with B"): the date is the talks'.
func TestFrontedDateAcrossRelative(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"relative clause with a stay of its own",
			"On June 10, Kenyan President William Ruto, who is in Ghana from June 9 to 11, held talks with Ghanaian President John Mahama.",
			[]string{
				"meeting occurred John Mahama+William Ruto @2024-06-10",
				"visit occurred William Ruto>Ghana @2024-06-09", // the stay's first day
			}},
		{"relative clause without a date",
			"On Tuesday, Ghanaian Foreign Minister Ama Boateng, who is touring the region, met Togolese Foreign Minister Robert Dussey.",
			[]string{"meeting occurred Ama Boateng+Robert Dussey @2024-06-11"}},
	})
}

// TestFrontedDateOverParenthesis covers a fronted date with a bracketed
// aside holding a semicolon before the trigger: the aside closes no clause.
func TestFrontedDateOverParenthesis(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"semicolon inside brackets",
			"On June 12, starting at 10 a.m. (local time; an hour ahead of Nairobi), Kenyan Foreign Minister Musalia Mudavadi held talks with Ugandan Foreign Minister Jeje Odongo in Kampala.",
			[]string{"meeting occurred Jeje Odongo+Musalia Mudavadi @2024-06-12"}},
	})
}

// TestDaysAfterAClause covers "reached X on Friday, one day after he held
// talks with Y": the talks were on the Wednesday, and he is their party,
// not the city he reached; a meeting told after he moved on to another
// country keeps no day of talks held in the first.
func TestDaysAfterAClause(t *testing.T) {
	pub := day(2025, time.May, 16) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a day after a clause",
			"Chilean President Gabriel Boric reached Lima late on Thursday, one day after he had held talks with Ecuadorian President Daniel Noboa in Quito.",
			[]string{
				"meeting occurred Daniel Noboa+Gabriel Boric @2025-05-14",
				"visit occurred Gabriel Boric>Ecuador @2025-05-14",
				"visit occurred Gabriel Boric>Peru @2025-05-15",
			}},
		{"two days before a clause",
			"Chilean President Gabriel Boric held talks with Ecuadorian President Daniel Noboa in Quito on Monday, two days before he flew to Lima.",
			[]string{
				"meeting occurred Daniel Noboa+Gabriel Boric @2025-05-12",
				"visit occurred Gabriel Boric>Ecuador @2025-05-12",
				"visit occurred Gabriel Boric>Peru @2025-05-14",
			}},
	})
}

// TestSceneDaysAndTourLegs covers a sentence of its own that opens with a
// day and tells no event ("Sunday brought two more stops.") or carries the
// story on to one ("The round of calls resumed on Sunday."): an undated
// meeting after it is on that day, not on the day of the events before
// it. A meeting in a foreign capital is one more leg of a tour whose
// traveller's country the text never states, once two other countries of
// the tour are told.
func TestSceneDaysAndTourLegs(t *testing.T) {
	pub := day(2024, time.January, 8) // a Monday
	const legs = "Special envoy Mara Lind landed in Nairobi on Friday and flew on to Kampala on Saturday. "
	checkBriefs(t, pub, []briefCase{
		{"a day set by a sentence of its own",
			"Kenyan Foreign Minister Musalia Mudavadi arrived in Kampala on Saturday and met Ugandan President Yoweri Museveni. Sunday brought two more stops. In Kigali, he met Rwandan President Paul Kagame.",
			[]string{"meeting occurred Musalia Mudavadi+Paul Kagame @2024-01-07", "meeting occurred Musalia Mudavadi+Yoweri Museveni @2024-01-06", "visit occurred Musalia Mudavadi>Rwanda @2024-01-07", "visit occurred Musalia Mudavadi>Uganda @2024-01-06"}},
		{"on a day, it was on to",
			"Kenyan Foreign Minister Musalia Mudavadi arrived in Kampala on Saturday and met Ugandan President Yoweri Museveni. On Sunday it was on to the next capital. In Kigali, he met Rwandan President Paul Kagame.",
			[]string{"meeting occurred Musalia Mudavadi+Paul Kagame @2024-01-07", "meeting occurred Musalia Mudavadi+Yoweri Museveni @2024-01-06", "visit occurred Musalia Mudavadi>Rwanda @2024-01-07", "visit occurred Musalia Mudavadi>Uganda @2024-01-06"}},
		{"a sentence that carries the story on to a day",
			"Kenyan Foreign Minister Musalia Mudavadi arrived in Kampala on Saturday and met Ugandan President Yoweri Museveni. The round of calls resumed on Sunday. He spoke with Rwandan President Paul Kagame.",
			[]string{"meeting occurred Musalia Mudavadi+Paul Kagame @2024-01-07", "meeting occurred Musalia Mudavadi+Yoweri Museveni @2024-01-06", "visit occurred Musalia Mudavadi>Uganda @2024-01-06"}},
		{"a sentence on today keeps the events' day",
			"Kenyan Foreign Minister Musalia Mudavadi arrived in Kampala on Saturday and met Ugandan President Yoweri Museveni. Today the talks look fruitful. Later, he met Ugandan Prime Minister Robinah Nabbanja.",
			[]string{"meeting occurred Musalia Mudavadi+Robinah Nabbanja @2024-01-06", "meeting occurred Musalia Mudavadi+Yoweri Museveni @2024-01-06", "visit occurred Musalia Mudavadi>Uganda @2024-01-06"}},
		{"a third leg of a traveller of no stated country",
			legs + "In Kigali on Sunday, she met Rwandan President Paul Kagame.",
			[]string{"meeting occurred Mara Lind+Paul Kagame @2024-01-07", "visit occurred Mara Lind>Kenya @2024-01-05", "visit occurred Mara Lind>Rwanda @2024-01-07", "visit occurred Mara Lind>Uganda @2024-01-06"}},
		{"one leg told is not enough",
			"Special envoy Mara Lind landed in Nairobi on Friday. In Kigali on Sunday, she met Rwandan President Paul Kagame.",
			[]string{"meeting occurred Mara Lind+Paul Kagame @2024-01-07", "visit occurred Mara Lind>Kenya @2024-01-05"}},
	})
}

// TestDayLaterAndFrontedParticiple covers "landed on Thursday and met Y a
// day later" (the day after) and "the same day" after a sentence that
// opens with a participle phrase of its own day ("After landing late
// Wednesday, X was received on Friday"): the main clause's day.
func TestDayLaterAndFrontedParticiple(t *testing.T) {
	pub := day(2023, time.April, 15) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"a day later",
			"Dutch Foreign Minister Caspar Veldkamp landed in Hanoi on Thursday. He met Bui Thanh Son, Vietnam's foreign minister, a day later.",
			[]string{"meeting occurred Bui Thanh Son+Caspar Veldkamp @2023-04-14", "visit occurred Caspar Veldkamp>Vietnam @2023-04-13"}},
		{"the same day after a fronted participle",
			"Chile's Gabriel Boric went to Japan this week. After arriving in Osaka on Wednesday, the Chilean president travelled on and was received by Fumio Kishida in Tokyo on Friday. He saw Foreign Minister Yoshimasa Hayashi the same day as well.",
			[]string{"meeting occurred Fumio Kishida+Gabriel Boric @2023-04-14", "meeting occurred Gabriel Boric+Yoshimasa Hayashi @2023-04-14", "visit occurred Gabriel Boric>Japan @2023-04-12"}},
	})
}

// TestByLateAfternoon covers "By late afternoon X had reached Y", "by
// nightfall": later on the day in focus, which is the main clause's and not
// that of an appositive about the subject ("X, sworn in on Friday, arrived
// on Monday").
func TestByLateAfternoon(t *testing.T) {
	pub := day(2025, time.March, 18) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"by late afternoon",
			"Canadian Prime Minister Mark Carney arrived in Rome on Monday. By late afternoon the prime minister had reached Madrid.",
			[]string{"visit occurred Mark Carney>Italy @2025-03-17", "visit occurred Mark Carney>Spain @2025-03-17"}},
		{"by nightfall, after an appositive's day",
			"Mark Carney, sworn in as Canada's prime minister on Friday, arrived in Paris on Monday. By nightfall he had landed in London.",
			[]string{"visit occurred Mark Carney>France @2025-03-17", "visit occurred Mark Carney>United Kingdom @2025-03-17"}},
	})
}

// TestFollowingDayOfLaterClause covers "the following day" in a clause
// coordinated after the event (", and continued to X the following
// day"): the later clause's day, not the event's.
func TestFollowingDayOfLaterClause(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"the day of a later clause",
			"The tour opened in Lilongwe on March 3, when Kenya's Daniel Ochieng held talks with Malawian President Peter Banda, and went on to Lusaka the following day.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-03",
				"visit occurred Daniel Ochieng>Malawi @2025-03-03", "visit occurred Daniel Ochieng>Zambia @2025-03-04"}},
	})
}

// TestDateOpeningTheNextClause covers a date that opens a coordinated
// clause with its own subject (", and in February both ministers
// spoke", ", and on Wednesday she"): that clause's, not the event's
// before it, which keeps its fronted date or none; a clause that shares
// the subject (", and on Wednesday was received") may share its day.
func TestDateOpeningTheNextClause(t *testing.T) {
	pub := day(2025, time.March, 6) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a fronted month, then the next clause's",
			"In January, Zambian Foreign Minister Mulambo Haimbe met Kenya's Musalia Mudavadi in Dubai, and in February both ministers talked by telephone.",
			[]string{"meeting occurred Mulambo Haimbe+Musalia Mudavadi (phone) @2025-02", "meeting occurred Mulambo Haimbe+Musalia Mudavadi @2025-01"}},
		{"no date before, a weekday after",
			"Zambian Foreign Minister Mulambo Haimbe held talks with Kenya's Musalia Mudavadi in Dubai, and on Wednesday she flew to Lilongwe.",
			[]string{"meeting occurred Mulambo Haimbe+Musalia Mudavadi @2025-03", "visit occurred Mulambo Haimbe>Malawi @2025-03-05"}},
		{"the same subject goes on: the day is shared",
			"Zambia's Mulambo Haimbe flew to Lilongwe, and on Wednesday was received by Malawian President Peter Banda.",
			[]string{"meeting occurred Mulambo Haimbe+Peter Banda @2025-03-05", "visit occurred Mulambo Haimbe>Malawi @2025-03-05"}},
	})
}

// TestTimestampedItemDay covers the items of a roundup or live blog headed
// by a weekday and a time: their "today", "this morning" and "this
// evening" are that weekday's, the latest on or before publication.
func TestTimestampedItemDay(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a weekday and a time",
			"Leaders gathered in Lilongwe this week.\n\nMonday, 20:15 - Kenya's President William Ruto met Malawi's President Peter Banda this evening at Kamuzu Palace.",
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-10"}},
		{"a short weekday",
			"Leaders gathered in Lilongwe this week.\n\nTue 09:45 - Zambia's Hakainde Hichilema held talks with Malawi's Peter Banda in Lilongwe today.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-11"}},
		{"an untimestamped item keeps the day of writing",
			"Leaders gathered in Lilongwe this week.\n\nZambia's Hakainde Hichilema held talks with Malawi's Peter Banda in Lilongwe today.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-12"}},
	})
}

// TestSecondDeedOfTheDay covers one subject's two past deeds joined by
// "and" after a day ("went to the palace on Sunday and saw Y"): with no
// day of its own the second deed took place on the first one's day; a
// day told after it wins.
func TestSecondDeedOfTheDay(t *testing.T) {
	pub := day(2024, time.August, 20) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"errand then a meeting",
			"Malawian Foreign Minister Peter Banda went to the palace on Sunday and saw Kenyan President Joseph Mwita.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-08-18"}},
		{"return home then a guest received",
			"Kenyan President Joseph Mwita returned to State House on Saturday, and then received Malawian Foreign Minister Peter Banda.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-08-17"}},
		{"the second deed's own day",
			"Malawian Foreign Minister Peter Banda went to the palace on Saturday and met Kenyan President Joseph Mwita on Sunday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-08-18"}},
	})
}

// TestOtherDeedsDay covers a day told inside a clause of another's deed
// after the meeting ("talks on the tariff that Z announced on Monday"):
// that day is Z's, not the meeting's, which keeps the day of its scene.
func TestOtherDeedsDay(t *testing.T) {
	pub := day(2025, time.March, 7) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the tariff announced on Monday, after a landing",
			"Kenya's William Ruto landed in Lilongwe on Thursday. He held a meeting there with Malawian President Peter Banda, dominated by the tariff that Donald Trump announced on Monday.",
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-06", "visit occurred William Ruto>Malawi @2025-03-06"}},
		{"the tariff announced on Monday, no other day",
			"Kenya's William Ruto held a meeting with Malawian President Peter Banda about the tariff that Donald Trump announced on Monday.",
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03"}},
		{"the talks' own end",
			"Kenya's William Ruto held talks with Malawian President Peter Banda that ended on Thursday.",
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-06"}},
	})
}
