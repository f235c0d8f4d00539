package resolve

import (
	"strings"

	"github.com/dipgraph/dipgraph/schema"
)

// Index holds the persons a store knows, by the words of their names, to
// find the one a new spelling is a variant of without comparing it with
// everyone. The zero value is not ready: use NewIndex.
type Index struct {
	people    map[schema.IRI]schema.Actor
	byWord    map[string]map[schema.IRI]bool // a word of the name, or all of them run together
	bySurname map[string][]schema.IRI        // SurnameKey of a name of two words or more
	mentions  map[schema.IRI]int             // articles naming each person
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{people: map[schema.IRI]schema.Actor{}, byWord: map[string]map[schema.IRI]bool{},
		bySurname: map[string][]schema.IRI{}, mentions: map[schema.IRI]int{}}
}

// SurnameKey is the folded last word of a person's name of two words or more
// ("Ronald Reagan" → reagan, "Chung In-yong" → in-yong), "" otherwise.
func SurnameKey(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return ""
	}
	return schema.Slug(ws[len(ws)-1])
}

// Surnamed returns the indexed persons whose name of two words or more ends
// in the one word of name ("Reagan"), in the order they were indexed.
func (x *Index) Surnamed(name string) []schema.Actor {
	ps := x.bySurname[schema.Slug(name)]
	out := make([]schema.Actor, len(ps))
	for i, p := range ps {
		out[i] = x.people[p]
	}
	return out
}

// Len is the number of persons indexed.
func (x *Index) Len() int { return len(x.people) }

// Has reports whether a person with that IRI is indexed.
func (x *Index) Has(p schema.IRI) bool {
	_, ok := x.people[p]
	return ok
}

// Mentions is the number of articles the index was told name p.
func (x *Index) Mentions(p schema.IRI) int { return x.mentions[p] }

// FullerOf returns the indexed person a one-word name means (see the
// function FullerOf), by the persons whose name ends in it and how many
// articles name each.
func (x *Index) FullerOf(a schema.Actor) (schema.Actor, bool) {
	return FullerOf(a, x.Surnamed(a.Name), x.Mentions)
}

// Add indexes a person one article names (see AddMentions).
func (x *Index) Add(a schema.Actor) { x.AddMentions(a, 1) }

// AddMentions indexes a person that n articles name (other actors are
// ignored); a person already there keeps its name, gains the stated country
// and role it lacked and counts the n articles more.
func (x *Index) AddMentions(a schema.Actor, n int) {
	if a.Kind != schema.KindPerson {
		return
	}
	x.mentions[a.IRI] += n
	if p, ok := x.people[a.IRI]; ok {
		if p.Country == "" && !a.CountryGuessed {
			p.Country = a.Country
		}
		if p.Role == "" {
			p.Role = a.Role
		}
		x.people[a.IRI] = p
		return
	}
	x.people[a.IRI] = a
	ws := Words(a.Name)
	for _, k := range append(ws, joined(ws)) {
		if x.byWord[k] == nil {
			x.byWord[k] = map[schema.IRI]bool{}
		}
		x.byWord[k][a.IRI] = true
	}
	if k := SurnameKey(a.Name); k != "" {
		x.bySurname[k] = append(x.bySurname[k], a.IRI)
	}
}

// VariantOf returns the one indexed person whose name a's is a spelling
// variant of (see Variant), the closest when several are and one is
// closer than the rest; ok is false when none is, when the closest are
// tied, or when a itself is indexed.
func (x *Index) VariantOf(a schema.Actor) (_ schema.Actor, ok bool) {
	if a.Kind != schema.KindPerson || x.Has(a.IRI) {
		return schema.Actor{}, false
	}
	ws := Words(a.Name)
	var (
		best  schema.Actor
		score float64
		tied  bool
		seen  = map[schema.IRI]bool{}
	)
	for _, k := range append(ws, joined(ws)) {
		for p := range x.byWord[k] {
			if seen[p] {
				continue
			}
			seen[p] = true
			s, ok := Variant(a, x.people[p])
			switch {
			case !ok || s < score:
			case s == score:
				tied = true
			default:
				best, score, tied = x.people[p], s, false
			}
		}
	}
	if score == 0 || tied {
		return schema.Actor{}, false
	}
	return best, true
}
