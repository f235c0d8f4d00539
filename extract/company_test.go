package extract

import (
	"testing"
	"time"
)

// TestCompanies checks that companies are never people or parties: a name
// with a corporate suffix, or a country before a company noun, is the
// subject of a business meeting, not of diplomacy; a company's officer
// named with a title is a person.
func TestCompanies(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"suffix AG", "Rheinwerk AG met with Chinese Premier Wei Lin on Tuesday.", nil},
		{"suffix Corp", "Sakura Motor Corp held talks with the Indian government on Tuesday.", nil},
		{"suffix Laboratories", "Alder Laboratories met the Brazilian health minister on Tuesday.", nil},
		{"country before a company noun", "U.S. firm Westbridge held talks with Indonesia on Tuesday.", nil},
		{"demonym, adjective, company noun", "A Japanese car maker met Kenyan President Daniel Ochieng on Tuesday.", nil},
		{"a company does not fall back on the topic",
			"Kenyan President Daniel Ochieng arrived in Ghana on Monday. Nordvik Shipping AS said it held talks with Ghana on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06-10"}},
		{"a company's officer is a person",
			"Rheinwerk AG chief executive Lukas Brenner met Chinese Premier Wei Lin on Tuesday.",
			[]string{"meeting occurred Lukas Brenner+Wei Lin @2024-06-11"}},
	})
}

// TestRelativeClauseSubject checks that a meeting told inside a relative
// clause belongs to the clause's antecedent, never to the sentence's or
// the article's main person.
func TestRelativeClauseSubject(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"unnamed antecedent",
			"Kenyan President Daniel Ochieng praised the envoy, who had met Tanzanian President Grace Mollel the day before.", nil},
		{"antecedent of a country",
			"Kenyan President Daniel Ochieng thanked Kenya's envoy in Dodoma, who had just held talks with Tanzanian President Grace Mollel.",
			[]string{"meeting occurred Grace Mollel+Kenya @2024-06"}},
		{"an unnamed analyst is no one else",
			"Kenyan President Daniel Ochieng met donors on Monday. A trader, who had spoken about tariffs with Tanzanian President Grace Mollel, was doubtful.", nil},
		{"named antecedent",
			"Kenyan President Daniel Ochieng, who met Tanzanian President Grace Mollel on Monday, flew home.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2024-06-10"}},
	})
}
