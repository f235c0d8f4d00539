package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/dipgraph/dipgraph/schema"
)

// AmbiguousError reports that a name matches several actors. errors.Is(err,
// ErrAmbiguous) is true for it.
type AmbiguousError struct {
	// Query is the name that was asked for.
	Query string
	// Candidates are the matching actors, sorted by name then IRI.
	Candidates []schema.Actor
}

// Error lists the candidates.
func (e *AmbiguousError) Error() string {
	names := make([]string, len(e.Candidates))
	for i, c := range e.Candidates {
		names[i] = fmt.Sprintf("%s <%s>", c.Name, c.IRI)
	}
	return fmt.Sprintf("%q is ambiguous: it matches %s", e.Query, strings.Join(names, ", "))
}

// Is makes errors.Is(err, ErrAmbiguous) true.
func (e *AmbiguousError) Is(target error) bool { return target == ErrAmbiguous }

var actorClasses = []schema.IRI{schema.ClassPerson, schema.ClassCountry, schema.ClassOrganization, schema.ClassCity}

// Actor returns the actor with the given IRI, merging what every article says
// about it: the name and role most articles give, all aliases. It returns
// ErrNotFound when no actor has that IRI.
func (s *Store) Actor(ctx context.Context, x schema.IRI) (_ schema.Actor, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	a, ok, err := s.loadActor(ctx, x)
	if err != nil {
		return schema.Actor{}, err
	}
	if !ok {
		return schema.Actor{}, fmt.Errorf("actor %s: %w", x, ErrNotFound)
	}
	return a, nil
}

// actorPredicates are the predicates an actor is read from (not the name
// index or the per-article sourceArticle links, which are most of a busy
// actor's quads).
var actorPredicates = []schema.IRI{schema.Type, schema.Name, schema.AlternateName, schema.JobTitle,
	schema.Nationality, schema.WorksFor, schema.ContainedIn}

func (s *Store) loadActor(ctx context.Context, x schema.IRI) (schema.Actor, bool, error) {
	as, err := s.loadActors(ctx, []schema.IRI{x})
	if err != nil {
		return schema.Actor{}, false, err
	}
	a, ok := as[x]
	return a, ok, nil
}

// loadActors reads actors in one batch; nodes that are not actors are left out.
func (s *Store) loadActors(ctx context.Context, xs []schema.IRI) (map[schema.IRI]schema.Actor, error) {
	byNode, err := s.nodesQuads(ctx, xs, readOpts{preds: actorPredicates, noLabels: true})
	if err != nil {
		return nil, fmt.Errorf("read %d actors: %w", len(xs), err)
	}
	out := make(map[schema.IRI]schema.Actor, len(xs))
	for _, x := range xs {
		if a, ok := actorFrom(x, byNode[x]); ok {
			out[x] = a
		}
	}
	return out, nil
}

// actorFrom merges an actor node's quads into one actor; ok is false when
// they hold no actor.
func actorFrom(x schema.IRI, qs []quad.Quad) (schema.Actor, bool) {
	p := groupProps(qs)
	a := schema.Actor{IRI: x}
	for _, c := range p.iris(schema.Type) {
		for _, k := range []schema.ActorKind{schema.KindPerson, schema.KindCountry, schema.KindOrganization, schema.KindCity} {
			if k.Class() == c {
				a.Kind = k
			}
		}
	}
	if a.Kind == "" {
		return schema.Actor{}, false
	}
	a.Name = p.one(schema.Name)
	if a.Name == "" {
		a.Name = schema.Local(x)
	}
	for _, al := range p.all(schema.AlternateName) {
		if al != a.Name {
			a.Aliases = append(a.Aliases, al)
		}
	}
	a.Role = p.one(schema.JobTitle)
	a.Country = schema.IRI(p.one(schema.Nationality))
	if a.Country == "" {
		a.Country = schema.IRI(p.one(schema.WorksFor))
	}
	if a.Country == "" {
		a.Country = schema.IRI(p.one(schema.ContainedIn))
	}
	return a, true
}

// ResolveActor finds the one actor q names. q may be an IRI, a full name or an
// alias (any case, diacritics optional), an ISO 3166 alpha-3 country code, or
// a person's surname; earlier forms win over later ones. It returns an
// *UnknownActorError (errors.Is ErrNotFound) with the closest names when nothing
// matches, and an *AmbiguousError (errors.Is ErrAmbiguous) when several actors
// match equally well.
func (s *Store) ResolveActor(ctx context.Context, q string) (_ schema.Actor, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	q = strings.TrimSpace(q)
	if q == "" {
		return schema.Actor{}, fmt.Errorf("resolve actor: empty name: %w", ErrNotFound)
	}
	if strings.Contains(q, "://") {
		a, ok, err := s.loadActor(ctx, schema.IRI(q))
		if err != nil {
			return schema.Actor{}, fmt.Errorf("resolve actor %q: %w", q, err)
		}
		if !ok {
			return schema.Actor{}, fmt.Errorf("resolve actor %q: %w", q, ErrNotFound)
		}
		return a, nil
	}
	key := schema.Slug(q)
	tries := []func() ([]schema.IRI, error){
		func() ([]schema.IRI, error) { return s.subjectsOf(ctx, NameKey, quad.String(key)) },
		func() ([]schema.IRI, error) {
			if len(q) != 3 || strings.ContainsFunc(q, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) {
				return nil, nil
			}
			return []schema.IRI{schema.CountryIRI(q)}, nil
		},
		func() ([]schema.IRI, error) { return s.subjectsOf(ctx, SurnameKey, quad.String(key)) },
	}
	for _, try := range tries {
		if key == "" {
			break
		}
		iris, err := try()
		if err != nil {
			return schema.Actor{}, fmt.Errorf("resolve actor %q: %w", q, err)
		}
		as, err := s.loadActors(ctx, iris)
		if err != nil {
			return schema.Actor{}, fmt.Errorf("resolve actor %q: %w", q, err)
		}
		var found []schema.Actor
		for _, x := range iris {
			if a, ok := as[x]; ok {
				found = append(found, a)
			}
		}
		switch len(found) {
		case 0:
			continue
		case 1:
			return found[0], nil
		}
		sortActors(found)
		return schema.Actor{}, &AmbiguousError{Query: q, Candidates: found}
	}
	all, err := s.allActors(ctx)
	if err != nil {
		return schema.Actor{}, fmt.Errorf("resolve actor %q: %w", q, err)
	}
	return schema.Actor{}, &UnknownActorError{Query: q, Suggestions: closeActors(q, all, maxSuggestions)}
}

// Actors returns the actors whose name or an alias contains search (ignoring
// case and diacritics), sorted by name then IRI; "" returns all actors. limit
// <= 0 means no limit. It walks the actor nodes (by class), not the store.
func (s *Store) Actors(ctx context.Context, search string, limit int) (_ []schema.Actor, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	all, err := s.allActors(ctx)
	if err != nil {
		return nil, err
	}
	needle := schema.Slug(search)
	var out []schema.Actor
	for _, a := range all {
		if needle == "" || actorMatches(a, needle) {
			out = append(out, a)
		}
	}
	sortActors(out)
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// allActors reads every actor, walking the actor nodes by class. The caller
// holds the read lock.
func (s *Store) allActors(ctx context.Context) ([]schema.Actor, error) {
	set := make(map[schema.IRI]struct{})
	for _, c := range actorClasses {
		xs, err := s.subjectsOf(ctx, schema.Type, iri(c))
		if err != nil {
			return nil, fmt.Errorf("list actors: %w", err)
		}
		for _, x := range xs {
			set[x] = struct{}{}
		}
	}
	xs := sortedSet(set)
	as, err := s.loadActors(ctx, xs)
	if err != nil {
		return nil, fmt.Errorf("list actors: %w", err)
	}
	out := make([]schema.Actor, 0, len(as))
	for _, x := range xs {
		if a, ok := as[x]; ok {
			out = append(out, a)
		}
	}
	return out, nil
}

func actorMatches(a schema.Actor, needle string) bool {
	if strings.Contains(schema.Slug(a.Name), needle) || strings.Contains(strings.ToLower(schema.Local(a.IRI)), needle) {
		return true
	}
	for _, al := range a.Aliases {
		if strings.Contains(schema.Slug(al), needle) {
			return true
		}
	}
	return false
}

func sortActors(as []schema.Actor) {
	sort.Slice(as, func(i, j int) bool {
		if as[i].Name != as[j].Name {
			return as[i].Name < as[j].Name
		}
		return as[i].IRI < as[j].IRI
	})
}
