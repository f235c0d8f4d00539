package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/dipgraph/dipgraph/schema"
)

// Step is one edge of a path, as stored: From is the quad's subject, To its
// object. Consecutive steps share a node, but an edge may be walked against
// its direction (a path from a meeting's participant to the meeting is the
// step {meeting, dg:participant, actor}).
type Step struct {
	From, Predicate, To schema.IRI
}

// pathPredicates are the edges Path walks: direct actor edges first, then the
// roles linking actors to events, and a meeting's gathering.
var pathPredicates = map[schema.IRI]bool{
	schema.Met: true, schema.Visited: true, schema.Attended: true,
	schema.Participant: true, schema.Visitor: true, schema.Host: true, schema.Organizer: true,
	schema.Attendee: true, schema.RemoteAttendee: true, schema.Sidelines: true,
}

// defaultMaxHops is the search depth of Path when maxHops <= 0.
const defaultMaxHops = 4

// Path returns a shortest path from a to b of at most maxHops edges (4 when
// maxHops <= 0) over the actor and event edges (met, visited, attended and the
// event roles), walked in either direction. It returns ErrNotFound when no
// such path exists; a path from a node to itself is empty.
func (s *Store) Path(ctx context.Context, a, b schema.IRI, maxHops int) ([]Step, error) {
	defer s.rlock()()
	if maxHops <= 0 {
		maxHops = defaultMaxHops
	}
	if a == b {
		return []Step{}, nil
	}
	type visit struct {
		prev schema.IRI
		step Step
	}
	seen := map[schema.IRI]visit{a: {}}
	frontier := []schema.IRI{a}
	for hop := 0; hop < maxHops && len(frontier) > 0; hop++ {
		var next []schema.IRI
		for _, n := range frontier {
			edges, err := s.edges(ctx, n)
			if err != nil {
				return nil, fmt.Errorf("path %s → %s: %w", a, b, err)
			}
			for _, e := range edges {
				other := e.To
				if other == n {
					other = e.From
				}
				if _, ok := seen[other]; ok {
					continue
				}
				seen[other] = visit{prev: n, step: e}
				if other == b {
					var path []Step
					for x := b; x != a; x = seen[x].prev {
						path = append([]Step{seen[x].step}, path...)
					}
					return path, nil
				}
				next = append(next, other)
			}
		}
		frontier = next
	}
	return nil, fmt.Errorf("path %s → %s within %d hops: %w", a, b, maxHops, ErrNotFound)
}

// edges returns the path edges touching n, outgoing first, without duplicates
// (one per article copy otherwise).
func (s *Store) edges(ctx context.Context, n schema.IRI) ([]Step, error) {
	outs, err := s.out(ctx, n, "")
	if err != nil {
		return nil, err
	}
	ins, err := s.in(ctx, iri(n), "")
	if err != nil {
		return nil, err
	}
	seen := make(map[Step]bool)
	var steps []Step
	for _, q := range append(outs, ins...) {
		p := schema.IRI(text(q.Predicate))
		if !pathPredicates[p] {
			continue
		}
		from, ok1 := q.Subject.(quad.IRI)
		to, ok2 := q.Object.(quad.IRI)
		if !ok1 || !ok2 {
			continue
		}
		st := Step{From: schema.IRI(from), Predicate: p, To: schema.IRI(to)}
		if !seen[st] {
			seen[st] = true
			steps = append(steps, st)
		}
	}
	return steps, nil
}
