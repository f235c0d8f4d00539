package main

import (
	"context"

	"github.com/spf13/cobra"
)

type visitsOptions struct {
	actor  string
	rng    rangeFlags
	filter filterFlags
	format string
}

func newVisitsCmd(a *app) *cobra.Command {
	var o visitsOptions
	cmd := &cobra.Command{
		Use:   "visits [ACTOR|COUNTRY]",
		Short: "List visits: all, those an actor made, or those a country received",
		Example: "  dipgraph visits Lavrov\n  dipgraph visits Pakistan --from 2021-01 --to 2021-12\n" +
			"  dipgraph visits Pakistan --with Russia --status planned",
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				o.actor = args[0]
			}
			return runVisits(cmd.Context(), a, o)
		},
	}
	o.rng.add(cmd)
	o.filter.addStatus(cmd)
	o.filter.addWith(cmd, "whose visitor or host is")
	o.filter.addKind(cmd, "visits whose visitor or host is")
	addFormatFlag(cmd, &o.format)
	return cmd
}

func runVisits(ctx context.Context, a *app, o visitsOptions) error {
	return a.runListing(ctx, o.format, o.rng, o.filter, o.actor, visitsTable)
}

// visitsTable is the visits document: the visits made or received by
// l.actor (all visits when none) that pass l's filter.
func visitsTable(ctx context.Context, l *listing) (table, error) {
	evs, err := l.st.Visits(ctx, l.actor.IRI, l.tr)
	if err != nil {
		return table{}, err
	}
	n := l.names
	t := table{cols: []string{"date", "status", "visitor", "country", "place", "sources"}}
	for _, e := range l.keep(evs) {
		t.rows = append(t.rows, []string{e.Date.String(), string(e.Status), n.of(e.Visitor), n.of(e.Host),
			n.of(e.Place), sourceIDs(e.Sources)})
		t.objects = append(t.objects, n.view(e))
	}
	return t, nil
}
