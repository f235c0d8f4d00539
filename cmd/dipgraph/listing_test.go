package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// andes ingests the articles of testdata/andes (written for these tests: a
// Lima meeting and visit with a planned Beijing meeting, a telephone call, a
// meeting dated only to 2022, a summit in Quito) into a fresh bolt store and
// returns the --db arguments.
func andes(t *testing.T) []string {
	t.Helper()
	corpus, err := filepath.Abs("testdata/andes") // before isolate changes the directory
	if err != nil {
		t.Fatal(err)
	}
	isolate(t)
	db := []string{"--db", filepath.Join(t.TempDir(), "db")}
	mustCLI(t, append(db, "ingest", corpus)...)
	return db
}

// TestListingFilters runs the listing commands with their filters and date
// semantics over the Andes articles.
func TestListingFilters(t *testing.T) {
	db := andes(t)
	tests := []struct {
		name    string
		args    []string
		want    []string // lines that must appear (substrings of the output)
		notWant []string
	}{
		{name: "who-met shows status", args: []string{"who-met", "Gervasi"},
			want: []string{"STATUS", "2023-07     planned   Wang Yi", "occurred  Mauro Vieira"}},
		{name: "status filter", args: []string{"who-met", "Gervasi", "--status", "occurred"},
			want: []string{"Mauro Vieira", "Yoshimasa Hayashi"}, notWant: []string{"Wang Yi"}},
		{name: "two statuses", args: []string{"who-met", "Gervasi", "--status", "planned,cancelled"},
			want: []string{"Wang Yi"}, notWant: []string{"Mauro Vieira"}},
		{name: "mode filter", args: []string{"who-met", "Gervasi", "--mode", "telephone"},
			want: []string{"Mauro Vieira"}, notWant: []string{"Hayashi", "Wang Yi", "Urrejola"}},
		{name: "with a person", args: []string{"who-met", "Gervasi", "--with", "Hayashi"},
			want: []string{"Yoshimasa Hayashi"}, notWant: []string{"Vieira", "Wang Yi"}},
		{name: "with a country matches its nationals", args: []string{"who-met", "Gervasi", "--with", "Brazil"},
			want: []string{"Mauro Vieira"}, notWant: []string{"Hayashi", "Wang Yi"}},
		{name: "kind of counterpart", args: []string{"who-met", "Gervasi", "--kind", "country"},
			want: []string{"DATE"}, notWant: []string{"Vieira", "Hayashi"}},
		{name: "visits show status and filter by counterpart", args: []string{"visits", "Peru", "--with", "Japan", "--status", "occurred"},
			want: []string{"STATUS", "occurred  Yoshimasa Hayashi  Peru"}},
		{name: "gatherings show status", args: []string{"gatherings", "--status", "occurred"},
			want: []string{"STATUS", "occurred  summit of Andean leaders"}},
		{name: "gatherings status filter", args: []string{"gatherings", "--status", "planned"},
			notWant: []string{"Andean"}},
		{name: "a year-only event is not within one month", args: []string{"who-met", "Gervasi", "--from", "2022-03", "--to", "2022-03"},
			notWant: []string{"Urrejola"}},
		{name: "overlap keeps it", args: []string{"who-met", "Gervasi", "--from", "2022-03", "--to", "2022-03", "--overlap"},
			want: []string{"Antonia Urrejola"}},
		{name: "within its year", args: []string{"timeline", "Gervasi", "--from", "2022", "--to", "2022"},
			want: []string{"Antonia Urrejola"}, notWant: []string{"Hayashi"}},
		{name: "a month-dated plan is not within one day", args: []string{"timeline", "Peru", "--from", "2023-07-01", "--to", "2023-07-01"},
			notWant: []string{"Wang Yi"}},
		{name: "overlap on a timeline", args: []string{"timeline", "Peru", "--from", "2023-07-01", "--to", "2023-07-01", "--overlap"},
			want: []string{"Wang Yi"}},
		{name: "actors with events", args: []string{"actors", "--kind", "person", "--with-events"},
			want: []string{"Mauro Vieira"}, notWant: []string{"Rogelio Mayta", "id/country/"}},
		{name: "actors of a kind", args: []string{"actors", "--kind", "person"},
			want: []string{"Rogelio Mayta"}, notWant: []string{"Lima"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := mustCLI(t, append(append([]string{}, db...), tt.args...)...)
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(out, w) {
					t.Errorf("output has %q:\n%s", w, out)
				}
			}
		})
	}
}

// TestListingFilterErrors: a bad filter value is a usage error naming the
// flag and the value.
func TestListingFilterErrors(t *testing.T) {
	db := andes(t)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"status", []string{"who-met", "Gervasi", "--status", "happened"}, exitUsage, `dipgraph: --status "happened": want occurred, planned, cancelled`},
		{"mode", []string{"who-met", "Gervasi", "--mode", "fax"}, exitUsage, `dipgraph: --mode "fax": want in_person, telephone, video`},
		{"kind", []string{"actors", "--kind", "planet"}, exitUsage, `dipgraph: --kind "planet": want person, country, organization or city`},
		{"with", []string{"who-met", "Gervasi", "--with", "Qwxyzzy"}, exitNotFound, `dipgraph: --with: no actor is named "Qwxyzzy"`},
		{"pairs by", []string{"pairs", "--by", "city"}, exitUsage, `dipgraph: --by "city": want actor or country`},
		{"pairs per", []string{"pairs", "--per", "week"}, exitUsage, `dipgraph: --per "week": want year or month`},
		{"pairs type", []string{"pairs", "--type", "gathering"}, exitUsage, `dipgraph: --type "gathering": want meeting, visit, agreement`},
		{"export status on quads", []string{"export", "--format", "nquads", "--status", "planned"}, exitUsage,
			`dipgraph: --actor and --status go with event formats (csv, events, network-graphml, network-gexf, timelinejs), not nquads`},
		{"export format", []string{"export", "--format", "gml"}, exitUsage,
			`dipgraph: unknown export format "gml": want nquads, jsonld, graphml, dot, events, network-graphml, network-gexf, timelinejs or csv`},
		{"export status value", []string{"export", "--format", "events", "--status", "maybe"}, exitUsage, `dipgraph: --status "maybe"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := cli(t, "", append(append([]string{}, db...), tt.args...)...)
			if code != tt.code || out != "" || !strings.HasPrefix(errs, tt.want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d and stderr starting %q", code, out, errs, tt.code, tt.want)
			}
		})
	}
}

// TestPairs counts events per actor and per country pair.
func TestPairs(t *testing.T) {
	db := andes(t)
	with := func(args ...string) []string { return append(append([]string{}, db...), args...) }

	out := mustCLI(t, with("pairs", "--by", "country")...)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	wantHead := "ACTOR1  ACTOR2  EVENTS  MEETINGS  VISITS  AGREEMENTS  OCCURRED  PLANNED  CANCELLED  FIRST       LAST        SOURCES"
	if lines[0] != wantHead {
		t.Errorf("pairs header:\n%s\nwant\n%s", lines[0], wantHead)
	}
	// Japan and Peru: the Lima meeting and the visit, most events first.
	if !strings.HasPrefix(lines[1], "Japan   Peru    2       1         1       0           2         0        0          2023-06-12  2023-06-13  lima") {
		t.Errorf("first pair row: %q", lines[1])
	}

	var rows []pairView
	if err := json.Unmarshal([]byte(mustCLI(t, with("pairs", "Gervasi", "--per", "year", "--status", "planned", "--format", "json")...)), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Period != "2023" || rows[0].Planned != 1 || rows[0].Actor2.Name != "Wang Yi" ||
		rows[0].Actor2.IRI != "https://dipgraph.org/id/person/wang-yi" || rows[0].First != "2023-07" {
		t.Errorf("planned pairs of Gervasi per year: %+v", rows)
	}

	csvOut := mustCLI(t, with("pairs", "--type", "visit", "--format", "csv")...)
	want := "actor1,actor2,events,meetings,visits,agreements,occurred,planned,cancelled,first,last,sources\n" +
		"Peru,Yoshimasa Hayashi,1,0,1,0,1,0,0,2023-06-12,2023-06-12,lima\n"
	if csvOut != want {
		t.Errorf("visit pairs as CSV:\n%s\nwant\n%s", csvOut, want)
	}

	if out := mustCLI(t, with("pairs", "--from", "2030", "--format", "json")...); strings.TrimSpace(out) != "[]" {
		t.Errorf("no pairs in JSON should be [], got %q", out)
	}
}
