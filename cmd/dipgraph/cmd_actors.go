package main

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"

	"github.com/dipgraph/dipgraph/schema"
)

type actorsOptions struct {
	search string
	limit  int
	format string
}

func newActorsCmd(a *app) *cobra.Command {
	var o actorsOptions
	cmd := &cobra.Command{
		Use:     "actors [SEARCH]",
		Short:   "List the people, countries, organisations and cities in the graph",
		Example: "  dipgraph actors lavrov\n  dipgraph actors --format csv",
		Args:    usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				o.search = args[0]
			}
			return a.runListing(cmd.Context(), o, a.stdout)
		},
	}
	cmd.Flags().IntVar(&o.limit, "limit", 0, "most actors listed (0: all)")
	addFormatFlag(cmd, &o.format)
	return cmd
}

// actorView is the JSON form of an actor.
type actorView struct {
	IRI     string   `json:"iri"`
	Kind    string   `json:"kind"`
	Name    string   `json:"name"`
	Role    string   `json:"role,omitempty"`
	Country string   `json:"country,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
}

func (o actorsOptions) check() error         { return validFormat(o.format) }
func (o actorsOptions) outputFormat() string { return o.format }

func (o actorsOptions) list(ctx context.Context, st *graph.Store, nc *nameCache) (table, error) {
	actors, err := st.Actors(ctx, o.search, o.limit)
	if err != nil {
		return table{}, err
	}
	n := newNames(ctx, st, nc)
	t := table{cols: []string{"name", "kind", "role", "country", "aliases", "iri"}}
	for _, x := range actors {
		country := ""
		if x.Country != "" && x.Kind == schema.KindPerson {
			country = n.of(x.Country)
		}
		t.rows = append(t.rows, []string{x.Name, string(x.Kind), x.Role, country, strings.Join(x.Aliases, "; "), string(x.IRI)})
		t.objects = append(t.objects, actorView{IRI: string(x.IRI), Kind: string(x.Kind), Name: x.Name,
			Role: x.Role, Country: country, Aliases: x.Aliases})
	}
	return t, nil
}
