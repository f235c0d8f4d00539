package extract

import (
	"testing"
	"time"
)

// TestAlertShorthand covers the shorthand of news alerts and headlines:
// "&" and "w/" for "and" and "with", "Pres." for a president, a country's
// possessive before a surname the gazetteer knows ("Japan's Kishida"), a
// present-tense verb right after a lone name, and an abbreviated weekday
// after "on" ("on Thurs."). An ampersand inside a name stays part of it.
func TestAlertShorthand(t *testing.T) {
	pub := day(2023, time.September, 4) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"ampersand and a country's possessive",
			"ALERT - Lula & Germany's Scholz hold talks in Brasilia on the trade pact.",
			[]string{"meeting occurred Luiz Inácio Lula da Silva+Olaf Scholz @2023-09"}},
		{"w/ for with, after a present verb",
			"Scholz holds talks w/ Lula in Brasilia.",
			[]string{"meeting occurred Luiz Inácio Lula da Silva+Olaf Scholz @2023-09"}},
		{"Pres. and an abbreviated weekday",
			"Brazilian Pres. Lula met German Chancellor Scholz on Thurs. in Brasilia.",
			[]string{"meeting occurred Luiz Inácio Lula da Silva+Olaf Scholz @2023-08-31"}},
		{"an ampersand inside a firm's name",
			"AT&T executives met German Chancellor Olaf Scholz on Friday.",
			nil},
	})
}
