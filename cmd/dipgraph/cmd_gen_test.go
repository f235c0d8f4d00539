package main

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestGenUsage(t *testing.T) {
	isolate(t)
	db := filepath.Join(t.TempDir(), "db")
	tests := []struct {
		name string
		args []string
		want string
	}{
		{name: "no size", args: []string{"gen"}, want: "--quads N or --articles N"},
		{name: "both sizes", args: []string{"gen", "--quads", "100", "--articles", "5"}, want: "not both"},
		{name: "zero batch", args: []string{"gen", "--articles", "5", "--batch", "0"}, want: "--batch must be positive"},
		{name: "extra argument", args: []string{"gen", "--articles", "5", "more"}, want: "unknown command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := cli(t, "", append([]string{"--db", db}, tt.args...)...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d (usage); stderr:\n%s", code, exitUsage, errs)
			}
			if !strings.Contains(errs, tt.want) {
				t.Errorf("stderr lacks %q:\n%s", tt.want, errs)
			}
		})
	}
}

var genLine = regexp.MustCompile(`(?m)^(articles generated|stored|unchanged|quads written):\s+(\d+)$`)

// genCounts reads gen's summary.
func genCounts(t *testing.T, out string) map[string]int {
	t.Helper()
	m := map[string]int{}
	for _, g := range genLine.FindAllStringSubmatch(out, -1) {
		m[g[1]], _ = strconv.Atoi(g[2])
	}
	if len(m) != 4 {
		t.Fatalf("gen printed no full summary:\n%s", out)
	}
	return m
}

func TestGen(t *testing.T) {
	isolate(t)
	tests := []struct {
		name      string
		args      []string
		wantArts  int // 0: check quads instead
		wantQuads int // at least this many quads
	}{
		{name: "articles", args: []string{"--articles", "40", "--batch", "7"}, wantArts: 40},
		{name: "quads", args: []string{"--quads", "3000", "--seed", "9"}, wantQuads: 3000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			db := []string{"--db", filepath.Join(t.TempDir(), "db")}
			first := genCounts(t, mustCLI(t, append(append(db, "gen"), tt.args...)...))
			if tt.wantArts > 0 && (first["articles generated"] != tt.wantArts || first["stored"] != tt.wantArts) {
				t.Errorf("first run: %v, want %d articles generated and stored", first, tt.wantArts)
			}
			if tt.wantQuads > 0 {
				// Stops at the first article that reaches the size: at most one
				// article (a few hundred quads) over.
				if q := first["quads written"]; q < tt.wantQuads || q > tt.wantQuads+500 {
					t.Errorf("first run wrote %d quads, want %d to %d", q, tt.wantQuads, tt.wantQuads+500)
				}
			}
			if got := quadCount(t, db...); got != first["quads written"] {
				t.Errorf("store holds %d quads, gen reported %d", got, first["quads written"])
			}
			// The same seed and size again: the same articles, all unchanged.
			again := genCounts(t, mustCLI(t, append(append(db, "gen"), tt.args...)...))
			if again["articles generated"] != first["articles generated"] || again["unchanged"] != first["stored"] ||
				again["stored"] != 0 || again["quads written"] != 0 {
				t.Errorf("second run %v, want the first run's %d articles all unchanged", again, first["stored"])
			}
		})
	}
}
