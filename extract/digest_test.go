package extract

import (
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestDigestItems covers a digest of several wire items, each under its own
// dateline: an item's dateline places what it tells (an arrival with no
// place is in its country, "here" is its city), and nothing told in one
// item carries into the next (the gathering in focus, the sentence
// before). A photo caption above the article's only dateline leaves that
// dateline the article's own, and a capitalised line that names no known
// place is no dateline.
func TestDigestItems(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const first = "Andean leaders meet\n\nQUITO (AP) - The Andean summit closed in Quito on Thursday. Peru and Chile attended.\n\n"
	checkBriefs(t, pub, []briefCase{
		{"an arrival with no place is in the item's country",
			first + "Kenyan leader visits Fiji\n\nSUVA, Fiji (AP) - Kenyan President William Ruto arrived on Tuesday to open a trade fair.\n",
			[]string{"gathering occurred Chile+Peru @2025-03-13", "visit occurred William Ruto>Fiji @2025-03-11"}},
		{"a later item's people do not join an earlier item's gathering",
			first + "Kenya at the fair\n\nBERN, Switzerland (AP) - Kenya's Lee Kinyanjui attended as an observer.\n",
			[]string{"gathering occurred Chile+Peru @2025-03-13"}},
		{"no dateline inside a paragraph of the first story",
			"QUITO (AP) - The Andean summit closed in Quito on Thursday. Peru and Chile attended.\n\nKenyan President William Ruto arrived on Tuesday to open a trade fair.\n",
			[]string{"gathering occurred Chile+Kenya+Peru @2025-03-13", "visit occurred William Ruto>Ecuador @2025-03-11"}},
		{"a capitalised label is no dateline",
			first + "BREAKING - Kenyan President William Ruto took part as well.\n",
			[]string{"gathering occurred Chile+Kenya+Peru @2025-03-13"}},
	})
}

// TestDigestHere checks that "here" in a later item of a digest is that
// item's dateline city, and that a dateline below a photo caption is the
// article's own.
func TestDigestHere(t *testing.T) {
	pub := day(2025, time.March, 14)
	for _, tc := range []struct {
		name, text, want string
	}{
		{"a later item's here",
			"QUITO (AP) - The Andean summit closed in Quito on Thursday.\n\nLIMA, Peru (AP) - Peruvian Foreign Minister Elmer Schialer met Chilean Foreign Minister Alberto van Klaveren here on Wednesday.\n",
			"Lima"},
		{"the article's dateline below a caption",
			"A caption: the two ministers shake hands in Lima on March 12, 2025. (AP Photo)\n\nLIMA, March 12 (AP) - Peruvian Foreign Minister Elmer Schialer met Chilean Foreign Minister Alberto van Klaveren here on Wednesday.\n",
			"Lima"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := meetingPlace(testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub}))
			if !ok || got != tc.want {
				t.Errorf("meeting %v, place %q, want one at %q", ok, got, tc.want)
			}
		})
	}
}

// TestTimeClauseIsNoGathering checks that a gathering named only in a
// clause of time ("before the summit opens", "at the palace ahead of the
// summit") is not reported, while a gathering that closed is.
func TestTimeClauseIsNoGathering(t *testing.T) {
	pub := day(2025, time.March, 14)
	checkGatherings(t, pub, []briefCase{
		{"before the summit opens",
			"Peruvian President Dina Boluarte met Chilean President Gabriel Boric at the palace on Thursday before the summit opens.",
			nil},
		{"at a residence, then before the summit",
			"Peruvian President Dina Boluarte is to meet Chilean President Gabriel Boric at her residence before the summit begins.",
			nil},
		{"a summit that closed",
			"The Andean summit closed in Quito on Thursday.",
			[]string{"Andean summit: "}},
	})
}

// TestItemDatelineDays checks that in a run of datelined items (a gallery
// of captions, a digest) an undated meeting takes its item's dateline day
// and city, while the article's own dateline only tells when it was filed:
// an undated meeting under it keeps the month.
func TestItemDatelineDays(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	const items = "LILONGWE, May 1 - Malawian President Peter Banda meets Zambian President Hakainde Hichilema in the palace gardens.\n\n" +
		"LILONGWE, May 2 - Kenyan President William Ruto receives Banda for talks at State House.\n\n" +
		"BLANTYRE, May 3 - Banda meets Tanzanian President Samia Suluhu Hassan for talks at the Sanjika Palace.\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"items under the article's dateline", items,
			[]string{"Hakainde Hichilema+Peter Banda 2024-05 Lilongwe", "Peter Banda+William Ruto 2024-05-02 Lilongwe", "Peter Banda+Samia Suluhu Hassan 2024-05-03 Blantyre"}},
		{"items below a lead", "Our photographers travelled with the president.\n\n" + items,
			[]string{"Hakainde Hichilema+Peter Banda 2024-05-01 Lilongwe", "Peter Banda+William Ruto 2024-05-02 Lilongwe", "Peter Banda+Samia Suluhu Hassan 2024-05-03 Blantyre"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			names := map[schema.IRI]string{}
			for _, a := range f.Actors {
				names[a.IRI] = a.Name
			}
			var got []string
			for _, e := range f.Events {
				if e.Type != schema.Meeting {
					continue
				}
				var ps []string
				for _, p := range e.Participants {
					ps = append(ps, names[p])
				}
				sort.Strings(ps)
				got = append(got, strings.Join(ps, "+")+" "+e.Date.String()+" "+names[e.Place])
			}
			sort.Strings(got)
			want := append([]string(nil), tc.want...)
			sort.Strings(want)
			if !slices.Equal(got, want) {
				t.Errorf("meetings\n got %q\nwant %q", got, want)
			}
		})
	}
}
