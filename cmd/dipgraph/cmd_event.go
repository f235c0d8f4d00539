package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

type eventOptions struct {
	iri    string
	format string
}

func newEventCmd(a *app) *cobra.Command {
	var o eventOptions
	cmd := &cobra.Command{
		Use:   "event IRI",
		Short: "Show one event with its evidence sentence and its source articles",
		Long: `Show one event: its type, status, date, actors and place, the sentence it was
read from, and every article that reports it (id, title, URL, source, date).
IRI is the event's IRI as listings print it, or its part after
https://dipgraph.org/id/ ("event/meeting/2021-04-07/imran-khan+sergei-lavrov").`,
		Example: "  dipgraph event event/meeting/2021-04-07/imran-khan+sergei-lavrov --format json",
		Args:    usageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.iri = args[0]
			return runEvent(cmd.Context(), a, o)
		},
	}
	addFormatFlag(cmd, &o.format)
	return cmd
}

// eventIRI reads an event's IRI in full or from its part after schema.IDNS.
func eventIRI(s string) (schema.IRI, error) {
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(s, schema.IDNS) {
		s = schema.IDNS + strings.TrimPrefix(s, "/")
	}
	if !strings.HasPrefix(s, schema.IDNS+"event/") || len(s) == len(schema.IDNS+"event/") {
		return "", fmt.Errorf("%w: %q is not an event IRI: want %sevent/TYPE/DATE/PARTICIPANTS", errUsage, s, schema.IDNS)
	}
	return schema.IRI(s), nil
}

func runEvent(ctx context.Context, a *app, o eventOptions) error {
	if err := validFormat(o.format); err != nil {
		return err
	}
	x, err := eventIRI(o.iri)
	if err != nil {
		return err
	}
	return a.runDocument(ctx, o.format, func(ctx context.Context, st *graph.Store) (table, error) {
		return eventDetailTable(ctx, st, nil, x)
	})
}

// articleView is the JSON form of a source article; every key is always
// present (an unknown text or date is "").
type articleView struct {
	IRI       string `json:"iri"`
	ID        string `json:"id"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Published string `json:"published"`
}

// eventDetail is the JSON form of one event: its listing form, where its
// evidence sentence lies in its article, and its source articles.
type eventDetail struct {
	eventView
	EvidenceStart int           `json:"evidence_start"`
	EvidenceEnd   int           `json:"evidence_end"`
	Articles      []articleView `json:"articles"`
}

// eventDetailTable is the event document: the event x with its evidence and
// source articles, naming actors through nc when it is not nil. It returns
// an error wrapping graph.ErrNotFound when no event has that IRI.
func eventDetailTable(ctx context.Context, st *graph.Store, nc *nameCache, x schema.IRI) (table, error) {
	e, err := st.Event(ctx, x)
	if err != nil {
		return table{}, err
	}
	arts, err := st.Articles(ctx, e.Sources)
	if err != nil {
		return table{}, err
	}
	n := newNames(ctx, st, nc)
	d := eventDetail{eventView: n.view(e), EvidenceStart: e.Evidence.Start, EvidenceEnd: e.Evidence.End,
		Articles: []articleView{}}
	t := table{cols: []string{"field", "value"}, doc: &d}
	add := func(k, v string) {
		if v != "" {
			t.rows = append(t.rows, []string{k, v})
		}
	}
	add("iri", d.IRI)
	add("event", n.summary(e))
	add("type", d.Type)
	add("status", d.Status)
	add("date", d.Date)
	add("place", n.of(e.Place))
	add("topics", strings.Join(d.Topics, "; "))
	add("evidence", d.Evidence)
	for _, src := range e.Sources {
		a := articleView{IRI: string(src), ID: schema.Local(src)}
		if art, ok := arts[src]; ok {
			a.ID, a.Title, a.URL, a.Source = art.ID, art.Title, art.URL, art.Source
			if !art.Published.IsZero() {
				a.Published = schema.Day(art.Published).String()
			}
		}
		d.Articles = append(d.Articles, a)
		add("source", strings.Join(nonEmpty(a.ID, a.Published, a.Title, a.URL), " | "))
	}
	return t, nil
}

// nonEmpty returns the strings of xs that are not empty.
func nonEmpty(xs ...string) []string {
	var out []string
	for _, x := range xs {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}
