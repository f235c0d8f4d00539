package main

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
)

type whoMetOptions struct {
	actor  string
	rng    rangeFlags
	format string
}

func newWhoMetCmd(a *app) *cobra.Command {
	var o whoMetOptions
	cmd := &cobra.Command{
		Use:   "who-met ACTOR",
		Short: "List whom an actor met (in person, by telephone or video), with dates and sources",
		Long: `List the meetings of ACTOR that occurred. ACTOR may be a full name, a surname,
an alias, a country code or an IRI.`,
		Example: "  dipgraph who-met Lavrov\n  dipgraph who-met \"Imran Khan\" --from 2021 --format json",
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.actor = args[0]
			return a.runListing(cmd.Context(), o, a.stdout)
		},
	}
	o.rng.add(cmd)
	addFormatFlag(cmd, &o.format)
	return cmd
}

func (o whoMetOptions) check() error         { return checkListing(o.format, o.rng) }
func (o whoMetOptions) outputFormat() string { return o.format }

func (o whoMetOptions) list(ctx context.Context, st *graph.Store, nc *nameCache) (table, error) {
	l, err := newListing(ctx, st, o.rng, o.actor)
	if err != nil {
		return table{}, err
	}
	actor := l.actor
	evs, err := st.Meetings(ctx, actor.IRI, l.tr)
	if err != nil {
		return table{}, err
	}
	evs = l.keep(evs)
	n := newNames(ctx, st, nc)
	t := table{cols: []string{"date", "met", "mode", "place", "topics", "sources"}}
	for _, e := range evs {
		t.rows = append(t.rows, []string{e.Date.String(), strings.Join(n.list(others(e.Participants, actor.IRI)), "; "),
			string(e.Mode), n.of(e.Place), strings.Join(e.Topics, "; "), sourceIDs(e.Sources)})
		t.objects = append(t.objects, n.view(e))
	}
	return t, nil
}
