package gazetteer

import (
	"errors"
	"testing"
)

func TestPlural(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{name: "adds s", input: "Russian", want: "Russians"},
		{name: "ambiguous marker kept out", input: "Afghani*", want: "Afghanis"},
		{name: "ese has none", input: "Chinese", want: ""},
		{name: "sh has none", input: "British", want: ""},
		{name: "ss has none", input: "Swiss", want: ""},
		{name: "ch has none", input: "Czech", want: ""},
		{name: "abbreviation has none", input: "U.S.", want: ""},
		{name: "suppressed", input: "Philippine!", want: ""},
		{name: "suppressed with ambiguity", input: "Lao*!", want: ""},
		{name: "multi-word", input: "Sri Lankan", want: "Sri Lankans"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plural(tt.input); got != tt.want {
				t.Errorf("plural(%q) = %q, want %q", tt.input, got, tt.want)
			}
		})
	}
}

func TestMark(t *testing.T) {
	tests := []struct {
		name, input, want string
		ambiguous         bool
	}{
		{name: "plain", input: "Jordanian", want: "Jordanian"},
		{name: "ambiguous", input: "Jordan*", want: "Jordan", ambiguous: true},
		{name: "no plural", input: "Philippine!", want: "Philippine"},
		{name: "both", input: "Lao*!", want: "Lao", ambiguous: true},
		{name: "spaces", input: " Gaza* ", want: "Gaza", ambiguous: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, amb := mark(tt.input)
			if got != tt.want || amb != tt.ambiguous {
				t.Errorf("mark(%q) = %q, %v; want %q, %v", tt.input, got, amb, tt.want, tt.ambiguous)
			}
		})
	}
}

func TestBuilderRejectsBadRows(t *testing.T) {
	tests := []struct {
		name  string
		parse func(b *builder) error
	}{
		{name: "country without capital", parse: func(b *builder) error {
			return b.country([]string{"XXA", "Xland", "", "", "Xlander", ""})
		}},
		{name: "country without demonym", parse: func(b *builder) error {
			return b.country([]string{"XXA", "Xland", "Xcity", "", "", ""})
		}},
		{name: "country with unknown flag", parse: func(b *builder) error {
			return b.country([]string{"XXA", "Xland", "Xcity", "", "Xlander", "imaginary"})
		}},
		{name: "city in unknown country", parse: func(b *builder) error {
			return b.city([]string{"Xcity", "QQQ", ""})
		}},
		{name: "org with unknown flag", parse: func(b *builder) error {
			return b.org([]string{"X Org", "friendly", ""})
		}},
		{name: "org part of one no line named", parse: func(b *builder) error {
			return b.org([]string{"X Council", "", "", "X Union"})
		}},
		{name: "org with unknown home country", parse: func(b *builder) error {
			return b.org([]string{"X Front", "armed", "", "", "QQQ"})
		}},
		{name: "org with unknown seat country", parse: func(b *builder) error {
			return b.org([]string{"X Union", "bloc", "", "", "", "QQQ"})
		}},
		{name: "role without sector", parse: func(b *builder) error {
			return b.role([]string{"Grand Vizier", "Vizier", "", ""})
		}},
		{name: "person role with bad date", parse: func(b *builder) error {
			return b.person([]string{"Jane Roe", "", "USA:GOV:2020-01-01:"})
		}},
		{name: "person without roles", parse: func(b *builder) error {
			return b.person([]string{"Jane Roe", "", ""})
		}},
		{name: "leader with a weekday for an alias", parse: func(b *builder) error {
			return b.leader([]string{"Jane Sunday", "Sunday", "USA:GOV:20200101::President"})
		}},
		{name: "leader in unknown country", parse: func(b *builder) error {
			return b.leader([]string{"Jane Roe", "", "QQQ:GOV:20200101::President"})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &Gazetteer{byISO: map[string]*Country{}, countryName: map[string]*Country{},
				cityName: map[string]*City{}, cityFold: map[string]*City{}, orgName: map[string]*Org{},
				orgFold: map[string]*Org{}, roleKey: map[string]int{}, peopleKey: map[string][]*Person{}}
			err := tt.parse(newBuilder(g))
			if !errors.Is(err, ErrBadData) {
				t.Errorf("error = %v, want one wrapping ErrBadData", err)
			}
		})
	}
}
