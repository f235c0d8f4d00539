package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/dipgraph/dipgraph/schema"
)

// TimeRange selects events by date. A zero From or To leaves that side open;
// an event matches when its Date overlaps [From, To) (see schema.Date.Overlaps),
// so a meeting known only to the month matches any range that touches that
// month. Events of unknown date match only the fully open range.
type TimeRange struct {
	From, To time.Time
}

// IsZero reports whether the range is fully open.
func (r TimeRange) IsZero() bool { return r.From.IsZero() && r.To.IsZero() }

func (r TimeRange) keep(e schema.Event) bool { return e.Date.Overlaps(r.From, r.To) }

// GatheringFilter selects gatherings. Empty fields select everything.
type GatheringFilter struct {
	// Place is a city, or a country (gatherings in its cities or hosted by it).
	Place schema.IRI
	// Attendee is an actor that attended (in person or online) or hosted.
	Attendee schema.IRI
	// Range limits the gathering's date.
	Range TimeRange
}

// eventsVia returns the events linked to actor by any of preds (event → actor).
func (s *Store) eventsVia(ctx context.Context, actor schema.IRI, preds ...schema.IRI) ([]schema.IRI, error) {
	return s.eventsViaAny(ctx, []schema.IRI{actor}, preds...)
}

// eventsViaAny returns the events linked to any of actors by any of preds
// (event → actor), sorted and distinct: on bolt in one read transaction, on
// PostgreSQL in one query, elsewhere one index range per actor and predicate.
func (s *Store) eventsViaAny(ctx context.Context, actors []schema.IRI, preds ...schema.IRI) ([]schema.IRI, error) {
	objs := make([]quad.Value, len(actors))
	for i, a := range actors {
		objs[i] = iri(a)
	}
	return s.subjectsOfAny(ctx, objs, preds...)
}

// eventsOfType returns the events of one type: from the date index when the
// range is bounded, else from the type's class node.
func (s *Store) eventsOfType(ctx context.Context, t schema.EventType, r TimeRange) ([]schema.Event, error) {
	keep := func(e schema.Event) bool { return e.Type == t && r.keep(e) }
	if !r.IsZero() {
		xs, err := s.eventIRIsInRange(ctx, r)
		if err != nil {
			return nil, err
		}
		return s.loadEvents(ctx, xs, keep)
	}
	xs, err := s.subjectsOf(ctx, schema.Type, iri(t.Class()))
	if err != nil {
		return nil, err
	}
	return s.loadEvents(ctx, xs, keep)
}

// Meetings returns the meetings (of any status and mode) the actor took part
// in, overlapping r, sorted by date then IRI. An empty actor returns all
// meetings.
func (s *Store) Meetings(ctx context.Context, actor schema.IRI, r TimeRange) (_ []schema.Event, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	if actor == "" {
		es, err := s.eventsOfType(ctx, schema.Meeting, r)
		if err != nil {
			return nil, fmt.Errorf("meetings: %w", err)
		}
		return es, nil
	}
	xs, err := s.eventsVia(ctx, actor, schema.Participant)
	if err != nil {
		return nil, fmt.Errorf("meetings of %s: %w", actor, err)
	}
	es, err := s.loadEvents(ctx, xs, func(e schema.Event) bool { return e.Type == schema.Meeting && r.keep(e) })
	if err != nil {
		return nil, fmt.Errorf("meetings of %s: %w", actor, err)
	}
	return es, nil
}

// Visits returns the visits (of any status) where actor is the visitor or the
// host, overlapping r, sorted by date then IRI. An empty actor returns all
// visits.
func (s *Store) Visits(ctx context.Context, actor schema.IRI, r TimeRange) (_ []schema.Event, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	if actor == "" {
		es, err := s.eventsOfType(ctx, schema.Visit, r)
		if err != nil {
			return nil, fmt.Errorf("visits: %w", err)
		}
		return es, nil
	}
	xs, err := s.eventsVia(ctx, actor, schema.Visitor, schema.Host)
	if err != nil {
		return nil, fmt.Errorf("visits of %s: %w", actor, err)
	}
	es, err := s.loadEvents(ctx, xs, func(e schema.Event) bool { return e.Type == schema.Visit && r.keep(e) })
	if err != nil {
		return nil, fmt.Errorf("visits of %s: %w", actor, err)
	}
	return es, nil
}

// Gatherings returns the gatherings (of any status) that match f, sorted by
// date then IRI.
func (s *Store) Gatherings(ctx context.Context, f GatheringFilter) (_ []schema.Event, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	var candidates []schema.IRI
	keep := func(e schema.Event) bool { return e.Type == schema.Gathering && f.Range.keep(e) }
	switch {
	case f.Attendee != "":
		candidates, err = s.eventsVia(ctx, f.Attendee, schema.Attendee, schema.RemoteAttendee, schema.Host, schema.Organizer)
	case f.Place != "":
		candidates, err = s.eventsAtPlace(ctx, f.Place)
	default:
		es, err := s.eventsOfType(ctx, schema.Gathering, f.Range)
		if err != nil {
			return nil, fmt.Errorf("gatherings: %w", err)
		}
		return es, nil
	}
	if err != nil {
		return nil, fmt.Errorf("gatherings: %w", err)
	}
	if f.Attendee != "" && f.Place != "" {
		at, err := s.eventsAtPlace(ctx, f.Place)
		if err != nil {
			return nil, fmt.Errorf("gatherings: %w", err)
		}
		in := make(map[schema.IRI]bool, len(at))
		for _, x := range at {
			in[x] = true
		}
		kept := candidates[:0]
		for _, x := range candidates {
			if in[x] {
				kept = append(kept, x)
			}
		}
		candidates = kept
	}
	es, err := s.loadEvents(ctx, candidates, keep)
	if err != nil {
		return nil, fmt.Errorf("gatherings: %w", err)
	}
	return es, nil
}

// eventsAtPlace returns the events located in a city, or, for a country, in
// its cities or hosted by it.
func (s *Store) eventsAtPlace(ctx context.Context, place schema.IRI) ([]schema.IRI, error) {
	cities := []schema.IRI{place}
	var hosted []schema.IRI
	if schema.KindOf(place) == schema.KindCountry {
		cs, err := s.subjectsOf(ctx, schema.ContainedIn, iri(place))
		if err != nil {
			return nil, err
		}
		cities = append(cities, cs...)
		if hosted, err = s.eventsVia(ctx, place, schema.Host, schema.Organizer); err != nil {
			return nil, err
		}
	}
	set := make(map[schema.IRI]struct{})
	for _, x := range hosted {
		set[x] = struct{}{}
	}
	for _, c := range cities {
		xs, err := s.subjectsOf(ctx, schema.Location, iri(c))
		if err != nil {
			return nil, err
		}
		for _, x := range xs {
			set[x] = struct{}{}
		}
	}
	return sortedSet(set), nil
}

// rolePredicates are the edges by which an actor takes part in an event.
var rolePredicates = []schema.IRI{
	schema.Participant, schema.Visitor, schema.Host, schema.Organizer,
	schema.Attendee, schema.RemoteAttendee,
}

// Timeline returns every event the actor took part in, in any role
// (participant, visitor, host, organizer, attendee, remote attendee; not
// absent or cited source), overlapping r, sorted by date then IRI. A
// country's timeline also holds the events of its nationals, the persons
// whose schema:nationality is the country (a minister acts for it), and an
// organisation's those of its officers (schema:worksFor), each event once.
func (s *Store) Timeline(ctx context.Context, actor schema.IRI, r TimeRange) (_ []schema.Event, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	actors := []schema.IRI{actor}
	if k := schema.KindOf(actor); k == schema.KindCountry || k == schema.KindOrganization {
		ns, err := s.nationals(ctx, actor)
		if err != nil {
			return nil, fmt.Errorf("timeline of %s: %w", actor, err)
		}
		actors = append(actors, ns...)
	}
	xs, err := s.eventsViaAny(ctx, actors, rolePredicates...)
	if err != nil {
		return nil, fmt.Errorf("timeline of %s: %w", actor, err)
	}
	if !r.IsZero() && len(xs) >= datesFirstMin {
		if xs, err = s.datedIn(ctx, xs, r); err != nil {
			return nil, fmt.Errorf("timeline of %s: %w", actor, err)
		}
	}
	es, err := s.loadEvents(ctx, xs, r.keep)
	if err != nil {
		return nil, fmt.Errorf("timeline of %s: %w", actor, err)
	}
	return es, nil
}

// datesFirstMin is the number of candidate events from which Timeline with a
// bounded range reads their start dates alone, then only the events in range
// whole: a country's timeline over one year has thousands of candidates (its
// nationals' events over all years) and keeps a few percent of them.
const datesFirstMin = 256

// datedIn returns the events of xs whose start date, read as eventFrom reads
// it, overlaps r (what r.keep checks), in the order of xs; only their
// schema:startDate quads are read.
func (s *Store) datedIn(ctx context.Context, xs []schema.IRI, r TimeRange) ([]schema.IRI, error) {
	byNode, err := s.nodesQuads(ctx, xs, readOpts{preds: []schema.IRI{schema.StartDate}, noLabels: true})
	if err != nil {
		return nil, fmt.Errorf("read dates of %d events: %w", len(xs), err)
	}
	var kept []schema.IRI
	for _, x := range xs {
		var d schema.Date
		if v, err := schema.ParseDate(groupProps(byNode[x]).one(schema.StartDate)); err == nil {
			d = v
		}
		if d.Overlaps(r.From, r.To) {
			kept = append(kept, x)
		}
	}
	return kept, nil
}

// nationals returns the persons whose nationality is country, walking the
// country's incoming schema:nationality edges (organisations also carry one;
// they are left out), or for an organisation the persons who work for it.
func (s *Store) nationals(ctx context.Context, country schema.IRI) ([]schema.IRI, error) {
	pred := schema.Nationality
	if schema.KindOf(country) == schema.KindOrganization {
		pred = schema.WorksFor
	}
	xs, err := s.subjectsOf(ctx, pred, iri(country))
	if err != nil {
		return nil, fmt.Errorf("nationals of %s: %w", country, err)
	}
	persons := xs[:0]
	for _, x := range xs {
		if schema.KindOf(x) == schema.KindPerson {
			persons = append(persons, x)
		}
	}
	return persons, nil
}

// EventsInRange returns every event overlapping r, sorted by date then IRI,
// found through the date index. The fully open range returns every event,
// undated ones included.
func (s *Store) EventsInRange(ctx context.Context, r TimeRange) (_ []schema.Event, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	var xs []schema.IRI
	if r.IsZero() {
		xs, err = s.subjectsOf(ctx, schema.Type, iri(schema.ClassEvent))
	} else {
		xs, err = s.eventIRIsInRange(ctx, r)
	}
	if err != nil {
		return nil, fmt.Errorf("events in range: %w", err)
	}
	es, err := s.loadEvents(ctx, xs, r.keep)
	if err != nil {
		return nil, fmt.Errorf("events in range: %w", err)
	}
	return es, nil
}

// maxIndexMonths bounds the months eventIRIsInRange walks one by one; longer or
// half-open ranges list the date nodes instead.
const maxIndexMonths = 240

// eventIRIsInRange walks the date index: for every month the range touches,
// the month node's events and those of its days; for every year and decade
// it touches, their events. Candidates still need r.keep.
func (s *Store) eventIRIsInRange(ctx context.Context, r TimeRange) ([]schema.IRI, error) {
	var nodes []schema.IRI
	if r.From.IsZero() || r.To.IsZero() || monthsBetween(r.From, r.To) > maxIndexMonths {
		all, err := s.subjectsOf(ctx, schema.Type, iri(schema.ClassDate))
		if err != nil {
			return nil, err
		}
		for _, n := range all {
			if d, err := schema.ParseDate(schema.Local(n)); err == nil && d.Overlaps(r.From, r.To) {
				nodes = append(nodes, n)
			}
		}
	} else {
		from := time.Date(r.From.Year(), r.From.Month(), 1, 0, 0, 0, 0, time.UTC)
		for m := from; m.Before(r.To); m = m.AddDate(0, 1, 0) {
			month := schema.DateIRI(schema.Month(m.Year(), m.Month()))
			nodes = append(nodes, month)
			days, err := s.subjectsOf(ctx, schema.InMonth, iri(month))
			if err != nil {
				return nil, err
			}
			for _, d := range days {
				if dd, err := schema.ParseDate(schema.Local(d)); err == nil && dd.Overlaps(r.From, r.To) {
					nodes = append(nodes, d)
				}
			}
		}
		for y := r.From.Year(); y <= r.To.Year(); y++ {
			nodes = append(nodes, schema.DateIRI(schema.Year(y)))
		}
		for dec := r.From.Year() - r.From.Year()%10; dec <= r.To.Year(); dec += 10 {
			nodes = append(nodes, schema.DateIRI(schema.Decade(dec)))
		}
	}
	set := make(map[schema.IRI]struct{})
	for _, n := range nodes {
		xs, err := s.subjectsOf(ctx, schema.OnDate, iri(n))
		if err != nil {
			return nil, err
		}
		for _, x := range xs {
			set[x] = struct{}{}
		}
	}
	return sortedSet(set), nil
}

func monthsBetween(a, b time.Time) int {
	return (b.Year()-a.Year())*12 + int(b.Month()) - int(a.Month())
}

// Stats counts what the store holds. Quads and Nodes come from the backend
// (PostgreSQL gives estimates); the other counts are distinct nodes of each
// class.
type Stats struct {
	// Quads is the number of quads.
	Quads int64
	// Nodes is the number of nodes (IRIs and literals).
	Nodes int64
	// Articles is the number of stored articles.
	Articles int64
	// Events is the number of events of any type.
	Events int64
	// Actors is the number of persons, countries, organisations and cities.
	Actors int64
	// ByType counts events per type.
	ByType map[schema.EventType]int64
}

// Stats returns counts of the store's contents.
func (s *Store) Stats(ctx context.Context) (_ Stats, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	st, err := s.backendStats(ctx)
	if errors.Is(err, kv.ErrNoBucket) {
		// A bolt store created but never written to (an ingest killed before
		// its first write) has no quad log yet: it is empty, not broken.
		err = nil
	}
	if err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	out := Stats{Quads: st.Quads.Value, Nodes: st.Nodes.Value, ByType: make(map[schema.EventType]int64)}
	count := func(class schema.IRI) (int64, error) {
		xs, err := s.subjectsOf(ctx, schema.Type, iri(class))
		return int64(len(xs)), err
	}
	if out.Articles, err = count(schema.ClassArticle); err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	if out.Events, err = count(schema.ClassEvent); err != nil {
		return Stats{}, fmt.Errorf("stats: %w", err)
	}
	for _, c := range actorClasses {
		n, err := count(c)
		if err != nil {
			return Stats{}, fmt.Errorf("stats: %w", err)
		}
		out.Actors += n
	}
	for _, t := range []schema.EventType{schema.Meeting, schema.Visit, schema.Gathering, schema.Statement, schema.Agreement} {
		n, err := count(t.Class())
		if err != nil {
			return Stats{}, fmt.Errorf("stats: %w", err)
		}
		if n > 0 {
			out.ByType[t] = n
		}
	}
	return out, nil
}
