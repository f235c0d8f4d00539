package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRetractUnknownArticles retracts a list with unknown articles among known
// ones: every known article is retracted, each unknown one is named, and the
// exit status is 4 at the end, so that a rerun after an interrupted retract
// converges.
func TestRetractUnknownArticles(t *testing.T) {
	isolate(t)
	db := []string{"--db", "db"}
	mustCLI(t, append(db, "ingest", writeCorpus(t, "corpus.jsonl", 0, 4))...)
	if n := articleCount(t, db...); n != 4 {
		t.Fatalf("%d articles stored, want 4", n)
	}
	code, out, errs := cli(t, "", append(db, "retract", "c00000", "ghost1", "c00001", "ghost2", "c00002")...)
	if code != exitNotFound {
		t.Errorf("exit status %d, want %d", code, exitNotFound)
	}
	var retracted []string
	for _, l := range stderrLines(out) {
		id, _, _ := strings.Cut(strings.TrimPrefix(l, "retracted "), ":")
		retracted = append(retracted, id)
	}
	if diff := cmp.Diff([]string{"c00000", "c00001", "c00002"}, retracted); diff != "" {
		t.Errorf("retracted articles (-want +got):\n%s", diff)
	}
	wantErr := []string{
		"dipgraph: article ghost1 is not in the store; skipped",
		"dipgraph: article ghost2 is not in the store; skipped",
		"dipgraph: retract: 2 of 5 articles not found (named above)",
	}
	if diff := cmp.Diff(wantErr, stderrLines(errs)); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
	if n := articleCount(t, db...); n != 1 {
		t.Errorf("%d articles left, want 1", n)
	}
	// The rerun retracts nothing more and names every article as unknown.
	code, _, errs = cli(t, "", append(db, "retract", "c00000", "c00003")...)
	if code != exitNotFound || articleCount(t, db...) != 0 {
		t.Errorf("rerun: exit %d, %d articles left; want %d and none\n%s", code, articleCount(t, db...), exitNotFound, errs)
	}
}
