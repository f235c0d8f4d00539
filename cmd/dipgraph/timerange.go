package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

// rangeFlags holds the event filters of the listing commands as given:
// --from, --to and --status.
type rangeFlags struct{ from, to, status string }

func (r *rangeFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&r.from, "from", "", "earliest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD")
	cmd.Flags().StringVar(&r.to, "to", "", "latest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD")
	cmd.Flags().StringVar(&r.status, "status", "", "only events of these statuses, comma-separated: occurred, planned, cancelled (default: all)")
}

// statuses parses --status: nil when it is empty (every status).
func (r rangeFlags) statuses() (map[schema.EventStatus]bool, error) {
	if strings.TrimSpace(r.status) == "" {
		return nil, nil
	}
	out := map[schema.EventStatus]bool{}
	for _, s := range strings.Split(r.status, ",") {
		st := schema.EventStatus(strings.TrimSpace(s))
		switch st {
		case schema.Occurred, schema.Planned, schema.Cancelled:
			out[st] = true
		default:
			return nil, fmt.Errorf("%w: --status %q: want occurred, planned or cancelled (comma-separated)", errUsage, s)
		}
	}
	return out, nil
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

// checkListing validates a listing's format, range and statuses.
func checkListing(format string, rng rangeFlags) error {
	if err := validFormat(format); err != nil {
		return err
	}
	if _, err := rng.timeRange(); err != nil {
		return err
	}
	_, err := rng.statuses()
	return err
}

// listing is what a listing command needs before it queries: its time range,
// the statuses it keeps (nil: all) and the actor it names (zero when none
// was named).
type listing struct {
	actor    schema.Actor
	tr       graph.TimeRange
	statuses map[schema.EventStatus]bool
}

// keep returns the events of evs whose status the listing keeps.
func (l listing) keep(evs []schema.Event) []schema.Event {
	if l.statuses == nil {
		return evs
	}
	out := evs[:0:0]
	for _, e := range evs {
		if l.statuses[e.Status] {
			out = append(out, e)
		}
	}
	return out
}

// newListing parses the range and statuses and resolves name on st when it
// is not empty.
func newListing(ctx context.Context, st *graph.Store, rng rangeFlags, name string) (listing, error) {
	tr, err := rng.timeRange()
	if err != nil {
		return listing{}, err
	}
	statuses, err := rng.statuses()
	if err != nil {
		return listing{}, err
	}
	l := listing{tr: tr, statuses: statuses}
	if name != "" {
		if l.actor, err = st.ResolveActor(ctx, name); err != nil {
			return listing{}, err
		}
	}
	return l, nil
}
