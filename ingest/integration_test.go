package ingest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/dipgraph/dipgraph/extract"
	"github.com/dipgraph/dipgraph/graph"
)

var _ Extractor = (*extract.Extractor)(nil)

// TestRunFiles_RealStore runs the fixture corpus through the real extractor
// into an in-memory graph store three times: all new, all unchanged, then
// with one article edited.
func TestRunFiles_RealStore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(fixtureDir)); err != nil {
		t.Fatal(err)
	}
	st, err := graph.Open(ctx, graph.Options{Backend: graph.BackendMemory})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	x := extract.New(extract.Options{})
	skips := map[string]int{"empty input": 1, "binary data": 1, "no article text": 1, "malformed input": 1, "wrong field type": 1}
	run := func() Summary {
		t.Helper()
		sum, err := RunFiles(ctx, []string{dir}, nil, ReadOptions{}, x, st, Options{Workers: 2, BatchSize: 4})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(skips, sum.Skips); diff != "" {
			t.Errorf("skips (-want +got):\n%s", diff)
		}
		return sum
	}

	first := run()
	// 10 articles: wire.jsonl's fourth line has a title and no body, a
	// headline-only article.
	if first.Read != 10 || first.Stored != 10 || first.Unchanged != 0 || first.Quads == 0 || first.Events == 0 {
		t.Errorf("first run: %+v, want 10 articles stored with events and quads", first)
	}
	second := run()
	if second.Read != 10 || second.Stored != 0 || second.Unchanged != 10 || second.Quads != 0 {
		t.Errorf("second run: %+v, want all 10 unchanged", second)
	}
	edited := "Uruguay and Paraguay Sign River Accord\n\nThe presidents of Uruguay and Brazil met in Montevideo on Tuesday.\n"
	if err := os.WriteFile(filepath.Join(dir, "plain.txt"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	third := run()
	if third.Stored != 1 || third.Unchanged != 9 {
		t.Errorf("third run: %+v, want the edited article stored and 9 unchanged", third)
	}
}
