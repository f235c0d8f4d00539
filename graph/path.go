package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/cayleygraph/cayley/graph/kv"
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
//
// The search runs from both ends, always widening the smaller frontier, so a
// hub (a country with thousands of events) is expanded only when nothing
// cheaper is left. On the key-value backends it walks node IDs through the
// (subject, predicate) and (object, predicate, subject) indexes and decodes
// only the steps of the path found.
func (s *Store) Path(ctx context.Context, a, b schema.IRI, maxHops int) (_ []Step, err error) {
	return s.PathAvoiding(ctx, a, b, maxHops)
}

// PathAvoiding is Path through no node of the kinds avoid names but its two
// ends: avoiding countries, two persons are not linked by having visited the
// same country ("A visited X, B visited X"), only by meetings and gatherings.
// It returns ErrNotFound when no such path exists.
func (s *Store) PathAvoiding(ctx context.Context, a, b schema.IRI, maxHops int, avoid ...schema.ActorKind) (_ []Step, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	if maxHops <= 0 {
		maxHops = defaultMaxHops
	}
	if a == b {
		return []Step{}, nil
	}
	path, err := s.db.path(ctx, a, b, maxHops, avoid)
	if err != nil {
		return nil, fmt.Errorf("path %s → %s: %w", a, b, err)
	}
	if path == nil {
		return nil, fmt.Errorf("path %s → %s within %d hops: %w", a, b, maxHops, ErrNotFound)
	}
	return path, nil
}

// hop is an edge as stored (from is the subject), in node keys of type K.
type hop[K comparable] struct{ from, pred, to K }

// shortestPath runs a bidirectional breadth-first search from a and b over
// the edges neighbors returns, expanding one whole level of the smaller
// frontier at a time. It returns the hops from a to b, or nil when no path of
// at most maxHops edges exists.
func shortestPath[K comparable](ctx context.Context, a, b K, maxHops int, neighbors func(K) ([]hop[K], error)) ([]hop[K], error) {
	type side struct {
		dist     map[K]int
		via      map[K]hop[K] // the edge by which a node was reached
		prev     map[K]K
		frontier []K
		depth    int
	}
	newSide := func(start K) *side {
		return &side{dist: map[K]int{start: 0}, via: map[K]hop[K]{}, prev: map[K]K{}, frontier: []K{start}}
	}
	sa, sb := newSide(a), newSide(b)
	for sa.depth+sb.depth < maxHops && len(sa.frontier) > 0 && len(sb.frontier) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		this, other := sa, sb
		if len(sb.frontier) < len(sa.frontier) {
			this, other = sb, sa
		}
		var next []K
		var meet K
		found, best := false, 0
		for _, n := range this.frontier {
			hs, err := neighbors(n)
			if err != nil {
				return nil, err
			}
			for _, h := range hs {
				o := h.to
				if o == n {
					o = h.from
				}
				if _, ok := this.dist[o]; ok {
					continue
				}
				this.dist[o] = this.depth + 1
				this.via[o] = h
				this.prev[o] = n
				next = append(next, o)
				if d, ok := other.dist[o]; ok && (!found || this.depth+1+d < best) {
					meet, found, best = o, true, this.depth+1+d
				}
			}
		}
		this.depth++
		this.frontier = next
		if found {
			var path []hop[K]
			for x := meet; x != a; x = sa.prev[x] {
				path = append(path, sa.via[x])
			}
			slices.Reverse(path)
			for x := meet; x != b; x = sb.prev[x] {
				path = append(path, sb.via[x])
			}
			return path, nil
		}
	}
	return nil, nil
}

// pathByEdges is Path through Cayley's QuadStore interface: a shortest
// path over each node's edges (see edges).
func (s *Store) pathByEdges(ctx context.Context, a, b schema.IRI, maxHops int, avoid []schema.ActorKind) ([]Step, error) {
	hops, err := shortestPath(ctx, a, b, maxHops, func(n schema.IRI) ([]hop[schema.IRI], error) {
		steps, err := s.edges(ctx, n)
		out := make([]hop[schema.IRI], 0, len(steps))
		for _, st := range steps {
			o := st.To
			if o == n {
				o = st.From
			}
			if o != a && o != b && slices.Contains(avoid, schema.KindOf(o)) {
				continue
			}
			out = append(out, hop[schema.IRI]{st.From, st.Predicate, st.To})
		}
		return out, err
	})
	var path []Step
	for _, h := range hops {
		path = append(path, Step{From: h.from, Predicate: h.pred, To: h.to})
	}
	return path, err
}

// pathIDs is Path on a key-value backend, over node IDs.
func (s *Store) pathIDs(ctx context.Context, kqs *kv.QuadStore, a, b schema.IRI, maxHops int, avoid []schema.ActorKind) ([]Step, error) {
	preds := make([]schema.IRI, 0, len(pathPredicates))
	for p := range pathPredicates {
		preds = append(preds, p)
	}
	slices.Sort(preds)
	vals := []quad.Value{iri(a), iri(b)}
	for _, p := range preds {
		vals = append(vals, iri(p))
	}
	refs, err := kqs.RefsOf(ctx, vals)
	if err != nil {
		return nil, fmt.Errorf("look up nodes: %w", err)
	}
	ida, idb := refID(refs[0]), refID(refs[1])
	if ida == 0 || idb == 0 {
		return nil, nil
	}
	var predIDs []uint64
	for _, r := range refs[2:] {
		if id := refID(r); id != 0 {
			predIDs = append(predIDs, id)
		}
	}
	avoided, err := s.kindIDs(ctx, kqs, avoid)
	if err != nil {
		return nil, err
	}
	delete(avoided, ida)
	delete(avoided, idb)
	neighbors := func(n uint64) ([]hop[uint64], error) {
		seen := make(map[hop[uint64]]bool)
		var out []hop[uint64]
		add := func(ids [4]uint64) {
			h := hop[uint64]{ids[0], ids[1], ids[2]}
			if avoided[h.from] || avoided[h.to] {
				return
			}
			if !seen[h] {
				seen[h] = true
				out = append(out, h)
			}
		}
		for _, p := range predIDs {
			for _, idx := range []kv.QuadIndex{subjectPredicateIndex, objectPredicateIndex} {
				if err := eachQuad(ctx, kqs, kv.IndexScan{Index: idx, Values: []uint64{n, p}}, add); err != nil {
					return nil, err
				}
			}
		}
		return out, nil
	}
	hops, err := shortestPath(ctx, ida, idb, maxHops, neighbors)
	if err != nil || hops == nil {
		return nil, err
	}
	d := newDecoder(kqs)
	for _, h := range hops {
		d.want(h.from)
		d.want(h.pred)
		d.want(h.to)
	}
	if err := d.decode(ctx); err != nil {
		return nil, err
	}
	path := make([]Step, len(hops))
	for i, h := range hops {
		path[i] = Step{From: schema.IRI(text(d.value(h.from))), Predicate: schema.IRI(text(d.value(h.pred))), To: schema.IRI(text(d.value(h.to)))}
	}
	return path, nil
}

// kindIDs returns the node IDs of every actor of the given kinds.
func (s *Store) kindIDs(ctx context.Context, kqs *kv.QuadStore, kinds []schema.ActorKind) (map[uint64]bool, error) {
	ids := make(map[uint64]bool)
	for _, k := range kinds {
		xs, err := s.subjectsOf(ctx, schema.Type, iri(k.Class()))
		if err != nil {
			return nil, fmt.Errorf("list %s nodes: %w", k, err)
		}
		vals := make([]quad.Value, len(xs))
		for i, x := range xs {
			vals[i] = iri(x)
		}
		refs, err := kqs.RefsOf(ctx, vals)
		if err != nil {
			return nil, fmt.Errorf("look up %s nodes: %w", k, err)
		}
		for _, r := range refs {
			if id := refID(r); id != 0 {
				ids[id] = true
			}
		}
	}
	return ids, nil
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
