package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/export"
)

type exportOptions struct {
	format string
	actor  string
	output string
	rng    rangeFlags
	filter filterFlags
}

// Export formats: the whole graph as quads, or documents built from events.
var (
	quadFormats  = []string{"nquads", "jsonld", "graphml", "dot"}
	eventFormats = []string{"csv", "events", "network-graphml", "network-gexf", "timelinejs"}
)

func newExportCmd(a *app) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export the graph (nquads, jsonld, graphml, dot), an event table (events) or a timeline (csv)",
		Long: `Export the whole graph, with each quad's source article as its label, as N-Quads,
JSON-LD, GraphML or Graphviz dot; or documents built from the events:

  events   the event table: one CSV row per event and dyad (meetings, visits,
           agreements) or per gathering and attendee, with actors' IRIs, names,
           roles and ISO country codes, CAMEO/PLOVER codes, place, topics,
           sources and evidence (columns in the README)
  network-graphml, network-gexf
           the actor network for Gephi, networkx or igraph: nodes are actors
           (kind, ISO country, role) and gatherings; edges are met, agreed,
           visited, attended and hosted relations weighted by event count, with
           first and last date and counts by status; GEXF edges carry a time
           interval for Gephi's timeline
  timelinejs
           a TimelineJS document (one slide per dated event: headline, evidence,
           place, topics and linked sources) to look at an actor's or a
           country's events in a browser
  csv      one actor's timeline as CSV (needs --actor)

Event documents take --actor (the events of that actor's timeline), --from/--to
(with --overlap) and --status.`,
		Example: "  dipgraph export --format nquads -o graph.nq\n  dipgraph export --format csv --actor Pakistan\n" +
			"  dipgraph export --format events --from 1987 --status occurred -o events.csv",
		Args: usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runExport(cmd.Context(), a, o)
		},
	}
	cmd.Flags().StringVar(&o.format, "format", "nquads", "nquads, jsonld, graphml, dot; events, network-graphml, network-gexf, timelinejs; or csv (a timeline; needs --actor)")
	cmd.Flags().StringVar(&o.actor, "actor", "", "export only the events of this actor's timeline (csv needs it)")
	cmd.Flags().StringVarP(&o.output, "output", "o", "", "write to this file instead of standard output")
	o.rng.add(cmd)
	o.filter.addStatus(cmd)
	return cmd
}

func runExport(ctx context.Context, a *app, o exportOptions) error {
	switch {
	case slices.Contains(quadFormats, o.format):
		if o.actor != "" || o.filter.status != "" {
			return fmt.Errorf("%w: --actor and --status go with event formats (%s), not %s", errUsage, strings.Join(eventFormats, ", "), o.format)
		}
	case o.format == "csv" && o.actor == "":
		return fmt.Errorf("%w: --format csv exports a timeline and needs --actor", errUsage)
	case !slices.Contains(eventFormats, o.format):
		return fmt.Errorf("%w: unknown export format %q: want nquads, jsonld, graphml, dot, events, network-graphml, network-gexf, timelinejs or csv", errUsage, o.format)
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
	err := exportTo(ctx, a, o, w)
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

func exportTo(ctx context.Context, a *app, o exportOptions, w io.Writer) error {
	if o.format == "csv" {
		return runTimeline(ctx, &app{stdin: a.stdin, stdout: w, stderr: a.stderr, v: a.v, cfg: a.cfg, log: a.log},
			timelineOptions{actor: o.actor, rng: o.rng, filter: o.filter, format: "csv"})
	}
	if slices.Contains(eventFormats, o.format) {
		return exportEvents(ctx, a, o, w)
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

// exportEvents writes a document built from the events the options select.
func exportEvents(ctx context.Context, a *app, o exportOptions, w io.Writer) error {
	l, err := a.openQuery(ctx, o.rng, o.filter, o.actor)
	if err != nil {
		return err
	}
	defer l.st.Close()
	evs, err := l.events(ctx)
	if err != nil {
		return err
	}
	switch o.format {
	case "events":
		err = export.WriteEventTable(ctx, w, l.st, evs)
	case "timelinejs":
		title := "dipgraph: all events"
		if l.actor.IRI != "" {
			title = "dipgraph: " + l.actor.Name
		}
		var doc export.TimelineJS
		var skipped int
		if doc, skipped, err = export.BuildTimelineJS(ctx, l.st, title, evs); err != nil {
			break
		}
		if skipped > 0 {
			fmt.Fprintf(a.stderr, "dipgraph: %d events of unknown date left out (TimelineJS needs a year)\n", skipped)
		}
		err = export.WriteTimelineJS(w, doc)
	case "network-graphml", "network-gexf":
		var n export.Network
		if n, err = export.BuildNetwork(ctx, l.st, evs); err != nil {
			break
		}
		if o.format == "network-graphml" {
			err = n.WriteGraphML(w)
		} else {
			err = n.WriteGEXF(w)
		}
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", o.format, err)
	}
	return nil
}
