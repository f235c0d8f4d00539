package graph

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dipgraph/dipgraph/resolve"
	"github.com/dipgraph/dipgraph/schema"
)

// maxSuggestions is how many close names an *UnknownActorError offers.
const maxSuggestions = 5

// UnknownActorError reports that no actor has the name asked for, with the
// stored actors whose names come closest to it. errors.Is(err, ErrNotFound)
// is true for it.
type UnknownActorError struct {
	// Query is the name that was asked for.
	Query string
	// Suggestions are the closest actors, best first; none when no name is close.
	Suggestions []schema.Actor
}

// Error names the query and lists the suggestions.
func (e *UnknownActorError) Error() string {
	msg := fmt.Sprintf("no actor is named %q", e.Query)
	if len(e.Suggestions) == 0 {
		return msg
	}
	names := make([]string, len(e.Suggestions))
	for i, c := range e.Suggestions {
		names[i] = fmt.Sprintf("%s <%s>", c.Name, c.IRI)
	}
	return msg + "; close names: " + strings.Join(names, ", ")
}

// Is makes errors.Is(err, ErrNotFound) true.
func (e *UnknownActorError) Is(target error) bool { return target == ErrNotFound }

// closeActors returns at most n actors whose name, an alias or a word of
// them is close to q: q is part of it, or a few letters apart (an edit
// distance of at most a third of q's length, at least 1). The closest come
// first, then by name.
func closeActors(q string, actors []schema.Actor, n int) []schema.Actor {
	key := schema.Slug(q)
	if key == "" {
		return nil
	}
	limit := max(1, len([]rune(key))/3)
	type scored struct {
		a schema.Actor
		d int
	}
	var found []scored
	for _, a := range actors {
		best := limit + 1
		for _, name := range append([]string{a.Name}, a.Aliases...) {
			k := schema.Slug(name)
			best = min(best, nameDistance(key, k))
			for _, w := range strings.Split(k, "-") {
				best = min(best, nameDistance(key, w))
			}
		}
		if best <= limit {
			found = append(found, scored{a, best})
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].d != found[j].d {
			return found[i].d < found[j].d
		}
		if found[i].a.Name != found[j].a.Name {
			return found[i].a.Name < found[j].a.Name
		}
		return found[i].a.IRI < found[j].a.IRI
	})
	out := make([]schema.Actor, 0, min(n, len(found)))
	for _, f := range found[:min(n, len(found))] {
		out = append(out, f.a)
	}
	return out
}

// nameDistance is how far the slug q is from the slug name: 1 when name
// holds q (of three letters or more), else their edit distance (see
// resolve.Distance, which also counts a swap of two letters as one).
func nameDistance(q, name string) int {
	if len(q) >= 3 && strings.Contains(name, q) {
		return 1
	}
	return resolve.Distance(q, name)
}
