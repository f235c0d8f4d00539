package ingest

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// DefaultMaxBytes is the size limit of one input when ReadOptions.MaxBytes is 0.
const DefaultMaxBytes = 10 << 20

// Formats accepted by ReadOptions.Format.
const (
	// FormatAuto detects the format by extension, then by content.
	FormatAuto = "auto"
	// FormatText reads the whole input as the body; a first line that looks
	// like a headline becomes the title.
	FormatText = "text"
	// FormatHeader reads "key: value" lines (title, published, source, url,
	// id), a blank line, then the body.
	FormatHeader = "header"
	// FormatJSONL reads one JSON object per line.
	FormatJSONL = "jsonl"
	// FormatJSON reads one JSON object, or an array of objects.
	FormatJSON = "json"
	// FormatHTML reads a web page's main text with readability.
	FormatHTML = "html"
)

// sniffSize is how many leading bytes are inspected to detect a format.
const sniffSize = 8 << 10

// ReadOptions controls Read.
type ReadOptions struct {
	// Format is "auto" (the default when empty), "text", "header", "jsonl",
	// "json" (one article object, or an array of them) or "html". Auto
	// detects by extension, then by content.
	Format string
	// TextField, TitleField, DateField, URLField, IDField and
	// DatelineField name the JSON Lines fields to read; empty means the
	// defaults: text/body/content, title/headline,
	// published/date/datePublished, url/link, id/newid, dateline.
	TextField, TitleField, DateField, URLField, IDField, DatelineField string
	// MaxBytes limits the size of one file, or of one line of JSON Lines;
	// 0 means DefaultMaxBytes.
	MaxBytes int64
	// Published is the publication date used when the input gives none and
	// the text has no dateline; zero leaves the date unknown.
	Published time.Time
}

// Read walks paths (files or directories, recursively, in lexical order; "-"
// means stdin) and calls yield for each article; bad inputs go to bad (which
// may be nil) and reading continues. Directory walks skip entries whose name
// starts with a dot and follow symbolic links, reporting loops and anything
// reached twice as bad inputs.
//
// Read stops early and returns ctx.Err() if ctx ends, or the error of yield
// if it returns one. It returns an error wrapping ErrFormat if o.Format is
// unknown. Bad inputs are never returned: they are *InputError values
// wrapping ErrEmpty, ErrBinary, ErrEncoding, ErrTooLarge, ErrSyntax,
// ErrNoText, ErrFieldType, ErrDate, ErrUnreadable, ErrSymlinkLoop or
// ErrDuplicate.
func Read(ctx context.Context, paths []string, stdin io.Reader, o ReadOptions, yield func(schema.Article) error, bad func(*InputError)) error {
	return read(ctx, paths, stdin, o, yield, bad, nil)
}

// read is Read, or Count when count is set.
func read(ctx context.Context, paths []string, stdin io.Reader, o ReadOptions, yield func(schema.Article) error, bad func(*InputError), count *int) error {
	switch o.Format {
	case "":
		o.Format = FormatAuto
	case FormatAuto, FormatText, FormatHeader, FormatJSONL, FormatJSON, FormatHTML:
	default:
		return fmt.Errorf("read: %w %q (want auto, text, header, jsonl, json or html)", ErrFormat, o.Format)
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if bad == nil {
		bad = func(*InputError) {}
	}
	r := &reader{ctx: ctx, o: o, yield: yield, bad: bad, seen: map[string]string{}, walking: map[string]bool{}, count: count}
	stdinRead := false
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		var err error
		switch {
		case p == "-" && stdinRead:
			r.report(p, 0, fmt.Errorf("%w: stdin named twice", ErrDuplicate))
		case p == "-":
			stdinRead = true
			err = r.stdin(stdin)
		default:
			err = r.path(p)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// Count returns about how many articles Read would yield from paths, cheaply:
// one per non-blank line of JSON Lines, one per other file, bad inputs
// included. It walks paths like Read and reads JSON Lines files once, but
// parses nothing. It returns ctx.Err() if ctx ends, and an error wrapping
// ErrFormat for an unknown o.Format; stdin ("-") is not counted.
func Count(ctx context.Context, paths []string, o ReadOptions) (int, error) {
	n := 0
	var files []string
	for _, p := range paths {
		if p != "-" {
			files = append(files, p)
		}
	}
	err := read(ctx, files, nil, o, nil, nil, &n)
	return n, err
}

// reader holds the state of one Read call.
type reader struct {
	ctx   context.Context
	o     ReadOptions
	yield func(schema.Article) error
	bad   func(*InputError)
	// seen maps the real path of every file and directory read to the path
	// it was first read under.
	seen map[string]string
	// walking holds the real paths of the directories being walked.
	walking map[string]bool
	// count, when set, makes the reader count articles instead of reading
	// them: one per non-blank JSON line, one per other file.
	count *int
}

// input is one file or stdin, positioned at its start.
type input struct {
	name   string // path for errors and Article.Path; "-" for stdin
	idBase string // article ID (or ID prefix for JSON Lines)
	ext    string // lower-case extension, with the dot
	size   int64  // -1 if unknown
	r      io.Reader
}

// wholeID is the ID of an article that is a whole input without an ID of its
// own: the file name without extension, or for stdin "stdin:" and the start
// of the SHA-256 of the text.
func (in input) wholeID(text string) string {
	if in.name != "-" {
		return in.idBase
	}
	sum := sha256.Sum256([]byte(text))
	return "stdin:" + hex.EncodeToString(sum[:6])
}

func (r *reader) report(path string, line int, err error) {
	r.bad(&InputError{Path: path, Line: line, Err: err})
}

// path reads a file or directory named on the command line.
func (r *reader) path(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		r.report(p, 0, statError(err))
		return nil
	}
	if fi.IsDir() {
		return r.dir(p, p)
	}
	return r.file(p, trimExt(filepath.Base(p)), fi)
}

// statError classifies an error from os.Stat or os.Open.
func statError(err error) error {
	if errors.Is(err, syscall.ELOOP) {
		return fmt.Errorf("%w: %w", ErrSymlinkLoop, err)
	}
	return fmt.Errorf("%w: %w", ErrUnreadable, err)
}

// firstSeen records real as read under p and reports whether it is new; if
// not, it reports the bad input itself.
func (r *reader) firstSeen(p string) (string, bool) {
	real, err := filepath.EvalSymlinks(p)
	if err != nil {
		r.report(p, 0, statError(err))
		return "", false
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if r.walking[real] {
		r.report(p, 0, fmt.Errorf("%w: leads back to %s", ErrSymlinkLoop, r.seen[real]))
		return "", false
	}
	if first, ok := r.seen[real]; ok {
		r.report(p, 0, fmt.Errorf("%w: already read as %s", ErrDuplicate, first))
		return "", false
	}
	r.seen[real] = p
	return real, true
}

// dir walks directory d under root recursively in lexical order.
func (r *reader) dir(root, d string) error {
	real, ok := r.firstSeen(d)
	if !ok {
		return nil
	}
	r.walking[real] = true
	defer delete(r.walking, real)
	entries, err := os.ReadDir(d)
	if err != nil {
		r.report(d, 0, fmt.Errorf("%w: %w", ErrUnreadable, err))
		// ReadDir returns the entries it read before the error; go on with those.
	}
	for _, e := range entries {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(d, e.Name())
		fi, err := os.Stat(p) // follows symlinks
		if err != nil {
			r.report(p, 0, statError(err))
			continue
		}
		if fi.IsDir() {
			if err := r.dir(root, p); err != nil {
				return err
			}
			continue
		}
		id := p
		if rel, err := filepath.Rel(root, p); err == nil {
			id = rel
		}
		if err := r.file(p, filepath.ToSlash(trimExt(id)), fi); err != nil {
			return err
		}
	}
	return nil
}

// file reads one regular file.
func (r *reader) file(p, id string, fi os.FileInfo) error {
	if !fi.Mode().IsRegular() {
		r.report(p, 0, fmt.Errorf("%w: not a regular file (%s)", ErrUnreadable, fi.Mode().Type()))
		return nil
	}
	if _, ok := r.firstSeen(p); !ok {
		return nil
	}
	f, err := os.Open(p)
	if err != nil {
		r.report(p, 0, statError(err))
		return nil
	}
	defer f.Close()
	return r.read(input{name: p, idBase: id, ext: strings.ToLower(filepath.Ext(p)), size: fi.Size(), r: f})
}

// stdin reads standard input.
func (r *reader) stdin(in io.Reader) error {
	if in == nil {
		r.report("-", 0, fmt.Errorf("%w: no stdin", ErrUnreadable))
		return nil
	}
	return r.read(input{name: "-", idBase: "stdin", size: -1, r: in})
}

// read detects the format of in and reads its articles.
func (r *reader) read(in input) error {
	br := bufio.NewReaderSize(in.r, 64<<10)
	if in.size < 0 && r.o.Format == FormatJSONL && r.count == nil {
		// A stream of JSON Lines named as such is read line by line as it
		// comes: a sniff would wait for its first 8 KB.
		if _, err := br.Peek(1); errors.Is(err, io.EOF) {
			r.report(in.name, 0, ErrEmpty)
			return nil
		}
		return r.jsonl(in, br, false)
	}
	head, err := br.Peek(sniffSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		r.report(in.name, 0, fmt.Errorf("%w: %w", ErrUnreadable, err))
		return nil
	}
	if len(head) == 0 {
		r.report(in.name, 0, ErrEmpty)
		return nil
	}
	if _, err := decodeText(sniffable(head)); errors.Is(err, ErrBinary) || (errors.Is(err, ErrEmpty) && len(head) < sniffSize) {
		r.report(in.name, 0, err)
		return nil
	}
	format, sniffed := r.o.Format, false
	if format == FormatAuto {
		format, sniffed = detect(in.ext, head)
	}
	if r.count != nil {
		*r.count += countArticles(br, format == FormatJSONL)
		return nil
	}
	if format == FormatJSONL {
		return r.jsonl(in, br, sniffed)
	}
	if in.size > r.o.MaxBytes {
		r.report(in.name, 0, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, in.size, r.o.MaxBytes))
		return nil
	}
	text, ok := r.whole(in, br)
	if !ok {
		return nil
	}
	if format == FormatJSON {
		return r.jsonDoc(in, text)
	}
	var a schema.Article
	if format == FormatHTML {
		a, err = r.html(text)
	} else {
		a, err = r.text(text, format)
	}
	if err != nil {
		r.report(in.name, 0, err)
		return nil
	}
	if a.ID == "" {
		a.ID = in.wholeID(a.Text)
	}
	a.Path = in.name
	if a.Source == "" {
		a.Source = in.name
	}
	return r.yield(a)
}

// countArticles counts the non-blank lines of JSON Lines, or 1.
func countArticles(br *bufio.Reader, jsonl bool) int {
	if !jsonl {
		return 1
	}
	n := 0
	blank := true
	buf := make([]byte, 64<<10)
	for {
		k, err := br.Read(buf)
		for _, c := range buf[:k] {
			switch c {
			case '\n':
				if !blank {
					n++
				}
				blank = true
			case ' ', '\t', '\r':
			default:
				blank = false
			}
		}
		if err != nil {
			if !blank {
				n++
			}
			return n
		}
	}
}

// whole reads the rest of an input as text, at most MaxBytes, reporting it
// as bad and returning false if that fails.
func (r *reader) whole(in input, rd io.Reader) (string, bool) {
	data, err := io.ReadAll(io.LimitReader(rd, r.o.MaxBytes+1))
	if err != nil {
		r.report(in.name, 0, fmt.Errorf("%w: %w", ErrUnreadable, err))
		return "", false
	}
	if int64(len(data)) > r.o.MaxBytes {
		r.report(in.name, 0, fmt.Errorf("%w: over %d bytes", ErrTooLarge, r.o.MaxBytes))
		return "", false
	}
	text, err := decodeText(data)
	if err != nil {
		r.report(in.name, 0, err)
		return "", false
	}
	return text, true
}

// sniffable trims a peeked prefix that may end inside a UTF-8 sequence so
// that decodeText judges only its binary-ness, not a cut character.
func sniffable(head []byte) []byte {
	if len(head) < sniffSize {
		return head
	}
	// Drop an incomplete trailing sequence (at most 3 bytes).
	for i := 0; i < 3 && len(head) > 0 && head[len(head)-1] >= 0x80; i++ {
		head = head[:len(head)-1]
	}
	return head
}

// detect chooses a format from the extension, then from the content. sniffed
// reports that JSON Lines was chosen from content alone.
func detect(ext string, head []byte) (format string, sniffed bool) {
	switch ext {
	case ".jsonl", ".ndjson":
		return FormatJSONL, false
	case ".html", ".htm", ".xhtml":
		return FormatHTML, false
	case ".txt", ".text":
		return FormatAuto, false // header or plain, decided on the text
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case len(h) > 0 && h[0] == '{':
		return FormatJSONL, true // or one JSON object over several lines
	case len(h) > 0 && h[0] == '[':
		return FormatJSON, false
	case hasPrefixFold(h, "<!doctype html"), hasPrefixFold(h, "<html"):
		return FormatHTML, false
	case hasPrefixFold(h, "<!--"), hasPrefixFold(h, "<?xml"):
		if bytes.Contains(bytes.ToLower(h), []byte("<html")) {
			return FormatHTML, false
		}
	}
	return FormatAuto, false
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}

// trimExt removes the extension of a file name or path.
func trimExt(p string) string {
	return strings.TrimSuffix(p, filepath.Ext(p))
}
