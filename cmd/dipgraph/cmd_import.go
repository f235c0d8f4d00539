package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

type importOptions struct {
	file   string
	format string
}

func newImportCmd(a *app) *cobra.Command {
	var o importOptions
	cmd := &cobra.Command{
		Use:     "import FILE",
		Short:   "Load quads exported by 'dipgraph export' (nquads or jsonld) into the store",
		Example: "  dipgraph --db other.db import graph.nq",
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.file = args[0]
			return runImport(cmd.Context(), a, o)
		},
	}
	cmd.Flags().StringVar(&o.format, "format", "nquads", "nquads or jsonld")
	return cmd
}

func runImport(ctx context.Context, a *app, o importOptions) error {
	if o.format != "nquads" && o.format != "jsonld" {
		return fmt.Errorf("%w: unknown import format %q: want nquads or jsonld", errUsage, o.format)
	}
	f, err := os.Open(o.file)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	st, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := st.Import(ctx, f, o.format)
	if err != nil {
		return fmt.Errorf("import %s: %w", o.file, err)
	}
	fmt.Fprintf(a.stderr, "imported %d quads from %s\n", n, safe(o.file))
	return nil
}
