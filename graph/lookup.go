package graph

import (
	"context"
	"fmt"

	"github.com/dipgraph/dipgraph/schema"
)

// Event returns the event with the given IRI, merged from every article's
// copy as the listings merge it. It returns ErrNotFound when no event has
// that IRI.
func (s *Store) Event(ctx context.Context, x schema.IRI) (_ schema.Event, err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	es, err := s.loadEvents(ctx, []schema.IRI{x}, nil)
	if err != nil {
		return schema.Event{}, fmt.Errorf("event %s: %w", x, err)
	}
	if len(es) == 0 {
		return schema.Event{}, fmt.Errorf("event %s: %w", x, ErrNotFound)
	}
	return es[0], nil
}
