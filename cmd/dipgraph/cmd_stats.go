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
			return runStats(cmd.Context(), a, o)
		},
	}
	addFormatFlag(cmd, &o.format)
	return cmd
}

// statsView is the JSON form of stats: one object of numbers.
type statsView struct {
	Quads        int64            `json:"quads"`
	Nodes        int64            `json:"nodes"`
	Articles     int64            `json:"articles"`
	Actors       int64            `json:"actors"`
	Events       int64            `json:"events"`
	EventsByType map[string]int64 `json:"events_by_type"`
}

func runStats(ctx context.Context, a *app, o statsOptions) error {
	if err := validFormat(o.format); err != nil {
		return err
	}
	return a.runDocument(ctx, o.format, statsTable)
}

// statsTable is the stats document: a measure per row, and as JSON one
// object of numbers.
func statsTable(ctx context.Context, st *graph.Store) (table, error) {
	s, err := st.Stats(ctx)
	if err != nil {
		return table{}, err
	}
	v := statsView{Quads: s.Quads, Nodes: s.Nodes, Articles: s.Articles, Actors: s.Actors, Events: s.Events,
		EventsByType: map[string]int64{}}
	t := table{cols: []string{"measure", "count"}, doc: &v}
	add := func(k string, n int64) { t.rows = append(t.rows, []string{k, fmt.Sprint(n)}) }
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
		v.EventsByType[string(k)] = s.ByType[k]
	}
	return t, nil
}
