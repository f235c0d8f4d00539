package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
)

type importOptions struct {
	file   string
	format string
}

func newImportCmd(a *app) *cobra.Command {
	var o importOptions
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Load quads exported by 'dipgraph export' (nquads or jsonld) into the store",
		Long: `Load quads exported by 'dipgraph export' into the store. The format is --format,
else the file's extension (.nq, .nquads, .nt: nquads; .jsonld, .json: jsonld), else
its content (JSON-LD when it starts with '{' or '['). The whole file is read once
before the store is opened: a file that does not parse changes nothing and
creates no store.`,
		Example: "  dipgraph --db other.db import graph.nq",
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.file = args[0]
			return runImport(cmd.Context(), a, o)
		},
	}
	cmd.Flags().StringVar(&o.format, "format", "", "nquads or jsonld (default: from the extension, else the content)")
	return cmd
}

func runImport(ctx context.Context, a *app, o importOptions) error {
	if o.format != "" && o.format != "nquads" && o.format != "jsonld" {
		return fmt.Errorf("%w: unknown import format %q: want nquads or jsonld", errUsage, o.format)
	}
	f, err := os.Open(o.file)
	if err != nil {
		return fmt.Errorf("import: %w", err)
	}
	defer f.Close()
	format := o.format
	if format == "" {
		if format, err = importFormat(f); err != nil {
			return fmt.Errorf("import %s: %w", o.file, err)
		}
	}
	if _, err := graph.CheckImport(ctx, bufio.NewReader(f), format); err != nil {
		return fmt.Errorf("import %s: nothing imported: %w", o.file, err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("import %s: %w", o.file, err)
	}
	st, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := st.Import(ctx, f, format)
	if err != nil {
		return fmt.Errorf("import %s: %w", o.file, err)
	}
	fmt.Fprintf(a.stderr, "imported %d quads from %s\n", n, safe(o.file))
	return nil
}

// importFormat is the format of f from its extension, else its first bytes;
// f is left at its start.
func importFormat(f *os.File) (string, error) {
	switch strings.ToLower(filepath.Ext(f.Name())) {
	case ".nq", ".nquads", ".nt":
		return "nquads", nil
	case ".jsonld", ".json":
		return "jsonld", nil
	}
	head := make([]byte, 512)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	return graph.SniffImportFormat(head[:n]), nil
}
