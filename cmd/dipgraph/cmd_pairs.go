package main

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/export"
	"github.com/dipgraph/dipgraph/schema"
)

type pairsOptions struct {
	actor  string
	by     string
	per    string
	types  string
	rng    rangeFlags
	filter filterFlags
	format string
}

func newPairsCmd(a *app) *cobra.Command {
	var o pairsOptions
	cmd := &cobra.Command{
		Use:   "pairs [ACTOR|COUNTRY]",
		Short: "Count events per actor pair or country pair (and per year or month), with first and last dates and sources",
		Long: `Count meetings, visits and agreements per pair of actors (--by actor) or per
pair of countries (--by country: a person counts for the country of their stated
nationality, a city for its country; a pair whose side has no known country is
left out), optionally split per year or month (--per). With ACTOR, only the
events in ACTOR's timeline are counted (all their pairs). Rows are sorted by
event count, most first.`,
		Example: "  dipgraph pairs\n  dipgraph pairs --by country --per year --status occurred\n" +
			"  dipgraph pairs Lavrov --format csv",
		Args: usageArgs(cobra.MaximumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				o.actor = args[0]
			}
			return runPairs(cmd.Context(), a, o)
		},
	}
	cmd.Flags().StringVar(&o.by, "by", "actor", "pair of what: actor or country")
	cmd.Flags().StringVar(&o.per, "per", "", "also split by period: year or month")
	cmd.Flags().StringVar(&o.types, "type", "", "only these event types, comma-separated: meeting, visit, agreement (default all three)")
	o.rng.add(cmd)
	o.filter.addStatus(cmd)
	o.filter.addWith(cmd, "with")
	addFormatFlag(cmd, &o.format)
	return cmd
}

func runPairs(ctx context.Context, a *app, o pairsOptions) error {
	types, err := o.check()
	if err != nil {
		return err
	}
	return a.runListing(ctx, o.format, o.rng, o.filter, o.actor, func(ctx context.Context, l *listing) (table, error) {
		return pairsTable(ctx, l, o.by, o.per, types)
	})
}

// check checks --by and --per and returns the types --type names (nil:
// meetings, visits and agreements).
func (o pairsOptions) check() (map[schema.EventType]bool, error) {
	if o.by != "actor" && o.by != "country" {
		return nil, fmt.Errorf("%w: --by %q: want actor or country", errUsage, o.by)
	}
	if o.per != "" && o.per != "year" && o.per != "month" {
		return nil, fmt.Errorf("%w: --per %q: want year or month", errUsage, o.per)
	}
	return parseSet[schema.EventType]("--type", o.types, schema.Meeting, schema.Visit, schema.Agreement)
}

// pairKey identifies one row of the pairs table.
type pairKey struct {
	period string
	a, b   schema.IRI
}

// pairCount is one row of the pairs table being counted.
type pairCount struct {
	key         pairKey
	byType      map[schema.EventType]int
	byStatus    map[schema.EventStatus]int
	events      int
	first, last schema.Date
	sources     []schema.IRI
}

// pairView is the JSON form of a pairs row.
type pairView struct {
	Period     string   `json:"period"`
	Actor1     ref      `json:"actor1"`
	Actor2     ref      `json:"actor2"`
	Events     int      `json:"events"`
	Meetings   int      `json:"meetings"`
	Visits     int      `json:"visits"`
	Agreements int      `json:"agreements"`
	Occurred   int      `json:"occurred"`
	Planned    int      `json:"planned"`
	Cancelled  int      `json:"cancelled"`
	First      string   `json:"first"`
	Last       string   `json:"last"`
	Sources    []string `json:"sources"`
}

// pairsTable is the pairs document: the events of l.actor's timeline (every
// event when none) that pass l's filter and are of types (nil: meetings,
// visits and agreements), counted per pair of actors or countries (by) and
// period (per).
func pairsTable(ctx context.Context, l *listing, by, per string, types map[schema.EventType]bool) (table, error) {
	evs, err := l.events(ctx)
	if err != nil {
		return table{}, err
	}
	if types == nil {
		types = map[schema.EventType]bool{schema.Meeting: true, schema.Visit: true, schema.Agreement: true}
	}
	counts := countPairs(evs, types, func(x schema.IRI) schema.IRI {
		if by == "country" {
			return l.names.countryOf(x)
		}
		return x
	}, per)
	return pairsRender(counts, per != "", l.names), nil
}

// countPairs counts the dyads of evs of the given types per pair (each side
// mapped by side; a side mapped to "" drops the dyad) and period.
func countPairs(evs []schema.Event, types map[schema.EventType]bool, side func(schema.IRI) schema.IRI, per string) []*pairCount {
	rows := make(map[pairKey]*pairCount)
	for _, e := range evs {
		if !types[e.Type] {
			continue
		}
		seen := make(map[pairKey]bool) // an event counts once per row
		for _, d := range export.Dyads(e) {
			a, b := side(d.A), side(d.B)
			if a == "" || b == "" {
				continue
			}
			if b < a {
				a, b = b, a
			}
			k := pairKey{period: period(e.Date, per), a: a, b: b}
			if seen[k] {
				continue
			}
			seen[k] = true
			r := rows[k]
			if r == nil {
				r = &pairCount{key: k, byType: map[schema.EventType]int{}, byStatus: map[schema.EventStatus]int{}}
				rows[k] = r
			}
			r.add(e)
		}
	}
	out := make([]*pairCount, 0, len(rows))
	for _, r := range rows {
		out = append(out, r)
	}
	slices.SortFunc(out, func(x, y *pairCount) int {
		if x.events != y.events {
			return y.events - x.events
		}
		if x.key.period != y.key.period {
			return strings.Compare(x.key.period, y.key.period)
		}
		if x.key.a != y.key.a {
			return strings.Compare(string(x.key.a), string(y.key.a))
		}
		return strings.Compare(string(x.key.b), string(y.key.b))
	})
	return out
}

// add counts one event in the row.
func (r *pairCount) add(e schema.Event) {
	r.events++
	r.byType[e.Type]++
	status := e.Status
	if status == "" {
		status = schema.Occurred
	}
	r.byStatus[status]++
	if !e.Date.IsZero() {
		if r.first.IsZero() || e.Date.Time.Before(r.first.Time) {
			r.first = e.Date
		}
		if r.last.IsZero() || e.Date.End().After(r.last.End()) {
			r.last = e.Date
		}
	}
	for _, s := range e.Sources {
		if !slices.Contains(r.sources, s) {
			r.sources = append(r.sources, s)
		}
	}
}

// period is the year or month of d that per asks for: a date known less
// precisely than the period keeps its own precision ("1987" per month), an
// unknown date is "".
func period(d schema.Date, per string) string {
	switch {
	case per == "" || d.IsZero():
		return ""
	case per == "month" && d.Precision == schema.PrecisionDay:
		return schema.Month(d.Time.Year(), d.Time.Month()).String()
	case per == "year" && (d.Precision == schema.PrecisionDay || d.Precision == schema.PrecisionMonth):
		return strconv.Itoa(d.Time.Year())
	}
	return d.String()
}

// pairsRender turns counted rows into the pairs document.
func pairsRender(rows []*pairCount, withPeriod bool, n *names) table {
	cols := []string{"actor1", "actor2", "events", "meetings", "visits", "agreements", "occurred", "planned", "cancelled", "first", "last", "sources"}
	if withPeriod {
		cols = append([]string{"period"}, cols...)
	}
	t := table{cols: cols, objects: []any{}}
	for _, r := range rows {
		slices.Sort(r.sources)
		v := pairView{Period: r.key.period, Actor1: n.ref(r.key.a), Actor2: n.ref(r.key.b), Events: r.events,
			Meetings: r.byType[schema.Meeting], Visits: r.byType[schema.Visit], Agreements: r.byType[schema.Agreement],
			Occurred: r.byStatus[schema.Occurred], Planned: r.byStatus[schema.Planned], Cancelled: r.byStatus[schema.Cancelled],
			First: r.first.String(), Last: r.last.String(), Sources: iriStrings(r.sources)}
		row := []string{v.Actor1.Name, v.Actor2.Name, strconv.Itoa(v.Events), strconv.Itoa(v.Meetings), strconv.Itoa(v.Visits),
			strconv.Itoa(v.Agreements), strconv.Itoa(v.Occurred), strconv.Itoa(v.Planned), strconv.Itoa(v.Cancelled),
			v.First, v.Last, sourceIDs(r.sources)}
		if withPeriod {
			row = append([]string{v.Period}, row...)
		}
		t.rows = append(t.rows, row)
		t.objects = append(t.objects, v)
	}
	return t
}
