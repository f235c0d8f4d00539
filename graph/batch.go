package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/dipgraph/dipgraph/schema"
)

// Reading many nodes at once. Cayley's QuadStore.Quad decodes one quad at a
// time, each of its four values in a read transaction and a lookup of its own:
// on bolt that was nearly all of a query's time (an event of 25 quads cost 100
// lookups). On the key-value backends the readers below walk each node's
// index entries for the quads' value IDs only, then decode every distinct
// value of the whole batch in one transaction, each once. Other backends read
// quad by quad through Cayley.

// readOpts narrow what nodesQuads reads.
type readOpts struct {
	// preds, when not empty, are the only predicates read.
	preds []schema.IRI
	// noLabels leaves the quads' labels nil (saving one decode per article
	// copy when the caller does not need to know which article says what).
	noLabels bool
}

// nodesQuads returns the quads whose subject is each of xs, by subject, as o
// narrows them, through the store's backend (on bolt in one transaction, see
// boltNodesQuads; elsewhere node by node through Cayley).
func (s *Store) nodesQuads(ctx context.Context, xs []schema.IRI, o readOpts) (map[schema.IRI][]quad.Quad, error) {
	return s.db.nodesQuads(ctx, xs, o)
}

// subjectPredicateIndex is the (subject, predicate) index Cayley's key-value
// backends build by default (kv.DefaultQuadIndexes).
var subjectPredicateIndex = kv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}

// refID returns the node ID of a key-value backend's ref, 0 for none.
func refID(r cgraph.Ref) uint64 {
	if v, ok := r.(kv.Int64Value); ok {
		return uint64(v)
	}
	return 0
}

// eachQuad calls f with the subject, predicate, object and label IDs of every
// quad an index scan yields.
func eachQuad(ctx context.Context, kqs *kv.QuadStore, scan kv.IndexScan, f func(ids [4]uint64)) error {
	it := scan.BuildIterator(kqs).Iterate()
	defer it.Close()
	for it.Next(ctx) {
		r := it.Result()
		var ids [4]uint64
		for i, dir := range quad.Directions {
			ref, err := kqs.QuadDirection(r, dir)
			if err != nil {
				return err
			}
			ids[i] = refID(ref)
		}
		f(ids)
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// decoder turns node IDs of a key-value backend into values, decoding each
// distinct ID once and all of a batch in one transaction.
type decoder struct {
	kqs  *kv.QuadStore
	vals map[uint64]quad.Value
	todo []uint64
}

func newDecoder(kqs *kv.QuadStore) *decoder {
	return &decoder{kqs: kqs, vals: make(map[uint64]quad.Value)}
}

// want queues an ID for the next decode.
func (d *decoder) want(id uint64) {
	if id == 0 {
		return
	}
	if _, ok := d.vals[id]; ok {
		return
	}
	d.vals[id] = nil
	d.todo = append(d.todo, id)
}

// decode reads the queued IDs' values.
func (d *decoder) decode(ctx context.Context) error {
	if len(d.todo) == 0 {
		return nil
	}
	refs := make([]cgraph.Ref, len(d.todo))
	for i, id := range d.todo {
		refs[i] = kv.Int64Value(id)
	}
	vs, err := d.kqs.ValuesOf(ctx, refs)
	if err != nil {
		return fmt.Errorf("read %d values: %w", len(refs), err)
	}
	for i, id := range d.todo {
		d.vals[id] = vs[i]
	}
	d.todo = d.todo[:0]
	return nil
}

// value returns a decoded ID's value (nil for 0 or an ID not decoded).
func (d *decoder) value(id uint64) quad.Value { return d.vals[id] }

// quad builds a quad from decoded IDs.
func (d *decoder) quad(ids [4]uint64) quad.Quad {
	return quad.Quad{Subject: d.value(ids[0]), Predicate: d.value(ids[1]), Object: d.value(ids[2]), Label: d.value(ids[3])}
}
