package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/export"
)

// python returns a Python 3 interpreter that can import every module named,
// or skips the test saying what is missing.
func python(t *testing.T, modules ...string) string {
	t.Helper()
	imports := "import " + strings.Join(append([]string{"sys"}, modules...), ", ")
	for _, exe := range []string{"python3", "/usr/bin/python3"} {
		if p, err := exec.LookPath(exe); err == nil && exec.Command(p, "-c", imports).Run() == nil {
			return p
		}
	}
	t.Skipf("no python3 that imports %s: this check is skipped (Debian: python3-networkx, python3-pandas; .ci/run installs them)",
		strings.Join(modules, ", "))
	return ""
}

// runPython runs a script with args and returns its stdout.
func runPython(t *testing.T, py, script string, args ...string) string {
	t.Helper()
	out, err := exec.Command(py, append([]string{"-c", script}, args...)...).Output()
	if err != nil {
		msg := ""
		if ee, ok := err.(*exec.ExitError); ok {
			msg = string(ee.Stderr)
		}
		t.Fatalf("python: %v\n%s", err, msg)
	}
	return string(out)
}

// eventTable exports the Andes store's event table to a file and reads it
// back with Go's CSV reader.
func eventTable(t *testing.T, db []string, args ...string) (string, [][]string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "events.csv")
	mustCLI(t, append(append(append([]string{}, db...), "export", "--format", "events", "-o", file), args...)...)
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("the event table is not CSV: %v", err)
	}
	return file, recs
}

// TestExportEventTable exports the event table and checks its rows.
func TestExportEventTable(t *testing.T) {
	db := andes(t)
	_, recs := eventTable(t, db)
	if !slices.Equal(recs[0], export.EventColumns) {
		t.Fatalf("header %v, want %v", recs[0], export.EventColumns)
	}
	rows := make([]map[string]string, 0, len(recs)-1)
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, c := range recs[0] {
			m[c] = r[i]
		}
		rows = append(rows, m)
	}
	// 4 meetings and a visit (one dyad each), the Quito summit: its host and
	// three attendees.
	if len(rows) != 9 {
		t.Fatalf("%d rows, want 9:\n%v", len(rows), recs)
	}
	find := func(typ, a1, a2 string) map[string]string {
		for _, r := range rows {
			if r["type"] == typ && r["actor1_name"] == a1 && r["actor2_name"] == a2 {
				return r
			}
		}
		t.Fatalf("no %s row of %s and %s", typ, a1, a2)
		return nil
	}
	m := find("meeting", "Ana Cecilia Gervasi", "Yoshimasa Hayashi")
	want := map[string]string{
		"event_iri": "https://dipgraph.org/id/event/meeting/2023-06-13/ana-cecilia-gervasi+yoshimasa-hayashi",
		"status":    "occurred", "mode": "in_person", "date": "2023-06-13", "precision": "day",
		"actor1_iri": "https://dipgraph.org/id/person/ana-cecilia-gervasi", "actor1_kind": "person",
		"actor1_role": "Foreign Minister", "actor1_country": "PER", "actor1_part": "participant",
		"actor2_country": "JPN", "cameo_code": "040", "plover_type": "CONSULT",
		"place_name": "Lima", "place_country": "PER", "topics": "fisheries; mining investment",
		"n_sources": "1", "source_ids": "lima", "source_urls": "https://news.example.org/lima-talks",
		"source_headlines": "Peru and Japan ministers hold talks in Lima",
	}
	for k, v := range want {
		if m[k] != v {
			t.Errorf("meeting row %s = %q, want %q", k, m[k], v)
		}
	}
	if !strings.Contains(m["evidence"], "Hayashi met Peruvian Foreign Minister") {
		t.Errorf("meeting row evidence %q", m["evidence"])
	}
	if v := find("visit", "Yoshimasa Hayashi", "Peru"); v["actor1_part"] != "visitor" || v["actor2_part"] != "host" || v["plover_mode"] != "visit" {
		t.Errorf("visit row: %v", v)
	}
	if g := find("gathering", "Ecuador", ""); g["actor1_part"] != "host" || g["gathering"] != "summit of Andean leaders" || g["place_country"] != "ECU" {
		t.Errorf("summit host row: %v", g)
	}
	if p := find("meeting", "Ana Cecilia Gervasi", "Wang Yi"); p["status"] != "planned" || p["precision"] != "month" {
		t.Errorf("planned meeting row: %v", p)
	}

	_, planned := eventTable(t, db, "--status", "planned", "--actor", "Peru")
	if len(planned) != 2 || planned[1][2] != "planned" {
		t.Errorf("planned events of Peru: %v", planned)
	}
}

// TestEventTableInPython reads the event table with Python's csv module and,
// when it is installed, pandas with its defaults: every cell comes back as
// Go wrote it.
func TestEventTableInPython(t *testing.T) {
	db := andes(t)
	file, recs := eventTable(t, db)
	py := python(t)
	got := runPython(t, py, `import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    print(json.dumps(list(csv.reader(f))))`, file)
	var rows [][]string
	if err := json.Unmarshal([]byte(got), &rows); err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(rows, recs, slices.Equal) {
		t.Errorf("Python's csv reads\n%v\nGo's reads\n%v", rows, recs)
	}

	py = python(t, "pandas")
	got = runPython(t, py, `import pandas, json, sys
df = pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
print(json.dumps([list(df.columns)] + df.values.tolist()))`, file)
	if err := json.Unmarshal([]byte(got), &rows); err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(rows, recs, slices.Equal) {
		t.Errorf("pandas reads\n%v\nGo's reads\n%v", rows, recs)
	}
}
