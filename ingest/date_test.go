package ingest

import (
	"errors"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/extract/timex"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  time.Time
		err   error
	}{
		{name: "ISO", input: "2021-04-07", want: day(2021, time.April, 7)},
		{name: "RFC3339", input: "2021-04-07T23:30:00+05:00", want: time.Date(2021, time.April, 7, 18, 30, 0, 0, time.UTC)},
		{name: "Reuters", input: "26-FEB-1987 15:01:01.79", want: time.Date(1987, time.February, 26, 15, 1, 1, 790000000, time.UTC)},
		{name: "ReutersCodes", input: "27-MAR-1987 00:02:59.13   RM", want: time.Date(1987, time.March, 27, 0, 2, 59, 130000000, time.UTC)},
		{name: "ReutersDoubleSpace", input: "2-MAR-1987  09:01:02.00", want: time.Date(1987, time.March, 2, 9, 1, 2, 0, time.UTC)},
		{name: "Garbage", input: "soon", err: ErrDate},
		{name: "BadDay", input: "2021-02-30", err: ErrDate},
		{name: "Ambiguous", input: "7/4/2021", err: timex.ErrAmbiguous},
		{name: "TrailingWords", input: "April 7, 2021 at 10:00", want: day(2021, time.April, 7)},
		{name: "RFC1123", input: "Wed, 07 Apr 2021 10:00:00 GMT", want: time.Date(2021, time.April, 7, 10, 0, 0, 0, time.UTC)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseDate(tt.input)
			if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) || (err != nil && !errors.Is(err, ErrDate)) {
				t.Fatalf("parseDate(%q): err %v, want %v", tt.input, err, tt.err)
			}
			if !got.Equal(tt.want) {
				t.Errorf("parseDate(%q) = %v, want %v", tt.input, got, tt.want)
			}
		})
	}
}
