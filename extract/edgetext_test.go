package extract

import (
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// TestUnpunctuatedAndHiddenCharacters checks text a careless export
// leaves: a one-line article with no final stop, a sentence followed by a
// bare credit word, and a zero-width character inside a name.
func TestUnpunctuatedAndHiddenCharacters(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	want := []string{"meeting occurred Emmanuel Macron+Olaf Scholz @2024-05-07"}
	for _, tc := range []struct{ name, text string }{
		{"no final stop", "French President Emmanuel Macron held talks with Olaf Scholz of Germany in Bonn on Tuesday"},
		{"a credit after the stop", "French President Emmanuel Macron held talks with Olaf Scholz of Germany in Bonn on Tuesday. Reuters"},
		{"a zero-width space in a name", "French President Emmanuel Ma\u200bcron held talks with Olaf Scholz of Germany in Bonn on Tuesday."},
		{"a word joiner in a name", "French President Emmanuel Macron held talks with Olaf Sch\u2060olz of Germany in Bonn on Tuesday."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := brief(testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})); !cmp.Equal(want, got) {
				t.Errorf("%q: got %v, want %v", tc.text, got, want)
			}
		})
	}
	// A short line with no stop stays a heading: no event from a title.
	if got := brief(testX.Extract(schema.Article{ID: "t", Text: "Macron meets Scholz\n\nEnergy prices topped the agenda in Bonn on Tuesday.", Published: pub})); len(got) != 0 {
		t.Errorf("a headline line made events: %v", got)
	}
}

// TestWireDeskNotes checks that a news agency desk's notes ("(ATTN: ADDS
// ...)", "UPDATES") make no person and hide none.
func TestWireDeskNotes(t *testing.T) {
	pub := day(2025, time.August, 24) // a Sunday
	text := "(ATTN: ADDS Kim's talks with business leaders; UPDATES with schedule)\n\nSEOUL, Aug. 24 (Yonhap) -- President Kim Min-seok arrived in Hanoi on Saturday. Vietnamese President Luong Cuong received Kim at the presidential palace in the afternoon."
	want := []string{"meeting occurred Kim Min-seok+Luong Cuong @2025-08-23", "visit occurred Kim Min-seok>Vietnam @2025-08-23"}
	if got := brief(testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})); !cmp.Equal(want, got) {
		t.Errorf("got %v, want %v", got, want)
	}
}
