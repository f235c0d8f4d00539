package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestStatusFilter: --status keeps the events of the statuses it names, in
// every listing that takes --from and --to.
func TestStatusFilter(t *testing.T) {
	articles, err := filepath.Abs(filepath.Join("..", "..", "testdata", "articles"))
	if err != nil {
		t.Fatal(err)
	}
	isolate(t)
	db := []string{"--db", "db"}
	mustCLI(t, append(db, "ingest", articles)...)
	statuses := func(args ...string) map[string]int {
		t.Helper()
		var evs []eventView
		if err := json.Unmarshal([]byte(mustCLI(t, append(append(db, args...), "--format", "json")...)), &evs); err != nil {
			t.Fatal(err)
		}
		out := map[string]int{}
		for _, e := range evs {
			out[e.Status]++
		}
		return out
	}
	all := statuses("timeline", "Lula")
	if all["planned"] == 0 || all["occurred"] == 0 {
		t.Fatalf("the sample timeline of Lula wants planned and occurred events, got %v", all)
	}
	tests := []struct {
		name string
		args []string
		want map[string]int
	}{
		{"planned", []string{"timeline", "Lula", "--status", "planned"}, map[string]int{"planned": all["planned"]}},
		{"occurred", []string{"timeline", "Lula", "--status", "occurred"}, map[string]int{"occurred": all["occurred"]}},
		{"two statuses", []string{"timeline", "Lula", "--status", "planned, occurred"}, all},
		{"who-met", []string{"who-met", "Lula", "--status", "planned"}, map[string]int{"planned": all["planned"]}},
		{"no cancelled visits", []string{"visits", "--status", "cancelled", "--to", "2023-01"}, map[string]int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := statuses(tt.args...)
			if len(got) != len(tt.want) {
				t.Fatalf("%s: statuses %v, want %v", strings.Join(tt.args, " "), got, tt.want)
			}
			for k, n := range tt.want {
				if got[k] != n {
					t.Errorf("%s: statuses %v, want %v", strings.Join(tt.args, " "), got, tt.want)
				}
			}
		})
	}
	code, _, errs := cli(t, "", append(db, "gatherings", "--status", "done")...)
	if code != exitUsage || !strings.Contains(errs, `--status "done": want occurred, planned, cancelled`) {
		t.Errorf("gatherings --status done: exit %d, %q", code, errs)
	}
}
