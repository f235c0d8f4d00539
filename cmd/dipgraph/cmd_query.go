package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

type queryOptions struct {
	lang    string
	text    string
	file    string
	timeout string
}

func newQueryCmd(a *app) *cobra.Command {
	var o queryOptions
	cmd := &cobra.Command{
		Use:   "query [QUERY]",
		Short: "Run a raw graph query (Gizmo, GraphQL or MQL) with a timeout and a result limit",
		Long: `Run a raw query against the graph. The query is the argument, the file named by
--file, or standard input. Results print as JSON, one per line. A query stops at
--timeout (env DIPGRAPH_QUERY_TIMEOUT) and returns at most --limit results (env
DIPGRAPH_QUERY_LIMIT).`,
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
	cmd.Flags().Duration("timeout", 0, "stop the query after this long (env DIPGRAPH_QUERY_TIMEOUT; default 30s)")
	cmd.Flags().Int("limit", 0, "most results returned (env DIPGRAPH_QUERY_LIMIT; default 1000)")
	markAlias(cmd, "timeout", "query-timeout")
	markAlias(cmd, "limit", "query-limit")
	return cmd
}

func runQuery(ctx context.Context, a *app, o queryOptions) error {
	switch o.lang {
	case "gizmo", "graphql", "mql":
	default:
		return fmt.Errorf("%w: unknown query language %q: want gizmo, graphql or mql", errUsage, o.lang)
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
	defer st.Close()
	qctx, cancel := context.WithTimeout(ctx, a.cfg.QueryTimeout)
	defer cancel()
	res, err := st.Query(qctx, o.lang, text, a.cfg.QueryLimit)
	if errors.Is(err, context.DeadlineExceeded) || (err != nil && qctx.Err() != nil && ctx.Err() == nil) {
		return fmt.Errorf("query stopped after %s (the timeout; raise it with --timeout or DIPGRAPH_QUERY_TIMEOUT)", a.cfg.QueryTimeout)
	}
	if err != nil {
		return err
	}
	enc := json.NewEncoder(a.stdout)
	for _, r := range res {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	if len(res) == a.cfg.QueryLimit {
		fmt.Fprintf(a.stderr, "dipgraph: stopped at the limit of %d results (raise it with --limit)\n", a.cfg.QueryLimit)
	}
	return nil
}
