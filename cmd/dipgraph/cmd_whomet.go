package main

import (
	"context"
	"strings"

	"github.com/spf13/cobra"
)

type whoMetOptions struct {
	actor  string
	rng    rangeFlags
	filter filterFlags
	format string
}

func newWhoMetCmd(a *app) *cobra.Command {
	var o whoMetOptions
	cmd := &cobra.Command{
		Use:   "who-met ACTOR",
		Short: "List whom an actor met (in person, by telephone or video), with dates, status and sources",
		Long: `List the meetings of ACTOR, of every status (occurred, planned, cancelled: the
STATUS column says which; --status occurred keeps those that took place). ACTOR
may be a full name, a surname, an alias, a country code or an IRI.`,
		Example: "  dipgraph who-met Lavrov\n  dipgraph who-met \"Imran Khan\" --from 2021 --format json\n" +
			"  dipgraph who-met Lavrov --with Pakistan --status occurred --mode in_person",
		Args: usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.actor = args[0]
			return runWhoMet(cmd.Context(), a, o)
		},
	}
	o.rng.add(cmd)
	o.filter.addStatus(cmd)
	o.filter.addWith(cmd, "where ACTOR met")
	o.filter.addKind(cmd, "meetings with a counterpart")
	o.filter.addMode(cmd)
	addFormatFlag(cmd, &o.format)
	return cmd
}

func runWhoMet(ctx context.Context, a *app, o whoMetOptions) error {
	return a.runListing(ctx, o.format, o.rng, o.filter, o.actor, whoMetTable)
}

// whoMetTable is the who-met document: the meetings of l.actor that pass
// l's filter.
func whoMetTable(ctx context.Context, l *listing) (table, error) {
	evs, err := l.st.Meetings(ctx, l.actor.IRI, l.tr)
	if err != nil {
		return table{}, err
	}
	n := l.names
	t := table{cols: []string{"date", "status", "met", "mode", "place", "topics", "sources"}}
	for _, e := range l.keep(evs) {
		t.rows = append(t.rows, []string{e.Date.String(), string(e.Status),
			strings.Join(n.list(others(e.Participants, l.actor.IRI)), "; "),
			string(e.Mode), n.of(e.Place), strings.Join(e.Topics, "; "), sourceIDs(e.Sources)})
		t.objects = append(t.objects, n.view(e))
	}
	return t, nil
}
