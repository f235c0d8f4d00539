package cayleybolt

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// cayleyStore writes quads through Cayley's key-value layer into a fresh
// bolt file, deletes some, and returns the store and its bolt file.
func cayleyStore(t *testing.T, add, del []quad.Quad) (*kv.QuadStore, *hbolt.DB) {
	t.Helper()
	db, err := hbolt.Open(filepath.Join(t.TempDir(), "indexes.bolt"), &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := kv.Init(db, nil); err != nil {
		t.Fatal(err)
	}
	qs, err := kv.New(db, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		t.Fatal(err)
	}
	apply := func(qs2 []quad.Quad, a cgraph.Procedure) {
		ds := make([]cgraph.Delta, len(qs2))
		for i, q := range qs2 {
			ds[i] = cgraph.Delta{Quad: q, Action: a}
		}
		if err := qs.ApplyDeltas(ds, cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
	}
	apply(add, cgraph.Add)
	apply(del, cgraph.Delete)
	return qs.(*kv.QuadStore), db
}

func id(t *testing.T, qs *kv.QuadStore, v quad.Value) uint64 {
	t.Helper()
	r, err := qs.ValueOf(v)
	if err != nil {
		t.Fatal(err)
	}
	n, ok := r.(kv.Int64Value)
	if !ok {
		t.Fatalf("Cayley's ref of %v is a %T, not kv.Int64Value: its key-value layer changed", v, r)
	}
	return uint64(n)
}

func sorted(qs []quad.Quad) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.String()
	}
	sort.Strings(out)
	return out
}

// cayleyQuads is what Cayley's own iterators read in direction dir of v.
func cayleyQuads(t *testing.T, qs *kv.QuadStore, dir quad.Direction, v quad.Value) []quad.Quad {
	t.Helper()
	ref, err := qs.ValueOf(v)
	if err != nil {
		t.Fatal(err)
	}
	it := qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(context.Background()) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, q)
	}
	return out
}

// TestLayoutMatchesCayley writes a small graph through Cayley (IRIs,
// strings, numbers, dates, labels, a deleted quad and a node left without
// quads) and reads it back from the bolt file with Reader: every subject's
// quads, every (object, predicate)'s subjects and the node count must be
// what Cayley itself reads. A Cayley whose bolt layout differs fails here.
func TestLayoutMatchesCayley(t *testing.T) {
	ctx := context.Background()
	lavrov, khan, meeting := quad.IRI("p/lavrov"), quad.IRI("p/khan"), quad.IRI("e/meeting")
	a1, a2 := quad.IRI("article/1"), quad.IRI("article/2")
	add := []quad.Quad{
		quad.Make(meeting, quad.IRI("participant"), lavrov, a1),
		quad.Make(meeting, quad.IRI("participant"), khan, a1),
		quad.Make(meeting, quad.IRI("participant"), lavrov, a2),
		quad.Make(meeting, quad.IRI("startDate"), quad.String("2021-04-07"), a1),
		quad.Make(meeting, quad.IRI("evidenceStart"), quad.Int(120), a1),
		quad.Make(meeting, quad.IRI("confidence"), quad.Float(0.8), a2),
		quad.Make(meeting, quad.IRI("when"), quad.Time(time.Date(2021, 4, 7, 0, 0, 0, 0, time.UTC)), nil),
		quad.Make(lavrov, quad.IRI("name"), quad.String("Sergei Lavrov"), a1),
		quad.Make(khan, quad.IRI("name"), quad.LangString{Value: "Imran Khan", Lang: "en"}, a2),
		quad.Make(khan, quad.IRI("gone"), quad.String("only here"), a2),
	}
	del := []quad.Quad{add[1], add[len(add)-1]}
	qs, db := cayleyStore(t, add, del)

	err := db.DB().View(func(tx *bolt.Tx) error {
		r, ok := NewReader(tx)
		if !ok {
			return fmt.Errorf("no quad log bucket %q", logBucket)
		}
		for _, s := range []quad.Value{meeting, lavrov, khan} {
			var got []quad.Quad
			err := r.EachQuadID(SubjectPredicate, []uint64{id(t, qs, s)}, func(qid uint64) error {
				q, ok, err := r.Quad(qid, false)
				if ok {
					got = append(got, q)
				}
				return err
			})
			if err != nil {
				return err
			}
			if diff := cmp.Diff(sorted(cayleyQuads(t, qs, quad.Subject, s)), sorted(got)); diff != "" {
				t.Errorf("quads of %v (-Cayley +Reader):\n%s", s, diff)
			}
		}
		for _, o := range []quad.Value{lavrov, khan} {
			var want, got []string
			for _, q := range cayleyQuads(t, qs, quad.Object, o) {
				if q.Predicate == quad.IRI("participant") {
					want = append(want, q.Subject.String())
				}
			}
			err := r.EachSubject(ctx, id(t, qs, o), id(t, qs, quad.IRI("participant")), nil, func(s uint64) error {
				v, err := r.Value(s)
				got = append(got, v.String())
				return err
			})
			if err != nil {
				return err
			}
			sort.Strings(want)
			want = compact(want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("subjects with participant %v (-Cayley +Reader):\n%s", o, diff)
			}
		}
		nodes, err := CountNodes(ctx, tx)
		if err != nil {
			return err
		}
		st, err := qs.Stats(ctx, true)
		if err != nil {
			return err
		}
		if nodes != st.Nodes.Value {
			t.Errorf("CountNodes = %d, Cayley's exact count %d", nodes, st.Nodes.Value)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func compact(ss []string) []string {
	var out []string
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}
