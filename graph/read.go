package graph

import (
	"context"
	"fmt"
	"sort"
	"strconv"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/dipgraph/dipgraph/schema"
)

// quadsAt returns the quads that have v in direction dir and, when pred is not
// empty, predicate pred. It walks one node's index entries: subject lookups use
// the (subject, predicate) index, object lookups the (object, predicate,
// subject) index of the key-value backends.
func (s *Store) quadsAt(ctx context.Context, dir quad.Direction, v quad.Value, pred schema.IRI) ([]quad.Quad, error) {
	ref, err := s.qs.ValueOf(v)
	if err != nil {
		return nil, fmt.Errorf("look up %s: %w", v, err)
	}
	if ref == nil {
		return nil, nil
	}
	it := s.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, fmt.Errorf("read quad of %s: %w", v, err)
		}
		if pred != "" && q.Predicate != iri(pred) {
			continue
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("walk quads of %s: %w", v, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// out returns the quads whose subject is x.
func (s *Store) out(ctx context.Context, x schema.IRI, pred schema.IRI) ([]quad.Quad, error) {
	return s.quadsAt(ctx, quad.Subject, iri(x), pred)
}

// in returns the quads whose object is v.
func (s *Store) in(ctx context.Context, v quad.Value, pred schema.IRI) ([]quad.Quad, error) {
	return s.quadsAt(ctx, quad.Object, v, pred)
}

// objectPredicateIndex is the (object, predicate, subject) index Cayley's
// key-value backends build by default (kv.DefaultQuadIndexes).
var objectPredicateIndex = kv.QuadIndex{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}}

// subjectsOf returns the distinct subjects of quads (pred, object v), sorted.
// On the key-value backends this is one prefix scan of the (object,
// predicate, subject) index, so an actor's many other edges are not read
// (Cayley's own optimizer does not use a prefix of that index); elsewhere the
// object's quads are read and filtered by predicate.
func (s *Store) subjectsOf(ctx context.Context, pred schema.IRI, v quad.Value) ([]schema.IRI, error) {
	return s.subjectsOfAny(ctx, []quad.Value{v}, pred)
}

// subjectsOfAny returns the distinct subjects of the quads whose object is
// any of objs and whose predicate is any of preds, sorted, through the
// store's backend: on bolt in one read transaction over the (object,
// predicate, subject) index, on PostgreSQL in one query, elsewhere one
// index range per object and predicate.
func (s *Store) subjectsOfAny(ctx context.Context, objs []quad.Value, preds ...schema.IRI) ([]schema.IRI, error) {
	return s.db.subjectsOf(ctx, objs, preds)
}

func sortedSet(set map[schema.IRI]struct{}) []schema.IRI {
	out := make([]schema.IRI, 0, len(set))
	for x := range set {
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// text returns a literal's lexical form, whatever type the backend or an
// import gave it.
func text(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.IRI:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.Int:
		return strconv.FormatInt(int64(v), 10)
	case quad.Float:
		return strconv.FormatFloat(float64(v), 'g', -1, 64)
	case quad.Bool:
		return strconv.FormatBool(bool(v))
	}
	return quad.StringOf(v)
}

// props groups one node's quads by predicate.
type props map[schema.IRI][]quad.Quad

func groupProps(qs []quad.Quad) props {
	p := make(props)
	for _, q := range qs {
		k := schema.IRI(text(q.Predicate))
		p[k] = append(p[k], q)
	}
	return p
}

// all returns the distinct values of a predicate, sorted.
func (p props) all(pred schema.IRI) []string {
	set := make(map[string]struct{})
	for _, q := range p[pred] {
		set[text(q.Object)] = struct{}{}
	}
	var out []string
	for v := range set {
		if v != "" {
			out = append(out, v)
		}
	}
	sort.Strings(out)
	return out
}

// iris returns the distinct IRI values of a predicate, sorted.
func (p props) iris(pred schema.IRI) []schema.IRI {
	vs := p.all(pred)
	if len(vs) == 0 {
		return nil
	}
	out := make([]schema.IRI, len(vs))
	for i, v := range vs {
		out[i] = schema.IRI(v)
	}
	return out
}

// one returns the value of a predicate that most articles state; ties go to
// the smallest value, so the choice is stable.
func (p props) one(pred schema.IRI) string {
	count := make(map[string]int)
	for _, q := range p[pred] {
		count[text(q.Object)]++
	}
	best, n := "", 0
	for v, c := range count {
		if c > n || (c == n && v < best) {
			best, n = v, c
		}
	}
	return best
}

// finestDate returns the most precise date the articles give for a
// predicate (a day over the month that holds it), among equally precise
// ones the one most articles give; zero when none parses.
func (p props) finestDate(pred schema.IRI) schema.Date {
	count := make(map[string]int)
	for _, q := range p[pred] {
		count[text(q.Object)]++
	}
	var best schema.Date
	n := 0
	for v, c := range count {
		d, err := schema.ParseDate(v)
		if err != nil {
			continue
		}
		finer := best.IsZero() || d.End().Sub(d.Time) < best.End().Sub(best.Time)
		same := !best.IsZero() && d.Precision == best.Precision
		if finer && !same || same && (c > n || c == n && v < best.String()) {
			best, n = d, c
		}
	}
	return best
}

// fromLabel returns the value of a predicate in the copy labelled by label.
func (p props) fromLabel(pred schema.IRI, label quad.Value) string {
	for _, q := range p[pred] {
		if q.Label == label {
			return text(q.Object)
		}
	}
	return ""
}

// eventFrom merges an event node's quads (every article's copy) into one
// event. ok is false when they hold no event.
func eventFrom(qs []quad.Quad) (schema.Event, bool) {
	p := groupProps(qs)
	var e schema.Event
	for _, c := range p.iris(schema.Type) {
		if t, ok := eventTypeOf(c); ok {
			e.Type = t
		}
	}
	if e.Type == "" {
		return schema.Event{}, false
	}
	e.Status = schema.EventStatus(p.one(schema.Status))
	e.Mode = schema.MeetingMode(p.one(schema.Mode))
	e.Participants = p.iris(schema.Participant)
	e.Visitor = schema.IRI(p.one(schema.Visitor))
	e.Host = schema.IRI(p.one(schema.Host))
	if e.Host == "" {
		e.Host = schema.IRI(p.one(schema.Organizer))
	}
	e.Attendees = p.iris(schema.Attendee)
	e.Remote = p.iris(schema.RemoteAttendee)
	e.Absent = p.iris(schema.Absent)
	e.Name = p.one(schema.Name)
	e.Date = p.finestDate(schema.StartDate)
	if d, err := schema.ParseDate(p.one(schema.EndDate)); err == nil {
		e.EndDate = d
	}
	e.Place = schema.IRI(p.one(schema.Location))
	e.Topics = p.all(schema.About)
	e.Sidelines = schema.IRI(p.one(schema.Sidelines))
	e.ReportedBy = schema.IRI(p.one(schema.ReportedBy))
	e.PloverType = p.one(schema.PloverType)
	e.PloverMode = p.one(schema.PloverMode)
	e.CameoCode = p.one(schema.CameoCode)
	e.Sources = p.iris(schema.SourceArticle)

	// Evidence comes from one article, the first source that has it, so that
	// the sentence and its offsets belong together.
	for _, src := range e.Sources {
		label := iri(src)
		if sent := p.fromLabel(schema.EvidenceText, label); sent != "" {
			e.Evidence.Sentence = sent
			e.Evidence.Start, _ = strconv.Atoi(p.fromLabel(schema.EvidenceStart, label))
			e.Evidence.End, _ = strconv.Atoi(p.fromLabel(schema.EvidenceEnd, label))
			break
		}
	}
	// Confidence: the highest any source gives.
	for _, q := range p[schema.Confidence] {
		if c, err := strconv.ParseFloat(text(q.Object), 64); err == nil && c > e.Confidence {
			e.Confidence = c
		}
	}
	return e, true
}

func eventTypeOf(class schema.IRI) (schema.EventType, bool) {
	for _, t := range []schema.EventType{schema.Meeting, schema.Visit, schema.Gathering, schema.Statement, schema.Agreement} {
		if t.Class() == class {
			return t, true
		}
	}
	return "", false
}

// loadEvents reads events (all in one batch, see nodesQuads), keeps those
// keep accepts (nil keeps all) and sorts them by date then IRI.
func (s *Store) loadEvents(ctx context.Context, iris []schema.IRI, keep func(schema.Event) bool) ([]schema.Event, error) {
	seen := make(map[schema.IRI]bool, len(iris))
	uniq := make([]schema.IRI, 0, len(iris))
	for _, x := range iris {
		if !seen[x] {
			seen[x] = true
			uniq = append(uniq, x)
		}
	}
	byNode, err := s.nodesQuads(ctx, uniq, readOpts{})
	if err != nil {
		return nil, fmt.Errorf("read %d events: %w", len(uniq), err)
	}
	var out []schema.Event
	for _, x := range uniq {
		e, ok := eventFrom(byNode[x])
		if !ok || (keep != nil && !keep(e)) {
			continue
		}
		if schema.EventIRI(e) != x {
			e.Node = x // joined from reports under other dates (see joinEvents)
		}
		out = append(out, e)
	}
	sortEvents(out)
	return out, nil
}

// sortEvents sorts by date (unknown dates last), then by precision (more
// precise first) and IRI.
func sortEvents(es []schema.Event) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.Date.IsZero() != b.Date.IsZero() {
			return !a.Date.IsZero()
		}
		if !a.Date.Time.Equal(b.Date.Time) {
			return a.Date.Time.Before(b.Date.Time)
		}
		if !a.Date.End().Equal(b.Date.End()) {
			return a.Date.End().Before(b.Date.End())
		}
		return a.IRI() < b.IRI()
	})
}
