package export

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

// ActorStore reads actors; *graph.Store implements it.
type ActorStore interface {
	Actor(ctx context.Context, x schema.IRI) (schema.Actor, error)
}

// Store is what the exports read besides the events: actors and article
// metadata. *graph.Store implements it.
type Store interface {
	ActorStore
	Articles(ctx context.Context, xs []schema.IRI) (map[schema.IRI]schema.Article, error)
}

// Actors reads actors from a store once each, for one export or listing.
type Actors struct {
	ctx   context.Context
	st    ActorStore
	cache map[schema.IRI]schema.Actor
	err   error
}

// NewActors returns an empty cache over st.
func NewActors(ctx context.Context, st ActorStore) *Actors {
	return &Actors{ctx: ctx, st: st, cache: map[schema.IRI]schema.Actor{}}
}

// Get returns the stored actor x; an IRI the store does not describe (a
// gathering, an unknown node) is an actor of the kind its IRI says, named by
// its last segment. A store error other than graph.ErrNotFound is kept for
// Err.
func (a *Actors) Get(x schema.IRI) schema.Actor {
	if x == "" {
		return schema.Actor{}
	}
	if ac, ok := a.cache[x]; ok {
		return ac
	}
	ac, err := a.st.Actor(a.ctx, x)
	if err != nil || ac.Name == "" {
		if err != nil && a.err == nil && !errors.Is(err, graph.ErrNotFound) {
			a.err = err
		}
		ac = schema.Actor{IRI: x, Kind: schema.KindOf(x), Name: schema.Local(x), Country: ac.Country, Role: ac.Role}
	}
	a.cache[x] = ac
	return ac
}

// Err returns the first store error Get met, other than not found.
func (a *Actors) Err() error { return a.err }

// Country is the country x acts for or lies in: x itself for a country, a
// person's nationality, a city's country; "" when unknown (organisations).
func (a *Actors) Country(x schema.IRI) schema.IRI {
	switch schema.KindOf(x) {
	case schema.KindCountry:
		return x
	case schema.KindPerson, schema.KindCity:
		// An officer of an international organisation acts for it, which
		// is no country.
		if c := a.Get(x).Country; schema.KindOf(c) == schema.KindCountry {
			return c
		}
	}
	return ""
}

// lookup caches a Store's actors and the articles of the events of one
// export.
type lookup struct {
	*Actors
	articles map[schema.IRI]schema.Article
}

func newLookup(ctx context.Context, st Store, evs []schema.Event) (*lookup, error) {
	var srcs []schema.IRI
	for _, e := range evs {
		srcs = append(srcs, e.Sources...)
	}
	slices.Sort(srcs)
	as, err := st.Articles(ctx, slices.Compact(srcs))
	if err != nil {
		return nil, fmt.Errorf("read sources: %w", err)
	}
	return &lookup{Actors: NewActors(ctx, st), articles: as}, nil
}

// actor is Get.
func (l *lookup) actor(x schema.IRI) schema.Actor { return l.Get(x) }

// country is the ISO 3166 alpha-3 code of Country(x) ("" when unknown; SUN,
// the Soviet Union, is dipgraph's code for a state ISO no longer lists).
func (l *lookup) country(x schema.IRI) string {
	if c := l.Country(x); c != "" {
		return schema.Local(c)
	}
	return ""
}
