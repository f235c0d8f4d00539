package graph

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"

	"github.com/dipgraph/dipgraph/schema"
)

// Cayley's key-value layout (data version 2), as its kv package writes it
// into bolt: bucket "log" maps a primitive's ID (8 bytes, big-endian) to the
// protobuf of a node (its value) or a quad (its four node IDs and a Deleted
// mark); each quad index has a bucket named by its directions ("sp" for
// subject, predicate) whose keys are the directions' node IDs, big-endian,
// and whose values are the uvarint IDs of the quads under that key. Reading
// those buckets in one bolt transaction, with one cursor, is what Cayley's
// own iterators do one transaction and one bucket lookup at a time.
var (
	boltLogBucket = []byte("log")
	boltSPBucket  = []byte{quad.Subject.Prefix(), quad.Predicate.Prefix()}
)

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
		log, idx := tx.Bucket(boltLogBucket), tx.Bucket(boltSPBucket)
		if log == nil || idx == nil {
			return nil // nothing written yet
		}
		r := boltReader{log: log, vals: make(map[uint64]quad.Value), noLabels: o.noLabels}
		c := idx.Cursor()
		var key [16]byte
		scan := func(x schema.IRI, prefix []byte) error {
			for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
				for len(v) > 0 {
					qid, n := binary.Uvarint(v)
					if n <= 0 {
						return fmt.Errorf("node %s: corrupt index entry", x)
					}
					v = v[n:]
					q, ok, err := r.quad(qid)
					if err != nil {
						return fmt.Errorf("node %s: %w", x, err)
					}
					if ok {
						out[x] = append(out[x], q)
					}
				}
			}
			return nil
		}
		for i, x := range xs {
			id := refID(refs[i])
			if id == 0 {
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			r.vals[id] = iri(x)
			binary.BigEndian.PutUint64(key[:8], id)
			if len(predIDs) == 0 {
				if err := scan(x, key[:8]); err != nil {
					return err
				}
				continue
			}
			for _, p := range predIDs {
				binary.BigEndian.PutUint64(key[8:], p)
				if err := scan(x, key[:16]); err != nil {
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

// boltReader decodes primitives from the log bucket of one transaction,
// remembering every node value it decoded.
type boltReader struct {
	log      *bolt.Bucket
	noLabels bool
	vals     map[uint64]quad.Value
	prim     cproto.Primitive
	key      [8]byte
}

// primitive reads the log entry of id into r.prim; ok is false when it is missing.
func (r *boltReader) primitive(id uint64) (bool, error) {
	binary.BigEndian.PutUint64(r.key[:], id)
	b := r.log.Get(r.key[:])
	if b == nil {
		return false, nil
	}
	if err := proto.Unmarshal(b, &r.prim); err != nil {
		return false, fmt.Errorf("decode primitive %d: %w", id, err)
	}
	return true, nil
}

// quad returns the quad with the given ID; ok is false when it is deleted or missing.
func (r *boltReader) quad(id uint64) (quad.Quad, bool, error) {
	ok, err := r.primitive(id)
	if err != nil || !ok || r.prim.Deleted || r.prim.IsNode() {
		return quad.Quad{}, false, err
	}
	ids := [4]uint64{r.prim.Subject, r.prim.Predicate, r.prim.Object, r.prim.Label}
	if r.noLabels {
		ids[3] = 0
	}
	var q quad.Quad
	for i, dir := range quad.Directions {
		v, err := r.value(ids[i])
		if err != nil {
			return quad.Quad{}, false, err
		}
		q.Set(dir, v)
	}
	return q, true, nil
}

// value returns the value of node id (nil for 0).
func (r *boltReader) value(id uint64) (quad.Value, error) {
	if id == 0 {
		return nil, nil
	}
	if v, ok := r.vals[id]; ok {
		return v, nil
	}
	ok, err := r.primitive(id)
	if err != nil || !ok {
		return nil, err
	}
	v, err := pquads.UnmarshalValue(r.prim.Value)
	if err != nil {
		return nil, fmt.Errorf("decode value %d: %w", id, err)
	}
	r.vals[id] = v
	return v, nil
}

// boltOPSBucket is the bucket of the (object, predicate, subject) index.
var boltOPSBucket = []byte{quad.Object.Prefix(), quad.Predicate.Prefix(), quad.Subject.Prefix()}

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
		log, idx := tx.Bucket(boltLogBucket), tx.Bucket(boltOPSBucket)
		if log == nil || idx == nil {
			return nil
		}
		r := boltReader{log: log, vals: make(map[uint64]quad.Value)}
		seen := make(map[uint64]bool)
		var prefix [16]byte
		c := idx.Cursor()
		n := 0
		for _, o := range objIDs {
			binary.BigEndian.PutUint64(prefix[:8], o)
			for _, p := range predIDs {
				binary.BigEndian.PutUint64(prefix[8:], p)
				for k, val := c.Seek(prefix[:]); k != nil && bytes.HasPrefix(k, prefix[:]); k, val = c.Next() {
					if n++; n%1024 == 0 {
						if err := ctx.Err(); err != nil {
							return err
						}
					}
					if len(k) != 24 {
						return fmt.Errorf("%s: corrupt index key", what())
					}
					id := binary.BigEndian.Uint64(k[16:])
					if seen[id] {
						continue
					}
					alive, err := r.anyAlive(val)
					if err != nil {
						return fmt.Errorf("%s: %w", what(), err)
					}
					if !alive {
						continue
					}
					seen[id] = true
					x, err := r.value(id)
					if err != nil {
						return fmt.Errorf("%s: %w", what(), err)
					}
					if x, ok := x.(quad.IRI); ok {
						out = append(out, schema.IRI(x))
					}
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

// anyAlive reports whether any quad of an index entry (uvarint quad IDs) is
// stored and not marked deleted.
func (r *boltReader) anyAlive(ids []byte) (bool, error) {
	for len(ids) > 0 {
		qid, n := binary.Uvarint(ids)
		if n <= 0 {
			return false, fmt.Errorf("corrupt index entry")
		}
		ids = ids[n:]
		ok, err := r.primitive(qid)
		if err != nil {
			return false, err
		}
		if ok && !r.prim.Deleted && !r.prim.IsNode() {
			return true, nil
		}
	}
	return false, nil
}

// backendStats returns the backend's quad and node counts. Cayley's exact
// node count on the key-value backends decodes every entry of the quad log
// (3 s at a million quads); on bolt the nodes are counted as the keys of the
// value buckets instead ("v" and two bytes of the value's hash, one key per
// live node: Cayley deletes a node's key when its last quad goes).
func (s *Store) backendStats(ctx context.Context) (cgraph.Stats, error) {
	if s.bdb == nil {
		return s.qs.Stats(ctx, true)
	}
	st, err := s.qs.Stats(ctx, false)
	if err != nil {
		return st, err
	}
	var nodes int64
	err = s.bdb.View(func(tx *bolt.Tx) error {
		c := tx.Cursor()
		for k, _ := c.Seek([]byte{'v'}); k != nil && k[0] == 'v'; k, _ = c.Next() {
			if len(k) != 3 {
				continue
			}
			if b := tx.Bucket(k); b != nil {
				nodes += int64(b.Stats().KeyN)
			}
		}
		return ctx.Err()
	})
	if err != nil {
		return st, fmt.Errorf("count nodes: %w", err)
	}
	st.Nodes = refs.Size{Value: nodes, Exact: true}
	return st, nil
}
