package main

import (
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/lib/pq" // the PostgreSQL driver, to empty the test database
)

// Fixture articles written for these tests. Two of them report the same
// meeting, so retracting one must keep it.
var fixtures = map[string]string{
	"oslo.txt": `title: Norway and Chile discuss ocean protection
published: 2024-03-15
source: dipgraph test fixture

OSLO, March 15 (Wire) - Norwegian Foreign Minister Espen Barth Eide met Chilean Foreign Minister Alberto van Klaveren in Oslo on Wednesday for talks on ocean protection and trade.

Van Klaveren arrived in Oslo on Tuesday on a three-day visit to Norway.
`,
	"oslo-again.txt": `title: Chilean minister ends Nordic trip
published: 2024-03-16
source: dipgraph test fixture

Chilean Foreign Minister Alberto van Klaveren left Norway on Saturday after a visit during which he met Norwegian Foreign Minister Espen Barth Eide in Oslo on Wednesday.
`,
	"nairobi.txt": `title: Kenya hosts regional summit on trade corridors
published: 2025-03-04
source: dipgraph test fixture

NAIROBI, March 4 (Wire) - Kenya hosted a summit of regional leaders in Nairobi on Monday, attended by Uganda, Tanzania, Rwanda and Ethiopia, to speed up work on rail and road corridors.
`,
}

// writeFixtures writes the fixture articles into a fresh directory.
func writeFixtures(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "articles")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, text := range fixtures {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// backends lists the stores the end-to-end tests run against: bolt in a
// temporary directory always, PostgreSQL when DIPGRAPH_TEST_POSTGRES_CLI names
// a throwaway database (CI starts one).
func backends(t *testing.T) map[string]func(t *testing.T) []string {
	t.Helper()
	b := map[string]func(t *testing.T) []string{
		"bolt": func(t *testing.T) []string { return []string{"--db", filepath.Join(t.TempDir(), "db")} },
	}
	if url := os.Getenv("DIPGRAPH_TEST_POSTGRES_CLI"); url != "" {
		b["postgres"] = func(t *testing.T) []string {
			emptyPostgres(t, url)
			return []string{"--backend", "postgres", "--db", url}
		}
	} else {
		t.Log("DIPGRAPH_TEST_POSTGRES_CLI is not set: the PostgreSQL end-to-end tests are skipped")
	}
	return b
}

// emptyPostgres drops Cayley's tables so each test starts from an empty graph.
func emptyPostgres(t *testing.T, url string) {
	t.Helper()
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("DROP TABLE IF EXISTS quads, nodes CASCADE"); err != nil {
		t.Fatalf("empty the PostgreSQL test database: %v", err)
	}
}

// isolatedStore isolates the test from the machine's configuration (keeping
// the PostgreSQL test database) and returns the arguments of a fresh store of
// the backend named, made by store (one of backends).
func isolatedStore(t *testing.T, name string, store func(t *testing.T) []string) []string {
	t.Helper()
	url := os.Getenv("DIPGRAPH_TEST_POSTGRES_CLI")
	isolate(t)
	if name == "postgres" {
		t.Setenv("DIPGRAPH_TEST_POSTGRES_CLI", url)
	}
	return store(t)
}

func TestEndToEnd(t *testing.T) {
	onEachBackend(t, func(t *testing.T, db []string, with func(args ...string) []string) {
		dir := writeFixtures(t)

		out := mustCLI(t, with("ingest", dir)...)
		if !strings.Contains(out, "stored:             3") {
			t.Fatalf("ingest summary does not report 3 stored articles:\n%s", out)
		}
		before := quadCount(t, db...)

		t.Run("who-met", func(t *testing.T) {
			out := mustCLI(t, with("who-met", "Eide")...)
			if !strings.Contains(out, "Alberto van Klaveren") || !strings.Contains(out, "2024-03-13") {
				t.Errorf("who-met Eide lacks van Klaveren on 2024-03-13:\n%s", out)
			}
			var evs []eventView
			if err := json.Unmarshal([]byte(mustCLI(t, with("who-met", "van Klaveren", "--format", "json")...)), &evs); err != nil {
				t.Fatal(err)
			}
			if len(evs) != 1 || len(evs[0].Sources) != 2 || !strings.Contains(strings.Join(evs[0].Topics, ";"), "ocean protection") {
				t.Errorf("want one meeting stated by both Oslo articles with its topics, got %+v", evs)
			}
		})
		t.Run("visits", func(t *testing.T) {
			out := mustCLI(t, with("visits", "Norway")...)
			if !strings.Contains(out, "Alberto van Klaveren") {
				t.Errorf("visits Norway lacks van Klaveren:\n%s", out)
			}
		})
		t.Run("gatherings", func(t *testing.T) {
			out := mustCLI(t, with("gatherings", "--place", "Nairobi", "--from", "2025-03", "--to", "2025-03", "--format", "csv")...)
			for _, want := range []string{"Kenya", "Uganda", "Tanzania", "Rwanda", "Ethiopia", "2025-03-03"} {
				if !strings.Contains(out, want) {
					t.Errorf("gatherings in Nairobi lacks %s:\n%s", want, out)
				}
			}
			out = mustCLI(t, with("gatherings", "--from", "2024-01", "--to", "2024-12")...)
			if strings.Contains(out, "Nairobi") {
				t.Errorf("the 2025 summit is listed for 2024:\n%s", out)
			}
		})
		t.Run("timeline", func(t *testing.T) {
			out := mustCLI(t, with("timeline", "Alberto van Klaveren")...)
			visit, meeting := strings.Index(out, "visits Norway"), strings.Index(out, "meeting of")
			if visit < 0 || meeting < 0 || visit > meeting {
				t.Errorf("timeline wants the visit (12 March) before the meeting (13 March):\n%s", out)
			}
			out = mustCLI(t, with("timeline", "Kenya", "--from", "2025-03-03", "--to", "2025-03-03", "--format", "json")...)
			if !strings.Contains(out, `"type": "gathering"`) {
				t.Errorf("timeline of Kenya on its summit day lacks the summit:\n%s", out)
			}
		})
		t.Run("path", func(t *testing.T) {
			out := mustCLI(t, with("path", "Eide", "Norway")...)
			if !strings.Contains(out, "Espen Barth Eide") || !strings.Contains(out, "Norway") {
				t.Errorf("path from Eide to Norway:\n%s", out)
			}
		})
		t.Run("actors", func(t *testing.T) {
			out := mustCLI(t, with("actors", "klaveren", "--format", "json")...)
			var actors []actorView
			if err := json.Unmarshal([]byte(out), &actors); err != nil {
				t.Fatal(err)
			}
			if len(actors) != 1 || actors[0].Country == nil || actors[0].Country.Name != "Chile" || actors[0].Role == "" {
				t.Errorf("actors klaveren: want one Chilean with a role, got %+v", actors)
			}
			// "--limit 0" lists all, as its help says; it is no query limit.
			all := mustCLI(t, with("actors", "--limit", "0", "--format", "csv")...)
			two := mustCLI(t, with("actors", "--limit", "2", "--format", "csv")...)
			if n := strings.Count(two, "\n"); n != 3 || strings.Count(all, "\n") <= n {
				t.Errorf("actors --limit 2 gave %d lines, --limit 0 %d", n, strings.Count(all, "\n"))
			}
		})
		t.Run("query", func(t *testing.T) {
			q := `g.V("<https://dipgraph.org/id/person/espen-barth-eide>").Out("<https://dipgraph.org/ns/met>").Out("<http://schema.org/name>").Unique().All()`
			out := mustCLI(t, with("query", q)...)
			if !strings.Contains(out, "Alberto van Klaveren") {
				t.Errorf("gizmo query for Eide's counterparts:\n%s", out)
			}
			code, _, errs := cli(t, "", with("query", "g.V(")...)
			if code == 0 || !strings.Contains(errs, "gizmo query") || strings.Contains(errs, "goroutine") {
				t.Errorf("a malformed query wants the parser's one-line message, got exit %d: %s", code, errs)
			}
		})
		t.Run("unknown actor", func(t *testing.T) {
			code, _, errs := cli(t, "", with("who-met", "Nobody Known")...)
			if code != exitNotFound || strings.Count(errs, "\n") != 1 {
				t.Errorf("want exit %d and one line, got %d: %q", exitNotFound, code, errs)
			}
		})
		t.Run("export and import", func(t *testing.T) {
			nq := filepath.Join(t.TempDir(), "graph.nq")
			mustCLI(t, with("export", "--format", "nquads", "-o", nq)...)
			fresh := []string{"--db", filepath.Join(t.TempDir(), "copy")}
			mustCLI(t, append(fresh, "import", nq)...)
			if got := quadCount(t, fresh...); got != before {
				t.Errorf("re-imported store has %d quads, the original %d", got, before)
			}
			out := mustCLI(t, append(fresh, "who-met", "Eide")...)
			if !strings.Contains(out, "Alberto van Klaveren") {
				t.Errorf("who-met on the re-imported store:\n%s", out)
			}
			for format, marker := range map[string]string{"jsonld": "@id", "graphml": "<graphml", "dot": "digraph"} {
				if out := mustCLI(t, with("export", "--format", format)...); !strings.Contains(out, marker) {
					t.Errorf("export %s lacks %q", format, marker)
				}
			}
			out = mustCLI(t, with("export", "--format", "csv", "--actor", "Kenya")...)
			if !strings.HasPrefix(out, "date,type,status,event,place,sources\n") || !strings.Contains(out, "gathering") {
				t.Errorf("timeline csv export of Kenya:\n%s", out)
			}
		})
		t.Run("re-ingest and retract", func(t *testing.T) {
			out := mustCLI(t, with("ingest", dir)...)
			if !strings.Contains(out, "unchanged:          3") || quadCount(t, db...) != before {
				t.Fatalf("re-ingesting unchanged articles changed the store:\n%s", out)
			}
			out = mustCLI(t, with("retract", "oslo")...)
			if !strings.Contains(out, "retracted oslo") {
				t.Errorf("retract output: %s", out)
			}
			if quadCount(t, db...) >= before {
				t.Errorf("retract removed nothing")
			}
			// The meeting is also stated by oslo-again: it stays, with one source.
			var evs []eventView
			if err := json.Unmarshal([]byte(mustCLI(t, with("who-met", "Eide", "--format", "json")...)), &evs); err != nil {
				t.Fatal(err)
			}
			if len(evs) != 1 || len(evs[0].Sources) != 1 || !strings.HasSuffix(evs[0].Sources[0], "/oslo-again") {
				t.Errorf("after retracting oslo the meeting should remain from oslo-again only: %+v", evs)
			}
			code, _, _ := cli(t, "", with("retract", "oslo")...)
			if code != exitNotFound {
				t.Errorf("retracting an absent article: exit %d, want %d", code, exitNotFound)
			}
			mustCLI(t, with("ingest", dir)...)
			if got := quadCount(t, db...); got != before {
				t.Errorf("ingest after retract: %d quads, want %d", got, before)
			}
			// A changed article replaces its own facts.
			changed := strings.Replace(fixtures["nairobi.txt"], "Rwanda and Ethiopia", "Rwanda and Burundi", 1)
			if err := os.WriteFile(filepath.Join(dir, "nairobi.txt"), []byte(changed), 0o644); err != nil {
				t.Fatal(err)
			}
			out = mustCLI(t, with("ingest", dir)...)
			if !strings.Contains(out, "stored:             1") {
				t.Errorf("changed article not stored again:\n%s", out)
			}
			out = mustCLI(t, with("gatherings", "--place", "Nairobi")...)
			if !strings.Contains(out, "Burundi") || strings.Contains(out, "Ethiopia") {
				t.Errorf("changed article's facts not replaced:\n%s", out)
			}
		})
	})
}

func TestExtractJSON(t *testing.T) {
	isolate(t)
	dir := writeFixtures(t)
	out := mustCLI(t, "extract", "--format", "json", filepath.Join(dir, "oslo.txt"))
	var doc struct {
		Doc      string `json:"doc"`
		Meetings []struct {
			Participants []string `json:"participants"`
			Date         *string  `json:"date"`
			Place        *string  `json:"place"`
		} `json:"meetings"`
		Visits []struct {
			Visitor, Country string
		} `json:"visits"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("extract --format json: %v\n%s", err, out)
	}
	if len(doc.Meetings) != 1 || doc.Meetings[0].Date == nil || *doc.Meetings[0].Date != "2024-03-13" ||
		doc.Meetings[0].Place == nil || *doc.Meetings[0].Place != "Oslo" {
		t.Errorf("want one meeting on 2024-03-13 in Oslo, got %s", out)
	}
	if len(doc.Visits) != 1 || doc.Visits[0].Country != "Norway" {
		t.Errorf("want van Klaveren's visit to Norway, got %s", out)
	}
	// extract needs no store: nothing was created in the data directory.
	if _, err := os.Stat(defaultDBPath()); err == nil {
		t.Errorf("extract created a store at %s", defaultDBPath())
	}
}
