package graph

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/google/go-cmp/cmp"

	"github.com/dipgraph/dipgraph/schema"
)

// found is the part of a Problem a test pins down.
type found struct {
	Kind    ProblemKind
	Subject schema.IRI
}

func TestCheck(t *testing.T) {
	backends := []struct {
		name string
		open func(t *testing.T) *Store
	}{
		{"memstore", openMemory},
		{"bolt", func(t *testing.T) *Store { return openStore(t, Options{Backend: BackendBolt, Path: t.TempDir()}) }},
	}
	if url := os.Getenv("DIPGRAPH_TEST_POSTGRES"); url != "" {
		backends = append(backends, struct {
			name string
			open func(t *testing.T) *Store
		}{"postgres", func(t *testing.T) *Store {
			s := openStore(t, Options{Backend: BackendPostgres, Path: url})
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			db, err := sql.Open("postgres", url)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.Exec("TRUNCATE quads, nodes"); err != nil {
				t.Fatalf("empty the test database: %v", err)
			}
			return openStore(t, Options{Backend: BackendPostgres, Path: url})
		}})
	} else {
		t.Log("set DIPGRAPH_TEST_POSTGRES to a PostgreSQL URL (a dedicated, disposable database) to check PostgreSQL too")
	}
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) { testCheck(t, b.open) })
	}
}

func testCheck(t *testing.T, open func(t *testing.T) *Store) {
	var (
		a1     = iri(schema.ArticleIRI("a1"))
		ghost  = schema.ArticleIRI("ghost")
		nobody = schema.PersonIRI("Nobody At All")
		meet   = meetLavrovImran.IRI()
		call   = callWangLavrov.IRI()
		stray  = schema.IRI(schema.IDNS + "event/meeting/2021-04-09/stray")
		bare   = schema.IRI(schema.IDNS + "event/meeting/2021-04-10/bare")
		placed = schema.IRI(schema.IDNS + "event/gathering/undated/rotterdam~planned")
	)
	q := func(s schema.IRI, p schema.IRI, o quad.Value, label quad.Value) quad.Quad {
		return quad.Quad{Subject: iri(s), Predicate: iri(p), Object: o, Label: label}
	}
	tests := []struct {
		name    string
		retract []schema.IRI
		add     []quad.Quad
		// del removes every quad of subject with predicate, whatever its label.
		del  []quad.Quad
		want []found
	}{
		{name: "clean"},
		{name: "clean after retracting an article", retract: []schema.IRI{schema.ArticleIRI("a1"), schema.ArticleIRI("a4")}},
		{
			name: "event without status",
			add: []quad.Quad{
				q(stray, schema.Type, iri(schema.ClassMeeting), a1),
				q(stray, schema.Type, iri(schema.ClassEvent), a1),
				q(stray, schema.Participant, iri(lavrov), a1),
				q(stray, schema.SourceArticle, a1, a1),
			},
			want: []found{{ProblemEventStatus, stray}},
		},
		{
			name: "a gathering told with its place only is complete",
			add: []quad.Quad{
				q(placed, schema.Type, iri(schema.ClassGathering), a1),
				q(placed, schema.Type, iri(schema.ClassEvent), a1),
				q(placed, schema.Status, quad.String("planned"), a1),
				q(placed, schema.Location, iri(rus), a1),
				q(placed, schema.SourceArticle, a1, a1),
			},
		},
		{
			name: "event whose status quads were deleted",
			del:  []quad.Quad{{Subject: iri(call), Predicate: iri(schema.Status)}},
			want: []found{{ProblemEventStatus, call}},
		},
		{
			name: "event with a status only",
			add:  []quad.Quad{q(bare, schema.Status, quad.String("occurred"), a1)},
			want: []found{{ProblemEventParticipant, bare}, {ProblemEventSource, bare}, {ProblemEventType, bare}},
		},
		{
			name: "quad labelled with an unknown article",
			add:  []quad.Quad{q(lavrov, schema.AlternateName, quad.String("S. Lavrov"), iri(ghost))},
			want: []found{{ProblemLabel, ghost}},
		},
		{
			name: "quads without a label",
			add: []quad.Quad{
				q(lavrov, schema.AlternateName, quad.String("S. Lavrov"), nil),
				q(imran, schema.AlternateName, quad.String("I. Khan"), nil),
			},
			want: []found{{ProblemLabel, lavrov}},
		},
		{
			name: "participant edge to a node that does not exist",
			add:  []quad.Quad{q(meet, schema.Participant, iri(nobody), a1)},
			want: []found{{ProblemDangling, meet}},
		},
		{
			name: "actor predicate pointing to a literal",
			add:  []quad.Quad{q(lavrov, schema.Nationality, quad.String("Russia"), a1)},
			want: []found{{ProblemDangling, lavrov}},
		},
		{
			name: "source article that is not an article",
			add:  []quad.Quad{q(meet, schema.SourceArticle, iri(pak), a1)},
			want: []found{{ProblemDangling, meet}},
		},
		{
			name: "every corruption at once",
			add: []quad.Quad{
				q(stray, schema.Type, iri(schema.ClassMeeting), a1),
				q(stray, schema.Participant, iri(lavrov), a1),
				q(stray, schema.SourceArticle, a1, a1),
				q(lavrov, schema.AlternateName, quad.String("S. Lavrov"), iri(ghost)),
				q(meet, schema.Participant, iri(nobody), a1),
			},
			want: []found{{ProblemDangling, meet}, {ProblemEventStatus, stray}, {ProblemLabel, ghost}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			write(t, s, fixture())
			for _, a := range tt.retract {
				if _, err := s.Retract(ctx, a); err != nil {
					t.Fatal(err)
				}
			}
			var ds []cgraph.Delta
			for _, d := range tt.del {
				qs, err := s.out(ctx, schema.IRI(text(d.Subject)), schema.IRI(text(d.Predicate)))
				if err != nil {
					t.Fatal(err)
				}
				if len(qs) == 0 {
					t.Fatalf("nothing to delete: no %s of %s", text(d.Predicate), text(d.Subject))
				}
				for _, q := range qs {
					ds = append(ds, cgraph.Delta{Quad: q, Action: cgraph.Delete})
				}
			}
			for _, q := range tt.add {
				ds = append(ds, cgraph.Delta{Quad: q, Action: cgraph.Add})
			}
			if len(ds) > 0 {
				if err := s.qs.ApplyDeltas(ds, cgraph.IgnoreOpts{}); err != nil {
					t.Fatalf("corrupt the store: %v", err)
				}
			}
			problems, err := s.Check(ctx)
			if err != nil {
				t.Fatalf("check: %v", err)
			}
			var got []found
			for _, p := range problems {
				got = append(got, found{p.Kind, p.Subject})
				if p.Detail == "" || strings.Contains(p.Detail, "\n") {
					t.Errorf("problem %v: want a one-line detail", p)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s\nall problems:\n%s", diff, lines(problems))
			}
		})
	}
}

func lines(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.String() + "\n")
	}
	return b.String()
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		name  string
		input Problem
		want  string
	}{
		{
			name:  "event",
			input: Problem{Kind: ProblemEventStatus, Subject: "https://dipgraph.org/id/event/x", Detail: "event has no dg:status"},
			want:  "event-status https://dipgraph.org/id/event/x: event has no dg:status",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.input.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCheckStopsWithContext checks that a cancelled check returns ctx's error.
func TestCheckStopsWithContext(t *testing.T) {
	s := openMemory(t)
	write(t, s, fixture())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Check(ctx); err == nil || !strings.Contains(err.Error(), "context canceled") {
		t.Errorf("check with a cancelled context: err = %v, want context canceled", err)
	}
}

// BenchmarkCheck checks a bolt store of 2,000 articles: the fixture's five,
// 400 times over under other IDs.
func BenchmarkCheck(b *testing.B) {
	ctx := context.Background()
	s, err := Open(ctx, Options{Backend: BackendBolt, Path: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	var facts []schema.Facts
	for i := range 400 {
		for _, f := range fixture() {
			f.Article.ID = fmt.Sprintf("%s-%d", f.Article.ID, i)
			facts = append(facts, f)
		}
	}
	if _, err := s.WriteArticles(ctx, facts); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		ps, err := s.Check(ctx)
		if err != nil {
			b.Fatal(err)
		}
		if len(ps) > 0 {
			b.Fatalf("synthetic store has %d problems, first %v", len(ps), ps[0])
		}
	}
}

// TestEmptyBoltStore checks a bolt store created but never written to, as an
// ingest killed before its first write leaves it: it opens read-only, counts
// nothing and has no problems.
func TestEmptyBoltStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if err := openStore(t, Options{Backend: BackendBolt, Path: dir}).Close(); err != nil {
		t.Fatal(err)
	}
	s := openStore(t, Options{Backend: BackendBolt, Path: dir, ReadOnly: true})
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("stats of an empty store: %v", err)
	}
	if st.Quads != 0 || st.Articles != 0 || st.Events != 0 {
		t.Errorf("stats of an empty store: %+v, want zeros", st)
	}
	problems, err := s.Check(ctx)
	if err != nil || len(problems) != 0 {
		t.Errorf("check of an empty store: %v, %v; want no problems", problems, err)
	}
}

// TestBoltCreation checks that creating a bolt store leaves only the
// initialised store file behind (it is made under a temporary name and
// linked into place, so a process killed meanwhile leaves no half-made store).
func TestBoltCreation(t *testing.T) {
	dir := t.TempDir()
	if err := openStore(t, Options{Backend: BackendBolt, Path: dir}).Close(); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if diff := cmp.Diff([]string{boltFile}, names); diff != "" {
		t.Errorf("files after creating a store (-want +got):\n%s", diff)
	}
	fi, err := os.Stat(filepath.Join(dir, boltFile))
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o644 {
		t.Errorf("store file mode %v, want 0644 as bolt makes it", fi.Mode().Perm())
	}
	if err := openStore(t, Options{Backend: BackendBolt, Path: dir, ReadOnly: true}).Close(); err != nil {
		t.Errorf("read-only open of a new store: %v", err)
	}
}
