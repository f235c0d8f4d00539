package graph

import (
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/dipgraph/dipgraph/resolve"
	"github.com/dipgraph/dipgraph/schema"
)

// Predicates of the name index, graph's own storage detail: they let
// ResolveActor find an actor from any spelling by walking from one literal
// node instead of scanning names.
const (
	// NameKey links an actor to the folded form (schema.Slug) of its name and of each alias.
	NameKey schema.IRI = schema.NS + "nameKey"
	// SurnameKey links a person to the folded form of the last word of its name.
	SurnameKey schema.IRI = schema.NS + "surnameKey"
)

func iri(i schema.IRI) quad.IRI { return quad.IRI(i) }

// quadBuilder collects the quads of one article, without duplicates, in order.
type quadBuilder struct {
	label quad.Value
	seen  map[quad.Quad]struct{}
	out   []quad.Quad
}

func newQuadBuilder(article schema.IRI) *quadBuilder {
	return &quadBuilder{label: iri(article), seen: make(map[quad.Quad]struct{})}
}

func (b *quadBuilder) add(s schema.IRI, p schema.IRI, o quad.Value) {
	if s == "" || o == nil {
		return
	}
	if v, ok := o.(quad.IRI); ok && v == "" {
		return
	}
	if v, ok := o.(quad.String); ok && strings.TrimSpace(string(v)) == "" {
		return
	}
	q := quad.Quad{Subject: iri(s), Predicate: iri(p), Object: o, Label: b.label}
	if _, ok := b.seen[q]; ok {
		return
	}
	b.seen[q] = struct{}{}
	b.out = append(b.out, q)
}

func (b *quadBuilder) link(s, p, o schema.IRI) {
	if o == "" {
		return
	}
	b.add(s, p, iri(o))
}

func (b *quadBuilder) text(s, p schema.IRI, v string) {
	b.add(s, p, quad.String(v))
}

// factQuads turns one article's facts into quads labelled with the article IRI.
func factQuads(f schema.Facts) []quad.Quad {
	a := f.Article.IRI()
	b := newQuadBuilder(a)

	b.link(a, schema.Type, schema.ClassArticle)
	b.text(a, schema.Headline, f.Article.Title)
	b.text(a, schema.URL, f.Article.URL)
	b.text(a, schema.SourceName, f.Article.Source)
	if f.Article.Published.IsZero() {
		b.text(a, schema.DateUnknown, "true")
	} else {
		b.text(a, schema.DatePublished, schema.Day(f.Article.Published).String())
	}
	b.text(a, schema.ContentHash, schema.StoredHash(f.Article, f.Extractor))

	known := make(map[schema.IRI]bool, len(f.Actors))
	for _, ac := range f.Actors {
		if ac.IRI == "" {
			continue
		}
		known[ac.IRI] = true
		actorQuads(b, a, ac)
	}
	// An actor the facts refer to without describing it (a person's country,
	// an event's host) gets a node of its kind, so that it is found as an
	// actor, linked to the article for retraction.
	referred := func(x schema.IRI) {
		if x != "" && !known[x] && schema.KindOf(x) != "" {
			known[x] = true
			actorQuads(b, a, schema.Actor{IRI: x, Kind: schema.KindOf(x)})
		}
	}
	for _, ac := range f.Actors {
		referred(ac.Country)
	}
	for _, e := range f.Events {
		for _, x := range eventActors(e) {
			referred(x)
		}
		eventQuads(b, a, e)
	}
	return b.out
}

func eventActors(e schema.Event) []schema.IRI {
	var out []schema.IRI
	out = append(out, e.Participants...)
	out = append(out, e.Visitor, e.Host)
	out = append(out, e.Attendees...)
	out = append(out, e.Remote...)
	out = append(out, e.Absent...)
	return append(out, e.Place, e.ReportedBy)
}

func actorQuads(b *quadBuilder, a schema.IRI, ac schema.Actor) {
	x := ac.IRI
	kind := ac.Kind
	if kind == "" {
		kind = schema.KindOf(x)
	}
	if c := kind.Class(); c != "" {
		b.link(x, schema.Type, c)
	}
	b.link(x, schema.SourceArticle, a)
	b.text(x, schema.Name, ac.Name)
	if k := schema.Slug(ac.Name); k != "" {
		b.text(x, NameKey, k)
	}
	for _, al := range ac.Aliases {
		if al == ac.Name {
			continue
		}
		b.text(x, schema.AlternateName, al)
		if k := schema.Slug(al); k != "" {
			b.text(x, NameKey, k)
		}
	}
	if k := resolve.SurnameKey(ac.Name); kind == schema.KindPerson && k != "" {
		b.text(x, SurnameKey, k)
	}
	b.text(x, schema.JobTitle, ac.Role)
	switch {
	case kind == schema.KindCity:
		b.link(x, schema.ContainedIn, ac.Country)
	case schema.KindOf(ac.Country) == schema.KindOrganization:
		b.link(x, schema.WorksFor, ac.Country)
	case !ac.CountryGuessed:
		// A country guessed from one article's context is no fact about
		// the person: a president is not German because a story was
		// filed from Berlin.
		b.link(x, schema.Nationality, ac.Country)
	}
}

func eventQuads(b *quadBuilder, a schema.IRI, e schema.Event) {
	x := e.IRI()
	b.link(x, schema.Type, e.Type.Class())
	b.link(x, schema.Type, schema.ClassEvent)
	b.link(x, schema.SourceArticle, a)
	status := e.Status
	if status == "" {
		status = schema.Occurred // as schema.EventIRI reads an empty status
	}
	b.text(x, schema.Status, string(status))
	b.text(x, schema.Mode, string(e.Mode))
	for _, p := range e.Participants {
		b.link(x, schema.Participant, p)
	}
	b.link(x, schema.Visitor, e.Visitor)
	b.link(x, schema.Host, e.Host)
	for _, p := range e.Attendees {
		b.link(x, schema.Attendee, p)
	}
	for _, p := range e.Remote {
		b.link(x, schema.RemoteAttendee, p)
	}
	for _, p := range e.Absent {
		b.link(x, schema.Absent, p)
	}
	b.text(x, schema.Name, e.Name)
	if !e.Date.IsZero() {
		b.text(x, schema.StartDate, e.Date.String())
		b.text(x, schema.DatePrecision, string(e.Date.Precision))
		dateQuads(b, x, e.Date)
	}
	if !e.EndDate.IsZero() {
		b.text(x, schema.EndDate, e.EndDate.String())
	}
	b.link(x, schema.Location, e.Place)
	for _, t := range e.Topics {
		b.text(x, schema.About, t)
	}
	b.link(x, schema.Sidelines, e.Sidelines)
	b.link(x, schema.ReportedBy, e.ReportedBy)

	plover, mode, cameo := schema.Classify(e)
	if e.PloverType != "" || e.CameoCode != "" {
		plover, mode, cameo = e.PloverType, e.PloverMode, e.CameoCode
	}
	b.text(x, schema.PloverType, plover)
	b.text(x, schema.PloverMode, mode)
	b.text(x, schema.CameoCode, cameo)

	if e.Evidence.Sentence != "" {
		b.text(x, schema.EvidenceText, e.Evidence.Sentence)
		b.add(x, schema.EvidenceStart, quad.Int(e.Evidence.Start))
		b.add(x, schema.EvidenceEnd, quad.Int(e.Evidence.End))
	}
	if e.Confidence > 0 {
		b.add(x, schema.Confidence, quad.Float(e.Confidence))
	}

	// Direct edges for one-hop questions, only for what happened.
	if status != schema.Occurred {
		return
	}
	switch e.Type {
	case schema.Meeting:
		for _, p := range e.Participants {
			for _, q := range e.Participants {
				if p != q {
					b.link(p, schema.Met, q)
				}
			}
		}
	case schema.Visit:
		if e.Visitor != "" {
			b.link(e.Visitor, schema.Visited, e.Host)
		}
	case schema.Gathering:
		for _, p := range e.Attendees {
			b.link(p, schema.Attended, x)
		}
		for _, p := range e.Remote {
			b.link(p, schema.Attended, x)
		}
	}
}

// dateQuads links an event to its node of the date index and builds the
// index's hierarchy above it (day → month → year).
func dateQuads(b *quadBuilder, event schema.IRI, d schema.Date) {
	node := schema.DateIRI(d)
	b.link(event, schema.OnDate, node)
	b.link(node, schema.Type, schema.ClassDate)
	y := d.Time.Year()
	switch d.Precision {
	case schema.PrecisionDay:
		month := schema.DateIRI(schema.Month(y, d.Time.Month()))
		year := schema.DateIRI(schema.Year(y))
		b.link(node, schema.InMonth, month)
		b.link(month, schema.Type, schema.ClassDate)
		b.link(month, schema.InYear, year)
		b.link(year, schema.Type, schema.ClassDate)
	case schema.PrecisionMonth:
		year := schema.DateIRI(schema.Year(y))
		b.link(node, schema.InYear, year)
		b.link(year, schema.Type, schema.ClassDate)
	}
}

// QuadCount returns the number of quads WriteArticles stores for one
// article's facts (before any deduplication against other articles: each
// article's quads carry its own label, so none is shared).
func QuadCount(f schema.Facts) int { return len(factQuads(f)) }
