package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/dipgraph/dipgraph/schema"
)

// Event coreference across articles. One meeting reported by several
// articles is one node only when they give it the same IRI, that is the same
// date: a dateline a day off the publication date, or a story that knows the
// month only, made several nodes of one meeting. Before an article is
// written, each of its meetings, visits and gatherings that has no node of
// its own yet joins a stored one (or one of an earlier article of the batch)
// with the same type, status and key (participants; visitor and host; a
// gathering's place and host, or its proper name) and a compatible date: a
// day either side, or a coarser date that holds it, or a finer one it holds. The
// article's own statements (its date among them) stay its own labelled
// quads on that node; readers take the finest date (see props.finestDate).

// compatibleDates returns the dates a report dated d may give the same event
// as, nearest first: the day before and after, the month and year that hold
// a day; the days and months a month or year holds.
func compatibleDates(d schema.Date) []schema.Date {
	y, m := d.Time.Year(), d.Time.Month()
	switch d.Precision {
	case schema.PrecisionDay:
		return []schema.Date{schema.Day(d.Time.AddDate(0, 0, -1)), schema.Day(d.Time.AddDate(0, 0, 1)),
			schema.Month(y, m), schema.Year(y)}
	case schema.PrecisionMonth:
		var out []schema.Date
		for t := d.Time; t.Month() == m; t = t.AddDate(0, 0, 1) {
			out = append(out, schema.Day(t))
		}
		return append(out, schema.Year(y))
	case schema.PrecisionYear:
		out := make([]schema.Date, 0, 12)
		for mo := time.January; mo <= time.December; mo++ {
			out = append(out, schema.Month(y, mo))
		}
		return out
	}
	return nil
}

// corefCandidates returns the IRIs of the nodes e may be, nearest first:
// e under each compatible date; then, for a meeting, e with one person more
// that its article names (named) or, of three or more, one person fewer,
// under its own date and each compatible one (one meeting that one report
// tells with a person another leaves out). None for undated events,
// statements and agreements, or a gathering keyed by a common noun (see
// genericGathering), whose key does not say it is the same gathering.
func corefCandidates(e schema.Event, named []schema.IRI) []schema.IRI {
	switch {
	case e.Date.IsZero() || e.Node != "":
		return nil
	case e.Type == schema.Gathering:
		if _, generic := genericGathering(e, schema.Article{}); generic {
			return nil
		}
	case e.Type != schema.Meeting && e.Type != schema.Visit:
		return nil
	}
	dates := compatibleDates(e.Date)
	var out []schema.IRI
	for _, d := range dates {
		c := e
		c.Date = d
		out = append(out, c.IRI())
	}
	if e.Type != schema.Meeting {
		return out
	}
	for _, ps := range oneApart(e.Participants, named) {
		for _, d := range append([]schema.Date{e.Date}, dates...) {
			c := e
			c.Date, c.Participants = d, ps
			out = append(out, c.IRI())
		}
	}
	return out
}

// oneApart returns the participant sets one person away from ps: with one
// of named that ps lacks, and, when ps has three or more, without one of
// its persons.
func oneApart(ps, named []schema.IRI) [][]schema.IRI {
	in := make(map[schema.IRI]bool, len(ps))
	for _, p := range ps {
		in[p] = true
	}
	var out [][]schema.IRI
	for _, x := range named {
		if !in[x] {
			out = append(out, append(append([]schema.IRI(nil), ps...), x))
		}
	}
	if len(ps) < 3 {
		return out
	}
	for i, p := range ps {
		if schema.KindOf(p) == schema.KindPerson {
			out = append(out, append(append([]schema.IRI(nil), ps[:i]...), ps[i+1:]...))
		}
	}
	return out
}

// joinEvents gives each meeting, visit or gathering whose own node is not
// stored the node of the same event stored (or written by an earlier article
// of the batch) under a compatible date, the nearest when several are, and
// keys a gathering named by a generic noun alone (see genericGathering); a
// meeting of the article on the sidelines of a gathering it moved follows
// it. It returns the facts to write.
func (s *Store) joinEvents(ctx context.Context, facts []schema.Facts) ([]schema.Facts, error) {
	var ask []schema.IRI
	for _, f := range facts {
		named := namedPersons(f)
		for _, e := range f.Events {
			if cs := corefCandidates(e, named); len(cs) > 0 {
				ask = append(ask, e.IRI())
				ask = append(ask, cs...)
			}
		}
	}
	sources := map[schema.IRI]map[schema.IRI]bool{} // event node -> the articles stating it
	if len(ask) > 0 {
		byNode, err := s.nodesQuads(ctx, ask, readOpts{preds: []schema.IRI{schema.SourceArticle}, noLabels: true})
		if err != nil {
			return nil, fmt.Errorf("find events stated before: %w", err)
		}
		for x, qs := range byNode {
			for _, q := range qs {
				addSource(sources, x, schema.IRI(text(q.Object)))
			}
		}
	}
	out := make([]schema.Facts, len(facts))
	for i, f := range facts {
		out[i] = f
		out[i].Events = make([]schema.Event, len(f.Events))
		renamed := map[schema.IRI]schema.IRI{}
		a := f.Article.IRI()
		// A node only this article states is its own earlier version,
		// about to be replaced: nothing to join.
		known := func(x schema.IRI) bool { return len(sources[x]) > 1 || len(sources[x]) == 1 && !sources[x][a] }
		named := namedPersons(f)
		for j, e := range f.Events {
			own := e.IRI()
			if !known(own) {
				for _, c := range corefCandidates(e, named) {
					if known(c) {
						e.Node = c
						s.log.DebugContext(ctx, "event joined", "article", f.Article.ID, "event", own, "node", c)
						break
					}
				}
			}
			if x, ok := genericGathering(e, f.Article); ok && e.Node == "" {
				e.Node = x
			}
			if e.Node != "" {
				renamed[own] = e.Node
			}
			out[i].Events[j] = e
		}
		for j, e := range out[i].Events {
			if x, ok := renamed[e.Sidelines]; ok {
				out[i].Events[j].Sidelines = x
			}
			addSource(sources, e.IRI(), a)
		}
	}
	return out, nil
}

// namedPersons returns the persons an article names.
func namedPersons(f schema.Facts) []schema.IRI {
	var out []schema.IRI
	for _, a := range f.Actors {
		if a.Kind == schema.KindPerson {
			out = append(out, a.IRI)
		}
	}
	return out
}

func addSource(sources map[schema.IRI]map[schema.IRI]bool, event, article schema.IRI) {
	if sources[event] == nil {
		sources[event] = map[schema.IRI]bool{}
	}
	sources[event][article] = true
}

// genericGathering returns the node of a gathering with neither place nor
// host whose name is a common noun phrase ("meeting", "negotiating
// session": no capital letter): keyed by that name alone it would merge
// every such gathering of the period, so its attendees join the key, or,
// with none known, the article.
func genericGathering(e schema.Event, a schema.Article) (schema.IRI, bool) {
	if e.Type != schema.Gathering || e.Place != "" || e.Host != "" || e.Name == "" ||
		strings.IndexFunc(e.Name, unicode.IsUpper) >= 0 {
		return "", false
	}
	var keys []string
	for _, x := range append(append([]schema.IRI(nil), e.Attendees...), e.Remote...) {
		keys = append(keys, schema.Local(x))
	}
	sort.Strings(keys)
	if len(keys) == 0 {
		keys = []string{"article-" + schema.Slug(a.ID)}
	}
	own := string(schema.EventIRI(e))
	base, status, _ := strings.Cut(own, "~")
	x := base + "+" + strings.Join(keys, "+")
	if status != "" {
		x += "~" + status
	}
	return schema.IRI(x), true
}
