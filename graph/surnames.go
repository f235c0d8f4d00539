package graph

import (
	"strings"

	"github.com/dipgraph/dipgraph/resolve"
	"github.com/dipgraph/dipgraph/schema"
)

// joinSurnames gives a person an article names by one word only
// ("Kishida") the node of the person with a fuller name and that surname
// that idx knows (the store's persons, this article's and those before it)
// and resolve.FullerOf picks: the only one, or among several the one the
// text supports by country and role (among equally supported ones, the one
// far more articles name). The article's quads then speak of that node, its
// name kept as an alias. A surname nobody bears yet stays its own node, as
// does one whose stated country differs from the fuller person's or one
// several people share with nothing to tell them apart.
func joinSurnames(idx *resolve.Index, f schema.Facts) schema.Facts {
	remap := map[schema.IRI]schema.Actor{}
	for _, a := range f.Actors {
		if a.Kind != schema.KindPerson || strings.ContainsRune(strings.TrimSpace(a.Name), ' ') {
			continue
		}
		if full, ok := idx.FullerOf(a); ok {
			remap[a.IRI] = full
		}
	}
	if len(remap) == 0 {
		return f
	}
	return remapActors(f, remap)
}

// remapActors rewrites an article's facts so that each person of remap is
// the fuller person it joins: its actor entry takes the fuller name and keeps
// what the article said (role, country, the short name as an alias), and
// every event refers to the fuller node.
func remapActors(f schema.Facts, remap map[schema.IRI]schema.Actor) schema.Facts {
	to := func(x schema.IRI) schema.IRI {
		if p, ok := remap[x]; ok {
			return p.IRI
		}
		return x
	}
	tos := func(xs []schema.IRI) []schema.IRI {
		if len(xs) == 0 {
			return xs
		}
		out := make([]schema.IRI, 0, len(xs))
		seen := map[schema.IRI]bool{}
		for _, x := range xs {
			if y := to(x); !seen[y] {
				seen[y] = true
				out = append(out, y)
			}
		}
		return out
	}
	g := f
	g.Actors = nil
	present := map[schema.IRI]int{}
	for _, a := range f.Actors {
		if p, ok := remap[a.IRI]; ok {
			b := a
			b.IRI, b.Name = p.IRI, p.Name
			b.Aliases = append(append([]string(nil), a.Aliases...), a.Name)
			a = b
		}
		if j, ok := present[a.IRI]; ok {
			g.Actors[j].Aliases = append(g.Actors[j].Aliases, a.Aliases...)
			continue
		}
		present[a.IRI] = len(g.Actors)
		g.Actors = append(g.Actors, a)
	}
	g.Events = make([]schema.Event, len(f.Events))
	for i, e := range f.Events {
		e.Participants = tos(e.Participants)
		e.Attendees, e.Remote, e.Absent = tos(e.Attendees), tos(e.Remote), tos(e.Absent)
		e.Visitor, e.Host, e.ReportedBy = to(e.Visitor), to(e.Host), to(e.ReportedBy)
		g.Events[i] = e
	}
	return g
}
