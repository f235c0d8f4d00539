// Package cayleybolt reads the bolt file that Cayley's key-value layer
// writes (its data version 2) without going through Cayley: the one place in
// dipgraph that knows that layout. Its test writes a store through Cayley
// and reads it back both ways, so an upgrade of Cayley that changes the
// layout fails there first.
//
// The layout: bucket "log" maps a primitive's ID (8 bytes, big-endian) to
// the protobuf of a node (its value) or a quad (its four node IDs and a
// Deleted mark); each quad index has a bucket named by its directions' prefix
// letters ("sp" for subject, predicate; "ops" for object, predicate,
// subject) whose keys are the directions' node IDs, big-endian, and whose
// values are the uvarint IDs of the quads under that key; each live node has
// one key in a value bucket named "v" and two bytes of its value's hash.
// Cayley marks deleted quads in the log and may leave them in the indexes.
package cayleybolt

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"

	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

// Index is one of the quad indexes Cayley's key-value layer builds by
// default (kv.DefaultQuadIndexes).
type Index int

const (
	// SubjectPredicate is keyed by subject, predicate.
	SubjectPredicate Index = iota
	// ObjectPredicateSubject is keyed by object, predicate, subject.
	ObjectPredicateSubject
)

var (
	logBucket    = []byte("log")
	indexBuckets = map[Index][]byte{
		SubjectPredicate:       {quad.Subject.Prefix(), quad.Predicate.Prefix()},
		ObjectPredicateSubject: {quad.Object.Prefix(), quad.Predicate.Prefix(), quad.Subject.Prefix()},
	}
)

// Reader reads the log and indexes of one bolt transaction, decoding each
// node value once.
type Reader struct {
	tx   *bolt.Tx
	log  *bolt.Bucket
	vals map[uint64]quad.Value
	prim cproto.Primitive
	key  [8]byte
}

// NewReader returns a reader on tx; ok is false when tx holds no quad log
// (nothing was ever written).
func NewReader(tx *bolt.Tx) (_ *Reader, ok bool) {
	log := tx.Bucket(logBucket)
	if log == nil {
		return nil, false
	}
	return &Reader{tx: tx, log: log, vals: make(map[uint64]quad.Value)}, true
}

// Learn records a node's value the caller already knows, so that it is not
// decoded again.
func (r *Reader) Learn(id uint64, v quad.Value) { r.vals[id] = v }

// primitive reads the log entry of id into r.prim; ok is false when it is
// missing.
func (r *Reader) primitive(id uint64) (bool, error) {
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

// Quad returns the quad with the given ID (without its label when noLabel);
// ok is false when it is deleted or missing.
func (r *Reader) Quad(id uint64, noLabel bool) (_ quad.Quad, ok bool, err error) {
	ok, err = r.primitive(id)
	if err != nil || !ok || r.prim.Deleted || r.prim.IsNode() {
		return quad.Quad{}, false, err
	}
	ids := [4]uint64{r.prim.Subject, r.prim.Predicate, r.prim.Object, r.prim.Label}
	if noLabel {
		ids[3] = 0
	}
	var q quad.Quad
	for i, dir := range quad.Directions {
		v, err := r.Value(ids[i])
		if err != nil {
			return quad.Quad{}, false, err
		}
		q.Set(dir, v)
	}
	return q, true, nil
}

// Value returns the value of node id (nil for 0 or a missing node).
func (r *Reader) Value(id uint64) (quad.Value, error) {
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

// prefixKey is the index key prefix of node IDs.
func prefixKey(ids []uint64) []byte {
	k := make([]byte, 8*len(ids))
	for i, id := range ids {
		binary.BigEndian.PutUint64(k[8*i:], id)
	}
	return k
}

// EachQuadID calls f with the ID of every quad listed under the keys of
// index ix that start with the node IDs of prefix (a subject, or a subject
// and a predicate, for SubjectPredicate), deleted ones included.
func (r *Reader) EachQuadID(ix Index, prefix []uint64, f func(id uint64) error) error {
	b := r.tx.Bucket(indexBuckets[ix])
	if b == nil {
		return nil
	}
	p := prefixKey(prefix)
	c := b.Cursor()
	for k, v := c.Seek(p); k != nil && bytes.HasPrefix(k, p); k, v = c.Next() {
		for len(v) > 0 {
			id, n := binary.Uvarint(v)
			if n <= 0 {
				return fmt.Errorf("corrupt index entry under %x", k)
			}
			v = v[n:]
			if err := f(id); err != nil {
				return err
			}
		}
	}
	return nil
}

// EachSubject calls f with the node ID of every subject of a quad, not
// deleted, with object o and predicate p, once per subject, from the keys of
// the (object, predicate, subject) index: one key and at most one quad read
// per subject, however many quads it has with them. Subjects skip accepts
// are passed over unread (nil skips none).
func (r *Reader) EachSubject(ctx context.Context, o, p uint64, skip func(subject uint64) bool, f func(subject uint64) error) error {
	b := r.tx.Bucket(indexBuckets[ObjectPredicateSubject])
	if b == nil {
		return nil
	}
	pre := prefixKey([]uint64{o, p})
	c := b.Cursor()
	n := 0
	for k, v := c.Seek(pre); k != nil && bytes.HasPrefix(k, pre); k, v = c.Next() {
		if n++; n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if len(k) != 24 {
			return fmt.Errorf("corrupt index key %x", k)
		}
		id := binary.BigEndian.Uint64(k[16:])
		if skip != nil && skip(id) {
			continue
		}
		alive, err := r.anyAlive(v)
		if err != nil {
			return err
		}
		if alive {
			if err := f(id); err != nil {
				return err
			}
		}
	}
	return nil
}

// anyAlive reports whether any quad of an index entry (uvarint quad IDs) is
// stored and not marked deleted.
func (r *Reader) anyAlive(ids []byte) (bool, error) {
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

// CountNodes returns the number of live nodes: the keys of the value
// buckets ("v" and two bytes of the value's hash), one per node, as Cayley
// deletes a node's key when its last quad goes. (Cayley's own exact count
// decodes every entry of the quad log.)
func CountNodes(ctx context.Context, tx *bolt.Tx) (int64, error) {
	var nodes int64
	c := tx.Cursor()
	for k, _ := c.Seek([]byte{'v'}); k != nil && k[0] == 'v'; k, _ = c.Next() {
		if len(k) != 3 {
			continue
		}
		if b := tx.Bucket(k); b != nil {
			nodes += int64(b.Stats().KeyN)
		}
	}
	return nodes, ctx.Err()
}
