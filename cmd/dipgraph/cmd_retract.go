package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

func newRetractCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "retract ARTICLE...",
		Short: "Remove the facts of articles, keeping every fact another article also states",
		Long: `Remove every quad labelled with ARTICLE (its id as ingested, e.g. the file name
without extension, or its IRI). Facts that other articles also state stay.
An article that is not in the store is named on stderr and skipped; the others
are retracted, and the exit status is then 4.`,
		Example: "  dipgraph retract 000",
		Args:    usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRetract(cmd.Context(), a, args)
		},
	}
}

func runRetract(ctx context.Context, a *app, articles []string) error {
	st, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	var missing []string
	for _, id := range articles {
		iri := schema.IRI(id)
		if !strings.HasPrefix(id, schema.IDNS) {
			iri = schema.ArticleIRI(id)
		}
		n, err := st.Retract(ctx, iri)
		if errors.Is(err, graph.ErrNotFound) {
			// Keep going: a rerun after an interrupted retract must converge.
			fmt.Fprintf(a.stderr, "dipgraph: article %s is not in the store; skipped\n", safe(id))
			missing = append(missing, id)
			continue
		}
		if err != nil {
			return fmt.Errorf("retract %s: %w", id, err)
		}
		fmt.Fprintf(a.stdout, "retracted %s: %d quads removed\n", safe(id), n)
	}
	if len(missing) > 0 {
		return fmt.Errorf("retract: %d of %d articles %w (named above)", len(missing), len(articles), graph.ErrNotFound)
	}
	return nil
}
