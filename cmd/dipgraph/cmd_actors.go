package main

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

type actorsOptions struct {
	search     string
	limit      int
	kind       string
	withEvents bool
	format     string
}

func newActorsCmd(a *app) *cobra.Command {
	var o actorsOptions
	cmd := &cobra.Command{
		Use:     "actors [SEARCH]",
		Short:   "List the people, countries, organisations and cities in the graph",
		Example: "  dipgraph actors lavrov\n  dipgraph actors --format csv\n  dipgraph actors --kind person --with-events",
		Args:    usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				o.search = args[0]
			}
			return runActors(cmd.Context(), a, o)
		},
	}
	cmd.Flags().IntVar(&o.limit, "limit", 0, "most actors listed (0: all)")
	cmd.Flags().StringVar(&o.kind, "kind", "", "only actors of this kind: person, country, organization or city")
	cmd.Flags().BoolVar(&o.withEvents, "with-events", false, "only actors that took part in an event (as participant, visitor, host or attendee)")
	addFormatFlag(cmd, &o.format)
	return cmd
}

// actorView is the JSON form of an actor; every key is always present.
type actorView struct {
	IRI     string   `json:"iri"`
	Kind    string   `json:"kind"`
	Name    string   `json:"name"`
	Role    string   `json:"role"`
	Country *ref     `json:"country"`
	Aliases []string `json:"aliases"`
}

func runActors(ctx context.Context, a *app, o actorsOptions) error {
	if err := validFormat(o.format); err != nil {
		return err
	}
	f, err := newEventFilter(graph.TimeRange{}, false, filterFlags{kind: o.kind})
	if err != nil {
		return err
	}
	return a.runDocument(ctx, o.format, func(ctx context.Context, st *graph.Store) (table, error) {
		return actorsTable(ctx, st, nil, o.search, o.limit, f.kind, o.withEvents)
	})
}

// actorsTable is the actors document: the actors matching search, of kind
// (empty: any), only those with events when withEvents, at most limit (0:
// all).
func actorsTable(ctx context.Context, st *graph.Store, nc *nameCache, search string, limit int, kind schema.ActorKind, withEvents bool) (table, error) {
	filtered := kind != "" || withEvents
	n := limit
	if filtered {
		n = 0
	}
	actors, err := st.Actors(ctx, search, n)
	if err != nil {
		return table{}, err
	}
	var active map[schema.IRI]bool
	if withEvents {
		if active, err = actorsInEvents(ctx, st); err != nil {
			return table{}, err
		}
	}
	names := newNames(ctx, st, nc)
	t := table{cols: []string{"name", "kind", "role", "country", "aliases", "iri"}, objects: []any{}}
	for _, x := range actors {
		if (kind != "" && x.Kind != kind) || (withEvents && !active[x.IRI]) {
			continue
		}
		if limit > 0 && len(t.rows) == limit {
			break
		}
		var country *ref
		if x.Country != "" && (x.Kind == schema.KindPerson || x.Kind == schema.KindCity) {
			country = names.optRef(x.Country)
		}
		aliases := x.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		countryName := ""
		if country != nil && x.Kind == schema.KindPerson {
			countryName = country.Name
		}
		t.rows = append(t.rows, []string{x.Name, string(x.Kind), x.Role, countryName, strings.Join(x.Aliases, "; "), string(x.IRI)})
		t.objects = append(t.objects, actorView{IRI: string(x.IRI), Kind: string(x.Kind), Name: x.Name,
			Role: x.Role, Country: country, Aliases: aliases})
	}
	return t, nil
}

// actorsInEvents returns the actors that take part in any stored event.
func actorsInEvents(ctx context.Context, st *graph.Store) (map[schema.IRI]bool, error) {
	evs, err := st.EventsInRange(ctx, graph.TimeRange{})
	if err != nil {
		return nil, err
	}
	set := make(map[schema.IRI]bool)
	for _, e := range evs {
		for _, x := range counterparts(e, "") {
			set[x] = true
		}
	}
	return set, nil
}
