package extract

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dipgraph/dipgraph/schema"
)

// TestProgrammeSections covers a leader's programme laid out under dated
// headings: each entry takes its heading's day and city, an entry under a
// day still to come is a plan, and a status line after an entry ("Called
// off.") cancels it. A date line in a page's header is no heading of the
// prose under it.
func TestProgrammeSections(t *testing.T) {
	pub := day(2025, time.June, 12) // a Thursday
	programme := "Times are local.\n\n" +
		"Monday, 9 June - Vienna\n" +
		"09:15 Austrian Chancellor Ruth Amsel held talks with Slovenian Foreign Minister Tanja Fajon.\n" +
		"14:00 Austrian Chancellor Ruth Amsel spoke by telephone with Croatian Prime Minister Andrej Plenkovic.\n\n" +
		"Wednesday, 11 June - Prague\n" +
		"11:30 Austrian Chancellor Ruth Amsel had a working breakfast with Czech Prime Minister Petr Fiala.\n" +
		"16:00 Austrian Chancellor Ruth Amsel held talks with Slovak Prime Minister Robert Fico.\n" +
		"Called off at short notice by the Slovak side.\n\n" +
		"Friday, 13 June - Budapest\n" +
		"10:00 Austrian Chancellor Ruth Amsel holds talks with Hungarian President Tamas Sulyok.\n"
	for _, tc := range []struct {
		name, text string
		want       []string
		places     map[string]string
	}{
		{"a programme over several days", programme,
			[]string{
				"meeting cancelled Robert Fico+Ruth Amsel @2025-06-11",
				"meeting occurred Andrej Plenkovic+Ruth Amsel (phone) @2025-06-09",
				"meeting occurred Petr Fiala+Ruth Amsel @2025-06-11",
				"meeting occurred Ruth Amsel+Tanja Fajon @2025-06-09",
				"meeting planned Ruth Amsel+Tamas Sulyok @2025-06-13",
			},
			map[string]string{"Tanja Fajon": "Vienna", "Andrej Plenkovic": "", "Petr Fiala": "Prague", "Tamas Sulyok": "Budapest"}},
		{"one dated heading over timed entries",
			"Vienna - Monday, 9 June 2025\n\n09:15 - Austrian Chancellor Ruth Amsel held talks with Slovenian Foreign Minister Tanja Fajon.\n",
			[]string{"meeting occurred Ruth Amsel+Tanja Fajon @2025-06-09"},
			map[string]string{"Tanja Fajon": "Vienna"}},
		{"a header's date line over prose",
			"Staff reporter | 9 June 2025\n\nAustrian Chancellor Ruth Amsel held talks with Slovenian Foreign Minister Tanja Fajon.\n",
			[]string{"meeting occurred Ruth Amsel+Tanja Fajon @2025-06"},
			map[string]string{"Tanja Fajon": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			if d := cmp.Diff(tc.want, brief(f)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
			names := map[schema.IRI]string{}
			for _, a := range f.Actors {
				names[a.IRI] = a.Name
			}
			for _, e := range f.Events {
				if e.Type != schema.Meeting || e.Status == schema.Cancelled {
					continue
				}
				for _, p := range e.Participants {
					if want, ok := tc.places[names[p]]; ok && names[e.Place] != want {
						t.Errorf("meeting with %s placed at %q, want %q", names[p], names[e.Place], want)
					}
				}
			}
		})
	}
}

// TestDayLog covers a log of one day: the title names the day ("PM X's
// day: Saturday, 8 March") and its timed entries take it; an opening line
// ("Schedule of President X") names the owner of entries that name no subject
// ("10:50 Courtesy call from Y"); a line under the dated heading ("Status
// at 19:00") keeps the heading's day and city; "Rt Hon." is an honorific.
func TestDayLog(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	for _, tc := range []struct {
		name, title, text string
		want              []string
	}{
		{"a title's day over timed entries", "PM Luxon's day: Saturday, 8 March",
			"Movements of Prime Minister Christopher Luxon, as logged by the press gallery.\n\n" +
				"10:04 Meets Australian Foreign Minister Penny Wong. Leaves at 10:40.\n" +
				"11:30 Courtesy call from Fijian Prime Minister Sitiveni Rabuka. About 30 minutes.\n",
			[]string{"meeting occurred Christopher Luxon+Penny Wong @2025-03-08", "meeting occurred Christopher Luxon+Sitiveni Rabuka @2025-03-08"}},
		{"an opening line names the owner", "Programme for Saturday",
			"Schedule of President John Dramani Mahama\nState House, Accra - Saturday, 8 March 2025\nStatus at 19:00\n\n" +
				"09:00 - Courtesy call by the Ambassador of Japan, Rt Hon. Kenji Sato. HELD.\n" +
				"11:00 - Bilateral talks with the President of Togo, Faure Gnassingbe. HELD.\n",
			[]string{"meeting occurred Faure Gnassingbe+John Dramani Mahama @2025-03-08", "meeting occurred John Dramani Mahama+Kenji Sato @2025-03-08"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Title: tc.title, Text: tc.text, Published: pub})
			if d := cmp.Diff(tc.want, brief(f)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestLiveLog covers a page of live coverage: timed entries with no day
// above them tell the day of writing, unless an entry names its own day;
// a time zone after the clock is no part of the name that follows it;
// bare weekday headings split the entries by day, the one named like the
// publication day being that day, not the week before.
func TestLiveLog(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"entries of the day of writing",
			"Follow our rolling coverage of the foreign ministers' visit.\n\n" +
				"09:05 CET Nauseda welcomed Latvian Foreign Minister Baiba Braze at his office in Vilnius.\n\n" +
				"11:20 CET Braze then held talks with Lithuanian Foreign Minister Kestutis Budrys, aides said.\n\n" +
				"13:45 CET A look back: on Monday Budrys had talks in Tallinn with Estonian Foreign Minister Margus Tsahkna.\n\n" +
				"15:10 CET That is all from us today.\n",
			[]string{
				"meeting occurred Baiba Braze+Gitanas Nausėda @2025-03-12",
				"meeting occurred Baiba Braze+Kestutis Budrys @2025-03-12",
				"meeting occurred Kestutis Budrys+Margus Tsahkna @2025-03-10",
			}},
		{"weekday headings",
			"How the two days went.\n\nTUESDAY\n\n" +
				"18:30 - Lithuanian Foreign Minister Kestutis Budrys meets Estonian Foreign Minister Margus Tsahkna.\n\n" +
				"WEDNESDAY\n\n" +
				"10:15 - Lithuanian Foreign Minister Kestutis Budrys meets Latvian Foreign Minister Baiba Braze.\n\n" +
				"12:40 - Budrys and Braze sign a rail accord.\n",
			[]string{
				"meeting occurred Baiba Braze+Kestutis Budrys @2025-03-12",
				"meeting occurred Kestutis Budrys+Margus Tsahkna @2025-03-11",
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			if d := cmp.Diff(tc.want, brief(f)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestYearHeadings covers a timeline whose entries stand under bare year
// headings ("2023", "2024"): a month and day without a year take the
// heading's year, not the one the publication date would give; a date
// that writes its year keeps it.
func TestYearHeadings(t *testing.T) {
	pub := day(2024, time.September, 2)
	const text = "A look back at the mediation so far.\n\n2023\n\nOctober 3 – Lena Sorensen held talks with Tomasz Wrona in Warsaw.\n\nNovember 14 – Tomasz Wrona flew to Oslo.\n\n2024\n\nMarch 5 – Lena Sorensen met Karol Nawrocki in Gdansk, a year after their talks of March 2, 2023.\n"
	checkBriefs(t, pub, []briefCase{
		{"entries under year headings", text, []string{
			"meeting occurred Karol Nawrocki+Lena Sorensen @2024-03-05",
			"meeting occurred Lena Sorensen+Tomasz Wrona @2023-10-03",
			"visit occurred Tomasz Wrona>Norway @2023-11-14",
		}},
	})
}
