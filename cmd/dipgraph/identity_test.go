package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Articles written for these tests: Madrid spells the Swedish minister of
// Lisbon one letter differently; Copenhagen names another Swede with his
// surname; Oslo names the minister by his surname alone; the next-day
// story dates the Lisbon meeting a day later, the review to its month only.
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
	"lisbon-next-day.txt": `title: Portugal and Sweden discuss fisheries
published: 1987-05-13
source: dipgraph test fixture

STOCKHOLM, May 13 (Wire) - Portuguese Prime Minister Anibal Cavaco Silva and Swedish Foreign Minister Halvard Lindqvist held talks in Lisbon on Wednesday about fishing quotas, a Swedish spokesman said.
`,
	"review.txt": `title: Swedish diplomacy review
published: 1987-06-02
source: dipgraph test fixture

Swedish Foreign Minister Halvard Lindqvist met Portuguese Prime Minister Anibal Cavaco Silva in Lisbon in May, the ministry said in its monthly review.
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

// exported returns the store's N-Quads export, sorted, to compare stores.
func exported(t *testing.T, db ...string) []string {
	t.Helper()
	ls := strings.Split(strings.TrimSpace(mustCLI(t, append(db, "export", "--format", "nquads")...)), "\n")
	sort.Strings(ls)
	return ls
}

// onEachBackend runs test on a fresh store of each backend the end-to-end
// tests use (bolt, and PostgreSQL when CI provides one), in an isolated
// environment; with prefixes a command with the store's flags.
func onEachBackend(t *testing.T, test func(t *testing.T, db []string, with func(args ...string) []string)) {
	for name, store := range backends(t) {
		t.Run(name, func(t *testing.T) {
			db := isolatedStore(t, name, store)
			test(t, db, func(args ...string) []string { return append(append([]string{}, db...), args...) })
		})
	}
}

// checkRetractRestores retracts articles and fails unless the store's
// export is then before.
func checkRetractRestores(t *testing.T, db []string, before []string, articles ...string) {
	t.Helper()
	mustCLI(t, append(append(db, "retract"), articles...)...)
	if diff := cmp.Diff(before, exported(t, db...)); diff != "" {
		t.Errorf("store after retracting %v differs from before them (-before +after):\n%s", articles, diff)
	}
}

// TestSpellingVariantJoinsAndRetracts ingests a person, then an article
// that misspells them: one person with the other spelling as an alias, and
// both meetings on their timeline. Retracting the misspelling article
// leaves the store exactly as it was before it came.
func TestSpellingVariantJoinsAndRetracts(t *testing.T) {
	onEachBackend(t, func(t *testing.T, db []string, with func(args ...string) []string) {
		mustCLI(t, with("ingest", writeArticle(t, "lisbon.txt", variantArticles["lisbon.txt"]))...)
		before := exported(t, db...)

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
		checkRetractRestores(t, db, before, "madrid")
	})
}

// TestSurnameJoinsThePersonTheTextSupports ingests two people who share a
// surname, then an article naming one of them by surname with his role and
// country: it joins him, not her, and retracting it restores the store.
func TestSurnameJoinsThePersonTheTextSupports(t *testing.T) {
	onEachBackend(t, func(t *testing.T, db []string, with func(args ...string) []string) {
		for _, name := range []string{"lisbon.txt", "copenhagen.txt"} {
			mustCLI(t, with("ingest", writeArticle(t, name, variantArticles[name]))...)
		}
		before := exported(t, db...)
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
		checkRetractRestores(t, db, before, "oslo")
	})
}

// TestSameMeetingFromThreeArticlesIsOneEvent ingests one meeting as three
// articles date it (Tuesday; Wednesday, from a dateline a day on; "in May"):
// one event with the three sources and the first day, and retracting the
// two later articles restores the store.
func TestSameMeetingFromThreeArticlesIsOneEvent(t *testing.T) {
	onEachBackend(t, func(t *testing.T, db []string, with func(args ...string) []string) {
		mustCLI(t, with("ingest", writeArticle(t, "lisbon.txt", variantArticles["lisbon.txt"]))...)
		before := exported(t, db...)
		mustCLI(t, with("ingest", writeArticle(t, "lisbon-next-day.txt", variantArticles["lisbon-next-day.txt"]),
			writeArticle(t, "review.txt", variantArticles["review.txt"]))...)
		out := mustCLI(t, with("who-met", "Halvard Lindqvist", "--format", "csv")...)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		if len(lines) != 2 || !strings.HasPrefix(lines[1], "1987-05-12,") || !strings.Contains(lines[1], "lisbon lisbon-next-day review") {
			t.Errorf("who-met Halvard Lindqvist: want one meeting on 1987-05-12 with the three sources, got\n%s", out)
		}
		checkRetractRestores(t, db, before, "lisbon-next-day", "review")
	})
}

// Articles for TestSameGatheringFromTwoDays: Nairobi's summit reported on
// the day and the day after, and another summit in Mombasa.
var summitArticles = map[string]string{
	"nairobi-1.txt": `title: Kenya hosts regional trade summit
published: 1987-03-03
source: dipgraph test fixture

NAIROBI, March 3 (Wire) - Kenya hosted a summit of East African leaders in Nairobi on Tuesday, attended by Uganda and Tanzania, to plan new rail links.
`,
	"nairobi-2.txt": `title: Rail links top Nairobi summit
published: 1987-03-04
source: dipgraph test fixture

NAIROBI, March 4 (Wire) - Leaders of Uganda and Tanzania attended a summit hosted by Kenya in Nairobi on Wednesday, where rail links were discussed.
`,
	"mombasa.txt": `title: Lake summit ends
published: 1987-03-04
source: dipgraph test fixture

MOMBASA, March 4 (Wire) - Kenya hosted a summit of lake states in Mombasa on Wednesday, attended by Uganda and Tanzania, on fishing rules.
`,
}

// TestSameGatheringFromTwoDays: two reports of the Nairobi summit a day
// apart are one gathering with both sources; the Mombasa summit, in another
// place, stays its own; retracting the second report restores the store.
func TestSameGatheringFromTwoDays(t *testing.T) {
	onEachBackend(t, func(t *testing.T, db []string, with func(args ...string) []string) {
		mustCLI(t, with("ingest", writeArticle(t, "nairobi-1.txt", summitArticles["nairobi-1.txt"]),
			writeArticle(t, "mombasa.txt", summitArticles["mombasa.txt"]))...)
		before := exported(t, db...)
		mustCLI(t, with("ingest", writeArticle(t, "nairobi-2.txt", summitArticles["nairobi-2.txt"]))...)
		out := mustCLI(t, with("gatherings", "--format", "csv")...)
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil || len(rows) == 0 {
			t.Fatalf("gatherings --format csv: %v\n%s", err, out)
		}
		col := map[string]int{}
		for i, c := range rows[0] {
			col[c] = i
		}
		var got []string
		for _, f := range rows[1:] {
			got = append(got, f[col["date"]]+" "+f[col["place"]]+" "+f[col["sources"]])
		}
		want := []string{"1987-03-03 Nairobi nairobi-1 nairobi-2", "1987-03-04 Mombasa mombasa"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("gatherings (-want +got):\n%s", diff)
		}
		checkRetractRestores(t, db, before, "nairobi-2")
	})
}
