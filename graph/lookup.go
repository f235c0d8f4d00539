package graph

import (
	"context"
	"fmt"
	"net/url"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// Event returns the event with the given IRI, merged from every article's
// copy as the listings merge it. It returns ErrNotFound when no event has
// that IRI.
func (s *Store) Event(ctx context.Context, x schema.IRI) (_ schema.Event, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	es, err := s.loadEvents(ctx, []schema.IRI{x}, nil)
	if err != nil {
		return schema.Event{}, fmt.Errorf("event %s: %w", x, err)
	}
	if len(es) == 0 {
		return schema.Event{}, fmt.Errorf("event %s: %w", x, ErrNotFound)
	}
	return es[0], nil
}

// articlePredicates are what Articles reads of an article node.
var articlePredicates = []schema.IRI{schema.Type, schema.Headline, schema.URL, schema.SourceName, schema.DatePublished}

// Articles returns what the store keeps of the given articles (their id,
// title, URL, source and publication date; never their text), by IRI, read
// in one batch. Articles not stored are absent from the map.
func (s *Store) Articles(ctx context.Context, articles []schema.IRI) (_ map[schema.IRI]schema.Article, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	byNode, err := s.nodesQuads(ctx, articles, readOpts{preds: articlePredicates})
	if err != nil {
		return nil, fmt.Errorf("read %d articles: %w", len(articles), err)
	}
	out := make(map[schema.IRI]schema.Article, len(articles))
	for _, x := range articles {
		p := groupProps(byNode[x])
		if !isArticle(p) {
			continue
		}
		id, err := url.PathUnescape(schema.Local(x))
		if err != nil {
			id = schema.Local(x)
		}
		a := schema.Article{ID: id, Title: p.one(schema.Headline), URL: p.one(schema.URL), Source: p.one(schema.SourceName)}
		if t, err := time.Parse(time.DateOnly, p.one(schema.DatePublished)); err == nil {
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
