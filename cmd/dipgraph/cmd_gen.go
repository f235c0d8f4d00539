package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
	"github.com/dipgraph/dipgraph/synth"
)

// defaultGenBatch is the number of generated articles per write transaction:
// about 45,000 quads, within the 10k-100k quads a batch that Cayley writes
// fastest, and small enough to keep gen's memory well under 400 MB.
const defaultGenBatch = 300

// errGenDone stops the generator once --quads is reached.
var errGenDone = errors.New("enough quads generated")

type genOptions struct {
	quads    int
	articles int
	seed     uint64
	batch    int
	progress io.Writer
}

func newGenCmd(a *app) *cobra.Command {
	var o genOptions
	cmd := &cobra.Command{
		Use:   "gen",
		Short: "Write a synthetic graph of generated articles into the store (for benchmarks)",
		Long: `Generate deterministic synthetic articles (meetings, visits and gatherings among
made-up people and real countries, a few very busy actors and many ordinary ones)
and write them into the configured store, in batches of articles, exactly as
ingest would. Give the size as --quads (about 150 quads per article) or
--articles. The same --seed always gives the same graph; running gen twice with
the same seed writes nothing the second time.`,
		Example: `  dipgraph --db /tmp/big gen --quads 1000000
  dipgraph --backend postgres --db postgres://localhost/bench gen --articles 5000 --seed 7`,
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.progress = progressWriter(a.stderr)
			return runGen(cmd.Context(), a, o)
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.quads, "quads", 0, "approximate number of quads to generate")
	f.IntVar(&o.articles, "articles", 0, "number of articles to generate (instead of --quads)")
	f.Uint64Var(&o.seed, "seed", 1, "random seed; the same seed gives the same graph")
	f.IntVar(&o.batch, "batch", defaultGenBatch, "articles per write transaction")
	return cmd
}

// count returns how many articles o asks for, or a usage error.
func (o genOptions) count() (int, error) {
	switch {
	case o.quads > 0 && o.articles > 0:
		return 0, fmt.Errorf("%w: give --quads or --articles, not both", errUsage)
	case o.articles > 0:
		return o.articles, nil
	case o.quads > 0:
		return synth.ArticlesFor(o.quads), nil
	}
	return 0, fmt.Errorf("%w: give the size with --quads N or --articles N (a positive number)", errUsage)
}

func runGen(ctx context.Context, a *app, o genOptions) error {
	n, err := o.count()
	if err != nil {
		return err
	}
	if o.batch <= 0 {
		return fmt.Errorf("%w: --batch must be positive, got %d", errUsage, o.batch)
	}
	st, err := a.openStore(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()

	start := time.Now()
	var total graph.WriteResult
	batch := make([]schema.Facts, 0, o.batch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		res, err := st.WriteArticles(ctx, batch)
		if err != nil {
			return fmt.Errorf("gen: %w", err)
		}
		total.Stored += res.Stored
		total.Unchanged += res.Unchanged
		total.QuadsAdded += res.QuadsAdded
		batch = batch[:0]
		if o.progress != nil {
			done := total.Stored + total.Unchanged
			fmt.Fprintf(o.progress, "\rgen: %d/%d articles, %d quads", done, n, total.QuadsAdded)
		}
		return nil
	}
	// With --quads, the generator is sized for synth's estimate and stopped
	// once the generated articles hold enough quads, counted as the store
	// counts them, so the same seed and size always give the same articles.
	generated := 0
	err = synth.Generate(synth.Options{Seed: o.seed, Articles: n}, func(f schema.Facts) error {
		batch = append(batch, f)
		generated += graph.QuadCount(f)
		if o.quads > 0 && generated >= o.quads {
			if err := flush(); err != nil {
				return err
			}
			return errGenDone
		}
		if len(batch) == o.batch {
			return flush()
		}
		return nil
	})
	if errors.Is(err, errGenDone) {
		err = nil
	}
	if err == nil {
		err = flush()
	}
	if o.progress != nil {
		fmt.Fprintln(o.progress)
	}
	if err != nil {
		return err
	}
	elapsed := time.Since(start)
	secs := elapsed.Seconds()
	n = total.Stored + total.Unchanged
	fmt.Fprintf(a.stdout, "articles generated: %d\n", n)
	fmt.Fprintf(a.stdout, "stored:             %d\n", total.Stored)
	fmt.Fprintf(a.stdout, "unchanged:          %d\n", total.Unchanged)
	fmt.Fprintf(a.stdout, "quads written:      %d\n", total.QuadsAdded)
	fmt.Fprintf(a.stdout, "time:               %s (%.0f articles/s, %.0f quads/s)\n",
		elapsed.Round(time.Millisecond), float64(n)/secs, float64(total.QuadsAdded)/secs)
	return nil
}
