package export

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

// Store is what the exports read besides the events: actors and article
// metadata. *graph.Store implements it.
type Store interface {
	Actor(ctx context.Context, x schema.IRI) (schema.Actor, error)
	Articles(ctx context.Context, xs []schema.IRI) (map[schema.IRI]schema.Article, error)
}

// lookup caches a Store's actors and articles for one export.
type lookup struct {
	ctx      context.Context
	st       Store
	actors   map[schema.IRI]schema.Actor
	articles map[schema.IRI]schema.Article
	err      error
}

func newLookup(ctx context.Context, st Store, evs []schema.Event) (*lookup, error) {
	l := &lookup{ctx: ctx, st: st, actors: map[schema.IRI]schema.Actor{}}
	var srcs []schema.IRI
	for _, e := range evs {
		srcs = append(srcs, e.Sources...)
	}
	slices.Sort(srcs)
	as, err := st.Articles(ctx, slices.Compact(srcs))
	if err != nil {
		return nil, fmt.Errorf("read sources: %w", err)
	}
	l.articles = as
	return l, nil
}

// actor returns the stored actor x; an IRI the store does not describe is an
// actor of the kind its IRI says, named by its last segment. A store error
// other than not found is kept in l.err.
func (l *lookup) actor(x schema.IRI) schema.Actor {
	if x == "" {
		return schema.Actor{}
	}
	if a, ok := l.actors[x]; ok {
		return a
	}
	a, err := l.st.Actor(l.ctx, x)
	if err != nil || a.Name == "" {
		if err != nil && l.err == nil && !errors.Is(err, graph.ErrNotFound) {
			l.err = err
		}
		a = schema.Actor{IRI: x, Kind: schema.KindOf(x), Name: schema.Local(x), Country: a.Country, Role: a.Role}
	}
	l.actors[x] = a
	return a
}

// country is the ISO 3166 alpha-3 code of the country x acts for or lies
// in: x's own for a country, a person's nationality, a city's country; ""
// when unknown. (SUN, the Soviet Union, is dipgraph's code for a state ISO
// no longer lists.)
func (l *lookup) country(x schema.IRI) string {
	switch schema.KindOf(x) {
	case schema.KindCountry:
		return schema.Local(x)
	case schema.KindPerson, schema.KindCity:
		if c := l.actor(x).Country; c != "" {
			return schema.Local(c)
		}
	}
	return ""
}
