package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ErrBadDoc is wrapped by LoadDir and ReadDoc when a file is not a valid
// annotation document.
var ErrBadDoc = errors.New("not a valid annotation document")

// ReadDoc decodes one annotation document. Unknown keys are ignored. It
// returns an error wrapping ErrBadDoc when r does not hold a JSON object in
// the gold shape.
func ReadDoc(r io.Reader) (Doc, error) {
	var d Doc
	dec := json.NewDecoder(r)
	if err := dec.Decode(&d); err != nil {
		return Doc{}, fmt.Errorf("%w: %w", ErrBadDoc, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return Doc{}, fmt.Errorf("%w: data after the JSON object", ErrBadDoc)
	}
	return d, nil
}

// LoadDir reads every NNN.json file of a gold or prediction directory, keyed
// by file name. Other files and subdirectories are ignored. Errors name the
// file; a file that is not a valid document gives an error wrapping
// ErrBadDoc. (score.py counts an unparsable prediction file as empty; callers
// that want that can score with the file left out.)
func LoadDir(dir string) (map[string]Doc, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("load annotations: %w", err)
	}
	docs := make(map[string]Doc)
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("load annotations: %w", err)
		}
		d, err := ReadDoc(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("load annotations: %s: %w", path, err)
		}
		docs[e.Name()] = d
	}
	return docs, nil
}

// LoadPredictions reads a prediction directory the way score.py does: a
// file that cannot be read or decoded counts as an empty prediction, and so
// does every file of a missing directory. It returns the documents that
// could be read, and a non-nil error (wrapping ErrBadDoc or the file-system
// error, one per file) when something was counted as empty; the map is
// usable either way.
func LoadPredictions(dir string) (map[string]Doc, error) {
	docs := make(map[string]Doc)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return docs, fmt.Errorf("load predictions: %w", err)
	}
	var errs []error
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		b, err := os.ReadFile(path)
		if err != nil {
			errs = append(errs, fmt.Errorf("load predictions: %w", err))
			continue
		}
		d, err := ReadDoc(bytes.NewReader(b))
		if err != nil {
			errs = append(errs, fmt.Errorf("load predictions: %s: %w", path, err))
			continue
		}
		docs[e.Name()] = d
	}
	return docs, errors.Join(errs...)
}

// WriteDir writes each document as indented JSON to dir/name (creating dir),
// in name order; use it to write a prediction directory for score.py.
func WriteDir(dir string, docs map[string]Doc) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write annotations: %w", err)
	}
	names := make([]string, 0, len(docs))
	for n := range docs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		b, err := json.MarshalIndent(docs[n], "", " ")
		if err != nil {
			return fmt.Errorf("write annotations: %s: %w", n, err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), append(b, '\n'), 0o644); err != nil {
			return fmt.Errorf("write annotations: %w", err)
		}
	}
	return nil
}
