package timex

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// fuzzRef turns a fuzzed number of seconds into a reference date: 0 is the
// unknown (zero) date, anything else an instant within about ±3000 years of
// 1970 so that every year the scanner can produce stays printable.
func fuzzRef(sec int64) time.Time {
	if sec == 0 {
		return time.Time{}
	}
	const span = 3000 * 366 * 24 * 3600
	return time.Unix(sec%span, 0).UTC()
}

// checkDate reports what is wrong with a resolved date, or "".
func checkDate(d schema.Date) string {
	if d.IsZero() {
		if !d.Time.IsZero() {
			return "time set without a precision"
		}
		return ""
	}
	t := d.Time
	if t.Location() != time.UTC || t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 || t.Nanosecond() != 0 {
		return "not UTC midnight: " + t.String()
	}
	switch d.Precision {
	case schema.PrecisionDay:
	case schema.PrecisionMonth:
		if t.Day() != 1 {
			return "month does not start on day 1"
		}
	case schema.PrecisionYear:
		if t.Day() != 1 || t.Month() != time.January {
			return "year does not start on 1 January"
		}
	case schema.PrecisionDecade:
		if t.Day() != 1 || t.Month() != time.January || t.Year()%10 != 0 {
			return "decade does not start a decade"
		}
	default:
		return "unknown precision " + string(d.Precision)
	}
	return ""
}

// checkMatches fails t when a match of Find breaks an invariant.
func checkMatches(t *testing.T, text string, ms []Match) {
	t.Helper()
	prevEnd := 0
	for i, m := range ms {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Fatalf("match %d: offsets [%d,%d) outside text of %d bytes", i, m.Start, m.End, len(text))
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("match %d: Text %q != text[%d:%d] %q", i, m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		if m.Start < prevEnd {
			t.Fatalf("match %d %q starts at %d, inside the previous match ending at %d", i, m.Text, m.Start, prevEnd)
		}
		prevEnd = m.End
		if msg := checkDate(m.Date); msg != "" {
			t.Fatalf("match %d %q: Date %v: %s", i, m.Text, m.Date, msg)
		}
		if msg := checkDate(m.EndDate); msg != "" {
			t.Fatalf("match %d %q: EndDate %v: %s", i, m.Text, m.EndDate, msg)
		}
		if !m.EndDate.IsZero() {
			if m.Date.IsZero() {
				t.Fatalf("match %d %q: EndDate %v without a Date", i, m.Text, m.EndDate)
			}
			if m.EndDate.Time.Before(m.Date.Time) {
				t.Fatalf("match %d %q: EndDate %v before Date %v", i, m.Text, m.EndDate, m.Date)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	wedSec := wed.Unix()
	for _, s := range []string{
		"The two foreign ministers met on Wednesday in the capital.",
		"Talks are planned for 3-5 March 2021 and again from 30 March - 2 April.",
		"He visited Beijing last week, three days ago, and will return next Monday.",
		"Since 1987 and through the 1980s, the '90s, mid-April and early May.",
		"Theresa May did not march on Mar. 7th, 2021; see 2021-04-07 and 2021-02-30.",
		"the day before yesterday, the day after tomorrow, this coming Friday night",
		"February 29 - March 1, 30 December - 2 January, Apr. 31",
		"in 2999 and 1000, twelve months ago, 100 years ago, 101 years ago",
		"Wednesday, April 7 (Reuters) — minister said",
		"–—‑−’‘ 7 avril 2021 é 12ème",
		"9999999999 days ago 0 March 00 April 31st of December",
	} {
		f.Add(s, wedSec)
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		ref := fuzzRef(sec)
		ms := Find(text, ref)
		checkMatches(t, text, ms)
		// Find pools its buffers: a second call must give the same answer.
		again := Find(text, ref)
		if len(again) != len(ms) {
			t.Fatalf("second call found %d matches, first %d", len(again), len(ms))
		}
		for i := range ms {
			if ms[i] != again[i] {
				t.Fatalf("second call: match %d is %+v, first %+v", i, again[i], ms[i])
			}
		}
		for i, m := range ms {
			// Relative expressions resolve only against a known reference.
			if m.Relative && ref.IsZero() && !m.Date.IsZero() {
				t.Fatalf("match %d %q: relative but resolved to %v without a reference", i, m.Text, m.Date)
			}
		}
	})
}

func FuzzParsePublished(f *testing.F) {
	for _, s := range []string{
		"2021-04-07", "2021-04-07T10:00:00Z", "2021-04-07T10:00:00.123+05:30",
		"26-FEB-1987 15:01:01.79", "07 April 2021", "April 7, 2021",
		"Wednesday, 7 April 2021", "Wed, 07 Apr 2021 10:00:00 GMT",
		"Mon Jan  2 15:04:05 MST 2006", "2021/04/07", "20210407",
		"26/02/1987", "02/26/1987", "7/4/2021", "4.4.2021", "31-02-2021",
		"99/99/9999", "-1/-1/-001", "1/2/+300", "", "   ", "yesterday",
		"2021-13-45", "0000-00-00", "9999-12-31T23:59:59Z",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParsePublished(s)
		if err != nil {
			if !errors.Is(err, ErrUnknownFormat) && !errors.Is(err, ErrAmbiguous) {
				t.Fatalf("ParsePublished(%q) error %v wraps neither ErrUnknownFormat nor ErrAmbiguous", s, err)
			}
			if !got.IsZero() {
				t.Fatalf("ParsePublished(%q) returned %v with error %v", s, got, err)
			}
			return
		}
		if strings.TrimSpace(s) == "" {
			t.Fatalf("ParsePublished(%q) = %v, want an error for blank input", s, got)
		}
		// A zero result is allowed: "0001-01-01" is the null date of Go and
		// .NET serialisers, and callers take the zero time as unknown.
		// What it parsed must survive a round trip through RFC 3339.
		if y := got.Year(); y >= 0 && y <= 9999 {
			again, err := ParsePublished(got.Format(time.RFC3339Nano))
			if err != nil {
				t.Fatalf("ParsePublished(%q) = %v, whose RFC 3339 form fails: %v", s, got, err)
			}
			if !again.Equal(got) {
				t.Fatalf("ParsePublished(%q) = %v, round trip gives %v", s, got, again)
			}
		}
	})
}

func FuzzDateline(f *testing.F) {
	wedSec := wed.Unix()
	for _, s := range []string{
		"MOSCOW, April 13 (Reuters) - The foreign minister arrived today.",
		"ABUJA, Nigeria, June 15 - Leaders gathered for the summit.",
		"Posted: 3 May 2023\n\nThe ministers met.",
		"Published on April 7, 2021 10:00\nBody text here.",
		"Wednesday, 7 April 2021\n\nTalks went on.",
		"Headline\nBy a correspondent\nUpdated - 31 February 2021\n",
		"NEW DELHI, Feb. 29 — text",
		"PARIS,,,, ,April 7 –",
		"dated:",
		"\n\n\n\n\n\n\nMOSCOW, April 13 (Reuters) - too far down",
		strings.Repeat("é", 299) + "\n7 April 2021",
	} {
		f.Add(s, wedSec)
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, text string, sec int64) {
		ref := fuzzRef(sec)
		got, ok := Dateline(text, ref)
		if !ok {
			if !got.IsZero() {
				t.Fatalf("Dateline(%q) = %v with ok false", text, got)
			}
			return
		}
		if got != dayOf(got) {
			t.Fatalf("Dateline(%q) = %v, not UTC midnight", text, got)
		}
		if got.IsZero() {
			t.Fatalf("Dateline(%q) = zero time with ok true", text)
		}
	})
}
