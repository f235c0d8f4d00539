package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dipgraph/dipgraph/schema"
)

// Default JSON Lines field names, tried in order.
var (
	defaultTextFields  = []string{"text", "body", "content"}
	defaultTitleFields = []string{"title", "headline"}
	defaultDateFields  = []string{"published", "date", "datePublished"}
	defaultURLFields   = []string{"url", "link"}
	defaultIDFields    = []string{"id", "newid"}
	defaultDatelines   = []string{"dateline"}
)

// fields returns the configured field name, or the defaults.
func fields(name string, defaults []string) []string {
	if name != "" {
		return []string{name}
	}
	return defaults
}

// jsonl reads JSON Lines from br, one article per non-blank line. sniffed
// says the format was guessed from content: then a first line that is not a
// JSON object is reported once for the whole input instead of line by line.
func (r *reader) jsonl(in input, br *bufio.Reader, sniffed bool) error {
	content := false // a non-blank line was read
	for n := 1; ; n++ {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, r.o.MaxBytes)
		if err != nil && !errors.Is(err, io.EOF) {
			r.report(in.name, n, fmt.Errorf("%w: %w", ErrUnreadable, err))
			return nil
		}
		eof := errors.Is(err, io.EOF)
		content = content || tooLong || len(bytes.TrimSpace(line)) > 0
		switch {
		case tooLong:
			r.report(in.name, n, fmt.Errorf("%w: line over %d bytes", ErrTooLarge, r.o.MaxBytes))
		case len(bytes.TrimSpace(line)) == 0:
		default:
			a, lerr := r.jsonArticle(line, in, n)
			if lerr != nil {
				if sniffed && n == 1 && errors.Is(lerr, ErrSyntax) && !tooLong {
					// Perhaps one JSON object over several lines.
					return r.jsonFallback(in, io.MultiReader(bytes.NewReader(append(line, '\n')), br), lerr)
				}
				r.report(in.name, n, lerr)
				break
			}
			if err := r.yield(a); err != nil {
				return err
			}
		}
		if eof {
			if !content {
				// Only blank lines: a stream read as it came (not sniffed) or
				// white space past the sniffed prefix.
				r.report(in.name, 0, ErrEmpty)
			}
			return nil
		}
	}
}

// readLine reads one line without its line end. If the line is longer than
// max bytes, it is consumed and tooLong is set. err is io.EOF at the end.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+2 { // allow for "\r\n"
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		buf = bytes.TrimSuffix(bytes.TrimSuffix(buf, []byte("\n")), []byte("\r"))
		if !tooLong && int64(len(buf)) > max {
			tooLong, buf = true, nil
		}
		return buf, tooLong, err
	}
}

// jsonArticle decodes one JSON line into an article.
func (r *reader) jsonArticle(line []byte, in input, n int) (schema.Article, error) {
	text, err := decodeText(line)
	if err != nil {
		return schema.Article{}, err
	}
	return r.object([]byte(text), in, n)
}

// jsonFallback reads an input that starts with '{' but whose first line is
// not a JSON object as one JSON document; lineErr is the first line's error.
func (r *reader) jsonFallback(in input, rd io.Reader, lineErr error) error {
	text, ok := r.whole(in, rd)
	if !ok {
		return nil
	}
	if !json.Valid([]byte(text)) {
		r.report(in.name, 0, fmt.Errorf("%w: starts with '{' but is neither JSON Lines nor one JSON object: %w", ErrSyntax, lineErr))
		return nil
	}
	return r.jsonDoc(in, text)
}

// jsonDoc reads a JSON document: one article object, or an array of them.
// Elements are numbered from 1 in IDs and errors ("element 3: ...").
func (r *reader) jsonDoc(in input, text string) error {
	t := strings.TrimSpace(text)
	if !strings.HasPrefix(t, "[") {
		a, err := r.object([]byte(t), in, 0)
		if err != nil {
			r.report(in.name, 0, err)
			return nil
		}
		return r.yield(a)
	}
	var elems []json.RawMessage
	if err := json.Unmarshal([]byte(t), &elems); err != nil {
		r.report(in.name, 0, fmt.Errorf("%w: broken JSON array: %w", ErrSyntax, err))
		return nil
	}
	for i, raw := range elems {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		a, err := r.object(raw, in, i+1)
		if err != nil {
			r.report(in.name, 0, fmt.Errorf("element %d: %w", i+1, err))
			continue
		}
		if err := r.yield(a); err != nil {
			return err
		}
	}
	return nil
}

// object decodes one JSON object into an article. n is its line (JSON
// Lines) or element (JSON array) number, used in the default ID and in
// Article.Path; 0 for an object that is the whole input.
func (r *reader) object(data []byte, in input, n int) (schema.Article, error) {
	var a schema.Article
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return a, fmt.Errorf("%w: not a JSON object", ErrSyntax)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(data, &m); err != nil {
		return a, fmt.Errorf("%w: broken JSON: %w", ErrSyntax, err)
	}
	body, _, err := stringField(m, fields(r.o.TextField, defaultTextFields), false)
	if err != nil {
		return a, err
	}
	if a.Title, _, err = stringField(m, fields(r.o.TitleField, defaultTitleFields), false); err != nil {
		return a, err
	}
	switch {
	case strings.TrimSpace(body) != "":
		a.Text = unixLines(body)
	case strings.TrimSpace(a.Title) != "":
		// A headline-only article (a wire flash): its title is its text.
		a.Text = strings.TrimSpace(unixLines(a.Title))
	default:
		return a, fmt.Errorf("%w: no %s or %s field", ErrNoText, strings.Join(fields(r.o.TextField, defaultTextFields), "/"),
			strings.Join(fields(r.o.TitleField, defaultTitleFields), "/"))
	}
	if a.URL, _, err = stringField(m, fields(r.o.URLField, defaultURLFields), false); err != nil {
		return a, err
	}
	if a.Source, _, err = stringField(m, []string{"source"}, false); err != nil {
		return a, err
	}
	if a.Dateline, _, err = stringField(m, fields(r.o.DatelineField, defaultDatelines), false); err != nil {
		return a, err
	}
	a.Dateline = strings.TrimSpace(a.Dateline)
	if a.ID, _, err = stringField(m, fields(r.o.IDField, defaultIDFields), true); err != nil {
		return a, err
	}
	suffix := ""
	if n > 0 {
		suffix = ":" + strconv.Itoa(n)
	}
	if a.ID == "" {
		a.ID = in.idBase + suffix
		if n == 0 {
			a.ID = in.wholeID(a.Text)
		}
	}
	date, given, err := stringField(m, fields(r.o.DateField, defaultDateFields), false)
	if err != nil {
		return a, err
	}
	if a.Published, err = r.published(date, given, a.Text); err != nil {
		return a, err
	}
	a.Path = in.name + suffix
	if a.Source == "" {
		a.Source = in.name
	}
	a.Title = strings.TrimSpace(a.Title)
	return a, nil
}

// stringField returns the first of names present and not null in m, as a
// string. numbers allows a JSON number (for ids). found is false when none is
// present. A value of another type is an error wrapping ErrFieldType.
func stringField(m map[string]json.RawMessage, names []string, numbers bool) (s string, found bool, err error) {
	for _, name := range names {
		raw, ok := m[name]
		if !ok || string(raw) == "null" {
			continue
		}
		if len(raw) > 0 && raw[0] == '"' {
			if err := json.Unmarshal(raw, &s); err != nil {
				return "", false, fmt.Errorf("field %q: %w: %w", name, ErrSyntax, err)
			}
			return s, true, nil
		}
		if numbers {
			var num json.Number
			if err := json.Unmarshal(raw, &num); err == nil {
				return num.String(), true, nil
			}
		}
		return "", false, fmt.Errorf("field %q: %w: want a string, got %s", name, ErrFieldType, jsonKind(raw))
	}
	return "", false, nil
}

// jsonKind names the JSON type of a raw value.
func jsonKind(raw json.RawMessage) string {
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	case '"':
		return "a string"
	}
	return "a number"
}
