package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/dipgraph/dipgraph/schema"
)

// backend is how a Store reads and removes in batches on its kind of store:
// straight from Cayley's buckets on bolt, in SQL on PostgreSQL, through
// Cayley's own iterators elsewhere. Open chooses it once; the rest of the
// package asks it, never which store is underneath.
type backend interface {
	// nodesQuads returns the quads whose subject is each of xs, by subject,
	// as o narrows them.
	nodesQuads(ctx context.Context, xs []schema.IRI, o readOpts) (map[schema.IRI][]quad.Quad, error)
	// subjectsOf returns the distinct subjects, sorted, of the quads whose
	// object is any of objs and whose predicate is any of preds.
	subjectsOf(ctx context.Context, objs []quad.Value, preds []schema.IRI) ([]schema.IRI, error)
	// articleHashes returns the content hashes stored for those of articles
	// that are stored.
	articleHashes(ctx context.Context, articles []schema.IRI) (map[schema.IRI]string, error)
	// removeArticles removes every quad labelled with one of articles and
	// returns how many it removed.
	removeArticles(ctx context.Context, articles []schema.IRI) (int, error)
	// path finds a shortest path (see Store.Path); nil when there is none.
	path(ctx context.Context, a, b schema.IRI, maxHops int, avoid []schema.ActorKind) ([]Step, error)
}

// chooseBackend returns the backend for the store Open made.
func (s *Store) chooseBackend() backend {
	if kqs, ok := s.qs.(*kv.QuadStore); ok && s.bdb != nil {
		return boltBackend{s: s, kqs: kqs}
	}
	if s.sqlDB != nil {
		return pgBackend{s: s}
	}
	return cayleyBackend{s: s}
}

// boltBackend reads Cayley's bolt buckets directly (see boltread.go).
type boltBackend struct {
	s   *Store
	kqs *kv.QuadStore
}

func (b boltBackend) nodesQuads(ctx context.Context, xs []schema.IRI, o readOpts) (map[schema.IRI][]quad.Quad, error) {
	return b.s.boltNodesQuads(ctx, b.kqs, xs, o)
}

func (b boltBackend) subjectsOf(ctx context.Context, objs []quad.Value, preds []schema.IRI) ([]schema.IRI, error) {
	return b.s.boltSubjectsOf(ctx, b.kqs, objs, preds)
}

func (b boltBackend) articleHashes(ctx context.Context, articles []schema.IRI) (map[schema.IRI]string, error) {
	return hashesFromNodes(ctx, b, articles)
}

func (b boltBackend) removeArticles(ctx context.Context, articles []schema.IRI) (int, error) {
	return b.s.removeByQuads(ctx, articles)
}

func (b boltBackend) path(ctx context.Context, from, to schema.IRI, maxHops int, avoid []schema.ActorKind) ([]Step, error) {
	return b.s.pathIDs(ctx, b.kqs, from, to, maxHops, avoid)
}

// pgBackend reads and deletes in SQL (see sqlread.go, postgres.go).
type pgBackend struct{ s *Store }

func (b pgBackend) nodesQuads(ctx context.Context, xs []schema.IRI, o readOpts) (map[schema.IRI][]quad.Quad, error) {
	return b.s.sqlNodesQuads(ctx, xs, o)
}

func (b pgBackend) subjectsOf(ctx context.Context, objs []quad.Value, preds []schema.IRI) ([]schema.IRI, error) {
	return b.s.sqlSubjectsOf(ctx, objs, preds...)
}

func (b pgBackend) articleHashes(ctx context.Context, articles []schema.IRI) (map[schema.IRI]string, error) {
	return b.s.sqlArticleHashes(ctx, articles)
}

func (b pgBackend) removeArticles(ctx context.Context, articles []schema.IRI) (int, error) {
	labels := make([]quad.Value, len(articles))
	for i, a := range articles {
		labels[i] = iri(a)
	}
	return b.s.pgDeleteLabels(ctx, labels)
}

func (b pgBackend) path(ctx context.Context, from, to schema.IRI, maxHops int, avoid []schema.ActorKind) ([]Step, error) {
	return b.s.pathByEdges(ctx, from, to, maxHops, avoid)
}

// cayleyBackend goes through Cayley's QuadStore interface only (memstore,
// CockroachDB).
type cayleyBackend struct{ s *Store }

func (b cayleyBackend) nodesQuads(ctx context.Context, xs []schema.IRI, o readOpts) (map[schema.IRI][]quad.Quad, error) {
	want := make(map[quad.Value]bool, len(o.preds))
	for _, p := range o.preds {
		want[iri(p)] = true
	}
	out := make(map[schema.IRI][]quad.Quad, len(xs))
	for _, x := range xs {
		qs, err := b.s.out(ctx, x, "")
		if err != nil {
			return nil, err
		}
		kept := qs[:0]
		for _, q := range qs {
			if len(want) > 0 && !want[q.Predicate] {
				continue
			}
			if o.noLabels {
				q.Label = nil
			}
			kept = append(kept, q)
		}
		out[x] = kept
	}
	return out, nil
}

func (b cayleyBackend) subjectsOf(ctx context.Context, objs []quad.Value, preds []schema.IRI) ([]schema.IRI, error) {
	set := make(map[schema.IRI]struct{})
	for _, v := range objs {
		for _, p := range preds {
			qs, err := b.s.in(ctx, v, p)
			if err != nil {
				return nil, err
			}
			for _, q := range qs {
				if x, ok := q.Subject.(quad.IRI); ok {
					set[schema.IRI(x)] = struct{}{}
				}
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return sortedSet(set), nil
}

func (b cayleyBackend) articleHashes(ctx context.Context, articles []schema.IRI) (map[schema.IRI]string, error) {
	return hashesFromNodes(ctx, b, articles)
}

func (b cayleyBackend) removeArticles(ctx context.Context, articles []schema.IRI) (int, error) {
	return b.s.removeByQuads(ctx, articles)
}

func (b cayleyBackend) path(ctx context.Context, from, to schema.IRI, maxHops int, avoid []schema.ActorKind) ([]Step, error) {
	return b.s.pathByEdges(ctx, from, to, maxHops, avoid)
}

// hashesFromNodes reads articles' content hashes from their own quads.
func hashesFromNodes(ctx context.Context, b backend, articles []schema.IRI) (map[schema.IRI]string, error) {
	byNode, err := b.nodesQuads(ctx, articles, readOpts{preds: []schema.IRI{schema.ContentHash}})
	if err != nil {
		return nil, fmt.Errorf("read hashes of %d articles: %w", len(articles), err)
	}
	out := make(map[schema.IRI]string, len(byNode))
	for a, qs := range byNode {
		for _, q := range qs {
			if q.Label == iri(a) {
				out[a] = text(q.Object)
				break
			}
		}
	}
	return out, nil
}

// removeByQuads finds each article's quads (see articleQuads) and deletes
// them all in one transaction.
func (s *Store) removeByQuads(ctx context.Context, articles []schema.IRI) (int, error) {
	var ds []cgraph.Delta
	for _, a := range articles {
		qs, err := s.articleQuads(ctx, a)
		if err != nil {
			return 0, fmt.Errorf("article %s: %w", a, err)
		}
		for _, q := range qs {
			ds = append(ds, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
	}
	if len(ds) == 0 {
		return 0, nil
	}
	if err := s.apply(ctx, ds); err != nil {
		return 0, err
	}
	return len(ds), nil
}
