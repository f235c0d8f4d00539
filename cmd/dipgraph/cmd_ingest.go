package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/ingest"
)

type ingestOptions struct {
	paths []string
	read  readFlags
}

func newIngestCmd(a *app) *cobra.Command {
	var o ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Extract facts from articles and store them, each quad labelled with its article",
		Long: `Read articles from files, directories (recursively) or standard input ("-"),
extract their facts and store them. Formats: plain text, text with a header block
(title:, published:, source:/url: lines, a blank line, the body), JSON Lines and
HTML. An unchanged article is skipped; a changed one replaces its own facts. Bad
inputs are named on stderr and skipped; the exit status is then 3. Articles are
written in batches of --batch-size, or every second from a slow stream. On
SIGINT or SIGTERM, reading stops, the articles already extracted are written,
the summary so far is printed, and the exit status is 130 or 143.`,
		Example: `  dipgraph ingest testdata/articles
  dipgraph ingest --date-field date corpus.jsonl
  cat story.txt | dipgraph ingest --published 2021-04-07 -`,
		Args: usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return runIngest(cmd.Context(), a, o)
		},
	}
	o.read.add(cmd)
	cmd.Flags().Int("workers", 0, "extraction workers, 0 for one per core (env DIPGRAPH_WORKERS)")
	cmd.Flags().Int("batch-size", 500, "articles per write transaction (env DIPGRAPH_BATCH_SIZE)")
	return cmd
}

func runIngest(ctx context.Context, a *app, o ingestOptions) error {
	ro, err := o.read.options(a.cfg.MaxBytes)
	if err != nil {
		return err
	}
	st, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	bad := &badInputs{app: a}
	x := extract.New(extract.Options{Logger: a.log})
	sum, err := ingest.RunFiles(ctx, o.paths, a.stdin, ro, x, st, ingest.Options{
		Workers:   a.cfg.Workers,
		BatchSize: a.cfg.BatchSize,
		Progress:  progressWriter(a.stderr),
		Logger:    a.log,
		Bad:       bad.report,
	})
	if err != nil && ctx.Err() != nil {
		// Interrupted: what was extracted is stored; say what is not.
		printSummary(a.stdout, sum)
		if left := sum.Read - sum.Stored - sum.Unchanged - sum.Skipped; left > 0 {
			return fmt.Errorf("ingest stopped early (%w): %d articles read were not stored; run the same ingest again to store them", context.Cause(ctx), left)
		}
		return fmt.Errorf("ingest stopped early (%w): every article read was stored", context.Cause(ctx))
	}
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	printSummary(a.stdout, sum)
	return bad.err()
}

// progressWriter returns w when it is a terminal, else nil: progress is for
// people watching, not for logs.
func progressWriter(w io.Writer) io.Writer {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		return f
	}
	return nil
}

func printSummary(w io.Writer, s ingest.Summary) {
	fmt.Fprintf(w, "articles read:      %d\n", s.Read)
	fmt.Fprintf(w, "stored:             %d\n", s.Stored)
	fmt.Fprintf(w, "unchanged:          %d\n", s.Unchanged)
	fmt.Fprintf(w, "skipped:            %d\n", s.Skipped)
	reasons := slices.Sorted(maps.Keys(s.Skips))
	for _, r := range reasons {
		fmt.Fprintf(w, "  %-17s %d\n", r+":", s.Skips[r])
	}
	fmt.Fprintf(w, "events:             %d\n", s.Events)
	fmt.Fprintf(w, "quads written:      %d\n", s.Quads)
	fmt.Fprintf(w, "time:               %s (%.0f articles/s)\n", s.Elapsed.Round(1e6), s.Rate())
}
