package export

import (
	"context"
	"slices"
	"strings"

	"github.com/dipgraph/dipgraph/schema"
)

// Relations of network edges.
const (
	RelMet      = "met"      // a meeting of both (undirected)
	RelAgreed   = "agreed"   // an agreement of both (undirected)
	RelVisited  = "visited"  // source visited target, a country
	RelAttended = "attended" // source attended target, a gathering (in person or online)
	RelHosted   = "hosted"   // source hosted or chaired target, a gathering
)

// KindGathering is the kind of a network node that is a gathering, not an actor.
const KindGathering = "gathering"

// Node is an actor of the network, or a gathering actors attended.
type Node struct {
	// ID is the node's IRI.
	ID string
	// Label is its display name.
	Label string
	// Kind is person, country, organization, city or gathering.
	Kind string
	// Country is the ISO 3166 alpha-3 code of the actor's country, if known.
	Country string
	// Role is a person's role.
	Role string
	// Events is the number of events the node takes part in.
	Events int
}

// Edge links two nodes by the events of one relation between them.
type Edge struct {
	Source, Target string
	// Relation is one of the Rel constants.
	Relation string
	// Weight is the number of events.
	Weight int
	// First and Last are the earliest and latest dates of the dated events.
	First, Last schema.Date
	// Occurred, Planned and Cancelled count the events by status.
	Occurred, Planned, Cancelled int
}

// Network is the actor network of a set of events.
type Network struct {
	Nodes []Node
	Edges []Edge
}

// BuildNetwork makes the actor network of evs: nodes are the actors (and
// the gatherings attended), edges the meetings, agreements, visits and
// attendances between them weighted by the number of events, with their
// first and last dates and counts by status. Nodes are sorted by IRI, edges
// by source, target and relation.
func BuildNetwork(ctx context.Context, st Store, evs []schema.Event) (Network, error) {
	l, err := newLookup(ctx, st, nil)
	if err != nil {
		return Network{}, err
	}
	nodes := make(map[string]*Node)
	edges := make(map[[3]string]*Edge)
	node := func(x schema.IRI, e schema.Event) {
		n := nodes[string(x)]
		if n == nil {
			n = l.node(x, e)
			nodes[string(x)] = n
		}
		n.Events++
	}
	for _, e := range evs {
		links := networkLinks(e)
		seen := make(map[schema.IRI]bool)
		for _, k := range links {
			for _, x := range []schema.IRI{k.a, k.b} {
				if !seen[x] {
					seen[x] = true
					node(x, e)
				}
			}
			key := [3]string{string(k.a), string(k.b), k.rel}
			if edges[key] == nil {
				edges[key] = &Edge{Source: key[0], Target: key[1], Relation: k.rel}
			}
			edges[key].add(e)
		}
	}
	if l.err != nil {
		return Network{}, l.err
	}
	var n Network
	for _, x := range nodes {
		n.Nodes = append(n.Nodes, *x)
	}
	slices.SortFunc(n.Nodes, func(a, b Node) int { return strings.Compare(a.ID, b.ID) })
	for _, e := range edges {
		n.Edges = append(n.Edges, *e)
	}
	slices.SortFunc(n.Edges, func(a, b Edge) int {
		return strings.Compare(a.Source+"\x00"+a.Target+"\x00"+a.Relation, b.Source+"\x00"+b.Target+"\x00"+b.Relation)
	})
	return n, nil
}

// link is one edge an event contributes.
type link struct {
	a, b schema.IRI
	rel  string
}

// networkLinks are the edges of one event: each pair of a meeting's or an
// agreement's participants (in IRI order), visitor to host, attendee and
// host to gathering.
func networkLinks(e schema.Event) []link {
	var out []link
	for _, d := range Dyads(e) {
		switch {
		case e.Type == schema.Gathering:
			rel := RelAttended
			if d.RoleA == RoleHost {
				rel = RelHosted
			}
			out = append(out, link{d.A, e.IRI(), rel})
		case d.A == "" || d.B == "":
		case e.Type == schema.Visit:
			out = append(out, link{d.A, d.B, RelVisited})
		case e.Type == schema.Meeting:
			out = append(out, link{d.A, d.B, RelMet})
		case e.Type == schema.Agreement:
			out = append(out, link{d.A, d.B, RelAgreed})
		}
	}
	return out
}

// node describes x; a gathering's node is described by the event e.
func (l *lookup) node(x schema.IRI, e schema.Event) *Node {
	if x == e.IRI() {
		label := e.Name
		if label == "" {
			label = "gathering " + e.Date.String()
		}
		return &Node{ID: string(x), Label: label, Kind: KindGathering, Country: l.country(e.Place)}
	}
	a := l.actor(x)
	return &Node{ID: string(x), Label: a.Name, Kind: string(a.Kind), Country: l.country(x), Role: a.Role}
}

// add counts one event on the edge.
func (ed *Edge) add(e schema.Event) {
	ed.Weight++
	switch e.Status {
	case schema.Planned:
		ed.Planned++
	case schema.Cancelled:
		ed.Cancelled++
	default:
		ed.Occurred++
	}
	if e.Date.IsZero() {
		return
	}
	if ed.First.IsZero() || e.Date.Time.Before(ed.First.Time) {
		ed.First = e.Date
	}
	if ed.Last.IsZero() || e.Date.End().After(ed.Last.End()) {
		ed.Last = e.Date
	}
}
