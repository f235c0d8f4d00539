package extract

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// eventActorIRIs returns every actor IRI an event refers to, with the field
// it came from.
func eventActorIRIs(e schema.Event) map[string][]schema.IRI {
	out := map[string][]schema.IRI{
		"Participants": e.Participants,
		"Attendees":    e.Attendees,
		"Remote":       e.Remote,
		"Absent":       e.Absent,
	}
	for name, iri := range map[string]schema.IRI{"Visitor": e.Visitor, "Host": e.Host, "Place": e.Place, "ReportedBy": e.ReportedBy} {
		if iri != "" {
			out[name] = []schema.IRI{iri}
		}
	}
	return out
}

// checkFacts fails t when the facts extracted from a break an invariant.
func checkFacts(t *testing.T, a schema.Article, f schema.Facts) {
	t.Helper()
	if f.Article.ID != a.ID || f.Article.Text != a.Text {
		t.Fatalf("Facts.Article is not the article passed in: %+v", f.Article)
	}
	actors := map[schema.IRI]bool{}
	for i, ac := range f.Actors {
		if ac.IRI == "" {
			t.Fatalf("actor %d %+v has no IRI", i, ac)
		}
		if ac.Kind.Class() == "" {
			t.Fatalf("actor %d %s has unknown kind %q", i, ac.IRI, ac.Kind)
		}
		actors[ac.IRI] = true
	}
	for i, e := range f.Events {
		ev := e.Evidence
		if ev.Start < 0 || ev.End > len(a.Text) || ev.Start > ev.End {
			t.Fatalf("event %d (%s): evidence [%d,%d) outside text of %d bytes", i, e.Type, ev.Start, ev.End, len(a.Text))
		}
		// The sentence is the text at its offsets with hard-wrapped lines
		// joined (every run of white space one space).
		if ev.Sentence != strings.Join(strings.Fields(a.Text[ev.Start:ev.End]), " ") {
			t.Fatalf("event %d (%s): evidence %q != Text[%d:%d] %q", i, e.Type, ev.Sentence, ev.Start, ev.End, a.Text[ev.Start:ev.End])
		}
		if e.Type == schema.Meeting && len(e.Participants) == 0 {
			t.Fatalf("event %d: meeting without participants in %q", i, ev.Sentence)
		}
		for field, iris := range eventActorIRIs(e) {
			for _, iri := range iris {
				if !actors[iri] {
					t.Fatalf("event %d (%s): %s %s is not among Facts.Actors (evidence %q)", i, e.Type, field, iri, ev.Sentence)
				}
			}
		}
		if !e.Date.Time.IsZero() && e.Date.IsZero() {
			t.Fatalf("event %d (%s): date %v without a precision", i, e.Type, e.Date.Time)
		}
		if !e.EndDate.IsZero() {
			if e.Date.IsZero() {
				t.Fatalf("event %d (%s): EndDate %v without a Date", i, e.Type, e.EndDate)
			}
			if e.EndDate.Time.Before(e.Date.Time) {
				t.Fatalf("event %d (%s): EndDate %v before Date %v", i, e.Type, e.EndDate, e.Date)
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	wed := time.Date(2021, time.April, 7, 0, 0, 0, 0, time.UTC).Unix()
	for _, s := range []struct{ title, text string }{
		{"", "The foreign ministers of Chile and Norway met in Oslo on Monday to discuss fisheries."},
		{"Kenyan president in Seoul", "SEOUL, April 6 (Example Wire) - Kenya's president arrived in Seoul on Tuesday for a three-day state visit, and will meet the South Korean prime minister tomorrow."},
		{"", "Leaders of France, Germany, Italy and Spain attended a summit in Brussels last week; Hungary did not attend and Poland joined by video link."},
		{"", "He said he had spoken by telephone with his Indian counterpart. \"We agreed to meet again,\" he said, \"in New Delhi next month.\""},
		{"Talks", "Talks\n\nThe talks were cancelled.\n\nMinister met minister. Met met met with with with."},
		{"", "  \n\n\t "},
		{"", "Kenyan President William Ruto arrived in Seoul on Tuesday for a three-day state visit, his office said."},
		{"", "SEOUL, April 6 - Kenya's president arrived in Seoul on Tuesday for a state visit and will meet Prime Minister Han Duck-soo tomorrow."},
		{"", "Egyptian Foreign Minister Sameh Shoukry held talks with his Jordanian counterpart Ayman Safadi in Amman on March 3-4, the ministry said."},
		{"", "\xff\xfe broken UTF-8 \xc3 met \xe2\x80 in Paris"},
		{"", "Attended by Kenya's foreign minister, the talks in Lusaka ended on Tuesday."}, // "attended by" opening a sentence
	} {
		f.Add(s.title, s.text, wed)
		f.Add(s.title, s.text, int64(0))
	}
	// The dev articles, when ../shared is present, give the fuzzer real
	// article layouts to mutate. They stay out of the repository: a crasher
	// derived from one must be rewritten in our own words before it is
	// committed to testdata/fuzz.
	for _, a := range devArticles(f) {
		sec := int64(0)
		if !a.Published.IsZero() {
			sec = a.Published.Unix()
		}
		f.Add(a.Title, a.Text, sec)
	}
	x := New(Options{Logger: slog.New(slog.DiscardHandler)})
	f.Fuzz(func(t *testing.T, title, text string, sec int64) {
		var pub time.Time
		if sec != 0 {
			const span = 3000 * 366 * 24 * 3600
			pub = time.Unix(sec%span, 0).UTC()
		}
		a := schema.Article{ID: "fuzz", Title: title, Text: text, Published: pub}
		checkFacts(t, a, x.Extract(a))
	})
}

// devArticles reads the shared dev articles (../shared/eval/dev/articles
// beside the module root), or returns none when they are absent: the fuzz
// target then starts from its own seeds only.
func devArticles(tb testing.TB) []schema.Article {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		return nil
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		if filepath.Dir(dir) == dir {
			return nil
		}
		dir = filepath.Dir(dir)
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "..", "shared", "eval", "dev", "articles", "*.txt"))
	if len(paths) == 0 {
		tb.Logf("no shared dev articles beside %s: fuzzing from the built-in seeds only", dir)
	}
	var out []schema.Article
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatalf("read dev article: %v", err)
		}
		head, body, _ := strings.Cut(string(b), "\n\n")
		a := schema.Article{Text: body}
		for line := range strings.Lines(head) {
			k, v, _ := strings.Cut(strings.TrimSpace(line), ":")
			switch strings.TrimSpace(k) {
			case "title":
				a.Title = strings.TrimSpace(v)
			case "published":
				a.Published, _ = time.Parse("2006-01-02", strings.TrimSpace(v))
			}
		}
		out = append(out, a)
	}
	return out
}
