package schema

import (
	"testing"
	"time"
)

func TestSlug(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Sergei Lavrov", "sergei-lavrov"},
		{"diacritics", "Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
		{"Vietnamese tone and vowel marks", "Phạm Minh Chính", "pham-minh-chinh"},
		{"a horned vowel", "Nguyễn Phú Trọng ở Hà Nội", "nguyen-phu-trong-o-ha-noi"},
		{"apostrophe and dots", "U.S. envoy O'Brien", "us-envoy-obrien"},
		{"punctuation runs", "  Al-Sisi,  Abdel Fattah ", "al-sisi-abdel-fattah"},
		{"non-latin kept", "Си Цзиньпин", "си-цзиньпин"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Slug(tt.in); got != tt.want {
				t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEventIRI(t *testing.T) {
	lavrov, khan := PersonIRI("Sergei Lavrov"), PersonIRI("Imran Khan")
	day := Day(time.Date(2021, 4, 7, 15, 0, 0, 0, time.UTC))
	tests := []struct {
		name string
		e    Event
		want IRI
	}{
		{"meeting, participants sorted", Event{Type: Meeting, Status: Occurred, Date: day, Participants: []IRI{lavrov, khan}},
			IDNS + "event/meeting/2021-04-07/imran-khan+sergei-lavrov"},
		{"visit", Event{Type: Visit, Date: day, Visitor: lavrov, Host: CountryIRI("pak")},
			IDNS + "event/visit/2021-04-07/sergei-lavrov+PAK"},
		{"gathering by place and host", Event{Type: Gathering, Date: Month(2021, 3), Place: CityIRI("Moscow"), Host: CountryIRI("RUS")},
			IDNS + "event/gathering/2021-03/moscow+RUS"},
		{"gathering by name", Event{Type: Gathering, Name: "G20 summit"}, IDNS + "event/gathering/undated/g20-summit"},
		{"planned never merges with occurred", Event{Type: Meeting, Status: Planned, Date: day, Participants: []IRI{khan, lavrov}},
			IDNS + "event/meeting/2021-04-07/imran-khan+sergei-lavrov~planned"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := EventIRI(tt.e); got != tt.want {
				t.Errorf("EventIRI = %s, want %s", got, tt.want)
			}
		})
	}
	a := Event{Type: Meeting, Date: day, Participants: []IRI{lavrov, khan}}
	b := Event{Type: Meeting, Date: day, Participants: []IRI{khan, lavrov}}
	if a.IRI() != b.IRI() {
		t.Error("the same meeting reported with its participants in another order gets another IRI")
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		prec    Precision
		wantErr bool
	}{
		{"2021-04-07", "2021-04-07", PrecisionDay, false},
		{"2021-04", "2021-04", PrecisionMonth, false},
		{"2021", "2021", PrecisionYear, false},
		{"1980s", "1980s", PrecisionDecade, false},
		{"", "", PrecisionUnknown, false},
		{"1985s", "", "", true},
		{"April 2021", "", "", true},
		{"2021-13", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("ParseDate(%q) error = %v, want error %v", tt.in, err, tt.wantErr)
			}
			if err == nil && (d.String() != tt.want || d.Precision != tt.prec) {
				t.Errorf("ParseDate(%q) = %s at %q, want %s at %q", tt.in, d, d.Precision, tt.want, tt.prec)
			}
		})
	}
}

func TestDateOverlaps(t *testing.T) {
	ymd := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name     string
		d        Date
		from, to time.Time
		want     bool
	}{
		{"day inside", Day(ymd(2021, 4, 7)), ymd(2021, 4, 1), ymd(2021, 5, 1), true},
		{"day at the open end", Day(ymd(2021, 5, 1)), ymd(2021, 4, 1), ymd(2021, 5, 1), false},
		{"month overlapping a day range", Month(2021, 3), ymd(2021, 3, 31), ymd(2021, 4, 2), true},
		{"decade overlapping a year", Decade(1987), ymd(1985, 1, 1), ymd(1986, 1, 1), true},
		{"year before", Year(2019), ymd(2020, 1, 1), time.Time{}, false},
		{"unknown date and an open range", Date{}, time.Time{}, time.Time{}, true},
		{"unknown date and a bounded range", Date{}, ymd(2020, 1, 1), time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.Overlaps(tt.from, tt.to); got != tt.want {
				t.Errorf("%s.Overlaps = %v, want %v", tt.d, got, tt.want)
			}
		})
	}
}

func TestDateWithin(t *testing.T) {
	ymd := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name     string
		d        Date
		from, to time.Time
		want     bool
	}{
		{"day inside", Day(ymd(1987, 4, 7)), ymd(1987, 4, 7), ymd(1987, 4, 8), true},
		{"year around a one-day range", Year(1987), ymd(1987, 4, 7), ymd(1987, 4, 8), false},
		{"month around a one-day range", Month(1987, 4), ymd(1987, 4, 7), ymd(1987, 4, 8), false},
		{"month inside its year", Month(1987, 4), ymd(1987, 1, 1), ymd(1988, 1, 1), true},
		{"month reaching past the end", Month(1987, 4), ymd(1987, 1, 1), ymd(1987, 4, 15), false},
		{"from only", Year(2021), ymd(2021, 1, 1), time.Time{}, true},
		{"unknown date and a bounded range", Date{}, ymd(2020, 1, 1), time.Time{}, false},
		{"unknown date and an open range", Date{}, time.Time{}, time.Time{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.Within(tt.from, tt.to); got != tt.want {
				t.Errorf("%s.Within = %v, want %v", tt.d, got, tt.want)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name              string
		e                 Event
		plover, mode, cam string
	}{
		{"meeting", Event{Type: Meeting, Status: Occurred}, "CONSULT", "", "040"},
		{"phone call", Event{Type: Meeting, Status: Occurred, Mode: Telephone}, "CONSULT", "phone", "041"},
		{"sidelines", Event{Type: Meeting, Status: Occurred, Sidelines: IRI("g")}, "CONSULT", "multilateral", "044"},
		{"visit", Event{Type: Visit, Status: Occurred}, "CONSULT", "visit", "042"},
		{"planned meeting", Event{Type: Meeting, Status: Planned}, "AGREE", "", "036"},
		{"cancelled visit", Event{Type: Visit, Status: Cancelled}, "REJECT", "meet", "125"},
		{"agreement", Event{Type: Agreement, Status: Occurred}, "COOPERATE", "", "057"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, m, c := Classify(tt.e)
			if p != tt.plover || m != tt.mode || c != tt.cam {
				t.Errorf("Classify = %s/%s/%s, want %s/%s/%s", p, m, c, tt.plover, tt.mode, tt.cam)
			}
		})
	}
}

func TestKindOfAndLocal(t *testing.T) {
	if KindOf(CountryIRI("PAK")) != KindCountry || KindOf(PersonIRI("Imran Khan")) != KindPerson ||
		KindOf(ArticleIRI("000")) != "" || KindOf("http://example.org/x") != "" {
		t.Error("KindOf misreads an IRI")
	}
	if Local(CountryIRI("PAK")) != "PAK" {
		t.Error("Local of a country IRI is not its code")
	}
}
