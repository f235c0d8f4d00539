package main

import (
	"os"
	"strings"
	"testing"
)

// TestImportFormat imports a JSON-LD export without --format, found by its
// extension or its content, and files that do not parse: those print one short
// line and leave no store behind.
func TestImportFormat(t *testing.T) {
	isolate(t)
	mustCLI(t, "--db", "src", "ingest", writeCorpus(t, "corpus.jsonl", 0, 10))
	want := quadCount(t, "--db", "src")
	mustCLI(t, "--db", "src", "export", "--format", "jsonld", "-o", "graph.jsonld")
	jsonld, err := os.ReadFile("graph.jsonld")
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{
		"graph.dump":     string(jsonld),
		"truncated.json": string(jsonld[:len(jsonld)/2]),
		"bad.nq":         "<a> <b> \"unterminated .\n",
		"long-line.nq":   strings.Repeat("x", 100_000) + "\n",
	} {
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("by extension", func(t *testing.T) {
		mustCLI(t, "--db", "by-ext", "import", "graph.jsonld")
		if got := quadCount(t, "--db", "by-ext"); got != want {
			t.Errorf("%d quads imported, want %d", got, want)
		}
	})
	t.Run("by content", func(t *testing.T) {
		mustCLI(t, "--db", "by-content", "import", "graph.dump")
		if got := quadCount(t, "--db", "by-content"); got != want {
			t.Errorf("%d quads imported, want %d", got, want)
		}
	})
	for _, tt := range []struct {
		name string
		args []string
		want string
	}{
		{name: "truncated JSON-LD", args: []string{"import", "truncated.json"}, want: "dipgraph: import truncated.json: nothing imported: import jsonld: quad 1: unexpected EOF\n"},
		{name: "broken N-Quads", args: []string{"import", "bad.nq"}, want: `dipgraph: import bad.nq: nothing imported: import nquads: quad 1: failed to parse "<a> <b> \"unterminated .": incomplete N-Quad` + "\n"},
		{name: "JSON-LD read as N-Quads", args: []string{"import", "--format", "nquads", "graph.jsonld"}, want: "dipgraph: import graph.jsonld: nothing imported: import nquads: quad 1: failed to parse"},
		{name: "a long bad line", args: []string{"import", "long-line.nq"}, want: "dipgraph: import long-line.nq: nothing imported: import nquads: quad 1:"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := cli(t, "", append([]string{"--db", "fresh"}, tt.args...)...)
			if code != exitError || !strings.HasPrefix(errs, tt.want) {
				t.Errorf("exit %d, stderr %.600q; want exit %d and stderr starting %q", code, errs, exitError, tt.want)
			}
			if len(stderrLines(errs)) != 1 || len(errs) > 500 {
				t.Errorf("stderr is %d lines, %d bytes; want one short line", len(stderrLines(errs)), len(errs))
			}
			if _, err := os.Stat("fresh"); !os.IsNotExist(err) {
				t.Errorf("a failed import left a store behind (stat: %v)", err)
			}
		})
	}
}
