package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
)

type queryOptions struct {
	lang       string
	text       string
	file       string
	timeout    string
	duplicates bool
}

func newQueryCmd(a *app) *cobra.Command {
	var o queryOptions
	cmd := &cobra.Command{
		Use:   "query [QUERY]",
		Short: "Run a raw graph query (Gizmo, GraphQL or MQL) with a timeout and a result limit",
		Long: `Run a raw query against the graph. The query is the argument, the file named by
--file, or standard input. Results print as JSON, one per line. A query stops at
--timeout (env DIPGRAPH_QUERY_TIMEOUT), when its heap passes --memory (env
DIPGRAPH_QUERY_MEMORY), or at SIGINT or SIGTERM, whatever its engine does, and
returns at most --limit results (env DIPGRAPH_QUERY_LIMIT).

Every quad is stored once per article that states it, so the engines answer
one row per article for an edge many articles state (a name, a meeting). The
output drops repeated results and repeated items inside a result's lists
(--duplicates keeps them; values a script emits are all printed); Gizmo's Count() counts them all: use
.Unique().Count() to count nodes. A Gizmo script that ends with a bare value
(.Count(), .ToArray()) prints it without g.Emit.`,
		Example: `  dipgraph query 'g.V("<https://dipgraph.org/id/person/sergei-lavrov>").Out("<https://dipgraph.org/ns/met>").Out("<http://schema.org/name>").All()'
  dipgraph query --lang graphql < q.graphql`,
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				o.text = args[0]
			}
			return runQuery(cmd.Context(), a, o)
		},
	}
	cmd.Flags().StringVar(&o.lang, "lang", "gizmo", "query language: gizmo, graphql or mql")
	cmd.Flags().StringVarP(&o.file, "file", "f", "", "read the query from this file")
	cmd.Flags().BoolVar(&o.duplicates, "duplicates", false, "keep repeated results (one per article stating an edge)")
	cmd.Flags().Duration("timeout", 0, "stop the query after this long (env DIPGRAPH_QUERY_TIMEOUT; default 30s)")
	cmd.Flags().Int("limit", 0, "most results returned (env DIPGRAPH_QUERY_LIMIT; default 1000)")
	markAlias(cmd, "timeout", "query-timeout")
	cmd.Flags().String("memory", "", "stop the query when the heap passes this size (env DIPGRAPH_QUERY_MEMORY; default 1GiB)")
	markAlias(cmd, "limit", "query-limit")
	markAlias(cmd, "memory", "query-memory")
	return cmd
}

func runQuery(ctx context.Context, a *app, o queryOptions) error {
	if err := checkLang(o.lang); err != nil {
		return err
	}
	text := o.text
	switch {
	case o.file != "" && text != "":
		return fmt.Errorf("%w: give the query as an argument or with --file, not both", errUsage)
	case o.file != "":
		b, err := os.ReadFile(o.file)
		if err != nil {
			return fmt.Errorf("read query: %w", err)
		}
		text = string(b)
	case text == "" || text == "-":
		b, err := io.ReadAll(a.stdin)
		if err != nil {
			return fmt.Errorf("read query from stdin: %w", err)
		}
		text = string(b)
	}
	if text == "" {
		return fmt.Errorf("%w: no query given", errUsage)
	}
	st, err := a.openStore(ctx, true)
	if err != nil {
		return err
	}
	res, abandoned, err := a.boundedQuery(ctx, st, o.lang, text)
	if !abandoned {
		// An abandoned query may still hold the store; the process ends soon.
		defer st.Close()
	}
	if err != nil {
		return err
	}
	atLimit := len(res) == a.cfg.QueryLimit
	if !o.duplicates {
		res = distinct(res)
	}
	enc := json.NewEncoder(a.stdout)
	for _, r := range res {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	if atLimit {
		fmt.Fprintf(a.stderr, "dipgraph: stopped at the limit of %d results (raise it with --limit)\n", a.cfg.QueryLimit)
	}
	return nil
}

// distinct returns the results vs without repeated rows (objects: the
// tagged nodes of Gizmo, GraphQL's and MQL's answers), in their first order,
// after removing repeated items from every list inside them: a node or value
// the engines return once per article that states it is listed once. Bare
// values a script emits are all kept.
func distinct(vs []any) []any {
	seen := make(map[string]bool, len(vs))
	out := make([]any, 0, len(vs))
	for _, v := range vs {
		v = distinctIn(generic(v))
		if _, ok := v.(map[string]any); ok {
			b, err := json.Marshal(v)
			if err == nil && seen[string(b)] {
				continue
			}
			seen[string(b)] = true
		}
		out = append(out, v)
	}
	return out
}

// generic is v as encoding/json decodes it (maps of any, lists of any),
// whatever Go types the engine built it from.
func generic(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		return v
	}
	var g any
	if json.Unmarshal(b, &g) != nil {
		return v
	}
	return g
}

// distinctList returns vs without repeated items, each made distinct inside.
func distinctList(vs []any) []any {
	seen := make(map[string]bool, len(vs))
	out := make([]any, 0, len(vs))
	for _, v := range vs {
		v = distinctIn(v)
		b, err := json.Marshal(v)
		if err != nil || !seen[string(b)] {
			seen[string(b)] = true
			out = append(out, v)
		}
	}
	return out
}

// distinctIn removes repeated items from the lists inside v.
func distinctIn(v any) any {
	switch x := v.(type) {
	case []any:
		return distinctList(x)
	case map[string]any:
		for k, e := range x {
			x[k] = distinctIn(e)
		}
	}
	return v
}

// checkLang checks a query language name.
func checkLang(lang string) error {
	switch lang {
	case "gizmo", "graphql", "mql":
		return nil
	}
	return fmt.Errorf("%w: unknown query language %q: want gizmo, graphql or mql", errUsage, lang)
}

const (
	// queryGrace is how long a query told to stop may take to end before it
	// is abandoned: Gizmo stops within it, MQL and GraphQL's parser never do.
	queryGrace = 500 * time.Millisecond
	// memoryEvery is how often a running query's heap is measured.
	memoryEvery = 20 * time.Millisecond
)

// Causes of a query's end other than its own.
var (
	errQueryTimeout = errors.New("query timeout")
	errQueryMemory  = errors.New("query memory limit")
)

// timeoutError reports a query or listing stopped at the query timeout.
type timeoutError struct{ after time.Duration }

func (e *timeoutError) Error() string {
	return fmt.Sprintf("query stopped after %s (the timeout; raise it with --timeout or DIPGRAPH_QUERY_TIMEOUT)", e.after)
}

// memoryError reports a query stopped at its memory limit.
type memoryError struct{ limit string }

func (e *memoryError) Error() string {
	return fmt.Sprintf("query stopped at its memory limit of %s (raise it with --memory or DIPGRAPH_QUERY_MEMORY)", e.limit)
}

// boundedQuery runs the query on a goroutine of its own and returns its
// results, or an error when it ends at its timeout, at its memory limit or
// at a signal (then wrapping the *interrupted cause of ctx). The query is
// told to stop (Gizmo's VM is interrupted); one that goes on regardless, as
// MQL and GraphQL do, is abandoned (abandoned is true): it may still hold the
// store, so the caller must not close it, and the process should end.
func (a *app) boundedQuery(ctx context.Context, st *graph.Store, lang, text string) (_ []any, abandoned bool, _ error) {
	qctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	timer := time.AfterFunc(a.cfg.QueryTimeout, func() { cancel(errQueryTimeout) })
	defer timer.Stop()
	stopWatch := watchMemory(a.cfg.queryMemory, func() { cancel(errQueryMemory) })
	defer stopWatch()

	type result struct {
		res []any
		err error
	}
	done := make(chan result, 1)
	go func() {
		res, err := st.Query(qctx, lang, text, a.cfg.QueryLimit)
		done <- result{res, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-qctx.Done():
		select {
		case r = <-done:
		case <-time.After(queryGrace):
			abandoned = true
		}
	}
	if !abandoned && (r.err == nil || qctx.Err() == nil) {
		return r.res, false, r.err
	}
	switch cause := context.Cause(qctx); {
	case errors.Is(cause, errQueryTimeout):
		return nil, abandoned, &timeoutError{after: a.cfg.QueryTimeout}
	case errors.Is(cause, errQueryMemory):
		return nil, abandoned, &memoryError{limit: a.cfg.QueryMemory}
	default:
		return nil, abandoned, fmt.Errorf("query stopped: %w", cause)
	}
}

// watchMemory measures the heap every memoryEvery and calls over once when it
// passes limit bytes, until stop is called. Meanwhile the Go memory limit is
// set to limit, so that the collector works harder near it and the heap
// measured is mostly live data.
func watchMemory(limit int64, over func()) (stop func()) {
	old := debug.SetMemoryLimit(limit)
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(memoryEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				metrics.Read(sample)
				if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() > uint64(limit) {
					over()
					return
				}
			}
		}
	}()
	return func() {
		close(done)
		wg.Wait()
		debug.SetMemoryLimit(old)
	}
}
