package main

import (
	"context"
	"fmt"

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

// listing is what a listing command needs before it queries: its checked
// output format, its time range, the store open for reading, and the actor
// named on the command line (zero when none was named).
type listing struct {
	st    *graph.Store
	actor schema.Actor
	tr    graph.TimeRange
}

// openListing validates format and range, opens the store read-only and
// resolves name when it is not empty. The caller closes l.st.
func (a *app) openListing(ctx context.Context, format string, rng rangeFlags, name string) (*listing, error) {
	if err := validFormat(format); err != nil {
		return nil, err
	}
	tr, err := rng.timeRange()
	if err != nil {
		return nil, err
	}
	st, err := a.openStore(ctx, true)
	if err != nil {
		return nil, err
	}
	l := &listing{st: st, tr: tr}
	if name != "" {
		if l.actor, err = st.ResolveActor(ctx, name); err != nil {
			st.Close()
			return nil, err
		}
	}
	return l, nil
}
