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
		switch {
		case tooLong:
			r.report(in.name, n, fmt.Errorf("%w: line over %d bytes", ErrTooLarge, r.o.MaxBytes))
		case len(bytes.TrimSpace(line)) == 0:
		default:
			a, lerr := r.jsonArticle(line, in, n)
			if lerr != nil {
				if sniffed && n == 1 && errors.Is(lerr, ErrSyntax) {
					r.report(in.name, 0, fmt.Errorf("%w: starts with '{' but is not JSON Lines: %w", ErrSyntax, lerr))
					return nil
				}
				r.report(in.name, n, lerr)
				break
			}
			if err := r.yield(a); err != nil {
				return err
			}
		}
		if eof {
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
	var a schema.Article
	text, err := decodeText(line)
	if err != nil {
		return a, err
	}
	if t := strings.TrimLeft(text, " \t"); !strings.HasPrefix(t, "{") {
		return a, fmt.Errorf("%w: line is not a JSON object", ErrSyntax)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(text), &m); err != nil {
		return a, fmt.Errorf("%w: broken JSON: %w", ErrSyntax, err)
	}
	body, _, err := stringField(m, fields(r.o.TextField, defaultTextFields), false)
	if err != nil {
		return a, err
	}
	if strings.TrimSpace(body) == "" {
		return a, fmt.Errorf("%w: no %s field", ErrNoText, strings.Join(fields(r.o.TextField, defaultTextFields), "/"))
	}
	a.Text = strings.ReplaceAll(body, "\r\n", "\n")
	if a.Title, _, err = stringField(m, fields(r.o.TitleField, defaultTitleFields), false); err != nil {
		return a, err
	}
	if a.URL, _, err = stringField(m, fields(r.o.URLField, defaultURLFields), false); err != nil {
		return a, err
	}
	if a.Source, _, err = stringField(m, []string{"source"}, false); err != nil {
		return a, err
	}
	if a.ID, _, err = stringField(m, fields(r.o.IDField, defaultIDFields), true); err != nil {
		return a, err
	}
	if a.ID == "" {
		a.ID = in.idBase + ":" + strconv.Itoa(n)
	}
	date, given, err := stringField(m, fields(r.o.DateField, defaultDateFields), false)
	if err != nil {
		return a, err
	}
	if a.Published, err = r.published(date, given, a.Text); err != nil {
		return a, err
	}
	a.Path = in.name + ":" + strconv.Itoa(n)
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
