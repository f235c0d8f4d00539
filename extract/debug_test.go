package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDebugDoc prints the sentences, mentions and events of one dev article
// (DIPGRAPH_DEBUG_DOC=R8606).
func TestDebugDoc(t *testing.T) {
	id := os.Getenv("DIPGRAPH_DEBUG_DOC")
	if id == "" {
		t.Skip("set DIPGRAPH_DEBUG_DOC to a dev article id")
	}
	sh := sharedDir(t)
	a, err := readArticle(filepath.Join(sh, "eval", "dev", "articles", id+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	x := New(Options{})
	st := &docState{x: x, a: a, others: map[string]*entity{}}
	st.doc = segment(a.Text, a.Title, x.knownPlace)
	fmt.Printf("dateline %+v city=%q\n", st.doc.dateline, st.dlCity)
	for i, s := range st.doc.sentences {
		ms := findMentions(x.lex, s.toks)
		var parts []string
		for _, m := range ms {
			parts = append(parts, fmt.Sprintf("[%d %q k%d iso=%s role=%q mod=%v poss=%v]", m.i, phrase(s.toks, m.i, m.j), m.kind, m.iso3, m.role, m.modifier, m.poss))
		}
		fmt.Printf("S%d h=%v: %s\n   %s\n", i, s.heading, a.Text[s.start:s.end], strings.Join(parts, " "))
	}
	x.trace = os.Stdout
	f := x.Extract(a)
	for _, e := range f.Events {
		fmt.Printf("EV %s %s %v %v v=%s h=%s att=%v date=%s place=%s ev=%q\n", e.Type, e.Status, e.Participants, e.Mode, e.Visitor, e.Host, e.Attendees, e.Date, e.Place, e.Evidence.Sentence[:min(60, len(e.Evidence.Sentence))])
	}
	for _, ac := range f.Actors {
		fmt.Printf("AC %s %q role=%q c=%s al=%v\n", ac.Kind, ac.Name, ac.Role, ac.Country, ac.Aliases)
	}
}
