package timex

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// ErrUnknownFormat is returned by ParsePublished for a string in none of the
// supported date formats.
var ErrUnknownFormat = errors.New("unknown date format")

// ErrAmbiguous is returned by ParsePublished for a numeric date whose day and
// month cannot be told apart ("7/4/2021").
var ErrAmbiguous = errors.New("ambiguous numeric date")

// publishedLayouts are the layouts ParsePublished tries, in order. Month and
// weekday names match in any case, and fractional seconds after the seconds
// field are accepted by time.Parse even when the layout has none.
var publishedLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02",
	"2006/01/02 15:04:05",
	"20060102",
	"2-Jan-2006 15:04:05",
	"2-Jan-2006",
	"2 January 2006",
	"2 Jan 2006",
	"2 Jan. 2006",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"Monday, 2 January 2006",
	"Monday 2 January 2006",
	"Monday, January 2, 2006",
	"Mon, 2 Jan 2006",
	time.RFC1123,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	time.UnixDate,
	time.ANSIC,
	"January 2, 2006 15:04",
	"January 2, 2006 3:04 PM",
	"2 January 2006 15:04",
}

// ParsePublished parses a publication date as found in headers, feeds and
// corpora: 2021-04-07, RFC 3339 (2021-04-07T10:00:00Z), Reuters-21578
// ("26-FEB-1987 15:01:01.79"), "07 April 2021", "April 7, 2021",
// "Wednesday, 7 April 2021", RFC 1123/822/850 ("Wed, 07 Apr 2021 10:00:00
// GMT"), Unix date, 2021/04/07 and 20210407.
//
// Numeric dates with slashes or dots (D/M/Y or M/D/Y) are accepted only when
// unambiguous: "26/02/1987" is 26 February and "02/26/1987" 26 February too,
// but "7/4/2021" returns ErrAmbiguous (unless day and month are equal).
// Anything else returns an error wrapping ErrUnknownFormat that names the
// input. Times keep the zone they were given in; dates without a time are
// UTC midnight.
func ParsePublished(s string) (time.Time, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return time.Time{}, fmt.Errorf("parse published date %q: %w", s, ErrUnknownFormat)
	}
	for _, layout := range publishedLayouts {
		if t, err := time.Parse(layout, in); err == nil {
			return t, nil
		}
	}
	if t, ok, err := parseNumeric(in); ok {
		if err != nil {
			return time.Time{}, fmt.Errorf("parse published date %q: %w", s, err)
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("parse published date %q: %w", s, ErrUnknownFormat)
}

// parseNumeric parses D/M/YYYY, M/D/YYYY and the same with dots or dashes,
// reporting ok when the input has that shape.
func parseNumeric(s string) (time.Time, bool, error) {
	var sep string
	for _, c := range []string{"/", ".", "-"} {
		if strings.Count(s, c) == 2 {
			sep = c
			break
		}
	}
	if sep == "" {
		return time.Time{}, false, nil
	}
	parts := strings.Split(s, sep)
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" || len(p) > 4 {
			return time.Time{}, false, nil
		}
		n[i] = v
	}
	if len(parts[2]) != 4 || len(parts[0]) > 2 || len(parts[1]) > 2 {
		return time.Time{}, false, nil
	}
	a, b, y := n[0], n[1], n[2]
	var day, month int
	switch {
	case a == b:
		day, month = a, b
	case a > 12 && b <= 12:
		day, month = a, b
	case b > 12 && a <= 12:
		day, month = b, a
	case a <= 12 && b <= 12:
		return time.Time{}, true, ErrAmbiguous
	default:
		return time.Time{}, true, ErrUnknownFormat
	}
	if month < 1 || !validDay(y, time.Month(month), day) {
		return time.Time{}, true, ErrUnknownFormat
	}
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC), true, nil
}

// datelineLines and datelineBytes bound how far into a text Dateline looks.
const (
	datelineLines = 6
	datelineBytes = 600
)

// datelinePrefixes introduce a publication date on a line of its own.
var datelinePrefixes = []string{"posted on", "posted", "published on", "published", "last updated",
	"updated on", "updated", "date", "dated", "first published"}

// Dateline finds a publication date given near the start of a text (its
// first few non-empty lines): a date on a line of its own ("07 April 2021",
// "Wednesday, 7 April 2021"), a line such as "Posted: 3 May 2023" or
// "Published on April 7, 2021 10:00", or a wire-story dateline ("MOSCOW,
// April 13 (Reuters) -", "TOKYO, April 3 -"). A dateline without a year takes
// the year of ref by the rules of Find (none when ref is zero). It returns
// the date at UTC midnight and true, or false when no such date is found or
// the date is the zero instant, 1 January of year 1.
func Dateline(text string, ref time.Time) (time.Time, bool) {
	if len(text) > datelineBytes {
		text = text[:datelineBytes]
	}
	seen := 0
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if seen++; seen > datelineLines {
			break
		}
		// The zero instant (a serialiser's null date, "0001-01-01") is no
		// date: callers could not tell it from unknown.
		if t, ok := datelineOf(line, ref); ok && !t.IsZero() {
			return t, true
		}
	}
	return time.Time{}, false
}

// datelineOf looks for a publication date in one line.
func datelineOf(line string, ref time.Time) (time.Time, bool) {
	lower := strings.ToLower(line)
	for _, p := range datelinePrefixes {
		if rest, ok := strings.CutPrefix(lower, p); ok && rest != "" && !isASCIILetter(rest[0]) {
			rest = strings.TrimLeft(line[len(p):], " :\t-–")
			if t, err := ParsePublished(rest); err == nil {
				return dayOf(t), true
			}
			if t, ok := leadingDay(rest, ref, 12); ok {
				return t, true
			}
			return time.Time{}, false
		}
	}
	if t, err := ParsePublished(line); err == nil {
		return dayOf(t), true
	}
	// A date alone on its line, perhaps with a weekday or a time after it;
	// a weekday alone ("TUESDAY") heads a log's day, no dateline.
	if t, ok := leadingDay(line, ref, 12); ok && strings.ContainsAny(line, "0123456789") {
		return t, true
	}
	// "MOSCOW, April 13 (Reuters) -" or "ABUJA, Nigeria, June 15 -": a
	// place of one or two comma-separated parts, a comma, then the date.
	start := 0
	for part := 0; part < 2; part++ {
		comma := strings.IndexByte(line[start:], ',')
		if comma <= 0 || start+comma > 60 || !isPlace(line[start:start+comma]) {
			break
		}
		start += comma + 1
		if t, ok := wireDate(line[start:], ref); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// wireDate returns the day-precision date that starts rest when a credit
// ("(Reuters)"), a dash or a colon follows it.
func wireDate(rest string, ref time.Time) (time.Time, bool) {
	ms := Find(firstWords(rest, 6), ref)
	if len(ms) == 0 || ms[0].Date.Precision != schema.PrecisionDay || strings.TrimSpace(rest[:ms[0].Start]) != "" {
		return time.Time{}, false
	}
	after := strings.TrimLeft(rest[ms[0].End:], " ")
	if after == "" || strings.HasPrefix(after, "(") || strings.HasPrefix(after, "-") ||
		strings.HasPrefix(after, "–") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, ":") {
		return ms[0].Date.Time, true
	}
	return time.Time{}, false
}

// leadingDay returns the day-precision date that starts s when what is left
// of s has at most maxLetters letters (a time zone, "GMT", "am").
func leadingDay(s string, ref time.Time, maxLetters int) (time.Time, bool) {
	ms := Find(s, ref)
	if len(ms) == 0 {
		return time.Time{}, false
	}
	m := ms[0]
	if m.Date.Precision != schema.PrecisionDay || strings.TrimLeft(s[:m.Start], " ,") != "" {
		return time.Time{}, false
	}
	letters := 0
	for i := 0; i < len(s); i++ {
		if (i < m.Start || i >= m.End) && isASCIILetter(s[i]) {
			letters++
		}
	}
	if letters > maxLetters {
		return time.Time{}, false
	}
	return m.Date.Time, true
}

// isPlace reports whether s looks like a dateline place: one to four words
// in capitals or title case ("MOSCOW", "New Delhi", "WASHINGTON D.C.").
func isPlace(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if w[0] < 'A' || w[0] > 'Z' {
			if w[0] != '(' && w[0] < 0x80 {
				return false
			}
		}
	}
	return true
}

// firstWords returns the prefix of s holding its first n words.
func firstWords(s string, n int) string {
	inWord := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t'
		if !sp && !inWord {
			if n == 0 {
				return s[:i]
			}
			n--
		}
		inWord = !sp
	}
	return s
}

// dayOf returns the calendar day of t at UTC midnight.
func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}
