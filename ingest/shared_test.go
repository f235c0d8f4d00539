package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/internal/sharedtest"
	"github.com/dipgraph/dipgraph/schema"
)

// TestRead_EvalArticles reads the dev articles in header format: every file
// is an article named after it, dated unless its header says unknown.
func TestRead_EvalArticles(t *testing.T) {
	dir := sharedtest.Path(t, "eval/dev/articles")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("skipping: no articles in %s", dir)
	}
	got, bads, err := readAll(t, []string{dir}, "", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bads {
		t.Errorf("bad input: %v", b)
	}
	if len(got) != len(files) {
		t.Fatalf("read %d articles from %d files", len(got), len(files))
	}
	for i, a := range got {
		if want := strings.TrimSuffix(filepath.Base(files[i]), ".txt"); a.ID != want {
			t.Errorf("article %d: ID %q, want %q", i, a.ID, want)
		}
		raw, err := os.ReadFile(files[i])
		if err != nil {
			t.Fatal(err)
		}
		unknown := strings.Contains(string(raw), "\npublished: unknown\n") || strings.HasPrefix(string(raw), "published: unknown\n")
		if unknown != a.Published.IsZero() {
			t.Errorf("%s: published %v, header unknown %v", a.ID, a.Published, unknown)
		}
		if a.Title == "" || a.Source == "" || strings.HasPrefix(a.Text, "source:") || strings.TrimSpace(a.Text) == "" {
			t.Errorf("%s: header not split: title %q source %q text %.40q", a.ID, a.Title, a.Source, a.Text)
		}
	}
}

// BenchmarkRead_Reuters reads the whole Reuters-21578 JSON Lines corpus.
func BenchmarkRead_Reuters(b *testing.B) {
	p := sharedtest.Path(b, "corpus/reuters21578.jsonl")
	fi, err := os.Stat(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(fi.Size())
	b.ReportAllocs()
	for b.Loop() {
		n, bad := 0, 0
		err := Read(context.Background(), []string{p}, nil, ReadOptions{}, func(schema.Article) error { n++; return nil },
			func(e *InputError) {
				if !errors.Is(e, ErrNoText) {
					b.Fatalf("unexpected bad input: %v", e)
				}
				bad++
			})
		if err != nil {
			b.Fatal(err)
		}
		if n+bad != 21578 {
			b.Fatalf("read %d articles and %d without text, want 21578 lines", n, bad)
		}
	}
}
