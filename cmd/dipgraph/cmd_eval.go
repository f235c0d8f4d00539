package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/eval"
	"github.com/dipgraph/dipgraph/schema"
)

type evalOptions struct {
	gold    string
	paths   []string
	read    readFlags
	predOut string
}

func newEvalCmd(a *app) *cobra.Command {
	var o evalOptions
	cmd := &cobra.Command{
		Use:   "eval --gold DIR ARTICLES...",
		Short: "Score extraction against gold annotations (precision, recall, F1 per measure)",
		Long: `Extract every article and score the facts against DIR/ID.json gold files, with
the matching rules of the shared scorer: meeting pairs, visits, gathering
attendees, gatherings and people, date and place agreement, and the overall F1
(the mean F1 of meeting pairs, visits, gathering attendees and people). The gold
format is documented in 'go doc github.com/dipgraph/dipgraph/eval'.`,
		Example: "  dipgraph eval --gold ../shared/eval/dev/gold ../shared/eval/dev/articles",
		Args:    usageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return runEval(cmd.Context(), a, o)
		},
	}
	o.read.add(cmd)
	cmd.Flags().StringVar(&o.gold, "gold", "", "directory of gold ID.json files (required)")
	cmd.Flags().StringVar(&o.predOut, "pred-out", "", "also write the predictions as ID.json into this directory")
	return cmd
}

func runEval(ctx context.Context, a *app, o evalOptions) error {
	if o.gold == "" {
		return fmt.Errorf("%w: --gold DIR is required", errUsage)
	}
	gold, err := eval.LoadDir(o.gold)
	if err != nil {
		return err
	}
	ro, err := o.read.options(a.cfg.MaxBytes)
	if err != nil {
		return err
	}
	if o.predOut != "" {
		if err := os.MkdirAll(o.predOut, 0o755); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
	}
	pred := map[string]eval.Doc{}
	bad, err := a.extractEach(ctx, o.paths, ro, func(art schema.Article, f schema.Facts) error {
		d := eval.FromFacts(f)
		name := docName(art)
		pred[name] = d
		if o.predOut != "" {
			return writeDoc(filepath.Join(o.predOut, name), d)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if err := eval.Score(gold, pred).WriteText(a.stdout); err != nil {
		return err
	}
	return bad.err()
}
