package eval

import (
	"path/filepath"
	"strings"

	"github.com/dipgraph/dipgraph/schema"
)

// FromFacts converts the facts extracted from one article to the gold shape,
// for scoring or for writing out as a prediction file:
//
//   - meetings: occurred Meeting events; participants are the display names
//     of the participant actors, date is Date.String() or null, place the
//     city name or null, topics as extracted, mode "telephone" for telephone
//     and video calls;
//   - visits: occurred Visit events (visitor name, host country name, date);
//   - gatherings: occurred Gathering events (name, place, date, host,
//     attendees including the remote ones, remote, absent, end_date);
//   - people: person actors that have a role or a country (name, role,
//     country name, aliases).
//
// An event with an empty Status counts as occurred. Events with the same IRI
// (the same meeting found in two sentences) are merged: the first one's
// fields are kept and lists are united. Names come from f.Actors (IRI →
// Actor.Name); an IRI with no actor entry (or an empty name) falls back to
// schema.Local ("RUS"). Doc is the file name of the article's path, or its
// ID plus ".txt"; Published is YYYY-MM-DD or empty. Lists are never nil, so
// the JSON holds [] rather than null.
func FromFacts(f schema.Facts) Doc {
	actors := make(map[schema.IRI]schema.Actor, len(f.Actors))
	for _, a := range f.Actors {
		if _, ok := actors[a.IRI]; !ok {
			actors[a.IRI] = a
		}
	}
	name := func(iri schema.IRI) string {
		if a, ok := actors[iri]; ok && a.Name != "" {
			return a.Name
		}
		return schema.Local(iri)
	}
	names := func(iris []schema.IRI) []string {
		out := make([]string, 0, len(iris))
		for _, iri := range iris {
			if n := name(iri); n != "" && !contains(out, n) {
				out = append(out, n)
			}
		}
		return out
	}
	opt := func(iri schema.IRI) *string {
		if iri == "" {
			return nil
		}
		return ptr(name(iri))
	}

	d := Doc{
		Doc:        docName(f.Article),
		Meetings:   []Meeting{},
		Visits:     []Visit{},
		Gatherings: []Gathering{},
		People:     []Person{},
	}
	if !f.Article.Published.IsZero() {
		d.Published = f.Article.Published.Format("2006-01-02")
	}
	meetings := map[schema.IRI]int{}
	visits := map[schema.IRI]int{}
	gatherings := map[schema.IRI]int{}
	for _, e := range f.Events {
		if e.Status != "" && e.Status != schema.Occurred {
			continue
		}
		iri := e.IRI()
		switch e.Type {
		case schema.Meeting:
			if i, ok := meetings[iri]; ok {
				m := &d.Meetings[i]
				m.Topics = union(m.Topics, e.Topics)
				if m.Place == nil {
					m.Place = opt(e.Place)
				}
				continue
			}
			m := Meeting{
				Participants: names(e.Participants),
				Date:         ptr(e.Date.String()),
				Place:        opt(e.Place),
				Topics:       union(nil, e.Topics),
			}
			if e.Mode == schema.Telephone || e.Mode == schema.Video {
				m.Mode = "telephone"
			}
			meetings[iri] = len(d.Meetings)
			d.Meetings = append(d.Meetings, m)
		case schema.Visit:
			if _, ok := visits[iri]; ok {
				continue
			}
			visits[iri] = len(d.Visits)
			d.Visits = append(d.Visits, Visit{
				Visitor: name(e.Visitor),
				Country: str(opt(e.Host)),
				Date:    ptr(e.Date.String()),
			})
		case schema.Gathering:
			attendees := names(append(append([]schema.IRI{}, e.Attendees...), e.Remote...))
			if i, ok := gatherings[iri]; ok {
				g := &d.Gatherings[i]
				g.Attendees = union(g.Attendees, attendees)
				g.Remote = union(g.Remote, names(e.Remote))
				g.Absent = union(g.Absent, names(e.Absent))
				if g.Name == "" {
					g.Name = e.Name
				}
				continue
			}
			g := Gathering{
				Name:      e.Name,
				Place:     opt(e.Place),
				Date:      ptr(e.Date.String()),
				Host:      opt(e.Host),
				Attendees: attendees,
				Remote:    names(e.Remote),
				Absent:    names(e.Absent),
				EndDate:   ptr(e.EndDate.String()),
			}
			gatherings[iri] = len(d.Gatherings)
			d.Gatherings = append(d.Gatherings, g)
		}
	}
	seen := map[schema.IRI]bool{}
	for _, a := range f.Actors {
		if a.Kind != schema.KindPerson || (a.Role == "" && a.Country == "") || seen[a.IRI] {
			continue
		}
		seen[a.IRI] = true
		d.People = append(d.People, Person{
			Name:    name(a.IRI),
			Role:    a.Role,
			Country: opt(a.Country),
			Aliases: union(nil, a.Aliases),
		})
	}
	return d
}

// docName returns the article's file name ("000.txt"): the base of its path
// without a JSON Lines line suffix, or its ID plus ".txt".
func docName(a schema.Article) string {
	if a.Path != "" {
		base := filepath.Base(a.Path)
		if i := strings.LastIndexByte(base, ':'); i > 0 {
			base = base[:i]
		}
		if filepath.Ext(base) == ".txt" || a.ID == "" {
			return base
		}
	}
	if a.ID == "" {
		return ""
	}
	return a.ID + ".txt"
}

// union appends to list the items of more it does not hold yet; the result
// is nil only when both are empty.
func union(list, more []string) []string {
	for _, s := range more {
		if s != "" && !contains(list, s) {
			list = append(list, s)
		}
	}
	return list
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
