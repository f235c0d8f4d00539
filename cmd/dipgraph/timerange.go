package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

// rangeFlags holds --from, --to and --overlap as given.
type rangeFlags struct {
	from, to string
	overlap  bool
}

func (r *rangeFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&r.from, "from", "", "earliest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD")
	cmd.Flags().StringVar(&r.to, "to", "", "latest date, inclusive: YYYY, YYYY-MM or YYYY-MM-DD")
	cmd.Flags().BoolVar(&r.overlap, "overlap", false, "keep events whose date touches the range (a '1987' event matches --from 1987-04-07); default: whose whole date lies in it")
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

// listing is what a listing command needs before it queries: the store open
// for reading, the actor named on the command line (zero when none was
// named), the time range the store is asked for (events overlapping it) and
// the filter every event listed passes.
type listing struct {
	st     *graph.Store
	actor  schema.Actor
	tr     graph.TimeRange
	filter eventFilter
	names  *names
}

// openListing validates format, range and filters, opens the store
// read-only and resolves name when it is not empty. The caller closes l.st.
func (a *app) openListing(ctx context.Context, format string, rng rangeFlags, ff filterFlags, name string) (*listing, error) {
	if err := validFormat(format); err != nil {
		return nil, err
	}
	return a.openQuery(ctx, rng, ff, name)
}

// openQuery is openListing for commands with formats of their own.
func (a *app) openQuery(ctx context.Context, rng rangeFlags, ff filterFlags, name string) (*listing, error) {
	if _, _, err := parseListing(rng, ff); err != nil {
		return nil, err
	}
	st, err := a.openStore(ctx, true)
	if err != nil {
		return nil, err
	}
	l, err := newListing(ctx, st, nil, rng, ff, name)
	if err != nil {
		st.Close()
		return nil, err
	}
	return l, nil
}

// parseListing checks a listing's range and filters, which need no store.
func parseListing(rng rangeFlags, ff filterFlags) (graph.TimeRange, eventFilter, error) {
	tr, err := rng.timeRange()
	if err != nil {
		return tr, eventFilter{}, err
	}
	f, err := newEventFilter(tr, rng.overlap, ff)
	return tr, f, err
}

// newListing is the listing of range rng, filters ff and the actor name
// (none when name is empty) on st, an open store, naming actors through nc
// when it is not nil (serve shares one between requests).
func newListing(ctx context.Context, st *graph.Store, nc *nameCache, rng rangeFlags, ff filterFlags, name string) (*listing, error) {
	tr, f, err := parseListing(rng, ff)
	if err != nil {
		return nil, err
	}
	l := &listing{st: st, tr: tr, filter: f, names: newNames(ctx, st, nc)}
	if err := l.filter.resolveWith(ctx, st, ff.with); err != nil {
		return nil, err
	}
	if name != "" {
		if l.actor, err = st.ResolveActor(ctx, name); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// runListing opens a listing, builds its document with build and renders
// it in format: the shape every listing command shares.
func (a *app) runListing(ctx context.Context, format string, rng rangeFlags, ff filterFlags, name string,
	build func(context.Context, *listing) (table, error)) error {
	l, err := a.openListing(ctx, format, rng, ff, name)
	if err != nil {
		return err
	}
	defer l.st.Close()
	t, err := build(ctx, l)
	if err != nil {
		return err
	}
	return t.write(a.stdout, format)
}

// runDocument opens the store read-only, builds a document of it with build
// and renders it in format: the shape of the commands whose document is not
// an event listing (actors, stats, path, event), once their flags are checked.
func (a *app) runDocument(ctx context.Context, format string, build func(context.Context, *graph.Store) (table, error)) error {
	st, err := a.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	t, err := build(ctx, st)
	if err != nil {
		return err
	}
	return t.write(a.stdout, format)
}

// keep returns the events of es the listing's filter keeps.
func (l *listing) keep(es []schema.Event) []schema.Event {
	return l.filter.filter(es, l.actor.IRI, l.names)
}

// events returns the events of l.actor's timeline (every event when the
// listing names no actor) that pass l's filter.
func (l *listing) events(ctx context.Context) ([]schema.Event, error) {
	var evs []schema.Event
	var err error
	if l.actor.IRI != "" {
		evs, err = l.st.Timeline(ctx, l.actor.IRI, l.tr)
	} else {
		evs, err = l.st.EventsInRange(ctx, l.tr)
	}
	if err != nil {
		return nil, err
	}
	return l.keep(evs), nil
}
