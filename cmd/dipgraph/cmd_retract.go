package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/schema"
)

func newRetractCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "retract ARTICLE...",
		Short: "Remove the facts of articles, keeping every fact another article also states",
		Long: `Remove every quad labelled with ARTICLE (its id as ingested, e.g. the file name
without extension, or its IRI). Facts that other articles also state stay.`,
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
	for _, id := range articles {
		iri := schema.IRI(id)
		if !strings.HasPrefix(id, schema.IDNS) {
			iri = schema.ArticleIRI(id)
		}
		n, err := st.Retract(ctx, iri)
		if err != nil {
			return fmt.Errorf("retract %s: %w", id, err)
		}
		fmt.Fprintf(a.stdout, "retracted %s: %d quads removed\n", id, n)
	}
	return nil
}
