package schema

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision is how precisely a Date is known.
type Precision string

// Date precisions, from most to least precise. The zero value means unknown.
const (
	PrecisionUnknown Precision = ""
	PrecisionDay     Precision = "day"
	PrecisionMonth   Precision = "month"
	PrecisionYear    Precision = "year"
	PrecisionDecade  Precision = "decade"
)

// Date is a calendar date known to some precision. Time holds the first day
// of the period (UTC midnight); the parts below Precision are zero/one.
type Date struct {
	Time      time.Time
	Precision Precision
}

// Day returns the date of t at day precision.
func Day(t time.Time) Date {
	return Date{Time: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), Precision: PrecisionDay}
}

// Month returns the month year-m at month precision.
func Month(year int, m time.Month) Date {
	return Date{Time: time.Date(year, m, 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionMonth}
}

// Year returns the year at year precision.
func Year(year int) Date {
	return Date{Time: time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionYear}
}

// Decade returns the decade that contains year at decade precision.
func Decade(year int) Date {
	return Date{Time: time.Date(year-year%10, 1, 1, 0, 0, 0, 0, time.UTC), Precision: PrecisionDecade}
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == PrecisionUnknown }

// String formats the date at its precision: 2021-04-07, 2021-04, 2021, 1980s;
// the empty string when unknown.
func (d Date) String() string {
	switch d.Precision {
	case PrecisionDay:
		return d.Time.Format("2006-01-02")
	case PrecisionMonth:
		return d.Time.Format("2006-01")
	case PrecisionYear:
		return d.Time.Format("2006")
	case PrecisionDecade:
		return strconv.Itoa(d.Time.Year()) + "s"
	}
	return ""
}

// End returns the first instant after the period the date covers.
func (d Date) End() time.Time {
	switch d.Precision {
	case PrecisionDay:
		return d.Time.AddDate(0, 0, 1)
	case PrecisionMonth:
		return d.Time.AddDate(0, 1, 0)
	case PrecisionYear:
		return d.Time.AddDate(1, 0, 0)
	case PrecisionDecade:
		return d.Time.AddDate(10, 0, 0)
	}
	return d.Time
}

// Overlaps reports whether the period of d overlaps [from, to). A zero from or
// to leaves that side open. An unknown date overlaps only a fully open range.
func (d Date) Overlaps(from, to time.Time) bool {
	if d.IsZero() {
		return from.IsZero() && to.IsZero()
	}
	if !from.IsZero() && !d.End().After(from) {
		return false
	}
	if !to.IsZero() && !d.Time.Before(to) {
		return false
	}
	return true
}

// Within reports whether the whole period of d lies within [from, to): a
// zero from or to leaves that side open. A date known only to the year lies
// within a range of one day only if that range spans the whole year. An
// unknown date lies only within the fully open range.
func (d Date) Within(from, to time.Time) bool {
	if d.IsZero() {
		return from.IsZero() && to.IsZero()
	}
	if !from.IsZero() && d.Time.Before(from) {
		return false
	}
	if !to.IsZero() && d.End().After(to) {
		return false
	}
	return true
}

// ParseDate parses the forms String produces (2021-04-07, 2021-04, 2021,
// 1980s). The empty string parses as the unknown date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return Date{}, nil
	case strings.HasSuffix(s, "s") && len(s) == 5:
		y, err := strconv.Atoi(s[:4])
		if err != nil || y%10 != 0 {
			return Date{}, fmt.Errorf("parse date %q: want a decade like 1980s", s)
		}
		return Decade(y), nil
	case len(s) == 4:
		y, err := strconv.Atoi(s)
		if err != nil {
			return Date{}, fmt.Errorf("parse date %q: %w", s, err)
		}
		return Year(y), nil
	case len(s) == 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return Date{}, fmt.Errorf("parse date %q: %w", s, err)
		}
		return Month(t.Year(), t.Month()), nil
	default:
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return Date{}, fmt.Errorf("parse date %q: want YYYY-MM-DD, YYYY-MM, YYYY or a decade like 1980s", s)
		}
		return Day(t), nil
	}
}
