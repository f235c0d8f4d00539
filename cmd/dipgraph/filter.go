package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

// filterFlags holds the event filters of listing commands as given; each
// command registers those that make sense for it.
type filterFlags struct {
	status string
	with   string
	kind   string
	mode   string
}

func (f *filterFlags) addStatus(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.status, "status", "", "only events of these statuses, comma-separated: occurred, planned, cancelled")
}

func (f *filterFlags) addWith(cmd *cobra.Command, what string) {
	cmd.Flags().StringVar(&f.with, "with", "", "only events "+what+" this actor; a country also matches its nationals")
}

func (f *filterFlags) addKind(cmd *cobra.Command, what string) {
	cmd.Flags().StringVar(&f.kind, "kind", "", "only "+what+" of this kind: person, country, organization or city")
}

func (f *filterFlags) addMode(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.mode, "mode", "", "only meetings held this way, comma-separated: in_person, telephone, video")
}

// eventFilter is filterFlags and rangeFlags checked and resolved: what an
// event must be to be listed.
type eventFilter struct {
	// from and to bound the dates; zero leaves a side open.
	from, to time.Time
	// overlap keeps events whose period touches the range, not only those
	// whose whole period lies in it.
	overlap bool
	status  map[schema.EventStatus]bool
	mode    map[schema.MeetingMode]bool
	// with is the counterpart asked for with --with (zero: any).
	with schema.Actor
	kind schema.ActorKind
}

// newEventFilter checks the flags that need no store; --with is resolved by
// resolveWith once the store is open.
func newEventFilter(tr graph.TimeRange, overlap bool, ff filterFlags) (eventFilter, error) {
	f := eventFilter{from: tr.From, to: tr.To, overlap: overlap}
	var err error
	if f.status, err = parseSet[schema.EventStatus]("--status", ff.status, schema.Occurred, schema.Planned, schema.Cancelled); err != nil {
		return f, err
	}
	if f.mode, err = parseSet[schema.MeetingMode]("--mode", ff.mode, schema.InPerson, schema.Telephone, schema.Video); err != nil {
		return f, err
	}
	if ff.kind != "" {
		k := schema.ActorKind(strings.ToLower(strings.TrimSpace(ff.kind)))
		if k.Class() == "" {
			return f, fmt.Errorf("%w: --kind %q: want person, country, organization or city", errUsage, ff.kind)
		}
		f.kind = k
	}
	return f, nil
}

// parseSet reads a comma-separated list of allowed values; empty allows all
// (a nil set).
func parseSet[T ~string](flag, s string, allowed ...T) (map[T]bool, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	set := make(map[T]bool)
	for _, v := range strings.Split(s, ",") {
		t := T(strings.ToLower(strings.TrimSpace(v)))
		if !slices.Contains(allowed, t) {
			names := make([]string, len(allowed))
			for i, a := range allowed {
				names[i] = string(a)
			}
			return nil, fmt.Errorf("%w: %s %q: want %s", errUsage, flag, strings.TrimSpace(v), strings.Join(names, ", "))
		}
		set[t] = true
	}
	return set, nil
}

// resolveWith resolves the --with actor.
func (f *eventFilter) resolveWith(ctx context.Context, st *graph.Store, name string) error {
	if name == "" {
		return nil
	}
	a, err := st.ResolveActor(ctx, name)
	if err != nil {
		return fmt.Errorf("--with: %w", err)
	}
	f.with = a
	return nil
}

// dated reports whether e's date passes the range: by default its whole
// known period (from its date to its end date, when it has one) lies within
// the range; with overlap, its date touches the range.
func (f eventFilter) dated(e schema.Event) bool {
	if f.overlap {
		return e.Date.Overlaps(f.from, f.to)
	}
	if !e.Date.Within(f.from, time.Time{}) {
		return false
	}
	last := e.Date
	if !e.EndDate.IsZero() && e.EndDate.End().After(e.Date.End()) {
		last = e.EndDate
	}
	return last.Within(time.Time{}, f.to)
}

// keep reports whether e passes every filter; self is the actor the listing
// is about (its counterparts are the event's other actors).
func (f eventFilter) keep(e schema.Event, self schema.IRI, n *names) bool {
	if !f.dated(e) {
		return false
	}
	status := e.Status
	if status == "" {
		status = schema.Occurred
	}
	if f.status != nil && !f.status[status] {
		return false
	}
	if f.mode != nil && !f.mode[e.Mode] {
		return false
	}
	if f.with.IRI == "" && f.kind == "" {
		return true
	}
	cs := counterparts(e, self)
	if f.with.IRI != "" && !slices.ContainsFunc(cs, func(c schema.IRI) bool { return f.isWith(c, n) }) {
		return false
	}
	if f.kind != "" && !slices.ContainsFunc(cs, func(c schema.IRI) bool { return schema.KindOf(c) == f.kind }) {
		return false
	}
	return true
}

// isWith reports whether x is the --with actor, or one of its nationals when
// that actor is a country.
func (f eventFilter) isWith(x schema.IRI, n *names) bool {
	if x == f.with.IRI {
		return true
	}
	return f.with.Kind == schema.KindCountry && schema.KindOf(x) == schema.KindPerson && n.actor(x).Country == f.with.IRI
}

// filter returns the events of es that f keeps.
func (f eventFilter) filter(es []schema.Event, self schema.IRI, n *names) []schema.Event {
	var out []schema.Event
	for _, e := range es {
		if f.keep(e, self, n) {
			out = append(out, e)
		}
	}
	return out
}

// counterparts returns the actors taking part in e (participants, visitor,
// host, attendees in person or online) other than self, each once.
func counterparts(e schema.Event, self schema.IRI) []schema.IRI {
	all := slices.Concat(e.Participants, []schema.IRI{e.Visitor, e.Host}, e.Attendees, e.Remote)
	var out []schema.IRI
	for _, x := range all {
		if x != "" && x != self && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}
