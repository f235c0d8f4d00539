package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/schema"
)

// fuzzFormats are the ReadOptions.Format values a fuzzed byte chooses from
// for the stdin read.
var fuzzFormats = []string{FormatAuto, FormatText, FormatHeader, FormatJSONL, FormatJSON, FormatHTML}

// fuzzRead is what one Read call over a single input yielded and reported.
type fuzzRead struct {
	arts []schema.Article
	bads []*InputError
}

// readOne runs Read over one path (or "-" with data on stdin) and checks the
// invariants every input must keep: Read itself never fails, every article
// has a non-empty valid UTF-8 text, an ID and a Path naming the input, and
// every bad input is an *InputError naming the input and wrapping one of the
// package's sentinel errors.
func readOne(t *testing.T, path string, data []byte, o ReadOptions) fuzzRead {
	t.Helper()
	var got fuzzRead
	err := Read(context.Background(), []string{path}, bytes.NewReader(data), o,
		func(a schema.Article) error { got.arts = append(got.arts, a); return nil },
		func(e *InputError) { got.bads = append(got.bads, e) })
	if err != nil {
		t.Fatalf("Read(%s, format %q) = %v, want bad inputs reported, not returned", path, o.Format, err)
	}
	for i, a := range got.arts {
		switch {
		case !utf8.ValidString(a.Text):
			t.Fatalf("%s article %d: Text is not valid UTF-8: %q", path, i, a.Text)
		case strings.TrimSpace(a.Text) == "":
			t.Fatalf("%s article %d: blank Text yielded", path, i)
		case !utf8.ValidString(a.Title) || !utf8.ValidString(a.ID) || !utf8.ValidString(a.Source) || !utf8.ValidString(a.URL):
			t.Fatalf("%s article %d: invalid UTF-8 in metadata: %+v", path, i, a)
		case a.ID == "":
			t.Fatalf("%s article %d: empty ID", path, i)
		case a.Path != path && !strings.HasPrefix(a.Path, path+":"):
			t.Fatalf("%s article %d: Path %q does not name the input", path, i, a.Path)
		case strings.Contains(a.Text, "\r\n"):
			t.Fatalf("%s article %d: Text keeps CRLF line ends", path, i)
		}
	}
	for i, e := range got.bads {
		switch {
		case e == nil:
			t.Fatalf("%s: bad input %d is a nil *InputError", path, i)
		case e.Path != path:
			t.Fatalf("%s: bad input %d names %q: %v", path, i, e.Path, e)
		case e.Err == nil:
			t.Fatalf("%s: bad input %d has no Err", path, i)
		case e.Line < 0:
			t.Fatalf("%s: bad input %d has line %d", path, i, e.Line)
		case Reason(e) == "other":
			t.Fatalf("%s: bad input %d wraps no sentinel error: %v", path, i, e)
		}
	}
	if len(got.arts) == 0 && len(got.bads) == 0 && !emptyJSONArray(data) {
		t.Fatalf("%s (format %q): %d bytes gave neither an article nor a bad input", path, o.Format, len(data))
	}
	return got
}

// emptyJSONArray reports whether data is a JSON array with no elements: the
// one input that legitimately yields nothing and reports nothing.
func emptyJSONArray(data []byte) bool {
	t := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if len(t) < 2 || t[0] != '[' || t[len(t)-1] != ']' {
		return false
	}
	return len(bytes.TrimSpace(t[1:len(t)-1])) == 0
}

func FuzzRead(f *testing.F) {
	seeds := []string{
		"The foreign ministers of Peru and Ghana met in Accra on Tuesday.\n",
		"Envoys Agree On Fishing Rules\n\nNORWAY, March 3 (Wire) - The envoys agreed on quotas.\n",
		"title: Talks in Hanoi\npublished: 2021-04-07\nsource: Example Wire\n\nVietnam's premier met his Thai counterpart.\n",
		"title: No body\npublished: yesterday-ish\n\n",
		"date: 7/4/2021\n\nAmbiguous date header.\n",
		"{\"id\": 7, \"title\": \"Summit\", \"text\": \"Leaders met in Lima.\", \"published\": \"2021-04-07\"}\n{\"text\": 12}\n\n{broken\n",
		"{\n  \"text\": \"One object over\\nseveral lines.\",\n  \"date\": \"April 7, 2021\"\n}\n",
		"[{\"body\": \"First.\"}, {\"content\": null}, 3, {\"text\": \"\\u0000 third\"}]",
		"[]", "[", "{", "{}", "null", "\"just a string\"",
		"<!DOCTYPE html><html><head><title>Visit</title><meta property=\"article:published_time\" content=\"2021-04-07T10:00:00Z\"><script>var a = '</p>';</script></head><body><article><p>The Kenyan president visited Seoul.</p></article></body></html>",
		"<html><body><script>alert(1)</script><style>p{}</style></body></html>",
		"<!-- comment --><?xml version=\"1.0\"?><html><time datetime=\"31/02/2021\">x</time><p>Text</p>",
		"\xef\xbb\xbfBOM then text.\r\nSecond line.\r\n",
		"\xff\xfeT\x00e\x00x\x00t\x00",
		"Caf\xe9 d\xe9l\xe9gation \x93quoted\x94 in Windows-1252.",
		"\x89PNG\r\n\x1a\nnot really", "binary\x00data", "\x81\x8d invalid",
		"   \n\t\n", "",
	}
	for _, s := range seeds {
		f.Add([]byte(s), uint8(0), uint16(0))
	}
	f.Add([]byte(seeds[5]), uint8(3), uint16(40))
	f.Add([]byte(seeds[0]), uint8(2), uint16(10))
	dir := f.TempDir()
	published := time.Date(2021, time.April, 7, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte, format uint8, maxBytes uint16) {
		o := ReadOptions{MaxBytes: int64(maxBytes), Published: published}
		if len(data) == 0 {
			// Empty files are fine, but exercise stdin only.
			o.Format = fuzzFormats[int(format)%len(fuzzFormats)]
			got := readOne(t, "-", data, o)
			if len(got.bads) != 1 || !errors.Is(got.bads[0], ErrEmpty) {
				t.Fatalf("empty stdin: got %d articles and %v, want one ErrEmpty", len(got.arts), got.bads)
			}
			return
		}
		var auto fuzzRead
		for _, ext := range []string{".txt", ".jsonl", ".json", ".html", ""} {
			p := filepath.Join(dir, "article"+ext)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			got := readOne(t, p, data, ReadOptions{MaxBytes: o.MaxBytes, Published: published})
			if ext == "" {
				auto = got
			}
		}
		// Stdin detects by content, like a file without an extension.
		got := readOne(t, "-", data, ReadOptions{MaxBytes: o.MaxBytes, Published: published})
		if len(got.arts) != len(auto.arts) || len(got.bads) != len(auto.bads) {
			t.Fatalf("stdin gave %d articles and %d bad inputs, a file without extension %d and %d",
				len(got.arts), len(got.bads), len(auto.arts), len(auto.bads))
		}
		for i := range got.arts {
			a, b := got.arts[i], auto.arts[i]
			if a.Text != b.Text || a.Title != b.Title || !a.Published.Equal(b.Published) {
				t.Fatalf("article %d differs between stdin and file:\nstdin %+v\nfile  %+v", i, a, b)
			}
		}
		for i := range got.bads {
			if Reason(got.bads[i]) != Reason(auto.bads[i]) {
				t.Fatalf("bad input %d: stdin %v, file %v", i, got.bads[i], auto.bads[i])
			}
		}
		// And every forced format, through stdin.
		o.Format = fuzzFormats[int(format)%len(fuzzFormats)]
		readOne(t, "-", data, o)
	})
}
