package ingest

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/timex"
	"github.com/dipgraph/dipgraph/schema"
)

// headerKeys are the header lines the header format recognises; at least one
// must be present for a text to be read as header text.
var headerKeys = map[string]bool{
	"title": true, "headline": true, "published": true, "date": true,
	"source": true, "url": true, "link": true, "id": true,
}

// text reads plain or header text. format is FormatAuto (header if the text
// starts with a header block, else plain), FormatText or FormatHeader.
func (r *reader) text(s, format string) (schema.Article, error) {
	var a schema.Article
	hdr, body, ok := map[string]string(nil), s, false
	if format != FormatText {
		hdr, body, ok = splitHeader(s)
		if !ok && format == FormatHeader {
			return a, fmt.Errorf("%w: no header block (key: value lines, then a blank line)", ErrSyntax)
		}
	}
	if strings.TrimSpace(body) == "" {
		// A header with a title and no body is a headline-only article: its
		// title is its text.
		if t := strings.TrimSpace(first(hdr["title"], hdr["headline"])); ok && t != "" {
			body = t
		} else {
			return a, ErrNoText
		}
	}
	a.Text = body
	if !ok {
		a.Title = headline(body)
		p, err := r.published("", false, body)
		a.Published = p
		return a, err
	}
	a.Title = first(hdr["title"], hdr["headline"])
	a.URL = first(hdr["url"], hdr["link"])
	a.Source = hdr["source"]
	a.ID = hdr["id"]
	date, given := hdr["published"], true
	if _, ok := hdr["published"]; !ok {
		date, given = hdr["date"]
	}
	p, err := r.published(date, given, body)
	if err != nil {
		return a, fmt.Errorf("header published: %w", err)
	}
	a.Published = p
	return a, nil
}

// splitHeader splits header text into its header lines (keys lower-cased)
// and body. ok is false when s does not start with a header block: lines of
// "key: value" up to a blank line, at least one of them a known key.
func splitHeader(s string) (hdr map[string]string, body string, ok bool) {
	rest := strings.TrimLeft(s, "\n")
	hdr = map[string]string{}
	known := false
	for {
		line, after, found := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "" {
			if !found || !known {
				return nil, s, false
			}
			return hdr, strings.TrimLeft(after, "\n"), true
		}
		key, value, isKV := strings.Cut(line, ":")
		key = strings.ToLower(strings.TrimSpace(key))
		if !isKV || !isKey(key) {
			return nil, s, false
		}
		if headerKeys[key] {
			known = true
		}
		if _, dup := hdr[key]; !dup {
			hdr[key] = strings.TrimSpace(value)
		}
		if !found {
			// A header with no body; the caller reports the missing text.
			return hdr, "", known
		}
		rest = after
	}
}

// isKey reports whether k looks like a header key: a letter, then letters,
// digits, '-' or '_', at most 32 bytes.
func isKey(k string) bool {
	if k == "" || len(k) > 32 {
		return false
	}
	for i, c := range k {
		switch {
		case c >= 'a' && c <= 'z':
		case i > 0 && (c >= '0' && c <= '9' || c == '-' || c == '_'):
		default:
			return false
		}
	}
	return true
}

// headline returns the first line of a plain text if it looks like a
// headline: short, capitalised, not ending like a sentence, not a dateline,
// and followed by more text.
func headline(text string) string {
	t := strings.TrimLeft(text, " \t\n")
	line, rest, _ := strings.Cut(t, "\n")
	line = strings.TrimSpace(line)
	if line == "" || strings.TrimSpace(rest) == "" {
		return ""
	}
	if utf8.RuneCountInString(line) > 160 || len(strings.Fields(line)) > 25 {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".,;:-–—", last) {
		return ""
	}
	if _, ok := timex.Dateline(line, time.Time{}); ok {
		return "" // "Posted: 3 May 2023" is a dateline, not a headline
	}
	r, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && r != '\'' && r != '"' && r != '‘' && r != '“' {
		return ""
	}
	return line
}

// first returns the first non-empty string.
func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
