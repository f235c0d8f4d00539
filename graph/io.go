package graph

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/dot"     // registers the "graphviz" writer
	_ "github.com/cayleygraph/quad/graphml" // registers the "graphml" writer
	_ "github.com/cayleygraph/quad/jsonld"  // registers the "jsonld" reader and writer
	_ "github.com/cayleygraph/quad/nquads"  // registers the "nquads" reader and writer
)

// ExportFormats lists the formats Export writes.
func ExportFormats() []string { return []string{"nquads", "jsonld", "graphml", "dot"} }

// ImportFormats lists the formats Import reads.
func ImportFormats() []string { return []string{"nquads", "jsonld"} }

// ErrFormat means a format name is not one Export or Import supports.
var ErrFormat = errors.New("unsupported format")

func quadFormat(name string, supported []string) (*quad.Format, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	ok := false
	for _, f := range supported {
		ok = ok || f == name
	}
	if name == "dot" {
		name = "graphviz"
	}
	f := quad.FormatByName(name)
	if !ok || f == nil {
		return nil, fmt.Errorf("%w %q (want one of %s)", ErrFormat, name, strings.Join(supported, ", "))
	}
	return f, nil
}

// Export writes every quad of the store to w in format: "nquads", "jsonld",
// "graphml" or "dot" (Graphviz). Literals carry XSD datatypes as full IRIs
// (xsd:integer, xsd:decimal, and xsd:date, xsd:gYearMonth or xsd:gYear for
// dates, see rdfQuad); JSON-LD is compacted with JSONLDContext. It returns
// ErrFormat for another name.
func (s *Store) Export(ctx context.Context, w io.Writer, format string) (err error) {
	defer s.guard(&err)()
	defer s.rlock()()
	f, err := quadFormat(format, ExportFormats())
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	qw := f.Writer(w)
	if lw, ok := qw.(interface{ SetLdContext(any) }); ok {
		lw.SetLdContext(JSONLDContext)
	}
	it := s.qs.QuadsAllIterator().Iterate()
	r := cgraph.NewResultReader(s.qs, it)
	defer r.Close()
	_, err = quad.Copy(ctxWriter{ctx: ctx, w: qw}, r)
	if err != nil {
		qw.Close()
		return fmt.Errorf("export %s: %w", format, err)
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}

// ctxWriter stops a copy when its context ends, and writes each quad in its
// RDF form (rdfQuad).
type ctxWriter struct {
	ctx context.Context
	w   quad.Writer
}

func (c ctxWriter) WriteQuad(q quad.Quad) error {
	if err := c.ctx.Err(); err != nil {
		return err
	}
	return c.w.WriteQuad(rdfQuad(q))
}

func (c ctxWriter) WriteQuads(qs []quad.Quad) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	for i, q := range qs {
		if err := c.w.WriteQuad(rdfQuad(q)); err != nil {
			return i, err
		}
	}
	return len(qs), nil
}

// importBatch is the number of quads Import writes per transaction.
const importBatch = 10000

// Import reads quads in format ("nquads" or "jsonld") from r and adds them,
// in transactions of 10,000 quads; quads already stored are skipped. It
// returns the number of quads read. It returns ErrFormat for another format
// and ErrReadOnly on a read-only store.
func (s *Store) Import(ctx context.Context, r io.Reader, format string) (_ int, err error) {
	defer s.guard(&err)()
	defer s.lock()()
	if err := s.writable(); err != nil {
		return 0, fmt.Errorf("import: %w", err)
	}
	s.people = nil // read again with the imported persons
	f, err := quadFormat(format, ImportFormats())
	if err != nil {
		return 0, fmt.Errorf("import: %w", err)
	}
	if f.Reader == nil {
		return 0, fmt.Errorf("import: %w %q", ErrFormat, format)
	}
	qr := f.Reader(r)
	defer qr.Close()
	n := 0
	batch := make([]cgraph.Delta, 0, importBatch)
	seen := make(map[quad.Quad]bool, importBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		if err := s.apply(ctx, batch); err != nil {
			return err
		}
		batch = batch[:0]
		clear(seen)
		return nil
	}
	for {
		q, err := qr.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			return n, fmt.Errorf("import %s: quad %d: %w", format, n+1, briefError{err})
		}
		n++
		q = storedQuad(q)
		if !q.IsValid() || seen[q] {
			continue
		}
		seen[q] = true
		batch = append(batch, cgraph.Delta{Quad: q, Action: cgraph.Add})
		if len(batch) >= importBatch {
			if err := flush(); err != nil {
				return n, fmt.Errorf("import %s: %w", format, err)
			}
		}
	}
	if err := flush(); err != nil {
		return n, fmt.Errorf("import %s: %w", format, err)
	}
	return n, nil
}

// CheckImport reads quads in format ("nquads" or "jsonld") from r without
// storing them and returns how many it read, or the first error: a caller
// checks a file before Import so that a file that does not parse leaves the
// store as it was. It returns ErrFormat for another format.
func CheckImport(ctx context.Context, r io.Reader, format string) (int, error) {
	f, err := quadFormat(format, ImportFormats())
	if err != nil {
		return 0, fmt.Errorf("import: %w", err)
	}
	if f.Reader == nil {
		return 0, fmt.Errorf("import: %w %q", ErrFormat, format)
	}
	qr := f.Reader(r)
	defer qr.Close()
	for n := 0; ; n++ {
		if n%importBatch == 0 {
			if err := ctx.Err(); err != nil {
				return n, fmt.Errorf("import %s: %w", format, err)
			}
		}
		_, err := qr.ReadQuad()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, fmt.Errorf("import %s: quad %d: %w", format, n+1, briefError{err})
		}
	}
}

// SniffImportFormat guesses the import format of a file from its first bytes:
// "jsonld" when the first non-blank character opens a JSON object or array,
// else "nquads".
func SniffImportFormat(head []byte) string {
	// A UTF-8 byte order mark is not content.
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) > 0 && (head[0] == '{' || head[0] == '[') {
		return "jsonld"
	}
	return "nquads"
}
