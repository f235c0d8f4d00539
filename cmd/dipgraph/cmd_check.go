package main

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
)

// errProblems reports that `dipgraph check` found problems; each was printed.
var errProblems = errors.New("the store has problems")

type checkOptions struct{}

func newCheckCmd(a *app) *cobra.Command {
	var o checkOptions
	return &cobra.Command{
		Use:   "check",
		Short: "Verify the store's invariants and list every problem found",
		Long: `Verify that the store is healthy: every event has a type, a status, at least one
participant and at least one source article; every quad is labelled with a stored
article; every actor or event edge points to a node with a type. Each problem
prints as one line, "kind subject: detail", then a summary line. The exit status
is 1 when problems were found. The store is opened read-only and streamed, so
check works on stores larger than memory.`,
		Example: "  dipgraph check\n  dipgraph --db /data/graph check",
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runCheck(cmd.Context(), a, o)
		},
	}
}

func runCheck(ctx context.Context, a *app, _ checkOptions) error {
	st, err := a.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	problems, err := st.Check(ctx)
	if err != nil {
		return err
	}
	s, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	for _, p := range problems {
		fmt.Fprintln(a.stdout, safe(p.String()))
	}
	fmt.Fprintln(a.stdout, checkSummary(problems, s))
	if len(problems) > 0 {
		return fmt.Errorf("%w: %d found (listed above)", errProblems, len(problems))
	}
	return nil
}

// checkSummary is the last line check prints: what was checked and the
// problems found, counted by kind.
func checkSummary(problems []graph.Problem, s graph.Stats) string {
	checked := fmt.Sprintf("checked %d quads, %d articles, %d events", s.Quads, s.Articles, s.Events)
	if len(problems) == 0 {
		return checked + ": no problems"
	}
	byKind := make(map[graph.ProblemKind]int)
	for _, p := range problems {
		byKind[p.Kind]++
	}
	var parts []string
	for _, k := range slices.Sorted(maps.Keys(byKind)) {
		parts = append(parts, fmt.Sprintf("%d %s", byKind[k], k))
	}
	noun := "problems"
	if len(problems) == 1 {
		noun = "problem"
	}
	return fmt.Sprintf("%s: %d %s (%s)", checked, len(problems), noun, strings.Join(parts, ", "))
}
