package graph

import (
	"bytes"
	"context"
	"database/sql"
	"log/slog"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dipgraph/dipgraph/schema"
)

// openTestPostgres opens an emptied store on DIPGRAPH_TEST_POSTGRES, with a
// connection of its own to the database for checks, or skips.
func openTestPostgres(t *testing.T, log *slog.Logger) (*Store, *sql.DB) {
	t.Helper()
	url := os.Getenv("DIPGRAPH_TEST_POSTGRES")
	if url == "" {
		t.Skip("set DIPGRAPH_TEST_POSTGRES to a PostgreSQL URL (a dedicated, disposable database) to test PostgreSQL's own code")
	}
	s := openStore(t, Options{Backend: BackendPostgres, Path: url, Logger: log})
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec("TRUNCATE quads, nodes"); err != nil {
		t.Fatalf("empty the test database: %v", err)
	}
	return s, db
}

// pgRefsMismatch returns how many nodes' reference counts differ from the
// number of quad positions that name them (nodes without quads included):
// zero when Cayley's bookkeeping is intact.
func pgRefsMismatch(t *testing.T, db *sql.DB) (mismatched, nodes int64) {
	t.Helper()
	err := db.QueryRow(`SELECT
		(SELECT count(*) FROM nodes n LEFT JOIN (
			SELECT h, count(*) AS c FROM (
				SELECT subject_hash AS h FROM quads UNION ALL SELECT predicate_hash FROM quads
				UNION ALL SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL
			) x GROUP BY h) r ON r.h = n.hash
		WHERE n.refs <> coalesce(r.c, 0)),
		(SELECT count(*) FROM nodes)`).Scan(&mismatched, &nodes)
	if err != nil {
		t.Fatalf("check node references: %v", err)
	}
	return mismatched, nodes
}

// TestPostgresRemoveNodes checks the SQL retract and replace on PostgreSQL:
// after each step the quads are those of the articles left, every node's
// reference count matches the quads, and no node is left that no quad uses.
func TestPostgresRemoveNodes(t *testing.T) {
	ctx := context.Background()
	s, db := openTestPostgres(t, nil)
	facts := fixture()
	changed := fixture()[0]
	changed.Article.Text += " Corrected."
	changed.Events = changed.Events[1:]

	tests := []struct {
		name      string
		do        func() error
		wantFacts []schema.Facts
		wantNodes bool // whether nodes remain
	}{
		{
			name:      "write all",
			do:        func() error { _, err := s.WriteArticles(ctx, facts); return err },
			wantFacts: facts,
			wantNodes: true,
		},
		{
			name: "retract a2",
			do: func() error {
				_, err := s.Retract(ctx, facts[1].Article.IRI())
				return err
			},
			wantFacts: []schema.Facts{facts[0], facts[2], facts[3], facts[4]},
			wantNodes: true,
		},
		{
			name:      "replace a1 by a changed copy",
			do:        func() error { _, err := s.WriteArticles(ctx, []schema.Facts{changed}); return err },
			wantFacts: []schema.Facts{changed, facts[2], facts[3], facts[4]},
			wantNodes: true,
		},
		{
			name: "retract everything",
			do: func() error {
				for _, f := range []schema.Facts{changed, facts[2], facts[3], facts[4]} {
					if _, err := s.Retract(ctx, f.Article.IRI()); err != nil {
						return err
					}
				}
				return nil
			},
			wantFacts: nil,
			wantNodes: false,
		},
	}
	for _, tt := range tests {
		if err := tt.do(); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		checkQuads(t, s, tt.wantFacts)
		bad, nodes := pgRefsMismatch(t, db)
		if bad != 0 {
			t.Errorf("%s: %d of %d nodes have a reference count that does not match the quads", tt.name, bad, nodes)
		}
		if (nodes > 0) != tt.wantNodes {
			t.Errorf("%s: %d nodes left, want some: %v", tt.name, nodes, tt.wantNodes)
		}
	}
}

func TestArticleHashes(t *testing.T) {
	ctx := context.Background()
	facts := fixture()
	stores := map[string]func(t *testing.T) *Store{
		"memstore": openMemory,
		"bolt":     func(t *testing.T) *Store { return openStore(t, Options{Backend: BackendBolt, Path: t.TempDir()}) },
	}
	if os.Getenv("DIPGRAPH_TEST_POSTGRES") != "" {
		stores["postgres"] = func(t *testing.T) *Store { s, _ := openTestPostgres(t, nil); return s }
	}
	tests := []struct {
		name  string
		input []schema.IRI
		want  map[schema.IRI]string
	}{
		{name: "none", input: nil, want: map[schema.IRI]string{}},
		{
			name:  "stored and not",
			input: []schema.IRI{facts[0].Article.IRI(), schema.ArticleIRI("nope"), facts[3].Article.IRI()},
			want:  map[schema.IRI]string{facts[0].Article.IRI(): facts[0].Article.Hash(), facts[3].Article.IRI(): facts[3].Article.Hash()},
		},
		{name: "not stored", input: []schema.IRI{schema.ArticleIRI("nope")}, want: map[schema.IRI]string{}},
	}
	for backend, open := range stores {
		t.Run(backend, func(t *testing.T) {
			s := open(t)
			write(t, s, facts)
			for _, tt := range tests {
				got, err := s.ArticleHashes(ctx, tt.input)
				if err != nil {
					t.Fatalf("%s: %v", tt.name, err)
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("%s: ArticleHashes (-want +got):\n%s", tt.name, diff)
				}
			}
		})
	}
}

// TestPostgresReopenLogsNothing checks that opening an existing PostgreSQL
// store logs nothing above debug level: Cayley's "cannot create nodes table"
// error must not reach the user.
func TestPostgresReopenLogsNothing(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	s, _ := openTestPostgres(t, log)
	write(t, s, fixture()[:1])
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	openStore(t, Options{Backend: BackendPostgres, Path: os.Getenv("DIPGRAPH_TEST_POSTGRES"), Logger: log})
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if line != "" && !strings.Contains(line, "level=DEBUG") {
			t.Errorf("reopening logged %q, want nothing above debug", line)
		}
		if strings.Contains(line, "already exists") {
			t.Errorf("reopening asked Cayley to create existing tables: %q", line)
		}
	}
}

// TestPostgresLabelIndex checks that a writable open adds the index of quads
// by label (read-only opens do not), also to a store made without it.
func TestPostgresLabelIndex(t *testing.T) {
	ctx := context.Background()
	s, db := openTestPostgres(t, nil)
	write(t, s, fixture())
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	hasIndex := func() bool {
		t.Helper()
		var ok bool
		if err := db.QueryRow(`SELECT to_regclass($1) IS NOT NULL`, pgLabelIndex).Scan(&ok); err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if !hasIndex() {
		t.Fatalf("no index %s after a writable open", pgLabelIndex)
	}
	if _, err := db.Exec(`DROP INDEX ` + pgLabelIndex); err != nil {
		t.Fatal(err)
	}
	url := os.Getenv("DIPGRAPH_TEST_POSTGRES")
	ro := openStore(t, Options{Backend: BackendPostgres, Path: url, ReadOnly: true})
	ro.Close()
	if hasIndex() {
		t.Errorf("a read-only open created index %s", pgLabelIndex)
	}
	s = openStore(t, Options{Backend: BackendPostgres, Path: url})
	if !hasIndex() {
		t.Fatalf("reopening a store without index %s did not add it", pgLabelIndex)
	}
	n, err := s.Retract(ctx, fixture()[2].Article.IRI())
	if err != nil || n == 0 {
		t.Errorf("retract after reopening = %d, %v; want quads removed", n, err)
	}
}
