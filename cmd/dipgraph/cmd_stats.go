package main

import (
	"context"
	"fmt"
	"slices"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"

	"github.com/dipgraph/dipgraph/schema"
)

type statsOptions struct{ format string }

func newStatsCmd(a *app) *cobra.Command {
	var o statsOptions
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count quads, nodes, articles, actors and events in the store",
		Args:  usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runListing(cmd.Context(), o, a.stdout)
		},
	}
	addFormatFlag(cmd, &o.format)
	return cmd
}

func (o statsOptions) check() error         { return validFormat(o.format) }
func (o statsOptions) outputFormat() string { return o.format }

func (o statsOptions) list(ctx context.Context, st *graph.Store, _ *nameCache) (table, error) {
	s, err := st.Stats(ctx)
	if err != nil {
		return table{}, err
	}
	t := table{cols: []string{"measure", "count"}}
	add := func(k string, v int64) { t.rows = append(t.rows, []string{k, fmt.Sprint(v)}) }
	add("quads", s.Quads)
	add("nodes", s.Nodes)
	add("articles", s.Articles)
	add("actors", s.Actors)
	add("events", s.Events)
	types := make([]schema.EventType, 0, len(s.ByType))
	for k := range s.ByType {
		types = append(types, k)
	}
	slices.Sort(types)
	for _, k := range types {
		add("events: "+string(k), s.ByType[k])
	}
	return t, nil
}
