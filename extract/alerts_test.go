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
// Two known names joined by a hyphen before a meeting's noun ("the
// Lula-Scholz talks") are two people, who met when the sentence dates
// the meeting; undated, the pair mostly labels a meeting told elsewhere
// or never held.
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
		{"two names joined by a hyphen, dated",
			"The Lula-Scholz talks in Brasilia on Sunday touched on the trade pact.",
			[]string{"meeting occurred Luiz Inácio Lula da Silva+Olaf Scholz @2023-09-03"}},
		{"two names joined by a hyphen, undated",
			"Aides played down reports of a Lula-Scholz meeting on the sidelines.",
			nil},
		{"a hyphenated name stays one person",
			"Congolese President Denis Sassou-Nguesso met Brazilian President Lula on Sunday.",
			[]string{"meeting occurred Denis Sassou-Nguesso+Luiz Inácio Lula da Silva @2023-09-03"}},
		{"an ampersand inside a firm's name",
			"AT&T executives met German Chancellor Olaf Scholz on Friday.",
			nil},
	})
}
