package main

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

// rangeFlags holds --from and --to as given.
type rangeFlags struct{ from, to string }

func (r *rangeFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&r.from, "from", "", "earliest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD")
	cmd.Flags().StringVar(&r.to, "to", "", "latest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD")
}

// timeRange parses the flags; --to covers the whole period it names
// (--to 2021-04 includes 30 April).
func (r rangeFlags) timeRange() (graph.TimeRange, error) {
	var tr graph.TimeRange
	if r.from != "" {
		d, err := schema.ParseDate(r.from)
		if err != nil {
			return tr, fmt.Errorf("%w: --from: %w", errUsage, err)
		}
		tr.From = d.Time
	}
	if r.to != "" {
		d, err := schema.ParseDate(r.to)
		if err != nil {
			return tr, fmt.Errorf("%w: --to: %w", errUsage, err)
		}
		tr.To = d.End()
	}
	if !tr.From.IsZero() && !tr.To.IsZero() && !tr.From.Before(tr.To) {
		return tr, fmt.Errorf("%w: --from %s is after --to %s", errUsage, r.from, r.to)
	}
	return tr, nil
}

// A lister is the options of a listing command (who-met, visits, gatherings,
// timeline, path, actors, stats, event): check validates them without the
// store and list queries an open read-only store, naming actors through nc
// when it is not nil (serve shares one between requests). The command line and `serve` run
// every listing through it, so both print the same documents.
type lister interface {
	check() error
	list(ctx context.Context, st *graph.Store, nc *nameCache) (table, error)
	outputFormat() string
}

// runListing checks l, opens the store read-only and writes l's listing to w
// in l's format.
func (a *app) runListing(ctx context.Context, l lister, w io.Writer) error {
	if err := l.check(); err != nil {
		return err
	}
	st, err := a.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	t, err := l.list(ctx, st, nil)
	if err != nil {
		return err
	}
	return t.write(w, l.outputFormat())
}

// checkListing validates a listing's format and range.
func checkListing(format string, rng rangeFlags) error {
	if err := validFormat(format); err != nil {
		return err
	}
	_, err := rng.timeRange()
	return err
}

// listing is what a listing command needs before it queries: its time range
// and the actor it names (zero when none was named).
type listing struct {
	actor schema.Actor
	tr    graph.TimeRange
}

// newListing parses the range and resolves name on st when it is not empty.
func newListing(ctx context.Context, st *graph.Store, rng rangeFlags, name string) (listing, error) {
	tr, err := rng.timeRange()
	if err != nil {
		return listing{}, err
	}
	l := listing{tr: tr}
	if name != "" {
		if l.actor, err = st.ResolveActor(ctx, name); err != nil {
			return listing{}, err
		}
	}
	return l, nil
}
