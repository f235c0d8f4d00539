package ingest

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/extract/timex"
)

// unknownDates are the values that state a publication date is unknown.
var unknownDates = map[string]bool{"unknown": true, "none": true, "null": true, "n/a": true, "-": true}

// parseDate parses a publication date as the input gives it, with
// timex.ParsePublished. Runs of spaces count as one, and trailing words after
// a complete date are ignored (the Reuters-21578 dates carry codes, as in
// "26-MAR-1987 00:02:59.13   RM"; feeds write "April 7, 2021 at 10:00").
// It returns an error wrapping ErrDate, and timex.ErrAmbiguous for a numeric
// date like 7/4/2021.
func parseDate(s string) (time.Time, error) {
	f := strings.Fields(s)
	cause := timex.ErrUnknownFormat
	for k := len(f); k > 0; k-- {
		t, err := timex.ParsePublished(strings.Join(f[:k], " "))
		if err == nil {
			return t, nil
		}
		if errors.Is(err, timex.ErrAmbiguous) {
			cause = timex.ErrAmbiguous
		}
	}
	return time.Time{}, fmt.Errorf("%w %q: %w", ErrDate, strings.TrimSpace(s), cause)
}

// published resolves an article's publication date. value is the date the
// input gives (a header line or a field) and given says the input has one.
// A value like "unknown" means unknown and stops the search; no (or an
// empty) value means the dateline of text (timex.Dateline; a dateline without
// a year takes it from ReadOptions.Published), else ReadOptions.Published,
// else unknown (zero).
// It returns an error wrapping ErrDate when value cannot be parsed.
func (r *reader) published(value string, given bool, text string) (time.Time, error) {
	if given && strings.TrimSpace(value) != "" {
		if unknownDates[strings.ToLower(strings.TrimSpace(value))] {
			return time.Time{}, nil
		}
		return parseDate(value)
	}
	if t, ok := timex.Dateline(text, r.o.Published); ok {
		return t, nil
	}
	return r.o.Published, nil
}
