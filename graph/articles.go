package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// articlePredicates are the predicates an article's metadata is read from.
var articlePredicates = []schema.IRI{schema.Type, schema.Headline, schema.URL, schema.SourceName, schema.DatePublished}

// Articles returns the stored metadata (ID, title, URL, source, publication
// date; never the text, which is not stored) of the articles xs, keyed by
// IRI, read in one batch. IRIs that name no stored article are left out.
func (s *Store) Articles(ctx context.Context, xs []schema.IRI) (_ map[schema.IRI]schema.Article, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	byNode, err := s.nodesQuads(ctx, xs, readOpts{preds: articlePredicates, noLabels: true})
	if err != nil {
		return nil, fmt.Errorf("read %d articles: %w", len(xs), err)
	}
	out := make(map[schema.IRI]schema.Article, len(xs))
	for _, x := range xs {
		p := groupProps(byNode[x])
		if !isArticle(p) {
			continue
		}
		a := schema.Article{ID: schema.Local(x), Title: p.one(schema.Headline), URL: p.one(schema.URL),
			Source: p.one(schema.SourceName)}
		if t, err := time.Parse("2006-01-02", p.one(schema.DatePublished)); err == nil {
			a.Published = t
		}
		out[x] = a
	}
	return out, nil
}

// isArticle reports whether a node's properties say it is a stored article.
func isArticle(p props) bool {
	for _, c := range p.iris(schema.Type) {
		if c == schema.ClassArticle {
			return true
		}
	}
	return false
}
