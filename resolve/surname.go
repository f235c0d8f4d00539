package resolve

import "github.com/dipgraph/dipgraph/schema"

// FullerOf returns the person a one-word name ("Reagan") means among cands,
// the persons with a fuller name ending in that word: the only one, unless
// the text gives the short name a country that differs from theirs; among
// several, the one the text supports best (see support) when no other is
// supported as well.
// "Former Chinese party chief Hu" is not Singapore's Richard Hu, and
// "President Reagan" is Ronald Reagan, not Nancy or Michael Reagan.
func FullerOf(a schema.Actor, cands []schema.Actor) (schema.Actor, bool) {
	var people []schema.Actor
	for _, p := range cands {
		if p.IRI != a.IRI && p.Kind == schema.KindPerson {
			people = append(people, p)
		}
	}
	if len(people) == 1 {
		return people[0], !conflict(a, people[0])
	}
	var (
		best  schema.Actor
		score int
		tied  bool
	)
	for _, p := range people {
		if conflict(a, p) {
			continue
		}
		switch s := support(a, p); {
		case s > score:
			best, score, tied = p, s, false
		case s == score && s > 0:
			tied = true
		}
	}
	if score == 0 || tied {
		return schema.Actor{}, false
	}
	return best, true
}

// conflict reports whether the texts state different countries for a and b.
func conflict(a, b schema.Actor) bool {
	return a.Country != "" && b.Country != "" && !a.CountryGuessed && !b.CountryGuessed && a.Country != b.Country
}

// support scores what the texts say alike about a and b: 2 for the same
// stated country, 2 for the same role ("President" and "president"), or 1
// for the same kind of role ("President" and "vice president").
func support(a, b schema.Actor) int {
	n := 0
	if a.Country != "" && a.Country == b.Country && !a.CountryGuessed && !b.CountryGuessed {
		n += 2
	}
	switch h := roleHead(a.Role); {
	case h == "":
	case schema.Slug(a.Role) == schema.Slug(b.Role):
		n += 2
	case h == roleHead(b.Role):
		n++
	}
	return n
}
