package main

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
)

type gatheringsOptions struct {
	place, attendee string
	rng             rangeFlags
	filter          filterFlags
	format          string
}

func newGatheringsCmd(a *app) *cobra.Command {
	var o gatheringsOptions
	cmd := &cobra.Command{
		Use:     "gatherings",
		Short:   "List summits, conferences and multilateral meetings with their hosts and attendees",
		Example: "  dipgraph gatherings --place Moscow --from 2021-01 --to 2021-06",
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runGatherings(cmd.Context(), a, o)
		},
	}
	cmd.Flags().StringVar(&o.place, "place", "", "only gatherings held in this city")
	cmd.Flags().StringVar(&o.attendee, "attendee", "", "only gatherings this actor attended")
	o.rng.add(cmd)
	o.filter.addStatus(cmd)
	addFormatFlag(cmd, &o.format)
	return cmd
}

func runGatherings(ctx context.Context, a *app, o gatheringsOptions) error {
	return a.runListing(ctx, o.format, o.rng, o.filter, "", func(ctx context.Context, l *listing) (table, error) {
		return gatheringsTable(ctx, l, o.place, o.attendee)
	})
}

// gatheringsTable is the gatherings document: the gatherings held at place
// and attended by attendee (either empty: any) that pass l's filter.
func gatheringsTable(ctx context.Context, l *listing, place, attendee string) (table, error) {
	st := l.st
	f := graph.GatheringFilter{Range: l.tr}
	if place != "" {
		p, err := st.ResolveActor(ctx, place)
		if err != nil {
			return table{}, err
		}
		f.Place = p.IRI
	}
	if attendee != "" {
		p, err := st.ResolveActor(ctx, attendee)
		if err != nil {
			return table{}, err
		}
		f.Attendee = p.IRI
	}
	evs, err := st.Gatherings(ctx, f)
	if err != nil {
		return table{}, err
	}
	n := l.names
	t := table{cols: []string{"date", "status", "name", "place", "host", "attendees", "online", "absent", "sources"}}
	for _, e := range l.keep(evs) {
		t.rows = append(t.rows, []string{e.Date.String(), string(e.Status), e.Name, n.of(e.Place), n.of(e.Host),
			strings.Join(n.list(e.Attendees), "; "), strings.Join(n.list(e.Remote), "; "),
			strings.Join(n.list(e.Absent), "; "), sourceIDs(e.Sources)})
		t.objects = append(t.objects, n.view(e))
	}
	return t, nil
}
