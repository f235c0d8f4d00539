package main

import (
	"context"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
)

type timelineOptions struct {
	actor  string
	rng    rangeFlags
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
			return a.runListing(cmd.Context(), o, a.stdout)
		},
	}
	o.rng.add(cmd)
	addFormatFlag(cmd, &o.format)
	return cmd
}

func (o timelineOptions) check() error         { return checkListing(o.format, o.rng) }
func (o timelineOptions) outputFormat() string { return o.format }

func (o timelineOptions) list(ctx context.Context, st *graph.Store, nc *nameCache) (table, error) {
	l, err := newListing(ctx, st, o.rng, o.actor)
	if err != nil {
		return table{}, err
	}
	evs, err := st.Timeline(ctx, l.actor.IRI, l.tr)
	if err != nil {
		return table{}, err
	}
	evs = l.keep(evs)
	n := newNames(ctx, st, nc)
	t := table{cols: []string{"date", "type", "status", "event", "place", "sources"}}
	for _, e := range evs {
		t.rows = append(t.rows, []string{e.Date.String(), string(e.Type), string(e.Status), n.summary(e),
			n.of(e.Place), sourceIDs(e.Sources)})
		t.objects = append(t.objects, n.view(e))
	}
	return t, nil
}
