package main

import (
	"context"

	"github.com/spf13/cobra"
)

type timelineOptions struct {
	actor  string
	rng    rangeFlags
	filter filterFlags
	format string
}

func newTimelineCmd(a *app) *cobra.Command {
	var o timelineOptions
	cmd := &cobra.Command{
		Use:   "timeline ACTOR|COUNTRY",
		Short: "List every event an actor or country took part in, by date",
		Long: `List every event ACTOR took part in (as participant, visitor, host or attendee),
oldest first, including planned and cancelled ones with their status.

A country's timeline also includes the events of its nationals, the persons whose
nationality is that country (a meeting of Pakistan's prime minister is a Pakistan
event), each event listed once. A foreign leader's visit to the country is in it
as well, through the country's role as host.`,
		Example: "  dipgraph timeline Pakistan --from 2021 --to 2021\n  dipgraph timeline Lavrov --format csv > lavrov.csv",
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.actor = args[0]
			return runTimeline(cmd.Context(), a, o)
		},
	}
	o.rng.add(cmd)
	o.filter.addStatus(cmd)
	o.filter.addWith(cmd, "in which ACTOR took part with")
	addFormatFlag(cmd, &o.format)
	return cmd
}

func runTimeline(ctx context.Context, a *app, o timelineOptions) error {
	return a.runListing(ctx, o.format, o.rng, o.filter, o.actor, timelineTable)
}

// timelineTable is the timeline document: every event of l.actor that
// passes l's filter, by date.
func timelineTable(ctx context.Context, l *listing) (table, error) {
	evs, err := l.st.Timeline(ctx, l.actor.IRI, l.tr)
	if err != nil {
		return table{}, err
	}
	n := l.names
	t := table{cols: []string{"date", "type", "status", "event", "place", "sources"}}
	for _, e := range l.keep(evs) {
		t.rows = append(t.rows, []string{e.Date.String(), string(e.Type), string(e.Status), n.summary(e),
			n.of(e.Place), sourceIDs(e.Sources)})
		t.objects = append(t.objects, n.view(e))
	}
	return t, nil
}
