package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
)

type visitsOptions struct {
	actor  string
	rng    rangeFlags
	format string
}

func newVisitsCmd(a *app) *cobra.Command {
	var o visitsOptions
	cmd := &cobra.Command{
		Use:     "visits [ACTOR|COUNTRY]",
		Short:   "List visits: all, those an actor made, or those a country received",
		Example: "  dipgraph visits Lavrov\n  dipgraph visits Pakistan --from 2021-01 --to 2021-12",
		Args:    usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				o.actor = args[0]
			}
			return a.runListing(cmd.Context(), o, a.stdout)
		},
	}
	o.rng.add(cmd)
	addFormatFlag(cmd, &o.format)
	return cmd
}

func (o visitsOptions) check() error         { return checkListing(o.format, o.rng) }
func (o visitsOptions) outputFormat() string { return o.format }

func (o visitsOptions) list(ctx context.Context, st *graph.Store, nc *nameCache) (table, error) {
	l, err := newListing(ctx, st, o.rng, o.actor)
	if err != nil {
		return table{}, err
	}
	evs, err := st.Visits(ctx, l.actor.IRI, l.tr)
	if err != nil {
		return table{}, err
	}
	evs = l.keep(evs)
	n := newNames(ctx, st, nc)
	t := table{cols: []string{"date", "visitor", "country", "place", "status", "sources"}}
	for _, e := range evs {
		t.rows = append(t.rows, []string{e.Date.String(), n.of(e.Visitor), n.of(e.Host), n.of(e.Place),
			string(e.Status), sourceIDs(e.Sources)})
		t.objects = append(t.objects, n.view(e))
	}
	return t, nil
}
