package graph

import (
	"testing"

	"github.com/dipgraph/dipgraph/schema"
)

// TestGuessedCountryIsNoNationality: a person's country guessed from one
// article's context is not stored as their nationality; a stated one is.
func TestGuessedCountryIsNoNationality(t *testing.T) {
	gha := schema.CountryIRI("GHA")
	for _, guessed := range []bool{false, true} {
		p := schema.Actor{IRI: schema.PersonIRI("Kofi Mensah"), Kind: schema.KindPerson, Name: "Kofi Mensah", Country: gha, CountryGuessed: guessed}
		f := schema.Facts{Article: schema.Article{ID: "a1"}, Actors: []schema.Actor{p}}
		stored := false
		for _, q := range factQuads(f) {
			if q.Predicate == iri(schema.Nationality) && q.Subject == iri(p.IRI) {
				stored = true
			}
		}
		if stored == guessed {
			t.Errorf("guessed=%v: nationality stored=%v", guessed, stored)
		}
	}
}
