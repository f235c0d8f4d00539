package main

import (
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
