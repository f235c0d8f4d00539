package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"

	"github.com/dipgraph/dipgraph/schema"
)

// Reading many nodes at once on PostgreSQL. Through Cayley, each node's quads
// are one query and each value not in its cache another; here a batch of
// nodes is one query over Cayley's quads table (by subject hash, its
// index) and one over its nodes table for every distinct value, decoded as
// Cayley's NameOf decodes them.

// sqlHash returns the value of a node's hash column.
func sqlHash(v quad.Value) []byte { return csql.HashOf(v).SQLValue().([]byte) }

// sqlNodesQuads is nodesQuads on PostgreSQL.
func (s *Store) sqlNodesQuads(ctx context.Context, xs []schema.IRI, o readOpts) (map[schema.IRI][]quad.Quad, error) {
	out := make(map[schema.IRI][]quad.Quad, len(xs))
	if len(xs) == 0 {
		return out, nil
	}
	subjects := make([][]byte, len(xs))
	bySubject := make(map[string]schema.IRI, len(xs))
	for i, x := range xs {
		subjects[i] = sqlHash(iri(x))
		bySubject[string(subjects[i])] = x
	}
	query := `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads WHERE subject_hash = ANY($1)`
	args := []any{pq.ByteaArray(subjects)}
	if len(o.preds) > 0 {
		preds := make([][]byte, len(o.preds))
		for i, p := range o.preds {
			preds[i] = sqlHash(iri(p))
		}
		query += ` AND predicate_hash = ANY($2)`
		args = append(args, pq.ByteaArray(preds))
	}
	rows, err := s.sqlDB.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("read quads of %d nodes: %w", len(xs), err)
	}
	defer rows.Close()
	type hashQuad struct {
		x    schema.IRI
		dirs [4][]byte
	}
	var pending []hashQuad
	want := make(map[string]bool)
	for rows.Next() {
		var h hashQuad
		if err := rows.Scan(&h.dirs[0], &h.dirs[1], &h.dirs[2], &h.dirs[3]); err != nil {
			return nil, fmt.Errorf("read quads of %d nodes: %w", len(xs), err)
		}
		if o.noLabels {
			h.dirs[3] = nil
		}
		h.x = bySubject[string(h.dirs[0])]
		for _, d := range h.dirs[1:] {
			if d != nil {
				want[string(d)] = true
			}
		}
		pending = append(pending, h)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read quads of %d nodes: %w", len(xs), err)
	}
	vals, err := s.sqlValues(ctx, want)
	if err != nil {
		return nil, err
	}
	for _, h := range pending {
		q := quad.Quad{Subject: iri(h.x), Predicate: vals[string(h.dirs[1])], Object: vals[string(h.dirs[2])]}
		if h.dirs[3] != nil {
			q.Label = vals[string(h.dirs[3])]
		}
		out[h.x] = append(out[h.x], q)
	}
	return out, nil
}

// sqlSubjectsOf is subjectsOfAny on PostgreSQL: the distinct subjects of
// (any of preds, any of objs) in one query over the quads table's (object,
// predicate) index, decoded in a second.
func (s *Store) sqlSubjectsOf(ctx context.Context, objs []quad.Value, preds ...schema.IRI) ([]schema.IRI, error) {
	if len(objs) == 0 || len(preds) == 0 {
		return nil, nil
	}
	ph := make([][]byte, len(preds))
	for i, p := range preds {
		ph[i] = sqlHash(iri(p))
	}
	oh := make([][]byte, len(objs))
	for i, v := range objs {
		oh[i] = sqlHash(v)
	}
	pred := func() string { // for errors only
		if len(objs) == 1 {
			return fmt.Sprintf("%v %v", preds, objs[0])
		}
		return fmt.Sprintf("%v of %d nodes", preds, len(objs))
	}
	rows, err := s.sqlDB.QueryContext(ctx,
		`SELECT DISTINCT subject_hash FROM quads WHERE object_hash = ANY($1) AND predicate_hash = ANY($2)`,
		pq.ByteaArray(oh), pq.ByteaArray(ph))
	if err != nil {
		return nil, fmt.Errorf("walk %s: %w", pred(), err)
	}
	defer rows.Close()
	want := make(map[string]bool)
	for rows.Next() {
		var h []byte
		if err := rows.Scan(&h); err != nil {
			return nil, fmt.Errorf("walk %s: %w", pred(), err)
		}
		want[string(h)] = true
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("walk %s: %w", pred(), err)
	}
	vals, err := s.sqlValues(ctx, want)
	if err != nil {
		return nil, err
	}
	set := make(map[schema.IRI]struct{}, len(vals))
	for _, x := range vals {
		if x, ok := x.(quad.IRI); ok {
			set[schema.IRI(x)] = struct{}{}
		}
	}
	return sortedSet(set), nil
}

// sqlValues reads the values of node hashes from the nodes table in one query.
func (s *Store) sqlValues(ctx context.Context, hashes map[string]bool) (map[string]quad.Value, error) {
	out := make(map[string]quad.Value, len(hashes))
	if len(hashes) == 0 {
		return out, nil
	}
	list := make([][]byte, 0, len(hashes))
	for h := range hashes {
		list = append(list, []byte(h))
	}
	rows, err := s.sqlDB.QueryContext(ctx, `SELECT hash, value, value_string, datatype, language, iri, bnode,
		value_int, value_bool, value_float, value_time FROM nodes WHERE hash = ANY($1)`, pq.ByteaArray(list))
	if err != nil {
		return nil, fmt.Errorf("read %d values: %w", len(list), err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			hash, data       []byte
			str, typ, lang   sql.NullString
			isIRI, bnode, vb sql.NullBool
			vint             sql.NullInt64
			vfloat           sql.NullFloat64
			vtime            sql.NullTime
		)
		if err := rows.Scan(&hash, &data, &str, &typ, &lang, &isIRI, &bnode, &vint, &vb, &vfloat, &vtime); err != nil {
			return nil, fmt.Errorf("read %d values: %w", len(list), err)
		}
		// The same decoding as Cayley's sql.QuadStore.NameOf.
		var val quad.Value
		switch {
		case str.Valid:
			text := strings.ReplaceAll(str.String, `\x00`, "\u0000")
			switch {
			case isIRI.Bool:
				val = quad.IRI(str.String)
			case bnode.Bool:
				val = quad.BNode(str.String)
			case lang.Valid:
				val = quad.LangString{Value: quad.String(text), Lang: lang.String}
			case typ.Valid:
				val = quad.TypedString{Value: quad.String(text), Type: quad.IRI(typ.String)}
			default:
				val = quad.String(text)
			}
		case vint.Valid:
			val = quad.Int(vint.Int64)
		case vb.Valid:
			val = quad.Bool(vb.Bool)
		case vfloat.Valid:
			val = quad.Float(vfloat.Float64)
		case vtime.Valid:
			val = quad.Time(vtime.Time.UTC())
		default:
			qv, err := pquads.UnmarshalValue(data)
			if err != nil {
				return nil, fmt.Errorf("decode value: %w", err)
			}
			val = qv
		}
		out[string(hash)] = val
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read %d values: %w", len(list), err)
	}
	return out, nil
}

// sqlArticleHashes is articleHashes on PostgreSQL, in one query: the
// contentHash quads of the articles that each article labels itself.
func (s *Store) sqlArticleHashes(ctx context.Context, articles []schema.IRI) (map[schema.IRI]string, error) {
	out := make(map[schema.IRI]string, len(articles))
	if len(articles) == 0 {
		return out, nil
	}
	hashes := make([][]byte, len(articles))
	byHash := make(map[string]schema.IRI, len(articles))
	for i, a := range articles {
		hashes[i] = sqlHash(iri(a))
		byHash[string(hashes[i])] = a
	}
	rows, err := s.sqlDB.QueryContext(ctx, `SELECT q.subject_hash, n.value_string FROM quads q
		JOIN nodes n ON n.hash = q.object_hash
		WHERE q.subject_hash = ANY($1) AND q.predicate_hash = $2 AND q.label_hash = q.subject_hash`,
		pq.ByteaArray(hashes), sqlHash(iri(schema.ContentHash)))
	if err != nil {
		return nil, fmt.Errorf("read hashes of %d articles: %w", len(articles), err)
	}
	defer rows.Close()
	for rows.Next() {
		var h []byte
		var v sql.NullString
		if err := rows.Scan(&h, &v); err != nil {
			return nil, fmt.Errorf("read hashes of %d articles: %w", len(articles), err)
		}
		if a, ok := byHash[string(h)]; ok && v.Valid {
			out[a] = v.String
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("read hashes of %d articles: %w", len(articles), err)
	}
	return out, nil
}
