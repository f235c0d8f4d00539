package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"

	"github.com/dipgraph/dipgraph/schema"
)

type pathOptions struct {
	a, b    string
	maxHops int
	format  string
}

func newPathCmd(a *app) *cobra.Command {
	var o pathOptions
	cmd := &cobra.Command{
		Use:     "path A B",
		Short:   "Show how two actors are connected (shortest path through meetings, visits and gatherings)",
		Example: "  dipgraph path Lavrov Bajwa",
		Args:    usageArgs(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.a, o.b = args[0], args[1]
			return a.runListing(cmd.Context(), o, a.stdout)
		},
	}
	cmd.Flags().IntVar(&o.maxHops, "max-hops", 6, "longest path searched, in edges")
	addFormatFlag(cmd, &o.format)
	return cmd
}

func (o pathOptions) outputFormat() string { return o.format }

func (o pathOptions) check() error {
	if err := validFormat(o.format); err != nil {
		return err
	}
	if o.maxHops < 1 {
		return fmt.Errorf("%w: --max-hops must be at least 1", errUsage)
	}
	return nil
}

func (o pathOptions) list(ctx context.Context, st *graph.Store, nc *nameCache) (table, error) {
	from, err := st.ResolveActor(ctx, o.a)
	if err != nil {
		return table{}, err
	}
	to, err := st.ResolveActor(ctx, o.b)
	if err != nil {
		return table{}, err
	}
	steps, err := st.Path(ctx, from.IRI, to.IRI, o.maxHops)
	if err != nil {
		return table{}, fmt.Errorf("path from %s to %s: %w", from.Name, to.Name, err)
	}
	n := newNames(ctx, st, nc)
	label := func(iri schema.IRI) string {
		if schema.KindOf(iri) != "" {
			return n.of(iri)
		}
		return string(iri)
	}
	t := table{cols: []string{"from", "relation", "to"}}
	for _, s := range steps {
		t.rows = append(t.rows, []string{label(s.From), schema.Local(s.Predicate), label(s.To)})
	}
	return t, nil
}
