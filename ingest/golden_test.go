package ingest

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dipgraph/dipgraph/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ingest")

const (
	fixtureDir = "../testdata/ingest/corpus"
	goldenRead = "../testdata/ingest/read.golden.json"
)

// goldenArticle is an article as the golden file shows it.
type goldenArticle struct {
	ID, Title, URL, Source, Published, Path, Text string
}

// goldenReport is what Read makes of the fixture corpus.
type goldenReport struct {
	Articles []goldenArticle
	Bad      []string
}

// TestRead_Golden reads the fixture corpus (every format and several bad
// inputs) and compares the result with testdata/ingest/read.golden.json.
// Run with -update to rewrite it after an intended change.
func TestRead_Golden(t *testing.T) {
	var rep goldenReport
	rel := func(p string) string {
		r, err := filepath.Rel(fixtureDir, p)
		if err != nil {
			t.Fatal(err)
		}
		return filepath.ToSlash(r)
	}
	err := Read(context.Background(), []string{fixtureDir}, nil, ReadOptions{},
		func(a schema.Article) error {
			g := goldenArticle{ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Path: a.Path, Text: a.Text}
			if !a.Published.IsZero() {
				g.Published = a.Published.UTC().Format(time.RFC3339Nano)
			}
			g.Path = rel(a.Path)
			if strings.HasPrefix(g.Source, fixtureDir) {
				g.Source = rel(g.Source)
			}
			rep.Articles = append(rep.Articles, g)
			return nil
		},
		func(e *InputError) {
			e.Path = rel(e.Path)
			rep.Bad = append(rep.Bad, e.Error())
		})
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	if *update {
		if err := os.WriteFile(goldenRead, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(goldenRead)
	if err != nil {
		t.Fatalf("%v (run go test -run Golden -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("Read on %s (-want +got):\n%s", fixtureDir, diff)
	}
}
