package resolve

import "github.com/dipgraph/dipgraph/schema"

// FullerOf returns the person a one-word name ("Reagan") means among cands,
// the persons with a fuller name ending in that word: the only one, unless
// the text gives the short name a country that differs from theirs; among
// several, the one the text supports best (see support) when no other is
// supported as well, or, among those supported equally well, the one
// mentions (nil for none) says at least twice as many articles name as any
// other. "Former Chinese party chief Hu" is not Singapore's Richard Hu, and
// "President Reagan" is Ronald Reagan, not Nancy or Michael Reagan (whom a
// story may also have called President).
func FullerOf(a schema.Actor, cands []schema.Actor, mentions func(schema.IRI) int) (schema.Actor, bool) {
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
		best  []schema.Actor
		score int
	)
	for _, p := range people {
		if conflict(a, p) {
			continue
		}
		switch s := support(a, p); {
		case s > score:
			best, score = []schema.Actor{p}, s
		case s == score && s > 0:
			best = append(best, p)
		}
	}
	if score == 0 {
		return schema.Actor{}, false
	}
	return mostNamed(best, mentions)
}

// mostNamed returns the one of ps, or the one named in at least twice as
// many articles as any other.
func mostNamed(ps []schema.Actor, mentions func(schema.IRI) int) (schema.Actor, bool) {
	if len(ps) == 1 {
		return ps[0], true
	}
	if mentions == nil {
		return schema.Actor{}, false
	}
	top, next := -1, 0
	for i, p := range ps {
		switch n := mentions(p.IRI); {
		case top < 0 || n > mentions(ps[top].IRI):
			if top >= 0 {
				next = max(next, mentions(ps[top].IRI))
			}
			top = i
		default:
			next = max(next, n)
		}
	}
	if mentions(ps[top].IRI) < 2*next || mentions(ps[top].IRI) == 0 {
		return schema.Actor{}, false
	}
	return ps[top], true
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
