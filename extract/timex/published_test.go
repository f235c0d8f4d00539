package timex

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParsePublished(t *testing.T) {
	tests := []struct {
		name    string
		input   string
		want    string // UTC date-time, 2006-01-02T15:04:05Z07:00
		wantErr error
	}{
		{"iso date", "2021-04-07", "2021-04-07T00:00:00Z", nil},
		{"rfc3339", "2021-04-07T10:00:00Z", "2021-04-07T10:00:00Z", nil},
		{"rfc3339 offset", " 2021-04-07T10:00:00+05:00 ", "2021-04-07T10:00:00+05:00", nil},
		{"reuters corpus", "26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01Z", nil},
		{"day month year", "07 April 2021", "2021-04-07T00:00:00Z", nil},
		{"month day year", "April 7, 2021", "2021-04-07T00:00:00Z", nil},
		{"weekday day month year", "Wednesday, 7 April 2021", "2021-04-07T00:00:00Z", nil},
		{"rfc1123", "Wed, 07 Apr 2021 10:00:00 GMT", "2021-04-07T10:00:00Z", nil},
		{"rfc1123z", "Wed, 07 Apr 2021 10:00:00 +0000", "2021-04-07T10:00:00Z", nil},
		{"rss single digit day", "Wed, 7 Apr 2021 10:00:00 GMT", "2021-04-07T10:00:00Z", nil},
		{"slashes", "2021/04/07", "2021-04-07T00:00:00Z", nil},
		{"day first unambiguous", "26/02/1987", "1987-02-26T00:00:00Z", nil},
		{"month first unambiguous", "02/26/1987", "1987-02-26T00:00:00Z", nil},
		{"same day and month", "4/4/2021", "2021-04-04T00:00:00Z", nil},
		{"ambiguous numeric", "7/4/2021", "", ErrAmbiguous},
		{"impossible numeric", "31/02/2021", "", ErrUnknownFormat},
		{"empty", "  ", "", ErrUnknownFormat},
		{"unknown", "unknown", "", ErrUnknownFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParsePublished(tt.input)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ParsePublished(%q) error = %v, want %v", tt.input, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParsePublished(%q): %v", tt.input, err)
			}
			want, _ := time.Parse(time.RFC3339, tt.want)
			if !got.Truncate(time.Second).Equal(want) {
				t.Errorf("ParsePublished(%q) = %s, want %s", tt.input, got.Format(time.RFC3339), tt.want)
			}
		})
	}
}

func TestParsePublishedErrorNamesInput(t *testing.T) {
	_, err := ParsePublished("sometime in spring")
	if err == nil || !strings.Contains(err.Error(), "sometime in spring") {
		t.Errorf("error %v does not name the input", err)
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		ref    time.Time
		want   string
		wantOK bool
	}{
		{"date on its own line", "Foreign ministers meet\n07 April 2021\n\nThe ministers met in the capital.", time.Time{}, "2021-04-07", true},
		{"weekday date line", "Wednesday, 7 April 2021\nThe ministers met.", time.Time{}, "2021-04-07", true},
		{"posted line", "Posted: 3 May 2023\nThe envoy arrived.", time.Time{}, "2023-05-03", true},
		{"published on with time", "Published on April 7, 2021 10:00 GMT\nText.", time.Time{}, "2021-04-07", true},
		{"updated iso", "Updated: 2022-11-30T08:15:00Z\nText.", time.Time{}, "2022-11-30", true},
		{"wire dateline with ref year", "MOSCOW, April 13 (Reuters) - The minister said talks went well.", day("1987-04-20"), "1987-04-13", true},
		{"wire dateline plain dash", "TOKYO, April 3 - The finance minister said he had spoken with his counterpart.", day("1987-04-03"), "1987-04-03", true},
		{"wire dateline with year", "NEW DELHI, March 2, 2023 (AFP) - Ministers met.", time.Time{}, "2023-03-02", true},
		{"wire dateline with country", "ABUJA, Nigeria, June 15 - Leaders opened a conference.", day("1987-06-15"), "1987-06-15", true},
		{"wire dateline without ref", "MOSCOW, April 13 (Reuters) - The minister said.", time.Time{}, "", false},
		{"no dateline", "The ministers met on Tuesday in Geneva and spoke of trade.", day("2021-04-07"), "", false},
		// Found by FuzzDateline: the zero instant came back with ok true.
		{"zero instant is no dateline", "1-1-0001\nThe ministers met.", time.Time{}, "", false},
		{"null date line then a real one", "Published: 0001-01-01T00:00:00Z\n7 April 2021\nText.", time.Time{}, "2021-04-07", true},
		{"date inside a sentence is no dateline", "In a speech on 7 April 2021 the minister spoke at length about regional trade.", time.Time{}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Dateline(tt.text, tt.ref)
			if ok != tt.wantOK {
				t.Fatalf("Dateline(%q) ok = %v (%s), want %v", tt.text, ok, got, tt.wantOK)
			}
			if ok && got.Format("2006-01-02") != tt.want {
				t.Errorf("Dateline(%q) = %s, want %s", tt.text, got.Format("2006-01-02"), tt.want)
			}
		})
	}
}
