package ingest

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// unknownDates are the values that state a publication date is unknown.
var unknownDates = map[string]bool{"unknown": true, "none": true, "null": true, "n/a": true, "-": true}

// layouts are the publication date formats parseDate accepts, tried in order.
var layouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2-Jan-2006 15:04:05.00", // Reuters-21578: 26-FEB-1987 15:01:01.79
	"2-Jan-2006 15:04:05",
	"2-Jan-2006",
}

// parseDate parses a publication date as the input gives it. Runs of spaces
// count as one, and trailing words after a complete date are ignored (the
// Reuters-21578 dates carry codes like "26-MAR-1987 00:02:59.13   RM").
func parseDate(s string) (time.Time, error) {
	f := strings.Fields(s)
	for k := len(f); k > 0; k-- {
		v := strings.Join(f[:k], " ")
		for _, l := range layouts {
			if t, err := time.Parse(l, v); err == nil {
				return t, nil
			}
		}
	}
	return time.Time{}, fmt.Errorf("%w %q", ErrDate, strings.TrimSpace(s))
}

// isoDate matches an ISO date near the start of a text.
var isoDate = regexp.MustCompile(`\b(\d{4}-\d{2}-\d{2})\b`)

// dateline finds the publication date in a dateline at the start of text.
func dateline(text string, ref time.Time) (time.Time, bool) {
	_ = ref
	head := text
	if len(head) > 300 {
		head = head[:300]
	}
	m := isoDate.FindStringSubmatch(head)
	if m == nil {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", m[1])
	return t, err == nil
}

// published resolves an article's publication date. value is the date the
// input gives (a header line or a field) and given says the input has one.
// A value like "unknown" means unknown and stops the search; no (or an
// empty) value means
// the dateline of text, else ReadOptions.Published, else unknown (zero).
// It returns an error wrapping ErrDate when value cannot be parsed.
func (r *reader) published(value string, given bool, text string) (time.Time, error) {
	if given && strings.TrimSpace(value) != "" {
		if unknownDates[strings.ToLower(strings.TrimSpace(value))] {
			return time.Time{}, nil
		}
		return parseDate(value)
	}
	if t, ok := dateline(text, r.o.Published); ok {
		return t, nil
	}
	return r.o.Published, nil
}
