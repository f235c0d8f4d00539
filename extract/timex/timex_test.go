package timex

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// wantMatch is the part of a Match a test case checks.
type wantMatch struct {
	Text     string
	Date     string // Date.String()
	End      string // EndDate.String()
	Relative bool
	Future   bool
}

func summarize(text string, ms []Match) ([]wantMatch, string) {
	var out []wantMatch
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			return nil, "offsets " + m.Text + " do not match text"
		}
		out = append(out, wantMatch{Text: m.Text, Date: m.Date.String(), End: m.EndDate.String(), Relative: m.Relative, Future: m.Future})
	}
	return out, ""
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// wed is Wednesday 2021-04-07, the publication date of the seed article.
var wed = day("2021-04-07")

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		ref  time.Time
		want []wantMatch
	}{
		{"on weekday same day counts", "The two ministers met on Wednesday in the capital.", wed,
			[]wantMatch{{"Wednesday", "2021-04-07", "", true, false}}},
		{"on weekday earlier in week", "Talks were held on Monday.", wed,
			[]wantMatch{{"Monday", "2021-04-05", "", true, false}}},
		{"bare weekday later in week goes back", "He said on Thursday that talks would go on.", wed,
			[]wantMatch{{"Thursday", "2021-04-01", "", true, false}}},
		{"last summer before it came round again", "Talks opened last summer in the capital.", wed,
			[]wantMatch{{"last summer", "2020", "", true, false}}},
		{"next spring after this one began", "They hope to meet next spring.", wed,
			[]wantMatch{{"next spring", "2022", "", true, true}}},
		{"a season's possessive names, the text dates", "This autumn's round is in Oslo.", wed,
			nil},
		{"an abbreviated weekday after on", "The two ministers met on Thurs. in the capital.", wed,
			[]wantMatch{{"Thurs", "2021-04-01", "", true, false}}},
		{"an abbreviation without on is a name", "A profile ran in the Sun. Mon State stayed calm.", wed,
			nil},
		{"lower-case weekday from wire copy", "officials were informed on sunday of the plan", wed,
			[]wantMatch{{"sunday", "2021-04-04", "", true, false}}},
		{"last weekday excludes today", "They spoke last Wednesday by phone.", wed,
			[]wantMatch{{"last Wednesday", "2021-03-31", "", true, false}}},
		{"last weekday yesterday", "They spoke last Tuesday by phone.", wed,
			[]wantMatch{{"last Tuesday", "2021-04-06", "", true, false}}},
		{"next weekday is future", "The envoy will return next Monday.", wed,
			[]wantMatch{{"next Monday", "2021-04-12", "", true, true}}},
		{"this coming weekday", "Leaders gather this coming Friday.", wed,
			[]wantMatch{{"this coming Friday", "2021-04-09", "", true, true}}},
		{"weekday with date takes the date", "The summit opened on Tuesday, April 6, 2021 in Dushanbe.", wed,
			[]wantMatch{{"Tuesday, April 6, 2021", "2021-04-06", "", false, false}}},
		{"yesterday and last night", "The minister arrived yesterday and dined with the king last night.", wed,
			[]wantMatch{{"yesterday", "2021-04-06", "", true, false}, {"last night", "2021-04-06", "", true, false}}},
		{"today tonight this morning", "Talks today, a dinner tonight and a briefing this morning.", wed,
			[]wantMatch{{"today", "2021-04-07", "", true, false}, {"tonight", "2021-04-07", "", true, false}, {"this morning", "2021-04-07", "", true, false}}},
		{"earlier today", "The envoys met earlier today.", wed,
			[]wantMatch{{"earlier today", "2021-04-07", "", true, false}}},
		{"tomorrow is future", "She leaves tomorrow for Geneva.", wed,
			[]wantMatch{{"tomorrow", "2021-04-08", "", true, true}}},
		{"day before yesterday", "They met the day before yesterday.", wed,
			[]wantMatch{{"the day before yesterday", "2021-04-05", "", true, false}}},
		{"last month keeps month precision", "A conference was held in Moscow last month.", wed,
			[]wantMatch{{"last month", "2021-03", "", true, false}}},
		{"last month across new year", "The talks last month failed.", day("2021-01-15"),
			[]wantMatch{{"last month", "2020-12", "", true, false}}},
		{"earlier this month", "They had met earlier this month.", wed,
			[]wantMatch{{"earlier this month", "2021-04", "", true, false}}},
		{"next month is future", "A visit is planned next month.", wed,
			[]wantMatch{{"next month", "2021-05", "", true, true}}},
		{"last year and this year", "Trade fell last year and rose this year.", wed,
			[]wantMatch{{"last year", "2020", "", true, false}, {"this year", "2021", "", true, false}}},
		{"this week inside a month", "The delegation is in Paris this week.", wed,
			[]wantMatch{{"this week", "2021-04", "", true, false}}},
		{"last week crossing a month has no date", "They met last week.", wed,
			[]wantMatch{{"last week", "", "", true, false}}},
		{"weekend inside a month", "He paid a visit over the weekend.", day("1987-06-29"),
			[]wantMatch{{"the weekend", "1987-06", "", true, false}}},
		{"bare weekend", "He paid a brief weekend visit to Rome.", day("1987-06-29"),
			[]wantMatch{{"weekend", "1987-06", "", true, false}}},
		{"last weekend from Sunday", "They met last weekend.", day("2021-04-11"),
			[]wantMatch{{"last weekend", "2021-04", "", true, false}}},
		{"weekend crossing a month has no date", "They met over the weekend.", day("2021-08-01"),
			[]wantMatch{{"the weekend", "", "", true, false}}},
		{"next week is future", "Talks resume next week.", wed,
			[]wantMatch{{"next week", "2021-04", "", true, true}}},
		{"days ago", "The accord was signed three days ago.", wed,
			[]wantMatch{{"three days ago", "2021-04-04", "", true, false}}},
		{"numeric years ago", "They last met 2 years ago.", wed,
			[]wantMatch{{"2 years ago", "2019", "", true, false}}},
		{"month day without year", "The ministers met on April 2 in Kabul.", wed,
			[]wantMatch{{"April 2", "2021-04-02", "", true, false}}},
		{"month day far after publication goes to previous year", "The pact was signed on December 12.", wed,
			[]wantMatch{{"December 12", "2020-12-12", "", true, false}}},
		{"month day shortly after publication stays", "A summit is due on May 20.", wed,
			[]wantMatch{{"May 20", "2021-05-20", "", true, false}}},
		{"month day with year", "They met on April 7, 2021 in Islamabad.", time.Time{},
			[]wantMatch{{"April 7, 2021", "2021-04-07", "", false, false}}},
		{"day month year", "The accord of 7 April 2021 was welcomed.", time.Time{},
			[]wantMatch{{"7 April 2021", "2021-04-07", "", false, false}}},
		{"ordinal day month", "On the 7th April the envoys met.", wed,
			[]wantMatch{{"7th April", "2021-04-07", "", true, false}}},
		{"ordinal of month", "On the 3rd of March they met.", wed,
			[]wantMatch{{"3rd of March", "2021-03-03", "", true, false}}},
		{"abbreviated month", "Talks began Apr. 7 in Doha.", wed,
			[]wantMatch{{"Apr. 7", "2021-04-07", "", true, false}}},
		{"iso date", "The statement dated 2019-11-30 was released.", time.Time{},
			[]wantMatch{{"2019-11-30", "2019-11-30", "", false, false}}},
		{"range month first", "The conference ran March 3-5 in Geneva.", wed,
			[]wantMatch{{"March 3-5", "2021-03-03", "2021-03-05", true, false}}},
		{"wire-style hyphens between month and days", "Ministers meet at a March-3-5 session in Geneva.", wed,
			[]wantMatch{{"March-3-5", "2021-03-03", "2021-03-05", true, false}}},
		{"a hyphenated word after a month is no date", "The May-June quota stays.", wed,
			nil},
		{"range day first with year", "It was held from 3 to 5 March 2020.", wed,
			[]wantMatch{{"3 to 5 March 2020", "2020-03-03", "2020-03-05", false, false}}},
		{"range across months", "The forum met 30 March – 2 April 2021.", time.Time{},
			[]wantMatch{{"30 March – 2 April 2021", "2021-03-30", "2021-04-02", false, false}}},
		{"range across months month first", "Delegates met March 30-April 2.", wed,
			[]wantMatch{{"March 30-April 2", "2021-03-30", "2021-04-02", true, false}}},
		{"in month before publication", "They had met in March.", wed,
			[]wantMatch{{"March", "2021-03", "", true, false}}},
		{"in month after publication is last year", "They had met in September.", wed,
			[]wantMatch{{"September", "2020-09", "", true, false}}},
		{"mid month", "Fighting resumed in mid-February.", wed,
			[]wantMatch{{"mid-February", "2021-02", "", true, false}}},
		{"month and month", "Envoys met in January and February.", wed,
			[]wantMatch{{"January", "2021-01", "", true, false}, {"February", "2021-02", "", true, false}}},
		{"month year", "The treaty of May 2019 stands.", time.Time{},
			[]wantMatch{{"May 2019", "2019-05", "", false, false}}},
		{"last march", "They last met last March.", wed,
			[]wantMatch{{"last March", "2021-03", "", true, false}}},
		{"next may", "Elections are due next May.", wed,
			[]wantMatch{{"next May", "2021-05", "", true, true}}},
		{"next march is next year", "Elections are due next March.", wed,
			[]wantMatch{{"next March", "2022-03", "", true, true}}},
		{"in year", "Relations were restored in 2019.", time.Time{},
			[]wantMatch{{"2019", "2019", "", false, false}}},
		{"year range", "It ran from 2019 to 2021.", time.Time{},
			[]wantMatch{{"2019", "2019", "", false, false}, {"2021", "2021", "", false, false}}},
		{"decade", "Ties were cut in the 1980s.", time.Time{},
			[]wantMatch{{"1980s", "1980s", "", false, false}}},
		{"short decade", "Ties were cut in the '70s.", time.Time{},
			[]wantMatch{{"70s", "1970s", "", false, false}}},
		{"unknown reference leaves relative unresolved", "They met on Tuesday and last month.", time.Time{},
			[]wantMatch{{"Tuesday", "", "", true, false}, {"last month", "", "", true, false}}},
		{"unknown reference month day", "They met on April 2.", time.Time{},
			[]wantMatch{{"April 2", "", "", true, false}}},
		{"theresa may is no month", "Juncker and May met in Brussels.", wed, nil},
		{"may as verb is no month", "He may visit Delhi; troops march on.", wed, nil},
		{"may possessive is no month", "A minister in May's cabinet spoke.", wed, nil},
		{"numbers are no years", "Some 2000 troops and 300 police were deployed.", wed, nil},
		{"invalid day", "They met on February 30.", wed, nil},
		{"leap day", "They met on 29 February 2020.", wed,
			[]wantMatch{{"29 February 2020", "2020-02-29", "", false, false}}},
		{"non-leap leap day", "They met on 29 February 2021.", wed, nil},
		{"capital month words", "The March on Rome.", wed, nil},
		// Found by FuzzFind: the end came out before the start.
		{"range ending before its start", "Talks ran 10 May - 1 May.", wed, nil},
		{"month range ending before its start", "Talks ran March 30 - March 2, 2021.", wed, nil},
		{"range ending before its start, unknown reference", "Talks ran 10 May - 1 May.", time.Time{}, nil},
		{"range across new year with the year after it", "Talks ran 30 December - 2 January 2021.", wed,
			[]wantMatch{{"30 December - 2 January 2021", "2020-12-30", "2021-01-02", false, false}}},
		{"month-first range across new year with the year after it", "Talks ran December 30 - January 2, 2021.", wed,
			[]wantMatch{{"December 30 - January 2, 2021", "2020-12-30", "2021-01-02", false, false}}},
		{"same-month range with month twice", "Talks ran 1 May - 10 May.", wed,
			[]wantMatch{{"1 May - 10 May", "2021-05-01", "2021-05-10", true, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, bad := summarize(tt.text, Find(tt.text, tt.ref))
			if bad != "" {
				t.Fatal(bad)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Find(%q, %s) mismatch (-want +got):\n%s", tt.text, tt.ref.Format("2006-01-02"), diff)
			}
		})
	}
}

// TestFindWeekdaysCalendar checks every weekday from every reference weekday
// against the calendar: the result must fall on the named day, on or before
// the reference date and less than a week before it ("last" one to seven days
// before; "next" one to seven days after).
func TestFindWeekdaysCalendar(t *testing.T) {
	names := []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	for refDay := 0; refDay < 7; refDay++ {
		ref := day("1987-10-18").AddDate(0, 0, refDay) // 1987-10-18 was a Sunday
		if ref.Weekday() != time.Weekday(refDay) {
			t.Fatalf("calendar: %s is %s", ref.Format("2006-01-02"), ref.Weekday())
		}
		for wd, name := range names {
			for _, mod := range []string{"on", "last", "next"} {
				text := "They met " + mod + " " + name + "."
				ms := Find(text, ref)
				if len(ms) != 1 {
					t.Fatalf("Find(%q) = %d matches", text, len(ms))
				}
				got := ms[0].Date.Time
				diff := int(ref.Sub(got).Hours() / 24)
				if got.Weekday() != time.Weekday(wd) {
					t.Errorf("Find(%q, %s) = %s, a %s", text, ref.Format("2006-01-02"), ms[0].Date, got.Weekday())
				}
				lo, hi := 0, 6
				switch mod {
				case "last":
					lo, hi = 1, 7
				case "next":
					lo, hi = -7, -1
				}
				if diff < lo || diff > hi {
					t.Errorf("Find(%q, %s) = %s, %d days before", text, ref.Format("2006-01-02"), ms[0].Date, diff)
				}
			}
		}
	}
}

func TestFindKnownCalendarDays(t *testing.T) {
	// Real calendar facts from the gold notes: checked against a calendar.
	tests := []struct {
		name string
		text string
		ref  string
		want string
	}{
		{"last Sunday from Monday 1987-03-02", "Talks were held last Sunday in Qatar.", "1987-03-02", "1987-03-01"},
		{"Saturday from Tuesday 1987-03-24", "He arrived on Saturday.", "1987-03-24", "1987-03-21"},
		{"Monday from Tuesday 1987-10-20", "The meeting on Monday went well.", "1987-10-20", "1987-10-19"},
		{"Tuesday morning on Tuesday 1987-10-20", "In a call Tuesday morning they spoke.", "1987-10-20", "1987-10-20"},
		{"Monday on Monday 1987-10-19", "He arrived in Rabat on Monday.", "1987-10-19", "1987-10-19"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := Find(tt.text, day(tt.ref))
			if len(ms) != 1 || ms[0].Date.String() != tt.want {
				t.Errorf("Find(%q, %s) = %+v, want one match on %s", tt.text, tt.ref, ms, tt.want)
			}
		})
	}
}

func TestFindOffsetsInLongerText(t *testing.T) {
	text := "Über den Gipfel – the envoys met on 3 May. Later, on Friday, they left."
	ms := Find(text, wed)
	if len(ms) != 2 {
		t.Fatalf("got %d matches, want 2: %+v", len(ms), ms)
	}
	for _, m := range ms {
		if !strings.Contains(text, m.Text) || text[m.Start:m.End] != m.Text {
			t.Errorf("match %+v: offsets do not point at its text", m)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	sentences := []string{
		"Russian Foreign Minister Sergei Lavrov met Prime Minister Imran Khan in Islamabad on Wednesday and discussed the Afghan peace process.",
		"The conference on Afghanistan, held in Moscow last month, was attended by the United States, China and Pakistan.",
		"Officials said the two sides would meet again on May 20 after talks from 3 to 5 March 2021 ended without agreement.",
		"The central bank left interest rates unchanged and said inflation would ease gradually over the coming quarters.",
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Find(sentences[i%len(sentences)], wed)
	}
}

func TestNumberWord(t *testing.T) {
	for w, want := range map[string]int{"3": 3, "a": 1, "Two": 2, "twelve": 12, "several": 0, "day": 0} {
		if got := NumberWord(w); got != want {
			t.Errorf("NumberWord(%q) = %d, want %d", w, got, want)
		}
	}
}
