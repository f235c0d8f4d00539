package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

type pathOptions struct {
	a, b         string
	maxHops      int
	viaCountries bool
	format       string
}

func newPathCmd(a *app) *cobra.Command {
	var o pathOptions
	cmd := &cobra.Command{
		Use:   "path A B",
		Short: "Show how two actors are connected (shortest path through meetings, visits and gatherings), with each hop's event",
		Long: `Show a shortest path from A to B through meetings, visits and gatherings, one
hop per line with the event behind it (its type, date and sources). A path does
not pass through a country unless --via-countries is given (A and B themselves
may be countries): two people who visited the same country are not linked by it.`,
		Example: "  dipgraph path Lavrov Bajwa\n  dipgraph path Shultz Thatcher --via-countries",
		Args:    usageArgs(cobra.ExactArgs(2)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.a, o.b = args[0], args[1]
			return runPath(cmd.Context(), a, o)
		},
	}
	cmd.Flags().IntVar(&o.maxHops, "max-hops", 6, "longest path searched, in edges")
	cmd.Flags().BoolVar(&o.viaCountries, "via-countries", false, "let the path pass through countries")
	addFormatFlag(cmd, &o.format)
	return cmd
}

func runPath(ctx context.Context, a *app, o pathOptions) error {
	if err := validFormat(o.format); err != nil {
		return err
	}
	if err := o.check(); err != nil {
		return err
	}
	return a.runDocument(ctx, o.format, func(ctx context.Context, st *graph.Store) (table, error) {
		return pathTable(ctx, st, nil, o)
	})
}

// check checks the options that need no store: --max-hops.
func (o pathOptions) check() error {
	if o.maxHops < 1 {
		return fmt.Errorf("%w: --max-hops must be at least 1", errUsage)
	}
	return nil
}

// hopView is the JSON form of one hop of a path.
type hopView struct {
	From     ref        `json:"from"`
	Relation string     `json:"relation"`
	To       ref        `json:"to"`
	Event    *eventView `json:"event"`
	Events   int        `json:"events"`
}

// pathTable is the path document: the hops from o.a to o.b, each with the
// event it goes through (for a direct met or visited edge, the earliest of
// the events behind it, and how many there are).
func pathTable(ctx context.Context, st *graph.Store, nc *nameCache, o pathOptions) (table, error) {
	from, err := st.ResolveActor(ctx, o.a)
	if err != nil {
		return table{}, err
	}
	to, err := st.ResolveActor(ctx, o.b)
	if err != nil {
		return table{}, err
	}
	var avoid []schema.ActorKind
	if !o.viaCountries {
		avoid = append(avoid, schema.KindCountry)
	}
	steps, err := st.PathAvoiding(ctx, from.IRI, to.IRI, o.maxHops, avoid...)
	if errors.Is(err, graph.ErrNotFound) && !o.viaCountries {
		return table{}, fmt.Errorf("no path from %s to %s within %d hops that avoids countries (--via-countries lets it pass through them): %w",
			from.Name, to.Name, o.maxHops, graph.ErrNotFound)
	}
	if err != nil {
		return table{}, fmt.Errorf("path from %s to %s: %w", from.Name, to.Name, err)
	}
	n := newNames(ctx, st, nc)
	evs, err := pathEvents(ctx, st, steps)
	if err != nil {
		return table{}, err
	}
	t := table{cols: []string{"from", "relation", "to", "event", "date", "sources"}, objects: []any{}}
	for _, s := range steps {
		es := hopEvents(s, evs)
		v := hopView{From: n.pathRef(s.From, evs), Relation: schema.Local(s.Predicate), To: n.pathRef(s.To, evs), Events: len(es)}
		row := []string{v.From.Name, v.Relation, v.To.Name, "", "", ""}
		if len(es) > 0 {
			e := es[0]
			ev := n.view(e)
			v.Event = &ev
			row[3] = string(e.Type)
			if e.Status != schema.Occurred && e.Status != "" {
				row[3] += " (" + string(e.Status) + ")"
			}
			if len(es) > 1 {
				row[3] += " (+" + strconv.Itoa(len(es)-1) + " more)"
			}
			row[4], row[5] = e.Date.String(), sourceIDs(e.Sources)
		}
		t.rows = append(t.rows, row)
		t.objects = append(t.objects, v)
	}
	return t, nil
}

// isEvent reports whether x is an event's IRI.
func isEvent(x schema.IRI) bool { return strings.HasPrefix(string(x), schema.IDNS+"event/") }

// pathEvents returns the events of the actors on the path, by IRI.
func pathEvents(ctx context.Context, st *graph.Store, steps []graph.Step) (map[schema.IRI]schema.Event, error) {
	out := make(map[schema.IRI]schema.Event)
	done := make(map[schema.IRI]bool)
	for _, s := range steps {
		for _, x := range []schema.IRI{s.From, s.To} {
			if isEvent(x) || done[x] {
				continue
			}
			done[x] = true
			es, err := st.Timeline(ctx, x, graph.TimeRange{})
			if err != nil {
				return nil, err
			}
			for _, e := range es {
				out[e.IRI()] = e
			}
		}
	}
	return out, nil
}

// hopEvents returns the events behind one step, earliest first (undated
// last): the event
// at either end, or the meetings of both ends for a met edge, the visits of
// From to To for a visited edge.
func hopEvents(s graph.Step, evs map[schema.IRI]schema.Event) []schema.Event {
	for _, x := range []schema.IRI{s.From, s.To} {
		if e, ok := evs[x]; ok && isEvent(x) {
			return []schema.Event{e}
		}
	}
	var out []schema.Event
	for _, e := range evs {
		switch {
		case s.Predicate == schema.Met && e.Type == schema.Meeting && e.Status == schema.Occurred &&
			slices.Contains(e.Participants, s.From) && slices.Contains(e.Participants, s.To):
		case s.Predicate == schema.Visited && e.Type == schema.Visit && e.Status == schema.Occurred &&
			e.Visitor == s.From && e.Host == s.To:
		default:
			continue
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b schema.Event) int {
		if a.Date.IsZero() != b.Date.IsZero() { // undated last
			return map[bool]int{true: 1, false: -1}[a.Date.IsZero()]
		}
		if c := a.Date.Time.Compare(b.Date.Time); c != 0 {
			return c
		}
		return strings.Compare(string(a.IRI()), string(b.IRI()))
	})
	return out
}

// pathRef names a node of a path: an actor by its name, an event by its
// one-phrase summary.
func (n *names) pathRef(x schema.IRI, evs map[schema.IRI]schema.Event) ref {
	if e, ok := evs[x]; ok && isEvent(x) {
		return ref{IRI: string(x), Name: n.summary(e)}
	}
	if schema.KindOf(x) != "" {
		return n.ref(x)
	}
	return ref{IRI: string(x), Name: string(x)}
}
