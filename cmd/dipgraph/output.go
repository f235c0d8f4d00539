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
	// object, when set, is what JSON output prints: one document, not an array.
	object any
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
		if t.object != nil {
			return enc.Encode(t.object)
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

// names resolves IRIs to display names through the store, caching them for
// one listing, and in shared when it is not nil.
type names struct {
	ctx    context.Context
	st     *graph.Store
	cache  map[schema.IRI]string
	shared *nameCache
}

func newNames(ctx context.Context, st *graph.Store, shared *nameCache) *names {
	return &names{ctx: ctx, st: st, cache: map[schema.IRI]string{}, shared: shared}
}

func (n *names) of(iri schema.IRI) string {
	if iri == "" {
		return ""
	}
	if s, ok := n.cache[iri]; ok {
		return s
	}
	s, ok := n.shared.get(iri)
	if !ok {
		s = schema.Local(iri)
		a, err := n.st.Actor(n.ctx, iri)
		if err == nil && a.Name != "" {
			s = a.Name
		}
		if err == nil || errors.Is(err, graph.ErrNotFound) {
			n.shared.put(iri, s)
		}
	}
	n.cache[iri] = s
	return s
}

// nameCache keeps actors' display names between listings, safe for
// concurrent use: serve keeps one, since a name takes a read of every
// article's copy of the actor (most of a busy who-met's time). It forgets
// everything after maxAge, so that names changed by a writer sharing a
// PostgreSQL store show within it, and when it holds maxNames.
type nameCache struct {
	mu     sync.Mutex
	m      map[schema.IRI]string
	since  time.Time
	maxAge time.Duration
}

// maxNames bounds a nameCache (about 100 bytes a name).
const maxNames = 200_000

func newNameCache(maxAge time.Duration) *nameCache {
	return &nameCache{m: map[schema.IRI]string{}, since: time.Now(), maxAge: maxAge}
}

func (c *nameCache) get(iri schema.IRI) (string, bool) {
	if c == nil {
		return "", false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if time.Since(c.since) > c.maxAge {
		c.m, c.since = map[schema.IRI]string{}, time.Now()
	}
	s, ok := c.m[iri]
	return s, ok
}

func (c *nameCache) put(iri schema.IRI, name string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= maxNames {
		c.m, c.since = map[schema.IRI]string{}, time.Now()
	}
	c.m[iri] = name
}

func (n *names) list(iris []schema.IRI) []string {
	out := make([]string, len(iris))
	for i, iri := range iris {
		out[i] = n.of(iri)
	}
	return out
}

// eventView is the JSON form of an event in listings.
type eventView struct {
	IRI          string   `json:"iri"`
	Type         string   `json:"type"`
	Status       string   `json:"status"`
	Date         string   `json:"date,omitempty"`
	EndDate      string   `json:"end_date,omitempty"`
	Mode         string   `json:"mode,omitempty"`
	Name         string   `json:"name,omitempty"`
	Participants []string `json:"participants,omitempty"`
	Visitor      string   `json:"visitor,omitempty"`
	Host         string   `json:"host,omitempty"`
	Attendees    []string `json:"attendees,omitempty"`
	Remote       []string `json:"remote,omitempty"`
	Absent       []string `json:"absent,omitempty"`
	Place        string   `json:"place,omitempty"`
	Topics       []string `json:"topics,omitempty"`
	Plover       string   `json:"plover,omitempty"`
	Cameo        string   `json:"cameo,omitempty"`
	Confidence   float64  `json:"confidence,omitempty"`
	Evidence     string   `json:"evidence,omitempty"`
	Sources      []string `json:"sources"`
}

func (n *names) view(e schema.Event) eventView {
	src := make([]string, len(e.Sources))
	for i, s := range e.Sources {
		src[i] = string(s)
	}
	return eventView{
		IRI: string(e.IRI()), Type: string(e.Type), Status: string(e.Status),
		Date: e.Date.String(), EndDate: e.EndDate.String(), Mode: string(e.Mode), Name: e.Name,
		Participants: n.list(e.Participants), Visitor: n.of(e.Visitor), Host: n.of(e.Host),
		Attendees: n.list(e.Attendees), Remote: n.list(e.Remote), Absent: n.list(e.Absent),
		Place: n.of(e.Place), Topics: e.Topics, Plover: strings.Trim(e.PloverType+" "+e.PloverMode, " "),
		Cameo: e.CameoCode, Confidence: e.Confidence, Evidence: e.Evidence.Sentence, Sources: src,
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
func (n *names) summary(e schema.Event) string {
	switch e.Type {
	case schema.Meeting:
		s := "meeting of " + strings.Join(n.list(e.Participants), ", ")
		if e.Mode == schema.Telephone || e.Mode == schema.Video {
			s = string(e.Mode) + " call of " + strings.Join(n.list(e.Participants), ", ")
		}
		return s
	case schema.Visit:
		return n.of(e.Visitor) + " visits " + n.of(e.Host)
	case schema.Gathering:
		s := e.Name
		if s == "" {
			s = "gathering"
		}
		if e.Host != "" {
			s += " hosted by " + n.of(e.Host)
		}
		if len(e.Attendees) > 0 {
			s += "; attendees: " + strings.Join(n.list(e.Attendees), ", ")
		}
		return s
	case schema.Agreement:
		return "agreement of " + strings.Join(n.list(e.Participants), ", ")
	case schema.Statement:
		return "statement by " + strings.Join(n.list(e.Participants), ", ")
	}
	return string(e.Type)
}

// page returns the rows (and objects) from offset on, at most limit of them,
// and how many the whole listing holds. A one-document table is returned whole.
func (t table) page(offset, limit int) (table, int) {
	if t.object != nil {
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
