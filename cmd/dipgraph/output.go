package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/dipgraph/dipgraph/export"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

// table is a rendered listing: column names and rows of cells, printed as an
// aligned table, CSV, or JSON (an array of objects keyed by column).
type table struct {
	cols []string
	rows [][]string
	// objects, when set, is what JSON output prints instead of the rows.
	objects []any
	// doc, when set, is what JSON output prints: one object, not a list.
	doc any
}

// page returns the rows (and objects) from offset on, at most limit of them,
// and how many the whole listing holds. A one-document table is returned whole.
func (t table) page(offset, limit int) (table, int) {
	if t.doc != nil {
		return t, 1
	}
	total := len(t.rows)
	lo, hi := min(offset, total), min(offset+limit, total)
	t.rows = t.rows[lo:hi]
	if t.objects != nil {
		t.objects = t.objects[lo:hi]
	}
	return t, total
}

// validFormat checks a --format value for listing commands.
func validFormat(f string) error {
	switch f {
	case "table", "json", "csv":
		return nil
	}
	return fmt.Errorf("%w: unknown format %q: want table, json or csv", errUsage, f)
}

func addFormatFlag(cmd *cobra.Command, p *string) {
	cmd.Flags().StringVar(p, "format", "table", "output format: table, json or csv")
}

func (t table) write(w io.Writer, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if t.doc != nil {
			return enc.Encode(t.doc)
		}
		if t.objects != nil {
			return enc.Encode(t.objects)
		}
		objs := make([]map[string]string, len(t.rows))
		for i, r := range t.rows {
			objs[i] = map[string]string{}
			for j, c := range t.cols {
				objs[i][c] = r[j]
			}
		}
		return enc.Encode(objs)
	case "csv":
		cw := csv.NewWriter(w)
		if err := cw.Write(t.cols); err != nil {
			return err
		}
		if err := cw.WriteAll(t.rows); err != nil {
			return err
		}
		return cw.Error()
	default:
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(t.cols, "\t")))
		for _, r := range t.rows {
			cells := make([]string, len(r))
			for i, c := range r {
				cells[i] = safe(c) // names, titles and evidence come from articles
			}
			fmt.Fprintln(tw, strings.Join(cells, "\t"))
		}
		return tw.Flush()
	}
}

// names resolves IRIs to display names and actors through the store,
// reading each actor once, and through shared when it is not nil.
type names struct {
	actors *export.Actors
}

func newNames(ctx context.Context, st *graph.Store, shared *nameCache) *names {
	return &names{actors: export.NewActors(ctx, shared.over(st))}
}

// nameCache keeps the actors listings name between listings, safe for
// concurrent use: serve keeps one, since reading an actor takes a read of
// every article's copy of it (most of a busy who-met's time). It forgets
// everything after maxAge, so that names changed by a writer sharing a
// PostgreSQL store show within it, and when it holds maxNames.
type nameCache struct {
	mu     sync.Mutex
	m      map[schema.IRI]cachedActor
	since  time.Time
	maxAge time.Duration
}

// cachedActor is a store's answer for one actor: the actor, or
// graph.ErrNotFound.
type cachedActor struct {
	actor schema.Actor
	err   error
}

// maxNames bounds a nameCache (a few hundred bytes an actor).
const maxNames = 200_000

func newNameCache(maxAge time.Duration) *nameCache {
	return &nameCache{m: map[schema.IRI]cachedActor{}, since: time.Now(), maxAge: maxAge}
}

func (c *nameCache) get(x schema.IRI) (cachedActor, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if time.Since(c.since) > c.maxAge {
		c.m, c.since = map[schema.IRI]cachedActor{}, time.Now()
	}
	v, ok := c.m[x]
	return v, ok
}

func (c *nameCache) put(x schema.IRI, v cachedActor) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= maxNames {
		c.m, c.since = map[schema.IRI]cachedActor{}, time.Now()
	}
	c.m[x] = v
}

// over returns st read through c; st itself when c is nil.
func (c *nameCache) over(st export.ActorStore) export.ActorStore {
	if c == nil {
		return st
	}
	return cachedActors{c: c, st: st}
}

// cachedActors reads actors from a nameCache before its store, and keeps
// what the store answers (an actor, or not found) in the cache.
type cachedActors struct {
	c  *nameCache
	st export.ActorStore
}

func (s cachedActors) Actor(ctx context.Context, x schema.IRI) (schema.Actor, error) {
	if v, ok := s.c.get(x); ok {
		return v.actor, v.err
	}
	a, err := s.st.Actor(ctx, x)
	if err == nil || errors.Is(err, graph.ErrNotFound) {
		s.c.put(x, cachedActor{actor: a, err: err})
	}
	return a, err
}

// actor returns the stored actor x (see export.Actors.Get).
func (n *names) actor(x schema.IRI) schema.Actor { return n.actors.Get(x) }

func (n *names) of(iri schema.IRI) string {
	if iri == "" {
		return ""
	}
	return n.actor(iri).Name
}

func (n *names) list(iris []schema.IRI) []string {
	out := make([]string, len(iris))
	for i, iri := range iris {
		out[i] = n.of(iri)
	}
	return out
}

// eventView is the JSON form of an event in listings. Every key is always
// present: an absent text is "", an absent actor null, an empty list [].
// Actors are references (IRI and name).
type eventView struct {
	IRI          string   `json:"iri"`
	Type         string   `json:"type"`
	Status       string   `json:"status"`
	Date         string   `json:"date"`
	EndDate      string   `json:"end_date"`
	Precision    string   `json:"precision"`
	Mode         string   `json:"mode"`
	Name         string   `json:"name"`
	Participants []ref    `json:"participants"`
	Visitor      *ref     `json:"visitor"`
	Host         *ref     `json:"host"`
	Attendees    []ref    `json:"attendees"`
	Remote       []ref    `json:"remote"`
	Absent       []ref    `json:"absent"`
	Place        *ref     `json:"place"`
	Sidelines    *ref     `json:"sidelines"`
	ReportedBy   *ref     `json:"reported_by"`
	Topics       []string `json:"topics"`
	PloverType   string   `json:"plover_type"`
	PloverMode   string   `json:"plover_mode"`
	Cameo        string   `json:"cameo"`
	Confidence   float64  `json:"confidence"`
	Evidence     string   `json:"evidence"`
	Sources      []string `json:"sources"`
}

func (n *names) view(e schema.Event) eventView {
	topics := e.Topics
	if topics == nil {
		topics = []string{}
	}
	return eventView{
		IRI: string(e.IRI()), Type: string(e.Type), Status: string(e.Status),
		Date: e.Date.String(), EndDate: e.EndDate.String(), Precision: string(e.Date.Precision), Mode: string(e.Mode), Name: e.Name,
		Participants: n.refs(e.Participants), Visitor: n.optRef(e.Visitor), Host: n.optRef(e.Host),
		Attendees: n.refs(e.Attendees), Remote: n.refs(e.Remote), Absent: n.refs(e.Absent),
		Place: n.optRef(e.Place), Sidelines: n.optRef(e.Sidelines), ReportedBy: n.optRef(e.ReportedBy), Topics: topics,
		PloverType: e.PloverType, PloverMode: e.PloverMode, Cameo: e.CameoCode, Confidence: e.Confidence,
		Evidence: e.Evidence.Sentence, Sources: iriStrings(e.Sources),
	}
}

// others returns the participants of e other than actor.
func others(all []schema.IRI, actor schema.IRI) []schema.IRI {
	var out []schema.IRI
	for _, p := range all {
		if p != actor {
			out = append(out, p)
		}
	}
	return out
}

// sourceIDs shortens article IRIs to their ids for table cells.
func sourceIDs(src []schema.IRI) string {
	ids := make([]string, len(src))
	for i, s := range src {
		ids[i] = schema.Local(s)
	}
	return strings.Join(ids, " ")
}

// summary describes an event in one phrase for timelines.
func (n *names) summary(e schema.Event) string { return export.Summary(e, n.of) }

// ref is the JSON form of a node named in a listing: its IRI beside its
// display name.
type ref struct {
	IRI  string `json:"iri"`
	Name string `json:"name"`
}

// ref returns the reference to x.
func (n *names) ref(x schema.IRI) ref {
	if x == "" {
		return ref{}
	}
	return ref{IRI: string(x), Name: n.of(x)}
}

// optRef is the reference to x, nil when x is empty.
func (n *names) optRef(x schema.IRI) *ref {
	if x == "" {
		return nil
	}
	r := n.ref(x)
	return &r
}

// refs returns references to xs, never nil.
func (n *names) refs(xs []schema.IRI) []ref {
	out := make([]ref, len(xs))
	for i, x := range xs {
		out[i] = n.ref(x)
	}
	return out
}

// countryOf is the country x acts for or lies in (see export.Actors.Country).
func (n *names) countryOf(x schema.IRI) schema.IRI { return n.actors.Country(x) }

// iriStrings returns the IRIs as strings, never nil.
func iriStrings(xs []schema.IRI) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}
