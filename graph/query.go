package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"
	"github.com/dop251/goja"
)

// QueryLanguages lists the languages Query accepts.
func QueryLanguages() []string { return []string{"gizmo", "graphql", "mql"} }

// Query runs a query in "gizmo", "graphql" or "mql" and returns at most limit
// results (limit <= 0: no limit), each as JSON-ready maps, slices and values.
// A Gizmo script that ends with a bare value (g.V().Count(), a string, a
// boolean, an array) returns it as a result, as if it were passed to g.Emit.
// It stops when ctx ends, even inside a Gizmo loop, and returns ctx's error
// then. Parser and runtime errors are returned as a *QueryError.
func (s *Store) Query(ctx context.Context, lang, text string, limit int) (_ []any, err error) {
	defer s.guard(&err)()
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
	if lang == "gizmo" {
		// Syntax errors are told against the script as written, not its wrapper.
		if _, err := goja.Compile("", text, false); err != nil {
			return nil, &QueryError{Lang: lang, Err: err}
		}
		text = gizmoBareValue(text)
	}
	it, err := query.Execute(ctx, s.qs, lang, text, opts)
	if err != nil {
		return nil, &QueryError{Lang: lang, Err: err}
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
		var damaged *DamagedError
		if errors.As(err, &damaged) {
			return nil, damaged
		}
		return nil, &QueryError{Lang: lang, Err: err}
	}
	return out, nil
}

// gizmoBareValue wraps a Gizmo script so that the value of its last
// statement, when it is a number, string, boolean or array, is emitted: the
// engine drops it otherwise. The script runs unchanged through an indirect
// eval, in the global scope.
func gizmoBareValue(text string) string {
	js, _ := json.Marshal(text)
	return "var dipgraphValue = (0, eval)(" + string(js) + ");\n" +
		"if (typeof dipgraphValue === 'number' || typeof dipgraphValue === 'string' || " +
		"typeof dipgraphValue === 'boolean' || Array.isArray(dipgraphValue)) { g.Emit(dipgraphValue); }"
}

// maxQueryError is the longest query or import error message, in bytes, before
// it is cut.
const maxQueryError = 300

// QueryError is a query's parse or runtime error, told briefly: only the first
// line of the engine's message, cut at maxQueryError bytes, since engines may
// echo the query (GraphQL quotes the offending line whole, however long).
type QueryError struct {
	// Lang is the query language.
	Lang string
	// Err is the engine's error.
	Err error
}

// Error is "LANG query: " and the first line of the engine's message.
func (e *QueryError) Error() string { return e.Lang + " query: " + brief(e.Err.Error()) }

// brief returns the first line of an engine's error message, cut at
// maxQueryError bytes, with " …" when something was left out.
func brief(msg string) string {
	msg, _, cut := strings.Cut(msg, "\n")
	if len(msg) > maxQueryError {
		msg = strings.ToValidUTF8(msg[:maxQueryError], "")
		cut = true
	}
	if cut {
		msg = strings.TrimSpace(msg) + " …"
	}
	return msg
}

// briefError tells an error briefly (see brief) and keeps it for errors.Is.
type briefError struct{ err error }

func (e briefError) Error() string { return brief(e.err.Error()) }
func (e briefError) Unwrap() error { return e.err }

// Unwrap returns the engine's error.
func (e *QueryError) Unwrap() error { return e.Err }
