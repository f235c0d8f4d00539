package extract

import (
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// TestMeetingTopics covers where a meeting's topics are read: after "on",
// "about" or "over" past the object and place of the trigger, after a
// topic verb or phrasal verb, from a later sentence about the same
// parties, and from the subject of "topped the agenda"; dates, visits
// and sidelines after "on" are no topics.
func TestMeetingTopics(t *testing.T) {
	pub := day(2024, time.June, 14)
	const a = "Kenyan President Daniel Ochieng "
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"about after the object", a + "spoke by telephone with Tanzanian President Grace Mollel about grain exports and border crossings.",
			[]string{"grain exports", "border crossings"}},
		{"on after a place", a + "held talks at the State House in Dodoma with Tanzanian President Grace Mollel on rail links.",
			[]string{"rail links"}},
		{"on after a time phrase", a + "and Tanzanian President Grace Mollel held talks before the dinner on fishing rights and ferry safety.",
			[]string{"fishing rights", "ferry safety"}},
		{"phrasal verb", a + "met Tanzanian President Grace Mollel to go through the draft customs treaty.",
			[]string{"draft customs treaty"}},
		{"a later sentence of the two", a + "met Tanzanian President Grace Mollel in Dodoma on Monday. The two discussed lake transport and power lines.",
			[]string{"lake transport", "power lines"}},
		{"agenda subject", a + "met Tanzanian President Grace Mollel at State House, where fishing, ferries and roads topped the agenda.",
			[]string{"fishing", "ferries", "roads"}},
		{"a later sentence whose subject is the talks", a + "met Tanzanian President Grace Mollel in Dodoma on Monday. The talks covered cattle vaccines and a joint fish market.",
			[]string{"cattle vaccines", "joint fish market"}},
		{"a later sentence about their conversation", a + "met Tanzanian President Grace Mollel in Dodoma on Monday. Their conversation, which lasted two hours, centred on port fees.",
			[]string{"port fees"}},
		{"dwelt on, tackled", a + "met Tanzanian President Grace Mollel in Dodoma on Monday. The meeting dwelt on river transport; it also tackled bird flu.",
			[]string{"river transport", "bird flu"}},
		{"a later sentence about some other talks is none of theirs", a + "met Tanzanian President Grace Mollel in Dodoma on Monday. Uganda's talks with the bank covered loans.", nil},
		{"a date after on is no topic", a + "met Tanzanian President Grace Mollel on Monday.", nil},
		{"sidelines after on are no topic", a + "met Tanzanian President Grace Mollel on the sidelines.", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
			var got []string
			for _, e := range f.Events {
				if e.Type == schema.Meeting {
					got = append(got, e.Topics...)
				}
			}
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}
