package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sortedLines returns a file's lines, sorted.
func sortedLines(t *testing.T, file string) []string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	slices.Sort(lines)
	return lines
}

// TestRDFRoundTrip exports the Andes store as N-Quads and JSON-LD, checks
// the XSD datatypes and the JSON-LD @context, imports each file into a fresh
// store and finds the same store: the same quads exported, the same typed
// values answered by a raw query, the same listings.
func TestRDFRoundTrip(t *testing.T) {
	db := andes(t)
	with := func(db []string, args ...string) []string { return append(append([]string{}, db...), args...) }
	nq := exportFile(t, db, "nquads")
	jsonld := exportFile(t, db, "jsonld")

	text, err := os.ReadFile(nq)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<http://schema.org/startDate> "2023-06-13"^^<http://www.w3.org/2001/XMLSchema#date>`,
		`<http://schema.org/startDate> "2023-07"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>`,
		`<http://schema.org/startDate> "2022"^^<http://www.w3.org/2001/XMLSchema#gYear>`,
		`<https://dipgraph.org/ns/confidence> "0.8"^^<http://www.w3.org/2001/XMLSchema#decimal>`,
		`^^<http://www.w3.org/2001/XMLSchema#integer>`,
	} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the N-Quads export lacks %s", want)
		}
	}
	for _, bad := range []string{"^^<xsd:", "E-01"} {
		if strings.Contains(string(text), bad) {
			t.Errorf("the N-Quads export still writes %s", bad)
		}
	}
	ld, err := os.ReadFile(jsonld)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(ld), `{"@context":{"dg":"https://dipgraph.org/ns/","dgid":"https://dipgraph.org/id/","rdf":`) ||
		!strings.Contains(string(ld), `"schema":"http://schema.org/"`) || !strings.Contains(string(ld), `"schema:startDate":{"@type":"xsd:date","@value":"2023-06-13"}`) {
		t.Errorf("the JSON-LD export lacks its @context or typed dates:\n%.600s", ld)
	}

	query := `g.V("<https://dipgraph.org/id/event/meeting/2023-06-13/ana-cecilia-gervasi+yoshimasa-hayashi>").OutPredicates().Unique().All()`
	confidence := `g.V("<https://dipgraph.org/id/event/meeting/2023-06-13/ana-cecilia-gervasi+yoshimasa-hayashi>").Out("<https://dipgraph.org/ns/confidence>").All()`
	for name, file := range map[string]string{"nquads": nq, "jsonld": jsonld} {
		t.Run(name, func(t *testing.T) {
			other := []string{"--db", filepath.Join(t.TempDir(), "copy")}
			mustCLI(t, with(other, "import", file)...)
			again := exportFile(t, other, "nquads")
			if a, b := sortedLines(t, nq), sortedLines(t, again); !slices.Equal(a, b) {
				t.Errorf("after importing the %s export, the store exports %d quads, differing from the %d of the original", name, len(b), len(a))
			}
			for _, args := range [][]string{{"stats"}, {"who-met", "Gervasi", "--format", "json"}, {"query", query}, {"query", confidence}} {
				if a, b := mustCLI(t, with(db, args...)...), mustCLI(t, with(other, args...)...); a != b {
					t.Errorf("%s differs after the round trip:\n%s\nwant\n%s", args, b, a)
				}
			}
		})
	}
}
