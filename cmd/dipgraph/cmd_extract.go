package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/eval"
	"github.com/dipgraph/dipgraph/schema"
)

type extractOptions struct {
	paths  []string
	read   readFlags
	format string
	outDir string
}

func newExtractCmd(a *app) *cobra.Command {
	var o extractOptions
	cmd := &cobra.Command{
		Use:   "extract PATH...",
		Short: "Extract facts from articles and print them, without a store",
		Long: `Extract the facts of each article and print them. --format json prints each
article's facts in the gold shape of 'dipgraph eval' (one JSON document per
article); --format table lists the events with their evidence sentences.
--out DIR writes one ID.json per article instead, ready for scoring.`,
		Example: "  dipgraph extract --format json story.txt\n  dipgraph extract --out preds/ articles/",
		Args:    usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return runExtract(cmd.Context(), a, o)
		},
	}
	o.read.add(cmd)
	cmd.Flags().StringVar(&o.format, "format", "json", "output format: json (gold shape) or table")
	cmd.Flags().StringVar(&o.outDir, "out", "", "write ID.json per article into this directory")
	return cmd
}

func runExtract(ctx context.Context, a *app, o extractOptions) error {
	if o.format != "json" && o.format != "table" {
		return fmt.Errorf("%w: unknown format %q: want json or table", errUsage, o.format)
	}
	ro, err := o.read.options(a.cfg.MaxBytes)
	if err != nil {
		return err
	}
	if o.outDir != "" {
		if err := os.MkdirAll(o.outDir, 0o755); err != nil {
			return fmt.Errorf("extract: %w", err)
		}
	}
	bad, err := a.extractEach(ctx, o.paths, ro, func(art schema.Article, f schema.Facts) error {
		if o.outDir != "" {
			return writeDoc(filepath.Join(o.outDir, docName(art)), eval.FromFacts(f))
		}
		if o.format == "table" {
			return printFacts(a, f)
		}
		enc := json.NewEncoder(a.stdout)
		enc.SetIndent("", " ")
		return enc.Encode(eval.FromFacts(f))
	})
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	return bad.err()
}

// docName is the prediction file name of an article: its id with .json,
// so that articles/000.txt is scored against gold/000.json.
func docName(a schema.Article) string {
	return strings.NewReplacer("/", "_", ":", "_").Replace(a.ID) + ".json"
}

func writeDoc(path string, d eval.Doc) error {
	b, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write prediction: %w", err)
	}
	return nil
}

// printFacts lists an article's events with their evidence, for people.
func printFacts(a *app, f schema.Facts) error {
	name := map[schema.IRI]string{}
	for _, ac := range f.Actors {
		name[ac.IRI] = ac.Name
	}
	nm := func(iris ...schema.IRI) string {
		var out []string
		for _, i := range iris {
			if i == "" {
				continue
			}
			if n, ok := name[i]; ok {
				out = append(out, n)
			} else {
				out = append(out, schema.Local(i))
			}
		}
		return strings.Join(out, ", ")
	}
	fmt.Fprintf(a.stdout, "# %s %s\n", safe(f.Article.ID), safe(f.Article.Title))
	t := table{cols: []string{"type", "status", "date", "who", "where", "confidence", "evidence"}}
	for _, e := range f.Events {
		who := nm(e.Participants...)
		switch e.Type {
		case schema.Visit:
			who = nm(e.Visitor) + " → " + nm(e.Host)
		case schema.Gathering:
			who = e.Name + ": " + nm(append(append([]schema.IRI{}, e.Attendees...), e.Remote...)...)
		}
		t.rows = append(t.rows, []string{string(e.Type), string(e.Status), e.Date.String(), who, nm(e.Place),
			fmt.Sprintf("%.2f", e.Confidence), e.Evidence.Sentence})
	}
	return t.write(a.stdout, "table")
}
