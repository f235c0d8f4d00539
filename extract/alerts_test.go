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

// TestDiplomaticDiary covers the items of a ministry's diary: envoys'
// credentials received or presented are an audience with each envoy, a
// farewell call on someone is a call in person, and an abbreviated title
// ending in s ("the CS") is the one person who holds it.
func TestDiplomaticDiary(t *testing.T) {
	pub := day(2025, time.February, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"credentials from a list after a colon",
			"On Tuesday Kenyan President Daniel Ochieng received letters of credence from three new envoys at State House: Ambassador Helga Berg of Norway, High Commissioner Tom Reid of Canada and Ambassador Ana Costa of Brazil.",
			[]string{"meeting occurred Ana Costa+Daniel Ochieng @2025-02-11", "meeting occurred Daniel Ochieng+Helga Berg @2025-02-11", "meeting occurred Daniel Ochieng+Tom Reid @2025-02-11"}},
		{"credentials presented to a president",
			"Ambassador Helga Berg of Norway presented her credentials to Kenyan President Daniel Ochieng on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Helga Berg @2025-02-11"}},
		{"a farewell call on a minister",
			"Outgoing Japanese Ambassador Kenji Sato paid a farewell call on Kenyan Foreign Minister Amina Otieno on Monday.",
			[]string{"meeting occurred Amina Otieno+Kenji Sato @2025-02-10"}},
		{"an abbreviated title that ends in s",
			"Foreign Affairs CS Amina Otieno opened the week in Nairobi. The CS spoke by phone on Wednesday with Somali Foreign Minister Ahmed Fiqi.",
			[]string{"meeting occurred Ahmed Fiqi+Amina Otieno (phone) @2025-02-12"}},
	})
}

// TestBulletTimeline covers a digest's bulleted entries that open with a
// weekday and a date ("- Thu 17 Aug: X lands in Y"): the present tense
// tells the entry's day, as in any timeline, and "lands" is a landing.
func TestBulletTimeline(t *testing.T) {
	pub := day(2023, time.August, 25) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a bullet, a short weekday and a date",
			"- Thu 17 Aug: Qatari Foreign Minister Mohammed Al Khulaifi lands in Muscat for two days of talks.",
			[]string{"visit occurred Mohammed Al Khulaifi>Oman @2023-08-17"}},
		{"a present-tense reception in an entry",
			"- Fri 18 Aug: Omani Foreign Minister Badr Albusaidi receives Qatari Foreign Minister Mohammed Al Khulaifi in Muscat.",
			[]string{"meeting occurred Badr Albusaidi+Mohammed Al Khulaifi @2023-08-18", "visit occurred Mohammed Al Khulaifi>Oman @2023-08-18"}},
	})
}

// TestCredentialsEachAnAudience covers credentials told in more ways: a
// head of state who "accepted" them from a list of envoys, envoys who
// together "presented their credentials to" a head of state (each in an
// audience of their own, not one meeting of the envoys), and a ceremony
// told first, its envoys listed after ("The diplomats who presented
// credentials were A, B and C").
func TestCredentialsEachAnAudience(t *testing.T) {
	pub := day(2025, time.February, 14) // a Friday
	want := []string{"meeting occurred Daniel Ochieng+Helga Berg @2025-02-11", "meeting occurred Daniel Ochieng+Tom Reid @2025-02-11"}
	checkBriefs(t, pub, []briefCase{
		{"accepted from a list",
			"On Tuesday Kenyan President Daniel Ochieng accepted letters of credence from Helga Berg of Norway and Tom Reid of Canada.", want},
		{"presented together",
			"Helga Berg of Norway and Tom Reid of Canada presented their credentials to Kenyan President Daniel Ochieng on Tuesday.", want},
		{"the envoys listed after the ceremony",
			"Kenyan President Daniel Ochieng received letters of credence from two new heads of mission on Tuesday. The two diplomats who presented credentials were Ambassador Helga Berg (Norway) and High Commissioner Tom Reid (Canada).", want},
		{"accepted a proposal",
			"On Tuesday Kenyan President Daniel Ochieng accepted a proposal from Helga Berg of Norway.", nil},
	})
}

// TestReceivedAVisit covers a host who "received a visit from X" or "the
// farewell call of X": a meeting with X, and no trip of the host to X's
// country.
func TestReceivedAVisit(t *testing.T) {
	pub := day(2025, time.February, 14) // a Friday
	want := []string{"meeting occurred Amina Otieno+Kenji Sato @2025-02-10"}
	checkBriefs(t, pub, []briefCase{
		{"a visit from",
			"On Monday, Kenyan Foreign Minister Amina Otieno received a visit from Japan's ambassador, Kenji Sato.", want},
		{"the farewell visit of",
			"Kenyan Foreign Minister Amina Otieno on Monday received a farewell visit of Japan's departing envoy, Kenji Sato.", want},
		{"the courtesy call of",
			"Kenyan Foreign Minister Amina Otieno received a courtesy call of Ambassador Kenji Sato of Japan on Monday.", want},
		{"a visit paid",
			"Kenyan Foreign Minister Amina Otieno paid a visit to Japan on Monday.",
			[]string{"visit occurred Amina Otieno>Japan @2025-02-10"}},
	})
}
