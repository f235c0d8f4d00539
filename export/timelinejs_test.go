package export

import (
	"context"
	"testing"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

// fakeStore knows no actor and no article.
type fakeStore struct{}

func (fakeStore) Actor(context.Context, schema.IRI) (schema.Actor, error) {
	return schema.Actor{}, graph.ErrNotFound
}

func (fakeStore) Articles(context.Context, []schema.IRI) (map[schema.IRI]schema.Article, error) {
	return nil, nil
}

var _ Store = (*graph.Store)(nil)

// TestTimelineJSSkipsUndated: an event of unknown date has no slide and is
// counted; a dated one is escaped HTML.
func TestTimelineJSSkipsUndated(t *testing.T) {
	a, b := schema.PersonIRI("A <b>"), schema.PersonIRI("B")
	evs := []schema.Event{
		{Type: schema.Meeting, Status: schema.Planned, Participants: []schema.IRI{a, b}},
		{Type: schema.Meeting, Status: schema.Occurred, Participants: []schema.IRI{a, b}, Date: schema.Year(1987),
			Evidence: schema.Evidence{Sentence: "A <met> B & more"}},
	}
	doc, skipped, err := BuildTimelineJS(context.Background(), fakeStore{}, "t", evs)
	if err != nil {
		t.Fatal(err)
	}
	if skipped != 1 || len(doc.Events) != 1 {
		t.Fatalf("skipped %d, %d slides; want 1 and 1", skipped, len(doc.Events))
	}
	if got := doc.Events[0].Text.Text; got != "<blockquote>A &lt;met&gt; B &amp; more</blockquote>" {
		t.Errorf("slide text %q", got)
	}
}
