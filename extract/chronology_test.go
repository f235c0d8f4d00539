package extract

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// meetingsWithPlaces renders the occurred meetings of f as "A+B @date in
// City" (no " in" part when the meeting has no place).
func meetingsWithPlaces(f schema.Facts) []string {
	names := map[schema.IRI]string{}
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	var out []string
	for _, e := range f.Events {
		if e.Type != schema.Meeting || e.Status != schema.Occurred {
			continue
		}
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, names[p])
		}
		sort.Strings(ps)
		s := strings.Join(ps, "+") + " @" + e.Date.String()
		if e.Place != "" {
			s += " in " + names[e.Place]
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// TestChronologyEntries covers timelines written as dated entries ("*
// March 3, 2024 - ...", "12 January 2024: ..."): every sentence of an entry
// happened on its date, in the city the entry told, and never in the
// dateline's city, which is where the timeline was written.
func TestChronologyEntries(t *testing.T) {
	pub := day(2025, time.June, 20)
	head := "NAIROBI, June 20 - Kenya and Tanzania say a border deal is close. The main steps so far:\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the second sentence of an entry takes its day and its city",
			"* March 3, 2024 - A planned three-way summit in Dodoma collapses when Uganda stays away. Kenyan President William Ruto meets Tanzanian President Samia Suluhu Hassan there instead.",
			[]string{"Samia Suluhu Hassan+William Ruto @2024-03-03 in Dodoma"}},
		{"a colon after a day-first date",
			"12 January 2024: Kenyan Foreign Minister Musalia Mudavadi and Tanzanian Foreign Minister January Makamba hold talks in Arusha. Mudavadi also calls on Tanzanian Vice President Philip Mpango.",
			[]string{"January Makamba+Musalia Mudavadi @2024-01-12 in Arusha", "Musalia Mudavadi+Philip Mpango @2024-01-12 in Arusha"}},
		{"a dash entry under a list mark, the home party no proof of the dateline's city",
			"- April 8, 2024 \u2013 Kenyan President William Ruto receives Tanzanian envoy Ali Omar.",
			[]string{"Ali Omar+William Ruto @2024-04-08"}},
		{"a paragraph that opens with a date but no dash is prose",
			"On April 8, 2024, Kenyan President William Ruto received Tanzanian envoy Ali Omar.",
			[]string{"Ali Omar+William Ruto @2024-04-08 in Nairobi"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: head + tc.text, Published: pub})
			if d := cmp.Diff(tc.want, meetingsWithPlaces(f)); d != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, d)
			}
		})
	}
}

// TestMeetingsOnTwoDays checks that the same people meeting on two days the
// text gives are two meetings, and a meeting told again within a span it
// is dated by is one.
func TestMeetingsOnTwoDays(t *testing.T) {
	pub := day(2025, time.June, 20)
	checkMeetings := func(text string, want []string) {
		t.Helper()
		f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
		if d := cmp.Diff(want, meetingsWithPlaces(f)); d != "" {
			t.Errorf("%q (-want +got):\n%s", text, d)
		}
	}
	checkMeetings("Zambian President Hakainde Hichilema met Kenyan President Daniel Ochieng at Mombasa on June 2. Hichilema and Ochieng held talks again in Lusaka on June 16.",
		[]string{"Daniel Ochieng+Hakainde Hichilema @2025-06-02 in Mombasa", "Daniel Ochieng+Hakainde Hichilema @2025-06-16 in Lusaka"})
	checkMeetings("Zambia's Hakainde Hichilema and Kenya's Daniel Ochieng held talks at Mombasa from June 2 to 4. Hichilema met Ochieng on June 3 to settle the last points.",
		[]string{"Daniel Ochieng+Hakainde Hichilema @2025-06-02 in Mombasa"})
	// A day and a month, or a day and a year, that do not overlap: an
	// earlier meeting told after the news; a month that holds the day
	// does not part them.
	checkMeetings("Zambian President Hakainde Hichilema received Kenyan President Daniel Ochieng in Lusaka on June 16. The pair had previously sat down together at Mombasa in February.",
		[]string{"Daniel Ochieng+Hakainde Hichilema @2025-02 in Mombasa", "Daniel Ochieng+Hakainde Hichilema @2025-06-16 in Lusaka"})
	checkMeetings("Hakainde Hichilema of Zambia met Kenya's Daniel Ochieng in Lusaka on June 16. The two had also met at Mombasa in 2023.",
		[]string{"Daniel Ochieng+Hakainde Hichilema @2023 in Mombasa", "Daniel Ochieng+Hakainde Hichilema @2025-06-16 in Lusaka"})
	checkMeetings("Hakainde Hichilema of Zambia met Kenya's Daniel Ochieng in Lusaka on June 16. Hichilema and Ochieng have now met twice this month.",
		[]string{"Daniel Ochieng+Hakainde Hichilema @2025-06-16 in Lusaka"})
}

// TestOpeningDateHoldsForClauses covers a date that opens a sentence ("In
// March 1986 X shuttled between A, where ..., and B, where ..."): it dates
// the meetings of its "where" and "and" clauses, which tell no date of
// their own.
func TestOpeningDateHoldsForClauses(t *testing.T) {
	pub := day(2023, time.November, 30)
	checkBriefs(t, pub, []briefCase{
		{"between two cities, a meeting in each",
			"In March 1986 Zambian President Hakainde Hichilema went back and forth between Lusaka, where he met Kenyan President Daniel Ochieng, and Harare, where he held talks with Zimbabwean President Tendai Moyo.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema @1986-03", "meeting occurred Hakainde Hichilema+Tendai Moyo @1986-03",
				"visit occurred Daniel Ochieng>Zambia @1986-03", "visit occurred Hakainde Hichilema>Zimbabwe @1986-03"}},
		{"a later clause's own date wins",
			"In March 1986 Zambian President Hakainde Hichilema went to Lusaka, and in May 1987 he met Kenyan President Daniel Ochieng there.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema @1987-05"}},
	})
}

// TestEraOfParagraph covers a retrospective's scene: a sentence that sets
// a past month or year and tells no event ("Her breakthrough came in May
// 1988.") dates the undated meetings and trips told after it in its
// paragraph, not the publication month; a recent year sets no scene.
func TestEraOfParagraph(t *testing.T) {
	pub := day(2023, time.November, 30)
	checkBriefs(t, pub, []briefCase{
		{"a month years back",
			"Zambian President Hakainde Hichilema had his breakthrough in May 1988. After a week of quiet contacts in Nairobi, Hichilema held secret talks there with Kenyan President Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema @1988-05"}},
		{"a trip between the scene and the talks",
			"Zambian President Hakainde Hichilema's turning point came in March 1990. Hichilema flew to Nairobi. There he held talks with Kenyan President Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema @1990-03", "visit occurred Hakainde Hichilema>Kenya @1990-03"}},
		{"this year is no past scene",
			"Zambian President Hakainde Hichilema's turning point came in March. Hichilema held talks with Kenyan President Daniel Ochieng in Nairobi.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema @2023-11"}},
	})
}

// TestTripDatesItsTalks: "Y flew to X last July and talked with
// Z" after news talks with Z dates the talks by the trip told in their own
// sentence, not by the news talks that share Z.
func TestTripDatesItsTalks(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a month of last year",
			"LUSAKA - Zambia's Hakainde Hichilema received Malawian President Lazarus Chakwera at State House on Thursday. Trade Minister Peter Banda had flown to Lilongwe last July and had talks with Chakwera on the rail corridor.",
			[]string{"meeting occurred Hakainde Hichilema+Lazarus Chakwera @2025-03-13", "meeting occurred Lazarus Chakwera+Peter Banda @2024-07", "visit occurred Peter Banda>Malawi @2024-07"}},
		{"a month and its year",
			"LUSAKA - Zambia's Hakainde Hichilema received Malawian President Lazarus Chakwera at State House on Thursday. Peter Banda, then his envoy, travelled to Lilongwe in August 2024 and opened talks with Chakwera on a power line.",
			[]string{"meeting occurred Hakainde Hichilema+Lazarus Chakwera @2025-03-13", "meeting occurred Lazarus Chakwera+Peter Banda @2024-08", "visit occurred Peter Banda>Malawi @2024-08"}},
	})
}

// TestWeekAheadEntries: weekday entries under a heading that looks ahead
// ("The week ahead") are the coming days and tell plans, also the entry
// of the publication day; under a heading that looks back they are the
// days past, told as done.
func TestWeekAheadEntries(t *testing.T) {
	pub := day(2024, time.November, 11) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"the week ahead",
			"THE WEEK AHEAD\n\nMonday: Zambian President Hakainde Hichilema welcomes Kenya's William Ruto to Lusaka.\nWednesday: Malawi's Lazarus Chakwera hosts Ruto in Lilongwe.",
			[]string{"meeting planned Hakainde Hichilema+William Ruto @2024-11-11", "meeting planned Lazarus Chakwera+William Ruto @2024-11-13"}},
		{"the week behind",
			"LAST WEEK IN BRIEF\n\nTuesday: Zambian President Hakainde Hichilema welcomed Kenya's William Ruto to Lusaka.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2024-11-05", "visit occurred William Ruto>Zambia @2024-11-05"}},
	})
}

// TestAgainAtAnotherPlaceAndTime: "met in A in March 2022 and again in B
// in May 2023" tells two sittings of the same parties, each with its own
// date; "and at noon he went to ..." is another clause, no second sitting.
func TestAgainAtAnotherPlaceAndTime(t *testing.T) {
	pub := day(2024, time.November, 16) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"and again in",
			"Kenyan President William Ruto and Zambia's Hakainde Hichilema met in Lusaka in March 2022 and again in Kisumu in May 2023.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2022-03", "meeting occurred Hakainde Hichilema+William Ruto @2023-05"}},
		{"talks in one place and at another",
			"Kenyan President William Ruto and Zambia's Hakainde Hichilema held talks in Lusaka in November 2022 and at a lodge near Kisumu in October 2023.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2022-11", "meeting occurred Hakainde Hichilema+William Ruto @2023-10"}},
		{"another clause after and",
			"Kenyan President William Ruto met Zambia's Hakainde Hichilema in Lusaka in March 2022, and at noon he flew to Ndola in May 2023.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2022-03", "visit occurred William Ruto>Zambia @2023-05"}},
	})
}
