package graph

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dipgraph/dipgraph/schema"
)

// testLookup checks Event and Articles, the lookups of one event and of the
// articles that report it.
func testLookup(t *testing.T, open func(t *testing.T) *Store) {
	ctx := context.Background()
	s := open(t)
	write(t, s, fixture())
	a1, a2 := schema.ArticleIRI("a1"), schema.ArticleIRI("a2")

	want := withSources(meetLavrovImran, a1, a2)
	want.Participants = []schema.IRI{imran, lavrov}
	want.Topics = []string{"Afghanistan", "energy cooperation"}
	want.Confidence = 0.95
	got, err := s.Event(ctx, want.IRI())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Event (-want +got):\n%s", diff)
	}
	for _, x := range []schema.IRI{"https://dipgraph.org/id/event/meeting/1999-01-01/nobody", lavrov, a1} {
		if _, err := s.Event(ctx, x); !errors.Is(err, ErrNotFound) {
			t.Errorf("Event(%s): got %v, want ErrNotFound", x, err)
		}
	}

	arts, err := s.Articles(ctx, []schema.IRI{a1, a2, lavrov, schema.ArticleIRI("missing")})
	if err != nil {
		t.Fatal(err)
	}
	wantArts := map[schema.IRI]schema.Article{}
	for _, f := range fixture()[:2] {
		a := f.Article
		wantArts[a.IRI()] = schema.Article{ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Published: a.Published}
	}
	if diff := cmp.Diff(wantArts, arts); diff != "" {
		t.Errorf("Articles (-want +got):\n%s", diff)
	}
}
