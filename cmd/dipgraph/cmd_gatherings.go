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
			return a.runListing(cmd.Context(), o, a.stdout)
		},
	}
	cmd.Flags().StringVar(&o.place, "place", "", "only gatherings held in this city")
	cmd.Flags().StringVar(&o.attendee, "attendee", "", "only gatherings this actor attended")
	o.rng.add(cmd)
	addFormatFlag(cmd, &o.format)
	return cmd
}

func (o gatheringsOptions) check() error         { return checkListing(o.format, o.rng) }
func (o gatheringsOptions) outputFormat() string { return o.format }

func (o gatheringsOptions) list(ctx context.Context, st *graph.Store, nc *nameCache) (table, error) {
	l, err := newListing(ctx, st, o.rng, "")
	if err != nil {
		return table{}, err
	}
	f := graph.GatheringFilter{Range: l.tr}
	if o.place != "" {
		p, err := st.ResolveActor(ctx, o.place)
		if err != nil {
			return table{}, err
		}
		f.Place = p.IRI
	}
	if o.attendee != "" {
		p, err := st.ResolveActor(ctx, o.attendee)
		if err != nil {
			return table{}, err
		}
		f.Attendee = p.IRI
	}
	evs, err := st.Gatherings(ctx, f)
	if err != nil {
		return table{}, err
	}
	evs = l.keep(evs)
	n := newNames(ctx, st, nc)
	t := table{cols: []string{"date", "name", "place", "host", "attendees", "online", "absent", "sources"}}
	for _, e := range evs {
		t.rows = append(t.rows, []string{e.Date.String(), e.Name, n.of(e.Place), n.of(e.Host),
			strings.Join(n.list(e.Attendees), "; "), strings.Join(n.list(e.Remote), "; "),
			strings.Join(n.list(e.Absent), "; "), sourceIDs(e.Sources)})
		t.objects = append(t.objects, n.view(e))
	}
	return t, nil
}
