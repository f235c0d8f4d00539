package graph

import (
	"context"
	"fmt"
	"maps"
	"slices"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/dipgraph/dipgraph/schema"
)

// maxBatch is the number of quads above which WriteArticles starts a new
// transaction (at an article boundary, so each article stays atomic).
const maxBatch = 50000

// WriteResult counts what WriteArticles did.
type WriteResult struct {
	// Stored is the number of articles written (new or changed).
	Stored int
	// Unchanged is the number of articles skipped because their hash is already stored.
	Unchanged int
	// QuadsAdded is the number of quads written.
	QuadsAdded int
	// QuadsRemoved is the number of quads of changed articles removed first.
	QuadsRemoved int
}

// ArticleHash returns the content hash stored for an article; ok is false when
// the article is not stored.
func (s *Store) ArticleHash(ctx context.Context, article schema.IRI) (hash string, ok bool, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	return s.articleHash(ctx, article)
}

// ArticleHashes returns the content hashes stored for those of articles that
// are stored, by article, in one batch read (one query on PostgreSQL, one
// read transaction on bolt): the way to check many articles at once.
// Articles not stored are absent from the map.
func (s *Store) ArticleHashes(ctx context.Context, articles []schema.IRI) (_ map[schema.IRI]string, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	return s.articleHashes(ctx, articles)
}

func (s *Store) articleHash(ctx context.Context, article schema.IRI) (hash string, ok bool, err error) {
	hs, err := s.articleHashes(ctx, []schema.IRI{article})
	if err != nil {
		return "", false, err
	}
	hash, ok = hs[article]
	return hash, ok, nil
}

// articleHashes returns the content hashes stored for the articles that are
// stored, in one batch read.
func (s *Store) articleHashes(ctx context.Context, articles []schema.IRI) (map[schema.IRI]string, error) {
	return s.db.articleHashes(ctx, articles)
}

// WriteArticles stores each article's facts. An article whose hash is already
// stored is skipped; one stored with a different hash has its old quads removed
// first. New quads are written in one transaction per batch of articles (a new
// batch starts only past 50,000 quads, at an article boundary). Removals of
// changed articles go in a transaction of their own just before: Cayley's
// key-value backends corrupt a node that loses and gains quads in one
// transaction. When the same article appears twice in facts, the last wins.
// It returns ErrReadOnly on a read-only store and an error, writing nothing,
// when an article has no ID.
func (s *Store) WriteArticles(ctx context.Context, facts []schema.Facts) (_ WriteResult, err error) {
	defer s.guard(&err)()
	defer s.lock()()
	var res WriteResult
	if err := s.writable(); err != nil {
		return res, fmt.Errorf("write articles: %w", err)
	}
	last := make(map[schema.IRI]int, len(facts))
	for i, f := range facts {
		last[f.Article.IRI()] = i
	}
	defer func() {
		if err != nil || res.QuadsRemoved > 0 {
			s.people = nil // persons of a failed or replaced article may not be stored
		}
	}()
	facts, err = s.resolvePersons(ctx, facts)
	if err != nil {
		return res, fmt.Errorf("write articles: %w", err)
	}
	facts, err = s.joinEvents(ctx, facts)
	if err != nil {
		return res, fmt.Errorf("write articles: %w", err)
	}
	for i, f := range facts {
		if f.Article.ID == "" {
			return res, fmt.Errorf("write articles: article %d has no ID", i)
		}
	}
	stored, err := s.articleHashes(ctx, slices.Collect(maps.Keys(last)))
	if err != nil {
		return res, fmt.Errorf("write articles: %w", err)
	}
	var (
		changed []schema.IRI // articles stored with another hash, removed first
		batches [][]cgraph.Delta
		cur     []cgraph.Delta
	)
	for i, f := range facts {
		a := f.Article.IRI()
		if last[a] != i {
			continue
		}
		old, ok := stored[a]
		if ok && old == schema.StoredHash(f.Article, f.Extractor) {
			res.Unchanged++
			continue
		}
		if ok {
			changed = append(changed, a)
		}
		qs := factQuads(f)
		if len(cur) > 0 && len(cur)+len(qs) > maxBatch {
			batches = append(batches, cur)
			cur = nil
		}
		for _, q := range qs {
			cur = append(cur, cgraph.Delta{Quad: q, Action: cgraph.Add})
		}
		res.Stored++
		s.log.DebugContext(ctx, "article prepared", "article", a, "quads", len(qs), "replaces", ok)
	}
	if len(cur) > 0 {
		batches = append(batches, cur)
	}
	if len(changed) > 0 {
		n, err := s.db.removeArticles(ctx, changed)
		if err != nil {
			return res, fmt.Errorf("write articles: remove changed articles' quads: %w", err)
		}
		res.QuadsRemoved = n
	}
	for _, b := range batches {
		if err := s.apply(ctx, b); err != nil {
			return res, fmt.Errorf("write articles: %w", err)
		}
		res.QuadsAdded += len(b)
	}
	s.log.DebugContext(ctx, "articles written", "stored", res.Stored, "unchanged", res.Unchanged,
		"added", res.QuadsAdded, "removed", res.QuadsRemoved)
	return res, nil
}

func (s *Store) apply(ctx context.Context, ds []cgraph.Delta) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.qs.ApplyDeltas(ds, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return fmt.Errorf("apply %d deltas: %w", len(ds), err)
	}
	return nil
}

// Retract removes every quad labelled with the article and returns how many
// it removed. Facts that another article also states keep that article's
// copy. It returns ErrNotFound when the article is not stored and ErrReadOnly
// on a read-only store. On PostgreSQL the quads are deleted by their label
// with a few SQL statements (see pgDeleteLabels); elsewhere they are found
// from the article (see articleQuads) and deleted through Cayley.
func (s *Store) Retract(ctx context.Context, article schema.IRI) (removed int, err error) {
	defer s.guard(&err)()
	defer s.lock()()
	if err := s.writable(); err != nil {
		return 0, fmt.Errorf("retract %s: %w", article, err)
	}
	s.people = nil // read again: the article's persons may be gone
	n, err := s.db.removeArticles(ctx, []schema.IRI{article})
	if err != nil {
		return 0, fmt.Errorf("retract %s: %w", article, err)
	}
	if n == 0 {
		return 0, fmt.Errorf("retract %s: %w", article, ErrNotFound)
	}
	s.log.DebugContext(ctx, "article retracted", "article", article, "quads", n)
	return n, nil
}

// articleQuads finds every quad labelled with the article without scanning the
// store (bolt and memstore have no label index; on PostgreSQL, Retract and
// WriteArticles delete by label instead). The subjects an article writes
// about are the article itself, the events and actors linked to it by
// dg:sourceArticle, and the date-index nodes reached from those events; each
// subject's quads are read, a level at a time in one batch read (see
// nodesQuads), and those with the article's label kept.
func (s *Store) articleQuads(ctx context.Context, article schema.IRI) ([]quad.Quad, error) {
	label := iri(article)
	subjects, err := s.subjectsOf(ctx, schema.SourceArticle, label)
	if err != nil {
		return nil, err
	}
	level := append([]schema.IRI{article}, subjects...)
	seen := make(map[schema.IRI]bool, len(level))
	var out []quad.Quad
	for len(level) > 0 {
		todo := level[:0:0]
		for _, x := range level {
			if !seen[x] {
				seen[x] = true
				todo = append(todo, x)
			}
		}
		byNode, err := s.nodesQuads(ctx, todo, readOpts{})
		if err != nil {
			return nil, err
		}
		level = nil
		for _, x := range todo {
			for _, q := range byNode[x] {
				if q.Label != label {
					continue
				}
				out = append(out, q)
				switch schema.IRI(text(q.Predicate)) {
				case schema.OnDate, schema.InMonth, schema.InYear:
					if o, ok := q.Object.(quad.IRI); ok {
						level = append(level, schema.IRI(o))
					}
				}
			}
		}
	}
	return out, nil
}
