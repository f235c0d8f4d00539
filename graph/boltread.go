package graph

import (
	"context"
	"fmt"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"

	"github.com/dipgraph/dipgraph/graph/internal/cayleybolt"
	"github.com/dipgraph/dipgraph/schema"
)

// Reads straight from Cayley's bolt buckets, whose layout only the
// internal package cayleybolt knows: one bolt transaction and one cursor per
// batch, where Cayley's own iterators take one transaction and one bucket
// lookup per value.

// boltNodesQuads is nodesQuads on a bolt store: one read transaction, one
// cursor over the (subject, predicate) index, each quad's primitive read once
// and each distinct node value decoded once.
func (s *Store) boltNodesQuads(ctx context.Context, kqs *kv.QuadStore, xs []schema.IRI, o readOpts) (map[schema.IRI][]quad.Quad, error) {
	out := make(map[schema.IRI][]quad.Quad, len(xs))
	vals := make([]quad.Value, 0, len(xs)+len(o.preds))
	for _, x := range xs {
		vals = append(vals, iri(x))
	}
	for _, p := range o.preds {
		vals = append(vals, iri(p))
	}
	refs, err := kqs.RefsOf(ctx, vals)
	if err != nil {
		return nil, fmt.Errorf("look up %d nodes: %w", len(vals), err)
	}
	var predIDs []uint64
	for _, r := range refs[len(xs):] {
		if id := refID(r); id != 0 {
			predIDs = append(predIDs, id)
		}
	}
	if len(o.preds) > 0 && len(predIDs) == 0 {
		return out, nil // none of the predicates is stored
	}
	err = s.bdb.View(func(tx *bolt.Tx) error {
		r, ok := cayleybolt.NewReader(tx)
		if !ok {
			return nil // nothing written yet
		}
		for i, x := range xs {
			id := refID(refs[i])
			if id == 0 {
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			r.Learn(id, iri(x))
			add := func(qid uint64) error {
				q, ok, err := r.Quad(qid, o.noLabels)
				if err != nil {
					return fmt.Errorf("node %s: %w", x, err)
				}
				if ok {
					out[x] = append(out[x], q)
				}
				return nil
			}
			if len(predIDs) == 0 {
				if err := r.EachQuadID(cayleybolt.SubjectPredicate, []uint64{id}, add); err != nil {
					return err
				}
				continue
			}
			for _, p := range predIDs {
				if err := r.EachQuadID(cayleybolt.SubjectPredicate, []uint64{id, p}, add); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read %d nodes: %w", len(xs), err)
	}
	return out, nil
}

// boltSubjectsOf is subjectsOfAny on a bolt store, in one read transaction.
// The (object, predicate, subject) index holds the subject in its keys, so
// each distinct subject of an (object, predicate) pair costs one key and one
// read of a quad under it (to skip quads Cayley marked deleted but left in
// the index), not one read per article copy; each subject's value is decoded
// once however many pairs lead to it.
func (s *Store) boltSubjectsOf(ctx context.Context, kqs *kv.QuadStore, objs []quad.Value, preds []schema.IRI) ([]schema.IRI, error) {
	if len(objs) == 0 || len(preds) == 0 {
		return nil, nil
	}
	what := func() string { // for errors only
		if len(objs) == 1 {
			return fmt.Sprintf("%v %v", preds, objs[0])
		}
		return fmt.Sprintf("%v of %d nodes", preds, len(objs))
	}
	vals := make([]quad.Value, 0, len(objs)+len(preds))
	vals = append(vals, objs...)
	for _, p := range preds {
		vals = append(vals, iri(p))
	}
	refs, err := kqs.RefsOf(ctx, vals)
	if err != nil {
		return nil, fmt.Errorf("look up %s: %w", what(), err)
	}
	var objIDs, predIDs []uint64
	for i, r := range refs {
		if id := refID(r); id != 0 && i < len(objs) {
			objIDs = append(objIDs, id)
		} else if id != 0 {
			predIDs = append(predIDs, id)
		}
	}
	if len(objIDs) == 0 || len(predIDs) == 0 {
		return nil, nil
	}
	var out []schema.IRI
	err = s.bdb.View(func(tx *bolt.Tx) error {
		r, ok := cayleybolt.NewReader(tx)
		if !ok {
			return nil
		}
		seen := make(map[uint64]bool)
		add := func(id uint64) error {
			seen[id] = true
			x, err := r.Value(id)
			if err != nil {
				return err
			}
			if x, ok := x.(quad.IRI); ok {
				out = append(out, schema.IRI(x))
			}
			return nil
		}
		for _, o := range objIDs {
			for _, p := range predIDs {
				if err := r.EachSubject(ctx, o, p, func(id uint64) bool { return seen[id] }, add); err != nil {
					return fmt.Errorf("%s: %w", what(), err)
				}
			}
		}
		return ctx.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("walk %s: %w", what(), err)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
}

// backendStats returns the backend's quad and node counts. Cayley's exact
// node count on the key-value backends decodes every entry of the quad log
// (3 s at a million quads); on bolt the nodes are counted as the keys of the
// value buckets instead (see cayleybolt.CountNodes).
func (s *Store) backendStats(ctx context.Context) (cgraph.Stats, error) {
	if s.bdb == nil {
		return s.qs.Stats(ctx, true)
	}
	st, err := s.qs.Stats(ctx, false)
	if err != nil {
		return st, err
	}
	var nodes int64
	err = s.bdb.View(func(tx *bolt.Tx) (err error) {
		nodes, err = cayleybolt.CountNodes(ctx, tx)
		return err
	})
	if err != nil {
		return st, fmt.Errorf("count nodes: %w", err)
	}
	st.Nodes = refs.Size{Value: nodes, Exact: true}
	return st, nil
}
