package ingest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dipgraph/dipgraph/schema"
)

// readAll runs Read and collects what it yields and reports.
func readAll(t *testing.T, paths []string, stdin string, o ReadOptions) ([]schema.Article, []*InputError, error) {
	t.Helper()
	var arts []schema.Article
	var bads []*InputError
	err := Read(context.Background(), paths, strings.NewReader(stdin), o,
		func(a schema.Article) error { arts = append(arts, a); return nil },
		func(e *InputError) { bads = append(bads, e) })
	return arts, bads, err
}

// writeFile writes content to dir/name, creating parent directories.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

const (
	bodyOslo  = "The foreign ministers of Norway and Chile met in Oslo on Monday to discuss fisheries.\n"
	bodyLima  = "Peru's president received the visiting Korean prime minister in Lima.\n"
	longPara  = "The two delegations spent the afternoon on trade, on a new consular agreement and on the coming climate conference, and agreed to meet again before the end of the year in the capital of the other side. "
	htmlStart = "<!DOCTYPE html>\n<html><head><title>Envoys talk trade | Example News</title>"
)

func TestRead_Formats(t *testing.T) {
	published := day(2020, time.January, 2)
	tests := []struct {
		name    string
		file    string
		content string
		o       ReadOptions
		want    []schema.Article
	}{
		{
			name:    "PlainWithHeadline",
			file:    "oslo.txt",
			content: "Norway and Chile Talk Fish\n\n" + bodyOslo,
			want:    []schema.Article{{ID: "oslo", Title: "Norway and Chile Talk Fish", Text: "Norway and Chile Talk Fish\n\n" + bodyOslo}},
		},
		{
			name:    "PlainFirstLineIsSentence",
			file:    "oslo.txt",
			content: bodyOslo + "They will meet again.\n",
			want:    []schema.Article{{ID: "oslo", Text: bodyOslo + "They will meet again.\n"}},
		},
		{
			name:    "PlainWithFallbackDate",
			file:    "lima",
			content: bodyLima,
			o:       ReadOptions{Published: published},
			want:    []schema.Article{{ID: "lima", Text: bodyLima, Published: published}},
		},
		{
			name:    "PlainWithDateline",
			file:    "posted.txt",
			content: "Posted: 3 May 2023\n" + bodyLima,
			o:       ReadOptions{Published: published},
			want:    []schema.Article{{ID: "posted", Text: "Posted: 3 May 2023\n" + bodyLima, Published: day(2023, time.May, 3)}},
		},
		{
			name:    "HeaderWithoutDateUsesWireDateline",
			file:    "wire.txt",
			content: "title: Fish\n\nOSLO, May 2 (Reuters) - " + bodyOslo,
			o:       ReadOptions{Published: day(2023, time.May, 10)},
			want:    []schema.Article{{ID: "wire", Title: "Fish", Text: "OSLO, May 2 (Reuters) - " + bodyOslo, Published: day(2023, time.May, 2)}},
		},
		{
			name:    "Header",
			file:    "007.txt",
			content: "Title: Chile and Norway\nPUBLISHED: 2021-04-07\nsource: my notes\nurl: https://example.org/a\n\n" + bodyOslo,
			o:       ReadOptions{Published: published},
			want: []schema.Article{{ID: "007", Title: "Chile and Norway", Source: "my notes", URL: "https://example.org/a",
				Published: day(2021, time.April, 7), Text: bodyOslo}},
		},
		{
			name:    "HeaderUnknownDateStaysUnknown",
			file:    "e1.txt",
			content: "source: somewhere\npublished: unknown\ntitle: Lima\n\n" + bodyLima,
			o:       ReadOptions{Published: published},
			want:    []schema.Article{{ID: "e1", Title: "Lima", Source: "somewhere", Text: bodyLima}},
		},
		{
			name:    "HeaderIDAndExtraKeys",
			file:    "x.txt",
			content: "id: lima-1\nauthor: me\ntitle: Lima\n\n\n" + bodyLima,
			want:    []schema.Article{{ID: "lima-1", Title: "Lima", Text: bodyLima}},
		},
		{
			name:    "CRLFAndBOM",
			file:    "crlf.txt",
			content: "\xef\xbb\xbftitle: Lima\r\npublished: 2022-10-01\r\n\r\nLine one.\r\nLine two.\r\n",
			want:    []schema.Article{{ID: "crlf", Title: "Lima", Published: day(2022, time.October, 1), Text: "Line one.\nLine two.\n"}},
		},
		{
			name:    "Latin1",
			file:    "latin.txt",
			content: "Caf\xe9 diplomacy in S\xe3o Paulo: the Brazilian and Portuguese ministers met.\n",
			want:    []schema.Article{{ID: "latin", Text: "Café diplomacy in São Paulo: the Brazilian and Portuguese ministers met.\n"}},
		},
		{
			name:    "Windows1252Quotes",
			file:    "quotes.txt",
			content: "The minister called the talks \x93frank\x94 \x96 and said nothing more.\n",
			want:    []schema.Article{{ID: "quotes", Text: "The minister called the talks “frank” – and said nothing more.\n"}},
		},
		{
			name: "JSONLines",
			file: "feed.jsonl",
			content: `{"id": "a1", "title": "Oslo", "text": "` + strings.TrimSpace(bodyOslo) + `", "published": "2021-04-07", "url": "https://example.org/1"}` + "\n\n" +
				`{"headline": "Lima", "body": "` + strings.TrimSpace(bodyLima) + `", "date": "2021-04-08T10:00:00Z", "link": "https://example.org/2", "source": "wire"}` + "\n",
			want: []schema.Article{
				{ID: "a1", Title: "Oslo", Text: strings.TrimSpace(bodyOslo), Published: day(2021, time.April, 7), URL: "https://example.org/1"},
				{ID: "feed:3", Title: "Lima", Text: strings.TrimSpace(bodyLima), Published: time.Date(2021, time.April, 8, 10, 0, 0, 0, time.UTC), URL: "https://example.org/2", Source: "wire"},
			},
		},
		{
			name:    "JSONLinesReutersDate",
			file:    "reut.jsonl",
			content: `{"newid": 17, "date": "26-FEB-1987 15:01:01.79", "title": "MINISTERS MEET", "dateline": "BONN, Feb 26 -", "body": "Two ministers met in Bonn.", "file": "x"}`,
			want:    []schema.Article{{ID: "17", Title: "MINISTERS MEET", Text: "Two ministers met in Bonn.", Dateline: "BONN, Feb 26 -", Published: time.Date(1987, time.February, 26, 15, 1, 1, 790000000, time.UTC)}},
		},
		{
			name:    "JSONLinesNamedFields",
			file:    "custom.ndjson",
			content: `{"story": "Two ministers met.", "text": "ignored", "when": "2019-05-06", "key": "k9", "heading": "Met", "href": "u", "place": " LIMA, May 6 - "}` + "\r\n",
			o:       ReadOptions{TextField: "story", DateField: "when", IDField: "key", TitleField: "heading", URLField: "href", DatelineField: "place"},
			want:    []schema.Article{{ID: "k9", Title: "Met", URL: "u", Text: "Two ministers met.", Dateline: "LIMA, May 6 -", Published: day(2019, time.May, 6)}},
		},
		{
			name:    "JSONLinesDetectedByContent",
			file:    "dump",
			content: `{"text": "Two ministers met."}`,
			want:    []schema.Article{{ID: "dump:1", Text: "Two ministers met."}},
		},
		{
			name:    "PrettyJSONObject",
			file:    "one.json",
			content: "{\n  \"title\": \"Lima\",\n  \"text\": \"Two ministers met.\",\n  \"date\": \"2020-02-02\"\n}\n",
			want:    []schema.Article{{ID: "one", Title: "Lima", Text: "Two ministers met.", Published: day(2020, time.February, 2)}},
		},
		{
			name:    "JSONArray",
			file:    "many",
			content: ` [{"text": "Two ministers met.", "id": "m1"}, {"text": "They met again."}]`,
			want:    []schema.Article{{ID: "m1", Text: "Two ministers met."}, {ID: "many:2", Text: "They met again."}},
		},
		{
			name:    "FormatOverride",
			file:    "notes.txt",
			content: `{"text": "Two ministers met."}`,
			o:       ReadOptions{Format: FormatJSONL},
			want:    []schema.Article{{ID: "notes:1", Text: "Two ministers met."}},
		},
		{
			name:    "FormatTextKeepsHeader",
			file:    "h.txt",
			content: "title: Lima\n\n" + bodyLima,
			o:       ReadOptions{Format: FormatText},
			want:    []schema.Article{{ID: "h", Text: "title: Lima\n\n" + bodyLima}},
		},
		{
			name: "HTMLMetaDate",
			file: "page.html",
			content: htmlStart + `<meta property="article:published_time" content="2022-03-04T10:00:00Z"><meta property="og:title" content="Envoys talk trade">` +
				`<link rel="canonical" href="https://example.org/envoys"></head><body><nav><a href="/">Home</a></nav><article><h1>Envoys talk trade</h1><p>` +
				strings.Repeat(longPara, 3) + `</p><p>` + strings.Repeat(longPara, 2) + `</p></article><footer>Copyright</footer></body></html>`,
			want: []schema.Article{{ID: "page", Title: "Envoys talk trade", URL: "https://example.org/envoys",
				Published: time.Date(2022, time.March, 4, 10, 0, 0, 0, time.UTC),
				Text:      strings.TrimSpace(strings.Repeat(longPara, 3)) + "\n\n" + strings.TrimSpace(strings.Repeat(longPara, 2))}},
		},
		{
			name: "HTMLTimeElement",
			file: "short.htm",
			content: "<html><head><title>Short note</title></head><body><p>Posted <time datetime=\"2023-06-01\">June 1</time></p>" +
				"<p>The ambassadors met briefly.</p></body></html>",
			want: []schema.Article{{ID: "short", Title: "Short note", Published: day(2023, time.June, 1), Text: "Posted June 1\n\nThe ambassadors met briefly."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := writeFile(t, dir, tt.file, tt.content)
			got, bads, err := readAll(t, []string{p}, "", tt.o)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			for _, b := range bads {
				t.Errorf("unexpected bad input: %v", b)
			}
			for i := range got {
				if got[i].Path == "" {
					t.Errorf("article %d: empty Path", i)
				}
				if got[i].Source == p {
					got[i].Source = "" // the default source is the path
				}
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.IgnoreFields(schema.Article{}, "Path")); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRead_BadInput(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		content string
		o       ReadOptions
		want    error  // sentinel every bad input wraps
		line    int    // line of the (single) bad input
		good    int    // articles still read
		message string // substring of the error line
	}{
		{name: "Empty", file: "e.txt", content: "", want: ErrEmpty, message: "e.txt: empty input"},
		{name: "Whitespace", file: "w.txt", content: " \n\t\n", want: ErrEmpty},
		{name: "NUL", file: "n.txt", content: "Talks\x00\x00\x01", want: ErrBinary, message: "NUL byte"},
		{name: "PNG", file: "photo.txt", content: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", want: ErrBinary, message: "PNG image"},
		{name: "Zip", file: "a.jsonl", content: "PK\x03\x04\x14\x00\x00\x00\x08\x00", want: ErrBinary, message: "zip archive"},
		{name: "NotLatin1", file: "gbk.txt", content: "\xd6\xd0\xb9\xfa\xcd\xe2\xbd\xbb\xb2\xbf said on Monday", want: ErrEncoding, message: "invalid UTF-8 at offset 0"},
		{name: "UndefinedCP1252Byte", file: "u.txt", content: "Talks in Caf\x81 went well.", want: ErrEncoding},
		{name: "TooLarge", file: "big.txt", content: strings.Repeat("Talks. ", 20), o: ReadOptions{MaxBytes: 100}, want: ErrTooLarge},
		{name: "TooLargeHTMLNotRead", file: "big.html", content: strings.Repeat("<p>Talks.</p>", 20), o: ReadOptions{MaxBytes: 100}, want: ErrTooLarge},
		{name: "BrokenJSONLine", file: "f.jsonl", content: `{"text": "a"}` + "\n" + `{"text": "b` + "\n" + `{"text": "c"}`, want: ErrSyntax, line: 2, good: 2, message: "f.jsonl:2: malformed input: broken JSON"},
		{name: "JSONNotObject", file: "f.jsonl", content: `{"text": "a"}` + "\n[1, 2]\n", want: ErrSyntax, line: 2, good: 1, message: "not a JSON object"},
		{name: "MissingTextAndTitle", file: "f.jsonl", content: `{"url": "a"}` + "\n" + `{"text": "b"}`, want: ErrNoText, line: 1, good: 1, message: "f.jsonl:1: no article text: no text/body/content or title/headline field"},
		{name: "NullTextNoTitle", file: "f.jsonl", content: `{"url": "a", "body": null}`, want: ErrNoText, line: 1},
		{name: "BlankTextAndTitle", file: "f.jsonl", content: `{"title": " ", "body": ""}`, want: ErrNoText, line: 1},
		{name: "WrongTitleType", file: "f.jsonl", content: `{"title": 5, "text": "b"}`, want: ErrFieldType, line: 1, message: `field "title": wrong field type: want a string, got a number`},
		{name: "WrongTextType", file: "f.jsonl", content: `{"text": ["b"]}`, want: ErrFieldType, line: 1, message: "got an array"},
		{name: "BadJSONDate", file: "f.jsonl", content: `{"text": "b", "date": "yesterday-ish"}`, want: ErrDate, line: 1, message: `unparseable date "yesterday-ish"`},
		{name: "LongLineOverLimit", file: "f.jsonl", content: `{"text": "` + strings.Repeat("x", 200) + `"}` + "\n" + `{"text": "ok"}`, o: ReadOptions{MaxBytes: 100}, want: ErrTooLarge, line: 1, good: 1},
		{name: "PrettyJSONWithoutText", file: "gold.json", content: "{\n  \"doc\": \"000.txt\"\n}\n", want: ErrNoText, message: "gold.json: no article text"},
		{name: "BrokenPrettyJSON", file: "x.json", content: "{\n  \"text\": \"a\",\n", want: ErrSyntax, message: "neither JSON Lines nor one JSON object"},
		{name: "BrokenJSONArray", file: "x.json", content: `[{"text": "a"}, {"text": "b"`, want: ErrSyntax, message: "broken JSON array"},
		{name: "JSONArrayBadElement", file: "x.json", content: `[{"text": "a"}, {"url": "b"}, {"text": "c"}]`, want: ErrNoText, good: 2, message: "x.json: element 2: no article text"},
		{name: "HTMLWithoutText", file: "p.html", content: "<html><head><title>Nothing</title><script>var x = 1;</script></head><body><nav></nav></body></html>", want: ErrNoText, message: "no body text"},
		{name: "HeaderForcedOnPlain", file: "p.txt", content: bodyLima, o: ReadOptions{Format: FormatHeader}, want: ErrSyntax, message: "no header block"},
		{name: "HeaderWithoutBodyOrTitle", file: "p.txt", content: "source: Lima Post\npublished: 2021-01-01\n\n", want: ErrNoText},
		{name: "HeaderBadDate", file: "p.txt", content: "title: Lima\npublished: the 45th of Smarch\n\n" + bodyLima, want: ErrDate, message: "header published: unparseable date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			p := writeFile(t, dir, tt.file, tt.content)
			got, bads, err := readAll(t, []string{p}, "", tt.o)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if len(got) != tt.good {
				t.Errorf("read %d articles, want %d: %+v", len(got), tt.good, got)
			}
			if len(bads) != 1 {
				t.Fatalf("got %d bad inputs, want 1: %v", len(bads), bads)
			}
			b := bads[0]
			if !errors.Is(b, tt.want) {
				t.Errorf("error %q does not wrap %q", b, tt.want)
			}
			if b.Path != p || b.Line != tt.line {
				t.Errorf("bad input at %s:%d, want %s:%d", b.Path, b.Line, p, tt.line)
			}
			if !strings.Contains(b.Error(), tt.message) || strings.Contains(b.Error(), "\n") {
				t.Errorf("error line %q: want one line containing %q", b.Error(), tt.message)
			}
		})
	}
}

func TestRead_HugeLineUnderLimit(t *testing.T) {
	dir := t.TempDir()
	text := strings.Repeat("The envoys met again. ", 50000) // about 1.1 MB on one line
	p := writeFile(t, dir, "huge.jsonl", `{"text": "`+text+`"}`+"\n")
	got, bads, err := readAll(t, []string{p}, "", ReadOptions{})
	if err != nil || len(bads) != 0 {
		t.Fatalf("Read: err %v, bad %v", err, bads)
	}
	if len(got) != 1 || got[0].Text != text {
		t.Fatalf("got %d articles, want the one huge line intact", len(got))
	}
}

func TestRead_UnknownFormat(t *testing.T) {
	_, _, err := readAll(t, nil, "", ReadOptions{Format: "xml"})
	if !errors.Is(err, ErrFormat) {
		t.Fatalf("Read: err %v, want ErrFormat", err)
	}
}

func TestRead_MissingPath(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nope.txt")
	_, bads, err := readAll(t, []string{p}, "", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(bads) != 1 || !errors.Is(bads[0], ErrUnreadable) || bads[0].Path != p {
		t.Fatalf("bad inputs %v, want one ErrUnreadable for %s", bads, p)
	}
}

func TestRead_Walk(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.txt", bodyLima)
	writeFile(t, dir, "a/z.txt", bodyOslo)
	writeFile(t, dir, "a/y/x.txt", bodyOslo)
	writeFile(t, dir, ".hidden/secret.txt", bodyOslo)
	writeFile(t, dir, "a/.swp", "junk")
	writeFile(t, dir, "c.jsonl", `{"text": "one"}`+"\n"+`{"text": "two"}`)
	writeFile(t, dir, "d.bin", "\x00\x01\x02")
	single := writeFile(t, t.TempDir(), "single.txt", bodyLima)

	got, bads, err := readAll(t, []string{dir, single}, "", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range got {
		ids = append(ids, a.ID)
	}
	want := []string{"a/y/x", "a/z", "b", "c:1", "c:2", "single"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("ids in walk order (-want +got):\n%s", diff)
	}
	if len(bads) != 1 || !errors.Is(bads[0], ErrBinary) || filepath.Base(bads[0].Path) != "d.bin" {
		t.Errorf("bad inputs %v, want d.bin as binary", bads)
	}
	if got[3].Path != filepath.Join(dir, "c.jsonl")+":1" {
		t.Errorf("JSON Lines path %q, want file:line", got[3].Path)
	}
}

func TestRead_Symlinks(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a/one.txt", bodyOslo)
	if err := os.Symlink(dir, filepath.Join(dir, "a", "loop")); err != nil {
		t.Skipf("symlinks not supported: %v", err)
	}
	if err := os.Symlink(filepath.Join(dir, "a", "one.txt"), filepath.Join(dir, "b.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "self"), filepath.Join(dir, "self")); err != nil {
		t.Fatal(err)
	}
	got, bads, err := readAll(t, []string{dir}, "", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != "a/one" {
		t.Errorf("articles %+v, want only a/one", got)
	}
	var reasons []string
	for _, b := range bads {
		reasons = append(reasons, filepath.Base(b.Path)+" "+Reason(b))
	}
	want := []string{"loop symlink loop", "b.txt duplicate", "self symlink loop"}
	if diff := cmp.Diff(want, reasons); diff != "" {
		t.Errorf("bad inputs (-want +got):\n%s\n%v", diff, bads)
	}
}

func TestRead_Stdin(t *testing.T) {
	tests := []struct {
		name    string
		paths   []string
		stdin   string
		wantIDs []string
		bad     error
	}{
		{name: "Text", paths: []string{"-"}, stdin: bodyOslo, wantIDs: []string{"stdin:" + shortHash(bodyOslo)}},
		{name: "JSONLines", paths: []string{"-"}, stdin: `{"text": "a"}` + "\n" + `{"text": "b", "id": 9}`, wantIDs: []string{"stdin:1", "9"}},
		{name: "Twice", paths: []string{"-", "-"}, stdin: `{"text": "a"}`, wantIDs: []string{"stdin:1"}, bad: ErrDuplicate},
		{name: "Empty", paths: []string{"-"}, stdin: "", bad: ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, bads, err := readAll(t, tt.paths, tt.stdin, ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, a := range got {
				ids = append(ids, a.ID)
			}
			if diff := cmp.Diff(tt.wantIDs, ids); diff != "" {
				t.Errorf("ids (-want +got):\n%s", diff)
			}
			if tt.bad == nil && len(bads) > 0 || tt.bad != nil && (len(bads) != 1 || !errors.Is(bads[0], tt.bad) || bads[0].Path != "-") {
				t.Errorf("bad inputs %v, want %v on -", bads, tt.bad)
			}
		})
	}
}

// shortHash is the first 12 hex digits of the SHA-256 of s.
func shortHash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])[:12]
}

func TestRead_Stops(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.jsonl", `{"text": "a"}`+"\n"+`{"text": "b"}`+"\n"+`{"text": "c"}`)
	writeFile(t, dir, "b.txt", bodyLima)
	errStop := errors.New("stop")
	tests := []struct {
		name   string
		cancel int   // cancel the context after this many articles; 0 = never
		fail   int   // yield fails on this article; 0 = never
		want   error // Read's error
		n      int   // articles yielded
	}{
		{name: "YieldError", fail: 2, want: errStop, n: 2},
		{name: "Cancel", cancel: 1, want: context.Canceled, n: 1},
		{name: "All", n: 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			n := 0
			err := Read(ctx, []string{dir}, nil, ReadOptions{}, func(schema.Article) error {
				n++
				if n == tt.cancel {
					cancel()
				}
				if n == tt.fail {
					return errStop
				}
				return nil
			}, nil)
			if !errors.Is(err, tt.want) || (tt.want == nil && err != nil) {
				t.Errorf("Read: err %v, want %v", err, tt.want)
			}
			if n != tt.n {
				t.Errorf("yielded %d articles, want %d", n, tt.n)
			}
		})
	}
}

func TestInputError_Error(t *testing.T) {
	tests := []struct {
		name string
		in   InputError
		want string
	}{
		{name: "WithLine", in: InputError{Path: "a.jsonl", Line: 3, Err: ErrNoText}, want: "a.jsonl:3: no article text"},
		{name: "NoLine", in: InputError{Path: "a.txt", Err: ErrEmpty}, want: "a.txt: empty input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.in.Error(); got != tt.want {
				t.Errorf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string
	}{
		{name: "Headline", input: "Lavrov Visits Pakistan\n\nBody.", want: "Lavrov Visits Pakistan"},
		{name: "Question", input: "Will Talks Resume?\nBody.", want: "Will Talks Resume?"},
		{name: "Sentence", input: "The minister arrived on Monday.\nBody.", want: ""},
		{name: "OnlyLine", input: "Lavrov Visits Pakistan", want: ""},
		{name: "Lowercase", input: "posted by admin\nBody.", want: ""},
		{name: "Dateline", input: "Published on April 7, 2021\nBody.", want: ""},
		{name: "TooLong", input: strings.Repeat("Word ", 30) + "\nBody.", want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := headline(tt.input); got != tt.want {
				t.Errorf("headline(%q) = %q, want %q", tt.input, got, tt.want)
			}
		})
	}
}

func TestRead_Unreadable(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(t *testing.T, dir string) string // returns the bad path
		message string
	}{
		{
			name: "NotRegular",
			setup: func(t *testing.T, dir string) string {
				p := filepath.Join(dir, "pipe.txt")
				if err := syscall.Mkfifo(p, 0o644); err != nil {
					t.Skipf("skipping: mkfifo: %v", err)
				}
				return p
			},
			message: "not a regular file",
		},
		{
			name: "NoPermission",
			setup: func(t *testing.T, dir string) string {
				if os.Geteuid() == 0 {
					t.Skip("skipping: root reads files whatever their mode")
				}
				p := writeFile(t, dir, "secret.txt", bodyOslo)
				if err := os.Chmod(p, 0); err != nil {
					t.Fatal(err)
				}
				return p
			},
			message: "permission denied",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, dir, "ok.txt", bodyLima)
			p := tt.setup(t, dir)
			got, bads, err := readAll(t, []string{dir}, "", ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].ID != "ok" {
				t.Errorf("articles %+v, want only ok", got)
			}
			if len(bads) != 1 || !errors.Is(bads[0], ErrUnreadable) || bads[0].Path != p || !strings.Contains(bads[0].Error(), tt.message) {
				t.Errorf("bad inputs %v, want %s unreadable: %s", bads, p, tt.message)
			}
		})
	}
}

// TestRead_HeadlineOnly reads records with a title and no body, as wire
// services send flashes: each is an article whose text is its title.
func TestRead_HeadlineOnly(t *testing.T) {
	tests := []struct {
		name, file, content string
		want                []schema.Article // ID, Title, Text
	}{
		{
			name: "Reuters record without a body", file: "r.jsonl",
			content: `{"newid": 7, "title": "PAKISTAN'S KHAN MEETS LAVROV IN ISLAMABAD", "date": "7-APR-2021 09:15:00.00"}` + "\n",
			want:    []schema.Article{{ID: "7", Title: "PAKISTAN'S KHAN MEETS LAVROV IN ISLAMABAD", Text: "PAKISTAN'S KHAN MEETS LAVROV IN ISLAMABAD"}},
		},
		{
			name: "null body", file: "r.jsonl", content: `{"id": "a", "headline": "Lavrov visits Pakistan", "body": null}` + "\n",
			want: []schema.Article{{ID: "a", Title: "Lavrov visits Pakistan", Text: "Lavrov visits Pakistan"}},
		},
		{
			name: "header text without a body", file: "h.txt", content: "id: h1\ntitle: Lavrov visits Pakistan\npublished: 2021-04-07\n\n",
			want: []schema.Article{{ID: "h1", Title: "Lavrov visits Pakistan", Text: "Lavrov visits Pakistan"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, t.TempDir(), tt.file, tt.content)
			got, bads, err := readAll(t, []string{p}, "", ReadOptions{})
			if err != nil || len(bads) > 0 {
				t.Fatalf("Read: %v, bad inputs %v", err, bads)
			}
			var short []schema.Article
			for _, a := range got {
				short = append(short, schema.Article{ID: a.ID, Title: a.Title, Text: a.Text})
			}
			if diff := cmp.Diff(tt.want, short); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRead_HTMLMemoryBounded reads HTML pages of many elements within the
// size limit: a page of a million elements is rejected as too large without
// building its tree (which took 1.28 GB for 8 MB), and reading it allocates
// a small multiple of its size.
func TestRead_HTMLMemoryBounded(t *testing.T) {
	dir := t.TempDir()
	huge := "<html><body><p>Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.</p>" +
		strings.Repeat("<b>x</b>", 1_000_000) + "</body></html>"
	p := writeFile(t, dir, "huge.html", huge)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	got, bads, err := readAll(t, []string{p}, "", ReadOptions{MaxBytes: 10 << 20})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 0 || len(bads) != 1 || !errors.Is(bads[0], ErrTooLarge) ||
		!strings.Contains(bads[0].Error(), "HTML page with over 100000 elements") {
		t.Errorf("read %d articles, bad inputs %v; want huge.html rejected as too large", len(got), bads)
	}
	// Reading the file and decoding it take a few copies of its 8 MB.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 20*uint64(len(huge)) {
		t.Errorf("reading an %d-byte page allocated %d bytes, want under %d", len(huge), alloc, 20*len(huge))
	}

	// A page just under the cap is read.
	under := "<html><body><p>Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on Monday.</p>" +
		strings.Repeat("<b>x</b>", maxHTMLElements-10) + "</body></html>"
	got, bads, err = readAll(t, []string{writeFile(t, dir, "under.html", under)}, "", ReadOptions{MaxBytes: 10 << 20})
	if err != nil || len(bads) != 0 || len(got) != 1 {
		t.Errorf("page under the cap: %d articles, bad inputs %v, err %v; want it read", len(got), bads, err)
	}
}

// TestRead_StdinStream reads JSON Lines named as such from stdin line by line:
// articles as they come, blank input as empty.
func TestRead_StdinStream(t *testing.T) {
	tests := []struct {
		name, stdin string
		articles    int
		bad         error
	}{
		{name: "two articles", stdin: `{"text": "a"}` + "\n\n" + `{"text": "b"}` + "\n", articles: 2},
		{name: "one blank", stdin: " ", bad: ErrEmpty},
		{name: "blank lines", stdin: "\n \n\t\n", bad: ErrEmpty},
		{name: "nothing", stdin: "", bad: ErrEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []schema.Article
			var bads []*InputError
			err := Read(context.Background(), []string{"-"}, strings.NewReader(tt.stdin), ReadOptions{Format: FormatJSONL, MaxBytes: 1 << 20},
				func(a schema.Article) error { got = append(got, a); return nil },
				func(e *InputError) { bads = append(bads, e) })
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tt.articles {
				t.Errorf("%d articles, want %d", len(got), tt.articles)
			}
			if tt.bad == nil && len(bads) > 0 || tt.bad != nil && (len(bads) != 1 || !errors.Is(bads[0], tt.bad)) {
				t.Errorf("bad inputs %v, want %v", bads, tt.bad)
			}
		})
	}
}
