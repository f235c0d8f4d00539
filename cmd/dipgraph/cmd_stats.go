package main

import (
	"context"
	"fmt"
	"slices"

	"github.com/spf13/cobra"

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

func runStats(ctx context.Context, a *app, o statsOptions) error {
	if err := validFormat(o.format); err != nil {
		return err
	}
	st, err := a.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats(ctx)
	if err != nil {
		return err
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
	return t.write(a.stdout, o.format)
}
