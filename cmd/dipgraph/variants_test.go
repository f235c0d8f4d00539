package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Articles written for these tests: Madrid spells the Swedish minister of
// Lisbon one letter differently; Copenhagen names another Swede with his
// surname; Oslo names the minister by his surname alone.
var variantArticles = map[string]string{
	"lisbon.txt": `title: Swedish minister holds talks in Lisbon
published: 1987-05-12
source: dipgraph test fixture

LISBON, May 12 (Wire) - Swedish Foreign Minister Halvard Lindqvist met Portuguese Prime Minister Anibal Cavaco Silva in Lisbon on Tuesday to talk about fishing rights.
`,
	"copenhagen.txt": `title: Swedish envoy meets Danish official
published: 1987-05-15
source: dipgraph test fixture

COPENHAGEN, May 15 (Wire) - Swedish Ambassador Greta Lindqvist met Danish Trade Minister Ole Bruun in Copenhagen on Friday about ferry tariffs.
`,
	"oslo.txt": `title: Lindqvist in Oslo
published: 1987-05-18
source: dipgraph test fixture

OSLO, May 18 (Wire) - Swedish Foreign Minister Lindqvist met Norwegian Prime Minister Gro Harlem Brundtland in Oslo on Monday to discuss the North Sea.
`,
	"madrid.txt": `title: Lindquist visits Madrid
published: 1987-05-14
source: dipgraph test fixture

MADRID, May 14 (Wire) - Swedish Foreign Minister Halvard Lindquist met Spanish Prime Minister Felipe Gonzalez in Madrid on Thursday, a day after leaving Portugal.
`,
}

func writeArticle(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// sortedLines returns out's lines sorted, to compare exports.
func sortedLines(out string) []string {
	ls := strings.Split(strings.TrimSpace(out), "\n")
	sort.Strings(ls)
	return ls
}

// TestSpellingVariantJoinsAndRetracts ingests a person, then an article
// that misspells them: one person with the other spelling as an alias, and
// both meetings on their timeline. Retracting the misspelling article
// leaves the store exactly as it was before it came.
func TestSpellingVariantJoinsAndRetracts(t *testing.T) {
	isolate(t)
	db := []string{"--db", "db"}
	with := func(args ...string) []string { return append(append([]string{}, db...), args...) }
	mustCLI(t, with("ingest", writeArticle(t, "lisbon.txt", variantArticles["lisbon.txt"]))...)
	before := sortedLines(mustCLI(t, with("export", "--format", "nquads")...))

	mustCLI(t, with("ingest", writeArticle(t, "madrid.txt", variantArticles["madrid.txt"]))...)
	out := mustCLI(t, with("actors", "Lind", "--format", "csv")...)
	if n := strings.Count(out, ",person,"); n != 1 || !strings.Contains(out, "Halvard Lindquist") {
		t.Errorf("actors Lind: want one person with the alias Halvard Lindquist, got\n%s", out)
	}
	out = mustCLI(t, with("timeline", "Halvard Lindqvist")...)
	for _, want := range []string{"Anibal Cavaco Silva", "Felipe Gonzalez"} {
		if !strings.Contains(out, want) {
			t.Errorf("timeline Halvard Lindqvist lacks the meeting with %s:\n%s", want, out)
		}
	}
	mustCLI(t, with("retract", "madrid")...)
	after := sortedLines(mustCLI(t, with("export", "--format", "nquads")...))
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("store after retracting the variant's article differs from before it (-before +after):\n%s", diff)
	}
}

// TestSurnameJoinsThePersonTheTextSupports ingests two people who share a
// surname, then an article naming one of them by surname with his role and
// country: it joins him, not her, and retracting it restores the store.
func TestSurnameJoinsThePersonTheTextSupports(t *testing.T) {
	isolate(t)
	db := []string{"--db", "db"}
	with := func(args ...string) []string { return append(append([]string{}, db...), args...) }
	for _, name := range []string{"lisbon.txt", "copenhagen.txt"} {
		mustCLI(t, with("ingest", writeArticle(t, name, variantArticles[name]))...)
	}
	before := sortedLines(mustCLI(t, with("export", "--format", "nquads")...))
	mustCLI(t, with("ingest", writeArticle(t, "oslo.txt", variantArticles["oslo.txt"]))...)
	out := mustCLI(t, with("actors", "Lindqvist", "--format", "csv")...)
	want := []string{
		"name,kind,role,country,aliases,iri",
		"Greta Lindqvist,person,Ambassador,Sweden,,https://dipgraph.org/id/person/greta-lindqvist",
		"Halvard Lindqvist,person,Foreign Minister,Sweden,Lindqvist,https://dipgraph.org/id/person/halvard-lindqvist",
	}
	if diff := cmp.Diff(want, strings.Split(strings.TrimSpace(out), "\n")); diff != "" {
		t.Errorf("actors Lindqvist (-want +got):\n%s", diff)
	}
	mustCLI(t, with("retract", "oslo")...)
	after := sortedLines(mustCLI(t, with("export", "--format", "nquads")...))
	if diff := cmp.Diff(before, after); diff != "" {
		t.Errorf("store after retracting the surname's article differs from before it (-before +after):\n%s", diff)
	}
}
