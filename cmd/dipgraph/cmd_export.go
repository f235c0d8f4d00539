package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

type exportOptions struct {
	format string
	actor  string
	output string
	rng    rangeFlags
}

func newExportCmd(a *app) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export the graph (nquads, jsonld, graphml, dot) or an actor's timeline (csv)",
		Long: `Export the whole graph, with each quad's source article as its label, as N-Quads,
JSON-LD, GraphML or Graphviz dot; or one actor's timeline as CSV (--format csv --actor A).`,
		Example: "  dipgraph export --format nquads -o graph.nq\n  dipgraph export --format csv --actor Pakistan",
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runExport(cmd.Context(), a, o)
		},
	}
	cmd.Flags().StringVar(&o.format, "format", "nquads", "nquads, jsonld, graphml, dot, or csv (a timeline; needs --actor)")
	cmd.Flags().StringVar(&o.actor, "actor", "", "the actor whose timeline --format csv exports")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to this file instead of standard output")
	o.rng.add(cmd)
	return cmd
}

func runExport(ctx context.Context, a *app, o exportOptions) error {
	switch o.format {
	case "nquads", "jsonld", "graphml", "dot":
		if o.actor != "" {
			return fmt.Errorf("%w: --actor goes with --format csv", errUsage)
		}
	case "csv":
		if o.actor == "" {
			return fmt.Errorf("%w: --format csv exports a timeline and needs --actor", errUsage)
		}
	default:
		return fmt.Errorf("%w: unknown export format %q: want nquads, jsonld, graphml, dot or csv", errUsage, o.format)
	}
	var w io.Writer = a.stdout
	var f *os.File
	if o.output != "" {
		var err error
		if f, err = os.Create(o.output); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		w = f
	}
	err := export(ctx, a, o, w)
	if f != nil {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("export %s: %w", o.output, cerr)
		}
		if err != nil {
			os.Remove(o.output)
		}
	}
	return err
}

func export(ctx context.Context, a *app, o exportOptions, w io.Writer) error {
	if o.format == "csv" {
		return a.runListing(ctx, timelineOptions{actor: o.actor, rng: o.rng, format: "csv"}, w)
	}
	st, err := a.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Export(ctx, w, o.format); err != nil {
		return fmt.Errorf("export %s: %w", o.format, err)
	}
	return nil
}
