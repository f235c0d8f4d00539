package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"
)

// QueryLanguages lists the languages Query accepts.
func QueryLanguages() []string { return []string{"gizmo", "graphql", "mql"} }

// Query runs a query in "gizmo", "graphql" or "mql" and returns at most limit
// results (limit <= 0: no limit), each as JSON-ready maps, slices and values.
// It stops when ctx ends, even inside a Gizmo loop, and returns ctx's error
// then. Parser and runtime errors are returned as errors.
func (s *Store) Query(ctx context.Context, lang, text string, limit int) ([]any, error) {
	defer s.rlock()()
	lang = strings.ToLower(strings.TrimSpace(lang))
	known := false
	for _, l := range QueryLanguages() {
		known = known || l == lang
	}
	if !known || query.GetLanguage(lang) == nil {
		return nil, fmt.Errorf("query: unknown language %q (want one of %s)", lang, strings.Join(QueryLanguages(), ", "))
	}
	opts := query.Options{Collation: query.JSON}
	if limit > 0 {
		opts.Limit = limit
	}
	it, err := query.Execute(ctx, s.qs, lang, text, opts)
	if err != nil {
		return nil, fmt.Errorf("%s query: %w", lang, err)
	}
	defer it.Close()
	var out []any
	for (limit <= 0 || len(out) < limit) && it.Next(ctx) {
		if r := it.Result(); r != nil {
			out = append(out, r)
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s query: %w", lang, err)
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("%s query: %w", lang, err)
	}
	return out, nil
}
