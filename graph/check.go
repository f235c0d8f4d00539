package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/dipgraph/dipgraph/schema"
)

// ProblemKind names the invariant a Problem breaks.
type ProblemKind string

// Kinds of Problem, one per invariant Check verifies.
const (
	// ProblemEventType: an event node has no event class (meeting, visit,
	// gathering, statement or agreement) among its rdf:type values.
	ProblemEventType ProblemKind = "event-type"
	// ProblemEventStatus: an event node has no dg:status.
	ProblemEventStatus ProblemKind = "event-status"
	// ProblemEventParticipant: an event node has no participant, visitor,
	// host, attendee, remote attendee or organizer.
	ProblemEventParticipant ProblemKind = "event-participant"
	// ProblemEventSource: an event node has no dg:sourceArticle.
	ProblemEventSource ProblemKind = "event-source"
	// ProblemLabel: quads carry no label, or a label that is not a stored
	// article (a node of type schema:NewsArticle).
	ProblemLabel ProblemKind = "label"
	// ProblemDangling: an actor or event predicate points to a literal, to a
	// node with no rdf:type, or (dg:sourceArticle) to a node that is not a
	// stored article.
	ProblemDangling ProblemKind = "dangling"
)

// Problem is one broken invariant found by Check.
type Problem struct {
	// Kind says which invariant is broken.
	Kind ProblemKind
	// Subject is the node the problem is about: the event, the unknown label,
	// or the node holding a dangling edge.
	Subject schema.IRI
	// Detail says what is wrong, in one line.
	Detail string
}

// String returns the problem as one line: "kind subject: detail".
func (p Problem) String() string {
	return fmt.Sprintf("%s %s: %s", p.Kind, p.Subject, p.Detail)
}

// linkPredicates are the actor and event predicates whose object must be a
// node with a type. rdf:type itself is not one: its objects are classes.
var linkPredicates = []schema.IRI{
	schema.Nationality, schema.WorksFor, schema.Location, schema.Attendee, schema.Organizer,
	schema.ContainedIn, schema.Met, schema.Visited, schema.Attended,
	schema.Participant, schema.Visitor, schema.Host, schema.RemoteAttendee,
	schema.Absent, schema.OnDate, schema.InMonth, schema.InYear,
	schema.SourceArticle, schema.ReportedBy, schema.Sidelines,
}

// participantPredicates are the predicates that give an event a party.
var participantPredicates = []schema.IRI{
	schema.Participant, schema.Visitor, schema.Host, schema.Attendee,
	schema.RemoteAttendee, schema.Organizer,
}

// eventNS is the IRI prefix of every event node dipgraph writes.
const eventNS = schema.IDNS + "event/"

// maxCached bounds the memory of Check's caches of node lookups.
const maxCached = 4096

// Check verifies the store's invariants and returns the problems it finds,
// sorted by kind and subject; none means a healthy store:
//   - every event has an event type, a status, at least one participant and
//     at least one source article (ProblemEvent*);
//   - every quad is labelled with a stored article (ProblemLabel, one problem
//     per bad label, counting its quads);
//   - every IRI object of an actor or event predicate is a node with a type,
//     and every dg:sourceArticle is a stored article (ProblemDangling).
//
// It streams: one pass over the quads and one over the nodes, reading one
// node's edges at a time through the backend's indexes, so its memory does
// not grow with the store (only with the problems found). It returns an
// error only when the store cannot be read, or ctx's error when ctx ends.
func (s *Store) Check(ctx context.Context) (_ []Problem, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	if s.bdb != nil {
		if err := s.boltScan(ctx); err != nil {
			return nil, fmt.Errorf("check: %w", err)
		}
	}
	c := &checker{
		s:         s,
		refs:      make(map[schema.IRI]cgraph.Ref),
		links:     make(map[any]schema.IRI),
		labels:    make(map[any]labelKind),
		objects:   make(map[any]bool),
		badLabels: make(map[any]*badLabel),
	}
	if err := c.resolve(); err != nil {
		return nil, fmt.Errorf("check: %w", err)
	}
	if err := c.quads(ctx); err != nil {
		return nil, fmt.Errorf("check quads: %w", err)
	}
	if err := c.nodes(ctx); err != nil {
		return nil, fmt.Errorf("check nodes: %w", err)
	}
	c.flushLabels()
	sort.SliceStable(c.problems, func(i, j int) bool {
		a, b := c.problems[i], c.problems[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Subject != b.Subject {
			return a.Subject < b.Subject
		}
		return a.Detail < b.Detail
	})
	return c.problems, nil
}

// labelKind is what a label node turned out to be.
type labelKind int

const (
	labelArticle labelKind = iota // a stored article
	labelUnknown                  // a node that is not a stored article
	labelNone                     // no label at all
)

// checker holds the state of one Check. It compares the backend's node refs
// (by refs.ToKey) rather than values, so most quads are checked without
// reading a single value.
type checker struct {
	s        *Store
	problems []Problem
	// refs holds the refs of the vocabulary Check uses; nil when unused in the store.
	refs map[schema.IRI]cgraph.Ref
	// links maps the keys of the link predicates' refs to their IRIs.
	links map[any]schema.IRI
	// labels caches what each label node is; objects caches whether a node
	// is an IRI. Both are emptied when full.
	labels  map[any]labelKind
	objects map[any]bool
	// badLabels counts the quads of each label that is not an article (the
	// key of labelNone for quads without one).
	badLabels map[any]*badLabel
}

type badLabel struct {
	n       int
	example quad.Quad
}

// resolve looks up the refs of the predicates and classes Check uses.
func (c *checker) resolve() error {
	vocab := []schema.IRI{schema.Type, schema.Status, schema.ClassArticle, schema.ClassEvent}
	vocab = append(vocab, linkPredicates...)
	vocab = append(vocab, participantPredicates...)
	for _, t := range eventTypes {
		vocab = append(vocab, t.Class())
	}
	for _, x := range vocab {
		r, err := c.s.qs.ValueOf(iri(x))
		if err != nil {
			return fmt.Errorf("look up %s: %w", x, err)
		}
		c.refs[x] = r
	}
	for _, p := range linkPredicates {
		if r := c.refs[p]; r != nil {
			c.links[refs.ToKey(r)] = p
		}
	}
	return nil
}

// eventTypes lists every event type.
var eventTypes = []schema.EventType{schema.Meeting, schema.Visit, schema.Gathering, schema.Statement, schema.Agreement}

// is reports whether r is the ref of the vocabulary term x.
func (c *checker) is(r cgraph.Ref, x schema.IRI) bool {
	return r != nil && c.refs[x] != nil && refs.ToKey(r) == refs.ToKey(c.refs[x])
}

func (c *checker) report(kind ProblemKind, subject quad.Value, format string, args ...any) {
	c.problems = append(c.problems, Problem{Kind: kind, Subject: schema.IRI(text(subject)), Detail: fmt.Sprintf(format, args...)})
}

// quads checks every quad's label and the objects of its link predicates.
// Values are read only for the quads a problem is reported on.
func (c *checker) quads(ctx context.Context) error {
	qs := c.s.qs
	it := qs.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		r := it.Result()
		if err := c.label(ctx, r); err != nil {
			return err
		}
		p, err := qs.QuadDirection(r, quad.Predicate)
		if err != nil {
			return fmt.Errorf("read quad: %w", err)
		}
		pred, ok := c.links[refs.ToKey(p)]
		if !ok {
			continue
		}
		o, err := qs.QuadDirection(r, quad.Object)
		if err != nil {
			return fmt.Errorf("read quad: %w", err)
		}
		isIRI, err := c.isIRI(o)
		if err != nil {
			return err
		}
		switch {
		case !isIRI:
			q, err := qs.Quad(r)
			if err != nil {
				return fmt.Errorf("read quad: %w", err)
			}
			c.report(ProblemDangling, q.Subject, "%s points to the literal %s, not a node", short(q.Predicate), quad.StringOf(q.Object))
		case pred == schema.SourceArticle:
			kind, err := c.labelKind(ctx, o)
			if err != nil {
				return err
			}
			if kind != labelArticle {
				q, err := qs.Quad(r)
				if err != nil {
					return fmt.Errorf("read quad: %w", err)
				}
				c.report(ProblemDangling, q.Subject, "%s points to %s, which is not a stored article", short(q.Predicate), text(q.Object))
			}
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("walk quads: %w", err)
	}
	return ctx.Err()
}

// label counts the quad r against its label when that is not a stored article.
func (c *checker) label(ctx context.Context, r cgraph.Ref) error {
	l, err := c.s.qs.QuadDirection(r, quad.Label)
	if err != nil {
		return fmt.Errorf("read quad: %w", err)
	}
	kind, err := c.labelKind(ctx, l)
	if err != nil || kind == labelArticle {
		return err
	}
	var k any = labelNone
	if kind == labelUnknown {
		k = refs.ToKey(l)
	}
	b := c.badLabels[k]
	if b == nil {
		q, err := c.s.qs.Quad(r)
		if err != nil {
			return fmt.Errorf("read quad: %w", err)
		}
		b = &badLabel{example: q}
		c.badLabels[k] = b
	}
	b.n++
	return nil
}

// labelKind says whether the node r (a label) is absent, a stored article
// (a node of type schema:NewsArticle) or something else.
func (c *checker) labelKind(ctx context.Context, r cgraph.Ref) (labelKind, error) {
	if r == nil {
		return labelNone, nil
	}
	k := refs.ToKey(r)
	if kind, ok := c.labels[k]; ok {
		return kind, nil
	}
	kind := labelUnknown
	v, err := c.s.qs.NameOf(r)
	if err != nil {
		return 0, fmt.Errorf("read label: %w", err)
	}
	if v == nil {
		kind = labelNone // the SQL backends give a zero hash for no label
	} else {
		types, err := c.types(ctx, r)
		if err != nil {
			return 0, err
		}
		for _, t := range types {
			if c.is(t, schema.ClassArticle) {
				kind = labelArticle
			}
		}
	}
	if len(c.labels) >= maxCached {
		clear(c.labels)
	}
	c.labels[k] = kind
	return kind, nil
}

// isIRI reports whether node r is an IRI.
func (c *checker) isIRI(r cgraph.Ref) (bool, error) {
	k := refs.ToKey(r)
	if ok, found := c.objects[k]; found {
		return ok, nil
	}
	v, err := c.s.qs.NameOf(r)
	if err != nil {
		return false, fmt.Errorf("read node: %w", err)
	}
	_, ok := v.(quad.IRI)
	if len(c.objects) >= maxCached {
		clear(c.objects)
	}
	c.objects[k] = ok
	return ok, nil
}

// flushLabels turns the counted bad labels into problems.
func (c *checker) flushLabels() {
	for k, b := range c.badLabels {
		ex := b.example
		example := fmt.Sprintf("e.g. %s %s %s", quad.StringOf(ex.Subject), short(ex.Predicate), quad.StringOf(ex.Object))
		if k == labelNone {
			c.report(ProblemLabel, ex.Subject, "%d quad(s) have no label, %s", b.n, example)
			continue
		}
		c.report(ProblemLabel, ex.Label, "labels %d quad(s) but is not a stored article, %s", b.n, example)
	}
}

// nodes checks every event node and every untyped IRI node an edge points to.
func (c *checker) nodes(ctx context.Context) error {
	it := c.s.qs.NodesAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		r := it.Result()
		v, err := c.s.qs.NameOf(r)
		if err != nil {
			return fmt.Errorf("read node: %w", err)
		}
		if _, ok := v.(quad.IRI); !ok {
			continue
		}
		types, err := c.types(ctx, r)
		if err != nil {
			return err
		}
		event, typed := strings.HasPrefix(text(v), eventNS), false
		for _, t := range types {
			for _, et := range eventTypes {
				typed = typed || c.is(t, et.Class())
			}
			event = event || c.is(t, schema.ClassEvent)
		}
		if event || typed {
			if err := c.event(ctx, v, r, typed); err != nil {
				return err
			}
		}
		if len(types) == 0 {
			if err := c.untyped(ctx, v, r); err != nil {
				return err
			}
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("walk nodes: %w", err)
	}
	return ctx.Err()
}

// event checks one event node's type, status, participants and sources.
func (c *checker) event(ctx context.Context, x quad.Value, r cgraph.Ref, typed bool) error {
	if !typed {
		c.report(ProblemEventType, x, "event has no event type (meeting, visit, gathering, statement or agreement)")
	}
	has := func(preds ...schema.IRI) (bool, error) {
		for _, p := range preds {
			qs, err := c.edges(ctx, quad.Subject, r, p, 1)
			if err != nil || len(qs) > 0 {
				return len(qs) > 0, err
			}
		}
		return false, nil
	}
	checks := []struct {
		kind   ProblemKind
		preds  []schema.IRI
		detail string
	}{
		{ProblemEventStatus, []schema.IRI{schema.Status}, "event has no " + short(iri(schema.Status))},
		// A gathering told only with its place ("a meeting in Rotterdam
		// next week") is an event too.
		{ProblemEventParticipant, append(slices.Clip(participantPredicates), schema.Location), "event has no participant, visitor, host, attendee or place"},
		{ProblemEventSource, []schema.IRI{schema.SourceArticle}, "event has no " + short(iri(schema.SourceArticle))},
	}
	for _, ch := range checks {
		ok, err := has(ch.preds...)
		if err != nil {
			return fmt.Errorf("event %s: %w", text(x), err)
		}
		if !ok {
			c.report(ch.kind, x, "%s", ch.detail)
		}
	}
	return nil
}

// untyped reports the edges of link predicates that point to v, a node
// without a type: one problem per predicate, naming the first subject.
func (c *checker) untyped(ctx context.Context, v quad.Value, r cgraph.Ref) error {
	for _, p := range linkPredicates {
		qs, err := c.edges(ctx, quad.Object, r, p, 1)
		if err != nil {
			return fmt.Errorf("node %s: %w", text(v), err)
		}
		if len(qs) == 0 {
			continue
		}
		s, err := c.s.qs.QuadDirection(qs[0], quad.Subject)
		if err != nil {
			return fmt.Errorf("node %s: %w", text(v), err)
		}
		subject, err := c.s.qs.NameOf(s)
		if err != nil {
			return fmt.Errorf("node %s: %w", text(v), err)
		}
		c.report(ProblemDangling, subject, "%s points to %s, which is not a node with a type", short(iri(p)), text(v))
	}
	return nil
}

// types returns the refs of the classes of node r.
func (c *checker) types(ctx context.Context, r cgraph.Ref) ([]cgraph.Ref, error) {
	qs, err := c.edges(ctx, quad.Subject, r, schema.Type, -1)
	if err != nil {
		return nil, err
	}
	out := make([]cgraph.Ref, 0, len(qs))
	for _, q := range qs {
		o, err := c.s.qs.QuadDirection(q, quad.Object)
		if err != nil {
			return nil, fmt.Errorf("read type: %w", err)
		}
		out = append(out, o)
	}
	return out, nil
}

// short abbreviates a vocabulary IRI for messages ("dg:status", "schema:name").
func short(v quad.Value) string {
	s := text(v)
	for _, ns := range []struct{ ns, prefix string }{{schema.NS, "dg:"}, {schema.SchemaNS, "schema:"}, {schema.RDFNS, "rdf:"}} {
		if rest, ok := strings.CutPrefix(s, ns.ns); ok {
			return ns.prefix + rest
		}
	}
	return s
}

// checkSubjectIndex is the (subject, predicate) index Cayley's key-value
// backends build by default (kv.DefaultQuadIndexes).
var checkSubjectIndex = kv.QuadIndex{Dirs: []quad.Direction{quad.Subject, quad.Predicate}}

// edges returns the refs of at most limit quads (all when limit < 0) that
// have node r in direction dir (Subject or Object) and predicate pred. On the
// key-value backends it is one prefix scan of the (subject, predicate) or
// (object, predicate, subject) index, so the node's other edges are not
// read; elsewhere the node's quads are walked and their predicate compared.
func (c *checker) edges(ctx context.Context, dir quad.Direction, r cgraph.Ref, pred schema.IRI, limit int) ([]cgraph.Ref, error) {
	p := c.refs[pred]
	if p == nil || r == nil {
		return nil, nil // the predicate is used nowhere
	}
	var it iterator.Shape
	filter := false
	kqs, isKV := c.s.qs.(*kv.QuadStore)
	n, ok1 := r.(kv.Int64Value)
	pn, ok2 := p.(kv.Int64Value)
	if isKV && ok1 && ok2 && (dir == quad.Subject || dir == quad.Object) {
		index := checkSubjectIndex
		if dir == quad.Object {
			index = objectPredicateIndex
		}
		it = kv.IndexScan{Index: index, Values: []uint64{uint64(n), uint64(pn)}}.BuildIterator(kqs)
	} else {
		it = c.s.qs.QuadIterator(dir, r)
		filter = true
	}
	sc := it.Iterate()
	defer sc.Close()
	var out []cgraph.Ref
	for (limit < 0 || len(out) < limit) && sc.Next(ctx) {
		q := sc.Result()
		if filter {
			qp, err := c.s.qs.QuadDirection(q, quad.Predicate)
			if err != nil {
				return nil, fmt.Errorf("read quad: %w", err)
			}
			if refs.ToKey(qp) != refs.ToKey(p) {
				continue
			}
		}
		out = append(out, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("walk edges: %w", err)
	}
	return out, ctx.Err()
}
