package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/dipgraph/dipgraph/graph"
)

// The robustness tests: bad inputs through the CLI, queries that cannot run
// away, `dipgraph check`, and, with a real binary, a second writer refused,
// ingest killed at random points, and concurrent ingests on PostgreSQL.
//
// Every article text here is written for these tests from templates; the
// people, countries and cities are real.

// corpusPeople are the actors of the generated corpus: nationality adjective,
// role and name.
var corpusPeople = [][3]string{
	{"Russian", "Foreign Minister", "Sergei Lavrov"},
	{"Pakistani", "Prime Minister", "Imran Khan"},
	{"French", "President", "Emmanuel Macron"},
	{"German", "Chancellor", "Angela Merkel"},
	{"Indian", "Prime Minister", "Narendra Modi"},
	{"Chinese", "Foreign Minister", "Wang Yi"},
	{"American", "Secretary of State", "Antony Blinken"},
	{"Japanese", "Prime Minister", "Fumio Kishida"},
	{"Turkish", "President", "Recep Tayyip Erdogan"},
	{"British", "Prime Minister", "Boris Johnson"},
	{"Brazilian", "President", "Jair Bolsonaro"},
	{"Iranian", "Foreign Minister", "Javad Zarif"},
}

var (
	corpusCountries = []string{"Pakistan", "India", "China", "Japan", "Germany", "France", "Turkey", "Brazil", "Egypt", "Kenya", "Indonesia", "Mexico"}
	corpusCities    = []string{"Islamabad", "New Delhi", "Beijing", "Tokyo", "Berlin", "Paris", "Ankara", "Brasilia", "Cairo", "Nairobi", "Jakarta", "Mexico City"}
	corpusTopics    = []string{"trade", "energy cooperation", "climate change", "regional security", "investment", "counter-terrorism"}
	corpusDays      = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
)

// corpusArticle is one generated article; the same i always gives the same
// article, whatever range it is written in.
func corpusArticle(i int) map[string]string {
	r := rand.New(rand.NewPCG(uint64(i), 42))
	a := corpusPeople[r.IntN(len(corpusPeople))]
	b := corpusPeople[r.IntN(len(corpusPeople))]
	for b == a {
		b = corpusPeople[r.IntN(len(corpusPeople))]
	}
	k := r.IntN(len(corpusCities))
	topic := corpusTopics[r.IntN(len(corpusTopics))]
	day := corpusDays[r.IntN(len(corpusDays))]
	published := time.Date(2015+r.IntN(8), time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
	var text string
	switch i % 3 {
	case 0:
		text = fmt.Sprintf("%s %s %s met %s %s %s in %s on %s to discuss %s.", a[0], a[1], a[2], b[0], b[1], b[2], corpusCities[k], day, topic)
	case 1:
		text = fmt.Sprintf("%s %s %s visited %s on %s for talks on %s, officials said.", a[0], a[1], a[2], corpusCountries[k], day, topic)
	default:
		c := r.Perm(len(corpusCountries))
		text = fmt.Sprintf("Leaders of %s, %s and %s attended a summit on %s in %s on %s.",
			corpusCountries[c[0]], corpusCountries[c[1]], corpusCountries[c[2]], topic, corpusCities[k], day)
	}
	return map[string]string{
		"id":        fmt.Sprintf("c%05d", i),
		"title":     fmt.Sprintf("Diplomatic note %d", i),
		"published": published.Format("2006-01-02"),
		"text":      text,
		// A source of its own, else the file's path would be stored.
		"source": "dipgraph robustness corpus",
	}
}

// writeCorpus writes articles from (inclusive) to to (exclusive) as JSON
// Lines to path and returns path.
func writeCorpus(t *testing.T, path string, from, to int) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for i := from; i < to; i++ {
		if err := enc.Encode(corpusArticle(i)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// stderrLines returns the non-empty lines of s.
func stderrLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// inputFile is one file of TestIngestBadInputs.
type inputFile struct {
	name    string
	content string
	symlink string // when set, the file is a symbolic link to this target
	mode    os.FileMode
	// want maps the line (0 for the whole file) to the start of the reason
	// expected on stderr.
	want map[int]string
	// stored is the number of articles the file holds that must be stored.
	stored int
}

// TestIngestBadInputs ingests a directory holding every kind of bad input
// beside good articles: each bad input gets one line on stderr naming the
// file (and line, for JSON Lines) and the reason, the good articles are
// stored, and the exit status is 3.
func TestIngestBadInputs(t *testing.T) {
	isolate(t)
	const maxBytes = 64 << 10
	jsonLine := func(m map[string]any) string {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	good := func(id, published, text string) string {
		return jsonLine(map[string]any{"id": id, "published": published, "text": text})
	}
	nested := "<html><body>" + strings.Repeat("<div>", 600) +
		"<p>Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in New Delhi on Monday.</p>" +
		strings.Repeat("</div>", 600) + "</body></html>"

	// files are the inputs; a file whose want is empty holds only good articles.
	files := []inputFile{
		{name: "empty.txt", content: "", want: map[int]string{0: "empty input"}},
		{name: "blank.txt", content: " \n\n\t \n", want: map[int]string{0: "empty input"}},
		{name: "image.png", content: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", want: map[int]string{0: "binary data (PNG image)"}},
		{name: "archive.zip", content: "PK\x03\x04\x14\x00\x00\x00\x08\x00story.txt", want: map[int]string{0: "binary data (zip archive)"}},
		{
			name:    "invalid-utf8.txt",
			content: "The minister\x81\x8d met \xe3\x81\x82\xe3\x81 his \x9d\x90 counterpart \xff\xfe in the capital.",
			want:    map[int]string{0: "invalid text encoding: invalid UTF-8 at offset 12"},
		},
		{
			// Latin-1 is decoded (as Windows-1252), never rejected: this one is stored.
			name:    "latin1.txt",
			content: "title: R\xe9union \xe0 Islamabad\npublished: 2021-04-07\n\nRussian Foreign Minister Sergei Lavrov met Pakistani Prime Minister Imran Khan in Islamabad on Wednesday to discuss trade.\n",
			stored:  1,
		},
		{name: "too-big.txt", content: strings.Repeat("The talks went on. ", maxBytes/19+1), want: map[int]string{0: fmt.Sprintf("input too large: %d bytes, limit %d", (maxBytes/19+1)*19, maxBytes)}},
		{
			name: "mixed.jsonl",
			content: strings.Join([]string{
				good("j1", "2020-01-06", "French President Emmanuel Macron visited India on Tuesday for talks on trade."),
				`{"id": "broken", "text": `,
				jsonLine(map[string]any{"id": "notext", "url": "https://example.org/a-link-without-a-story"}),
				jsonLine(map[string]any{"id": "wrongtype", "text": 42}),
				jsonLine(map[string]any{"id": "wrongtitle", "title": []int{1}, "text": "Talks were held."}),
				`[1, 2]`,
				good("j2", "2020-01-07", "German Chancellor Angela Merkel visited Turkey on Friday for talks on migration."),
				// A headline-only article (a wire flash) is stored.
				jsonLine(map[string]any{"id": "flash", "title": "A headline without a story"}),
			}, "\n") + "\n",
			want: map[int]string{
				2: "malformed input: broken JSON",
				3: "no article text: no text/body/content or title/headline field",
				4: `field "text": wrong field type: want a string, got a number`,
				5: `field "title": wrong field type: want a string, got an array`,
				6: "malformed input: not a JSON object",
			},
			stored: 3,
		},
		{
			name: "huge-line.jsonl",
			content: good("h1", "2020-02-03", "Chinese Foreign Minister Wang Yi visited Kenya on Monday for talks on investment.") + "\n" +
				good("huge", "2020-02-04", strings.Repeat("word ", maxBytes/5+10)) + "\n" +
				good("h2", "2020-02-05", "Brazilian President Jair Bolsonaro visited Japan on Thursday for talks on trade.") + "\n",
			want:   map[int]string{2: fmt.Sprintf("input too large: line over %d bytes", maxBytes)},
			stored: 2,
		},
		{
			name:    "bad-date.jsonl",
			content: jsonLine(map[string]any{"id": "baddate", "published": "sometime last spring", "text": "Talks were held in Cairo."}) + "\n",
			want:    map[int]string{1: `unparseable date "sometime last spring"`},
		},
		{name: "scripts-only.html", content: "<html><head><script>var a = 1;</script></head><body><script>document.title = 'x';</script><style>p {}</style></body></html>", want: map[int]string{0: "no article text: HTML page has no body text"}},
		{name: "no-body.html", content: "<html><head><title>Only a title</title></head></html>", want: map[int]string{0: "no article text: HTML page has no body text"}},
		{name: "deeply-nested.html", content: nested, want: map[int]string{0: "malformed input: html: "}},
		{
			// No date anywhere: stored, with its date marked unknown.
			name:    "no-date.txt",
			content: "German Chancellor Angela Merkel met French President Emmanuel Macron in Paris to discuss energy.\n",
			stored:  1,
		},
		{name: "good.txt", content: "title: Talks in Ankara\npublished: 2019-05-14\n\nIranian Foreign Minister Javad Zarif met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday to discuss regional security.\n", stored: 1},
		{name: "loop", symlink: ".", want: map[int]string{0: "symlink loop: leads back to in"}},
		{name: "self", symlink: "self", want: map[int]string{0: "symlink loop: stat in/self: too many levels of symbolic links"}},
	}
	if os.Geteuid() != 0 {
		files = append(files, inputFile{name: "unreadable.txt", content: "Secret talks.", mode: 0o200, want: map[int]string{0: "unreadable: open in/unreadable.txt: permission denied"}})
	} else {
		t.Log("running as root, which reads every file: the unreadable-file case is skipped")
	}

	dir := "in"
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	stored := 0
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if f.symlink != "" {
			if err := os.Symlink(f.symlink, p); err != nil {
				t.Fatal(err)
			}
		} else {
			mode := f.mode
			if mode == 0 {
				mode = 0o644
			}
			if err := os.WriteFile(p, []byte(f.content), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(p, mode); err != nil {
				t.Fatal(err)
			}
		}
		for line, reason := range f.want {
			key := p
			if line > 0 {
				key += ":" + strconv.Itoa(line)
			}
			want[key] = reason
		}
		stored += f.stored
	}

	code, out, errs := cli(t, "", "--db", "db", "ingest", "--max-bytes", strconv.Itoa(maxBytes), dir)
	lines := stderrLines(errs)
	t.Logf("stderr of dipgraph ingest:\n%s", strings.Join(lines, "\n"))
	if code != exitInput {
		t.Errorf("exit status %d, want %d (some inputs rejected)\nstdout:\n%s", code, exitInput, out)
	}
	skipped := regexp.MustCompile(`^dipgraph: skipped (\S+?)((?::\d+)?): (.+)$`)
	got := map[string]string{}
	for _, l := range lines[:len(lines)-1] {
		m := skipped.FindStringSubmatch(l)
		if m == nil {
			t.Errorf("stderr line %q is not one 'dipgraph: skipped PATH[:LINE]: REASON' line", l)
			continue
		}
		key := m[1] + m[2]
		if _, dup := got[key]; dup {
			t.Errorf("%s reported twice", key)
		}
		got[key] = m[3]
	}
	for key, reason := range got {
		if w, ok := want[key]; ok && strings.HasPrefix(reason, w) {
			got[key] = w // the reason as far as the test pins it down
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("rejected inputs (-want +got):\n%s", diff)
	}
	if last := lines[len(lines)-1]; last != fmt.Sprintf("dipgraph: some inputs were rejected: %d rejected (named above)", len(want)) {
		t.Errorf("last stderr line %q, want the count of %d rejected inputs", last, len(want))
	}
	if !strings.Contains(out, fmt.Sprintf("stored:             %d\n", stored)) {
		t.Errorf("want %d articles stored; summary:\n%s", stored, out)
	}

	// The good articles are in the store, the Latin-1 one decoded, the
	// undated one marked so.
	export := mustCLI(t, "--db", "db", "export", "--format", "nquads")
	for _, s := range []string{
		`<https://dipgraph.org/id/article/latin1> <http://schema.org/headline> "Réunion à Islamabad"`,
		`<https://dipgraph.org/id/article/no-date> <https://dipgraph.org/ns/dateUnknown> "true"`,
		`<https://dipgraph.org/id/article/j2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/NewsArticle>`,
	} {
		if !strings.Contains(export, s) {
			t.Errorf("export lacks %s", s)
		}
	}
	if n := articleCount(t, "--db", "db"); n != stored {
		t.Errorf("store holds %d articles, want %d", n, stored)
	}
}

var articlesRe = regexp.MustCompile(`(?m)^articles\s+(\d+)$`)

// articleCount reads the article count from `dipgraph stats`.
func articleCount(t *testing.T, db ...string) int {
	t.Helper()
	out := mustCLI(t, append(db, "stats")...)
	m := articlesRe.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("stats printed no article count:\n%s", out)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// TestQueryCannotRunAway runs queries that loop, return too much or do not
// parse: each ends with one clear line on stderr, never a stack trace.
func TestQueryCannotRunAway(t *testing.T) {
	isolate(t)
	mustCLI(t, "--db", "db", "ingest", writeCorpus(t, "corpus.jsonl", 0, 30))
	tests := []struct {
		name string
		env  map[string]string
		args []string
		// wantCode, wantErr (a regexp matching the whole of stderr, one line) and
		// wantResults (-1: not checked) describe the outcome.
		wantCode    int
		wantErr     string
		wantResults int
		maxTime     time.Duration
	}{
		{
			name: "endless loop stops at --timeout", args: []string{"--timeout", "1s", "while (true) {}"},
			wantCode: exitError, wantErr: `^dipgraph: query stopped after 1s \(the timeout; raise it with --timeout or DIPGRAPH_QUERY_TIMEOUT\)\n$`,
			maxTime: 20 * time.Second,
		},
		{
			name: "endless loop stops at the timeout from the environment", env: map[string]string{"DIPGRAPH_QUERY_TIMEOUT": "1500ms"},
			args: []string{"var n = 0; while (true) { n++ }"}, wantCode: exitError, wantErr: `^dipgraph: query stopped after 1.5s \(the timeout`,
			maxTime: 20 * time.Second,
		},
		{
			name: "endless emitting loop stops at the default limit", args: []string{"while (true) { g.Emit(1) }"},
			wantErr: `^dipgraph: stopped at the limit of 1000 results \(raise it with --limit\)\n$`, wantResults: 1000,
		},
		{
			name: "limit from the environment", env: map[string]string{"DIPGRAPH_QUERY_LIMIT": "7"}, args: []string{"g.V().All()"},
			wantErr: `^dipgraph: stopped at the limit of 7 results`, wantResults: 7,
		},
		{
			name: "limit flag", args: []string{"--limit", "3", "g.V().All()"},
			wantErr: `^dipgraph: stopped at the limit of 3 results`, wantResults: 3,
		},
		{
			name: "gizmo syntax error", args: []string{"g.V(\"x\").Out("},
			wantCode: exitError, wantErr: `^dipgraph: gizmo query: .*SyntaxError: .*Unexpected end of input.*\n$`,
		},
		{
			name: "gizmo unknown function", args: []string{"frobnicate()"},
			wantCode: exitError, wantErr: `^dipgraph: gizmo query: .*ReferenceError: frobnicate is not defined.*\n$`,
		},
		{
			name: "gizmo missing arguments", args: []string{"g.V().Has().All()"},
			wantCode: exitError, wantErr: `^dipgraph: gizmo query: .*unexpected arguments count: 0\n$`,
		},
		{
			name: "gizmo bad regexp", args: []string{`g.V().Filter(regex("(")).All()`},
			wantCode: exitError, wantErr: "^dipgraph: gizmo query: .*error parsing regexp: missing closing \\)",
		},
		{
			name: "gizmo thrown value", args: []string{`throw "no"`},
			wantCode: exitError, wantErr: `^dipgraph: gizmo query: .*no at <eval>`,
		},
		{
			name: "graphql syntax error", args: []string{"--lang", "graphql", "{ nodes("},
			wantCode: exitError, wantErr: `^dipgraph: graphql query: .*Syntax Error GraphQL \(1:9\) Expected Name, found EOF`,
		},
		{
			name: "graphql syntax error in a 30 KB query is not echoed", args: []string{"--lang", "graphql", `{ nodes(id: "` + strings.Repeat("x", 30_000)},
			wantCode: exitError, wantErr: `^dipgraph: graphql query: Syntax Error GraphQL \(1:30014\) Unterminated string\. …\n$`,
		},
		{
			name: "graphql syntax error at a 30 KB name is cut", args: []string{"--lang", "graphql", "{ nodes( a " + strings.Repeat("y", 30_000) + " }"},
			wantCode: exitError, wantErr: `^dipgraph: graphql query: Syntax Error GraphQL \(1:12\) Expected :, found Name "y{200,300} …\n$`,
		},
		{
			name: "mql broken JSON", args: []string{"--lang", "mql", `[{"id": `},
			wantCode: exitError, wantErr: `^dipgraph: mql query: .*unexpected end of JSON input\n$`,
		},
		{
			name: "unknown language", args: []string{"--lang", "sparql", "SELECT * WHERE {}"},
			wantCode: exitUsage, wantErr: `^dipgraph: unknown query language "sparql"`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			start := time.Now()
			code, out, errs := cli(t, "", append([]string{"--db", "db", "query"}, tt.args...)...)
			took := time.Since(start)
			t.Logf("stderr: %s(%s)", errs, took.Round(time.Millisecond))
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d\nstderr: %s", code, tt.wantCode, errs)
			}
			if !regexp.MustCompile(tt.wantErr).MatchString(errs) {
				t.Errorf("stderr %q does not match %s", errs, tt.wantErr)
			}
			if strings.Contains(errs, "goroutine") || strings.Contains(errs, "panic") {
				t.Errorf("stderr holds a stack trace:\n%s", errs)
			}
			if tt.wantResults > 0 {
				if n := len(stderrLines(out)); n != tt.wantResults {
					t.Errorf("%d results, want %d", n, tt.wantResults)
				}
			}
			if tt.maxTime > 0 && took > tt.maxTime {
				t.Errorf("query took %s, want it stopped well before %s", took, tt.maxTime)
			}
		})
	}
}

// TestCheckCommand checks a clean store, then one corrupted by importing
// stray quads: an event without a status, a quad labelled with an unknown
// article, and a participant edge to a node that does not exist.
func TestCheckCommand(t *testing.T) {
	isolate(t)
	db := []string{"--db", "db"}
	mustCLI(t, append(db, "ingest", writeCorpus(t, "corpus.jsonl", 0, 30))...)
	out := mustCLI(t, append(db, "check")...)
	if !regexp.MustCompile(`^checked \d+ quads, 30 articles, \d+ events: no problems\n$`).MatchString(out) {
		t.Errorf("check of a clean store printed %q, want only the summary with no problems", out)
	}

	const (
		id     = "https://dipgraph.org/id/"
		ns     = "https://dipgraph.org/ns/"
		stray  = "<" + id + "event/meeting/2021-04-09/stray>"
		known  = "<" + id + "article/c00001>"
		ghost  = "<" + id + "article/ghost>"
		nobody = "<" + id + "person/nobody-at-all>"
	)
	corrupt := strings.Join([]string{
		stray + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + ns + "Meeting> " + known + " .",
		stray + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/Event> " + known + " .",
		stray + " <" + ns + "participant> " + nobody + " " + known + " .",
		stray + " <" + ns + "sourceArticle> " + known + " " + known + " .",
		"<" + id + "person/sergei-lavrov> <http://schema.org/alternateName> \"S. Lavrov\" " + ghost + " .",
	}, "\n") + "\n"
	if err := os.WriteFile("corrupt.nq", []byte(corrupt), 0o644); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, append(db, "import", "corrupt.nq")...)

	code, out, errs := cli(t, "", append(db, "check")...)
	t.Logf("check of a corrupted store:\n%s%s", out, errs)
	if code != exitError {
		t.Errorf("exit status %d, want %d", code, exitError)
	}
	got := stderrLines(out)
	want := []string{
		"dangling " + strings.Trim(stray, "<>") + ": dg:participant points to " + strings.Trim(nobody, "<>") + ", which is not a node with a type",
		"event-status " + strings.Trim(stray, "<>") + ": event has no dg:status",
		"label " + strings.Trim(ghost, "<>") + ": labels 1 quad(s) but is not a stored article, e.g. <" + id + "person/sergei-lavrov> schema:alternateName \"S. Lavrov\"",
	}
	if len(got) != len(want)+1 {
		t.Fatalf("check printed %d lines, want %d problems and a summary:\n%s", len(got), len(want), out)
	}
	if diff := cmp.Diff(want, got[:len(want)]); diff != "" {
		t.Errorf("problem lines (-want +got):\n%s", diff)
	}
	if s := got[len(got)-1]; !regexp.MustCompile(`^checked \d+ quads, 30 articles, \d+ events: 3 problems \(1 dangling, 1 event-status, 1 label\)$`).MatchString(s) {
		t.Errorf("summary line %q", s)
	}
	if errs != "dipgraph: the store has problems: 3 found (listed above)\n" {
		t.Errorf("stderr %q", errs)
	}
}

// TestCheckSummary checks the summary line's wording.
func TestCheckSummary(t *testing.T) {
	tests := []struct {
		name  string
		input []string // problem kinds
		want  string
	}{
		{name: "none", want: "checked 10 quads, 2 articles, 3 events: no problems"},
		{name: "one", input: []string{"label"}, want: "checked 10 quads, 2 articles, 3 events: 1 problem (1 label)"},
		{name: "several", input: []string{"label", "dangling", "label"}, want: "checked 10 quads, 2 articles, 3 events: 3 problems (1 dangling, 2 label)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ps []graph.Problem
			for _, k := range tt.input {
				ps = append(ps, graph.Problem{Kind: graph.ProblemKind(k)})
			}
			if got := checkSummary(ps, graph.Stats{Quads: 10, Articles: 2, Events: 3}); got != tt.want {
				t.Errorf("checkSummary = %q, want %q", got, tt.want)
			}
		})
	}
}

// ---- Tests with the dipgraph binary as separate processes.

// binary runs the dipgraph binary built for a test.
type binary struct {
	path string
	env  []string // the environment, without DIPGRAPH_* and with a private home
}

// buildDipgraph builds the binary into a temporary directory.
func buildDipgraph(t *testing.T) binary {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "dipgraph")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(k, "DIPGRAPH_"), k == "HOME", k == "XDG_CONFIG_HOME", k == "XDG_DATA_HOME":
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "HOME="+dir, "XDG_CONFIG_HOME="+filepath.Join(dir, "config"), "XDG_DATA_HOME="+filepath.Join(dir, "data"))
	return binary{path: bin, env: env}
}

func (b binary) command(args ...string) *exec.Cmd {
	cmd := exec.Command(b.path, args...)
	cmd.Env = b.env
	return cmd
}

// run runs the binary to its end and returns its exit status and output.
func (b binary) run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := b.command(args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, out.String(), errb.String()
	case errors.As(err, &exit):
		return exit.ExitCode(), out.String(), errb.String()
	}
	t.Fatalf("run dipgraph %s: %v", strings.Join(args, " "), err)
	return 0, "", ""
}

// must runs the binary and fails the test unless it exits 0.
func (b binary) must(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := b.run(t, args...)
	if code != 0 {
		t.Fatalf("dipgraph %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

// quadsByLabel reads N-Quads and groups each quad line under its label (the
// last term of the line); every quad dipgraph writes has one.
func quadsByLabel(t *testing.T, nquads string) map[string]map[string]bool {
	t.Helper()
	out := map[string]map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(nquads))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" {
			continue
		}
		body, ok := strings.CutSuffix(l, " .")
		i := strings.LastIndex(body, " <")
		if !ok || i < 0 || !strings.HasSuffix(body, ">") {
			t.Fatalf("N-Quads line without a label: %s", l)
		}
		label := body[i+1:]
		if out[label] == nil {
			out[label] = map[string]bool{}
		}
		out[label][l] = true
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func countQuads(g map[string]map[string]bool) int {
	n := 0
	for _, qs := range g {
		n += len(qs)
	}
	return n
}

// TestProcesses runs the dipgraph binary as separate processes: a second
// writer is refused, ingest killed at random points leaves a consistent store
// that a rerun completes, and (with PostgreSQL) concurrent ingests agree with
// one.
func TestProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the dipgraph binary and runs it as separate processes (10-40 s): skipped under -short")
	}
	bin := buildDipgraph(t)
	t.Run("SecondWriterRefused", func(t *testing.T) { testSecondWriter(t, bin) })
	t.Run("CrashSafety", func(t *testing.T) { testCrashSafety(t, bin) })
	t.Run("PostgresConcurrentIngest", func(t *testing.T) { testPostgresConcurrent(t, bin) })
	t.Run("DamagedStore", func(t *testing.T) { testDamagedStore(t, bin) })
	t.Run("QueryBounds", func(t *testing.T) { testQueryBounds(t, bin) })
	t.Run("IngestInterrupted", func(t *testing.T) { testIngestInterrupted(t, bin) })
	t.Run("PostgresUnresponsive", func(t *testing.T) { testPostgresUnresponsive(t, bin) })
}

// testSecondWriter holds a bolt store with an ingest reading from stdin and
// checks that another writer, and a reader, are refused within seconds with
// the holder's pid; once it ends, several readers share the store, and a
// writer is refused while a reader holds it.
func testSecondWriter(t *testing.T, bin binary) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	corpus := writeCorpus(t, filepath.Join(dir, "corpus.jsonl"), 0, 60)
	bin.must(t, "--db", db, "ingest", corpus)

	holder := bin.command("--db", db, "ingest", "--input-format", "jsonl", "-")
	stdin, err := holder.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var holderOut, holderErr bytes.Buffer
	holder.Stdout, holder.Stderr = &holderOut, &holderErr
	if err := holder.Start(); err != nil {
		t.Fatal(err)
	}
	defer holder.Process.Kill()
	pid := holder.Process.Pid
	deadline := time.Now().Add(15 * time.Second)
	for {
		b, _ := os.ReadFile(filepath.Join(db, "dipgraph.pid"))
		if strings.TrimSpace(string(b)) == strconv.Itoa(pid) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the holding ingest (pid %d) never wrote its pid file", pid)
		}
		time.Sleep(20 * time.Millisecond)
	}

	held := fmt.Sprintf("is held by process %d (waited ", pid)
	for _, args := range [][]string{
		{"ingest", corpus},
		{"retract", "c00001"},
		{"stats"},
		{"query", "g.V().All()"},
	} {
		start := time.Now()
		code, _, errs := bin.run(t, append([]string{"--db", db, "--lock-timeout", "1s"}, args...)...)
		took := time.Since(start)
		t.Logf("dipgraph %s while pid %d writes: exit %d after %s: %s", args[0], pid, code, took.Round(time.Millisecond), strings.TrimSpace(errs))
		if code != exitError || !strings.Contains(errs, held) || !strings.Contains(errs, "wait for it to finish or stop it") {
			t.Errorf("dipgraph %s while another process writes: exit %d, stderr %q; want exit 1 naming process %d", args[0], code, errs, pid)
		}
		if len(stderrLines(errs)) != 1 {
			t.Errorf("want one line on stderr, got %q", errs)
		}
		if took > 10*time.Second {
			t.Errorf("refused after %s, want within seconds", took)
		}
	}

	// The holder finishes with one more article, then readers share the store.
	fmt.Fprintln(stdin, `{"id": "late", "published": "2021-05-03", "text": "Indian Prime Minister Narendra Modi visited Japan on Monday for talks on trade."}`)
	stdin.Close()
	if err := holder.Wait(); err != nil {
		t.Fatalf("holding ingest: %v\nstdout:\n%s\nstderr:\n%s", err, holderOut.String(), holderErr.String())
	}
	if _, err := os.Stat(filepath.Join(db, "dipgraph.pid")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("pid file left after the writer ended: %v", err)
	}

	// A pid file a killed writer left behind, naming a process that is gone,
	// must not be named as the holder.
	gone := exec.Command(bin.path, "--help")
	if err := gone.Run(); err != nil {
		t.Fatalf("run dipgraph --help: %v", err)
	}
	stale := filepath.Join(db, "dipgraph.pid")
	if err := os.WriteFile(stale, []byte(strconv.Itoa(gone.Process.Pid)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	// A long reader: a query looping until its timeout holds the store read-only.
	long := bin.command("--db", db, "query", "--timeout", "4s", "while (true) {}")
	if err := long.Start(); err != nil {
		t.Fatal(err)
	}
	defer long.Process.Kill()
	done := make(chan error, 1)
	go func() { done <- long.Wait() }()
	time.Sleep(500 * time.Millisecond) // it opens the store in milliseconds

	var wg sync.WaitGroup
	for _, args := range [][]string{{"stats"}, {"export", "--format", "nquads"}, {"query", "g.Emit(g.V().Count())"}, {"check"}, {"who-met", "Sergei Lavrov"}} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			code, out, errs := bin.run(t, append([]string{"--db", db, "--lock-timeout", "1s"}, args...)...)
			if code != 0 || out == "" {
				t.Errorf("reader dipgraph %s beside another reader: exit %d, %d bytes out, stderr %q", args[0], code, len(out), errs)
			}
		}()
	}
	wg.Wait()
	code, _, errs := bin.run(t, "--db", db, "--lock-timeout", "500ms", "retract", "c00002")
	if code != exitError || !strings.Contains(errs, "is held by another process") {
		t.Errorf("writer while a reader holds the store (and a stale pid file names pid %d): exit %d, stderr %q; want it refused, naming no process", gone.Process.Pid, code, errs)
	}
	select {
	case err := <-done:
		t.Errorf("the long reader ended before the other readers were done (%v): the test proved nothing", err)
	default:
	}
	<-done
}

// crashArticles is the size of the corpus testCrashSafety ingests.
const crashArticles = 2000

// testCrashSafety kills `dipgraph ingest` of a corpus of a few thousand
// articles with SIGKILL at random points: after each kill the store opens,
// passes check, and every article in it has exactly the quads a clean run
// stores for it; a final rerun completes the store to the clean run's quads.
func testCrashSafety(t *testing.T, bin binary) {
	dir := t.TempDir()
	corpus := writeCorpus(t, filepath.Join(dir, "corpus.jsonl"), 0, crashArticles)
	ingest := func(db string) []string {
		return []string{"--db", db, "ingest", "--batch-size", "100", corpus}
	}

	cleanDB := filepath.Join(dir, "clean")
	start := time.Now()
	bin.must(t, ingest(cleanDB)...)
	cleanTime := time.Since(start)
	clean := quadsByLabel(t, bin.must(t, "--db", cleanDB, "export", "--format", "nquads"))
	t.Logf("clean run: %d articles, %d quads in %s", len(clean), countQuads(clean), cleanTime.Round(time.Millisecond))
	if len(clean) != crashArticles {
		t.Fatalf("clean run stored %d articles, want %d", len(clean), crashArticles)
	}

	seed := uint64(time.Now().UnixNano())
	t.Logf("kill points from seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 7))
	db := filepath.Join(dir, "crash")
	midRun := 0
	for kill := 1; kill <= 3; kill++ {
		cmd := bin.command(ingest(db)...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Each run skips what the runs before stored, so each kill comes
		// within the first third of a clean run's time after its start (the
		// very start included: the store's creation).
		delay := time.Duration(r.Int64N(int64(cleanTime / 3)))
		time.Sleep(delay)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil && !errors.Is(err, os.ErrProcessDone) {
			t.Fatal(err)
		}
		err := cmd.Wait()
		killed := false
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				killed = true
			}
		}

		if _, err := os.Stat(filepath.Join(db, "indexes.bolt")); errors.Is(err, os.ErrNotExist) {
			t.Logf("kill %d after %s (killed: %v): before the store was created", kill, delay.Round(time.Millisecond), killed)
			continue
		}
		out := bin.must(t, "--db", db, "check")
		if !strings.HasSuffix(out, ": no problems\n") {
			t.Errorf("kill %d: check found problems:\n%s", kill, out)
		}
		got := quadsByLabel(t, bin.must(t, "--db", db, "export", "--format", "nquads"))
		t.Logf("kill %d after %s (killed: %v): %d articles, %d quads present", kill, delay.Round(time.Millisecond), killed, len(got), countQuads(got))
		if killed && len(got) < crashArticles {
			midRun++
		}
		bad := 0
		for label, qs := range got {
			want, ok := clean[label]
			if !ok {
				t.Errorf("kill %d: label %s is not an article of the corpus", kill, label)
				continue
			}
			if !maps.Equal(qs, want) && bad < 3 {
				bad++
				t.Errorf("kill %d: article %s has %d quads, the clean run %d: %s", kill, label, len(qs), len(want), setDiff(want, qs))
			}
		}
	}
	if midRun == 0 {
		t.Errorf("no kill stopped an ingest before it stored the corpus: the test proved nothing")
	}

	bin.must(t, ingest(db)...)
	got := quadsByLabel(t, bin.must(t, "--db", db, "export", "--format", "nquads"))
	if len(got) != len(clean) || countQuads(got) != countQuads(clean) {
		t.Errorf("after the rerun: %d articles, %d quads; clean run: %d articles, %d quads", len(got), countQuads(got), len(clean), countQuads(clean))
	}
	for label, want := range clean {
		if !maps.Equal(got[label], want) {
			t.Errorf("after the rerun, article %s differs from the clean run: %s", label, setDiff(want, got[label]))
			break
		}
	}
	if a, b := statsQuads(t, bin, db), statsQuads(t, bin, cleanDB); a != b {
		t.Errorf("stats: %d quads after kills and a rerun, %d after a clean run", a, b)
	}
}

// setDiff describes what got lacks of want and holds beyond it, briefly.
func setDiff(want, got map[string]bool) string {
	var missing, extra []string
	for k := range want {
		if !got[k] {
			missing = append(missing, k)
		}
	}
	for k := range got {
		if !want[k] {
			extra = append(extra, k)
		}
	}
	slices.Sort(missing)
	slices.Sort(extra)
	if len(missing) > 3 {
		missing = missing[:3]
	}
	if len(extra) > 3 {
		extra = extra[:3]
	}
	return fmt.Sprintf("missing %q, extra %q", missing, extra)
}

// statsQuads reads the quad count of `dipgraph stats`.
func statsQuads(t *testing.T, bin binary, db string) int {
	t.Helper()
	m := quadsRe.FindStringSubmatch(bin.must(t, "--db", db, "stats"))
	if m == nil {
		t.Fatal("stats printed no quad count")
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// testPostgresConcurrent runs two processes at once against the PostgreSQL
// database named by DIPGRAPH_TEST_POSTGRES_CLI: two first writers on an empty
// database, then two ingests on overlapping corpora, whose quads must equal
// one process's run of their union into a bolt store.
func testPostgresConcurrent(t *testing.T, bin binary) {
	url := os.Getenv("DIPGRAPH_TEST_POSTGRES_CLI")
	if url == "" {
		t.Skip("set DIPGRAPH_TEST_POSTGRES_CLI to the URL of a throwaway PostgreSQL database to run two ingests at once against it")
	}
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	empty := func(t *testing.T) {
		t.Helper()
		if _, err := db.ExecContext(context.Background(), "DROP TABLE IF EXISTS quads, nodes"); err != nil {
			t.Fatalf("empty the test database: %v", err)
		}
	}
	pg := []string{"--backend", "postgres", "--db", url}
	dir := t.TempDir()
	nothing := filepath.Join(dir, "empty.nq")
	if err := os.WriteFile(nothing, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	// together runs the commands at once and fails the test for each that does
	// not exit 0.
	together := func(t *testing.T, cmds ...[]string) {
		t.Helper()
		var wg sync.WaitGroup
		for _, args := range cmds {
			wg.Add(1)
			go func() {
				defer wg.Done()
				code, out, errs := bin.run(t, append(pg, args...)...)
				if code != 0 {
					t.Errorf("dipgraph %s beside another writer: exit %d\n%s%s", strings.Join(args, " "), code, out, errs)
				}
			}()
		}
		wg.Wait()
	}

	t.Run("FirstWritersOnEmptyDatabase", func(t *testing.T) {
		empty(t)
		together(t, []string{"import", nothing}, []string{"import", nothing})
	})

	t.Run("OverlappingIngests", func(t *testing.T) {
		empty(t)
		bin.must(t, append(pg, "import", nothing)...) // creates the tables
		first := writeCorpus(t, filepath.Join(dir, "first.jsonl"), 0, 600)
		second := writeCorpus(t, filepath.Join(dir, "second.jsonl"), 300, 900)
		union := writeCorpus(t, filepath.Join(dir, "union.jsonl"), 0, 900)
		boltDB := filepath.Join(dir, "one")
		bin.must(t, "--db", boltDB, "ingest", union)
		want := quadsByLabel(t, bin.must(t, "--db", boltDB, "export", "--format", "nquads"))

		together(t, []string{"ingest", "--batch-size", "50", first}, []string{"ingest", "--batch-size", "50", second})
		got := quadsByLabel(t, bin.must(t, append(pg, "export", "--format", "nquads")...))
		if len(got) != len(want) || countQuads(got) != countQuads(want) {
			t.Errorf("two processes stored %d articles, %d quads; one process %d articles, %d quads", len(got), countQuads(got), len(want), countQuads(want))
		}
		for label, w := range want {
			if !maps.Equal(got[label], w) {
				t.Errorf("article %s differs: %s", label, setDiff(w, got[label]))
				break
			}
		}
		if out := bin.must(t, append(pg, "check")...); !strings.HasSuffix(out, ": no problems\n") {
			t.Errorf("check after concurrent ingests:\n%s", out)
		}
	})
}
