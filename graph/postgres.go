package graph

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// Cayley's PostgreSQL backend writes one INSERT round trip per node and per
// quad (about 3,800 quads/s over loopback). Cayley lets an SQL flavour bring
// its own transaction body, so graph registers the PostgreSQL flavour a second
// time, under pgBatchFlavor, with the same tables, hashing and dialect and a
// body that writes the same rows with multi-row INSERTs: nodes with ON
// CONFLICT (hash) DO UPDATE of their reference counts, quads with ON CONFLICT
// DO NOTHING, exactly the statements Cayley runs row by row. Reads go through
// Cayley's PostgreSQL code unchanged; the store is an ordinary Cayley
// PostgreSQL database either way.

// pgBatchFlavor is the name under which the batched flavour is registered.
const pgBatchFlavor = "dipgraph-postgres"

// pgMaxParams is PostgreSQL's limit of bind parameters per statement.
const pgMaxParams = 65535

// pgRowsPerInsert caps the rows of one INSERT statement.
const pgRowsPerInsert = 2000

func init() {
	csql.Register(pgBatchFlavor, csql.Registration{
		Driver:             pgDriverName,
		HashType:           `BYTEA`,
		BytesType:          `BYTEA`,
		HorizonType:        `BIGSERIAL`,
		TimeType:           `timestamp with time zone`,
		QueryDialect:       postgres.QueryDialect,
		ConditionalIndexes: true,
		FillFactor:         true,
		Error:              postgres.ConvError,
		Estimated: func(table string) string {
			return "SELECT reltuples::BIGINT AS estimate FROM pg_class WHERE relname='" + table + "';"
		},
		RunTx: pgBatchTx,
	})
}

// pgBatchTx writes node reference increments and new quads with multi-row
// statements. Cayley's generic code runs the deletes afterwards, in the same
// transaction.
func pgBatchTx(tx *sql.Tx, nodes []graphlog.NodeUpdate, quads []graphlog.QuadUpdate, opts cgraph.IgnoreOpts) error {
	if len(nodes) == 0 && len(quads) == 0 {
		return nil
	}
	// A write is all or nothing either way; not waiting for the WAL flush at
	// commit saves a disk wait per batch (a crash may lose the last batches
	// written, never part of one).
	if _, err := tx.Exec(`SET LOCAL synchronous_commit = off`); err != nil {
		return fmt.Errorf("postgres batch: %w", err)
	}
	// Nodes, grouped by the columns their value type fills.
	type group struct {
		cols []string
		rows [][]any
	}
	groups := make(map[csql.ValueType]*group)
	var order []csql.ValueType
	// Rows go in one global order (value type, then hash; quads by their
	// hashes) so that two processes writing overlapping nodes lock them in
	// the same order: otherwise PostgreSQL detects a deadlock and one write fails.
	nodes = slices.Clone(nodes)
	slices.SortFunc(nodes, func(a, b graphlog.NodeUpdate) int { return bytes.Compare(a.Hash[:], b.Hash[:]) })
	quads = slices.Clone(quads)
	slices.SortFunc(quads, func(a, b graphlog.QuadUpdate) int {
		ad, bd := a.Quad.Dirs(), b.Quad.Dirs()
		for i := range ad {
			if c := bytes.Compare(ad[i][:], bd[i][:]); c != 0 {
				return c
			}
		}
		return 0
	})
	for _, n := range nodes {
		if n.RefInc < 0 {
			return fmt.Errorf("postgres batch: unexpected node decrement")
		}
		key, values, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		g, ok := groups[key]
		if !ok {
			g = &group{cols: append([]string{"refs", "hash"}, key.Columns()...)}
			groups[key] = g
			order = append(order, key)
		}
		g.rows = append(g.rows, append([]any{n.RefInc}, values...))
	}
	slices.Sort(order)
	for _, key := range order {
		g := groups[key]
		head := `INSERT INTO nodes(` + strings.Join(g.cols, ", ") + `) VALUES `
		tail := ` ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs;`
		if err := pgInsertRows(tx, head, tail, g.rows); err != nil {
			return fmt.Errorf("insert nodes: %w", err)
		}
	}

	var rows [][]any
	for _, d := range quads {
		if d.Del {
			return fmt.Errorf("postgres batch: unexpected quad delete")
		}
		row := make([]any, 0, len(quad.Directions))
		for _, h := range d.Quad.Dirs() {
			row = append(row, csql.NodeHash{ValueHash: h}.SQLValue())
		}
		rows = append(rows, row)
	}
	tail := ";"
	if opts.IgnoreDup {
		tail = " ON CONFLICT DO NOTHING;"
	}
	head := `INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES `
	if err := pgInsertRows(tx, head, tail, rows, "now()"); err != nil {
		if pe := postgres.ConvError(err); pe != err {
			err = pe
		}
		return fmt.Errorf("insert quads: %w", err)
	}
	return nil
}

// pgInsertRows runs head + "(...), (...)" + tail over rows in chunks, each row's
// values bound as parameters and followed by the literal SQL extra (such as now()).
func pgInsertRows(tx *sql.Tx, head, tail string, rows [][]any, extra ...string) error {
	if len(rows) == 0 {
		return nil
	}
	width := len(rows[0])
	per := min(pgRowsPerInsert, pgMaxParams/width)
	for start := 0; start < len(rows); start += per {
		chunk := rows[start:min(len(rows), start+per)]
		var b strings.Builder
		b.WriteString(head)
		args := make([]any, 0, len(chunk)*width)
		for i, r := range chunk {
			if len(r) != width {
				return fmt.Errorf("row %d has %d values, want %d", start+i, len(r), width)
			}
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('(')
			for j := range r {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteByte('$')
				b.WriteString(strconv.Itoa(len(args) + j + 1))
			}
			for _, e := range extra {
				b.WriteString(", ")
				b.WriteString(e)
			}
			b.WriteByte(')')
			args = append(args, r...)
		}
		b.WriteString(tail)
		if _, err := tx.Exec(b.String(), args...); err != nil {
			return err
		}
	}
	return nil
}

// pgLabelIndex is the index dipgraph adds to Cayley's quads table: by
// label, so that an article's quads are found (retract, replace) and a node
// is deleted (its foreign key checks look for quads labelled with it)
// without scanning the table. Cayley's own indexes all start with subject,
// predicate or object.
const pgLabelIndex = "dg_label_index"

// pgInit prepares the PostgreSQL database at url for writing: create makes
// Cayley's tables (nodes and quads, on the search path) unless they exist,
// then the index of quads by label is added unless it exists (a store
// written by an earlier dipgraph gets it on its first writable open).
func pgInit(url string, create func() error) error {
	db, err := sql.Open(pgDriverName, url)
	if err != nil {
		return fmt.Errorf("look up tables: %w", err)
	}
	defer db.Close()
	var exists bool
	if err := db.QueryRow(`SELECT to_regclass('nodes') IS NOT NULL AND to_regclass('quads') IS NOT NULL`).Scan(&exists); err != nil {
		return fmt.Errorf("look up tables: %w", err)
	}
	if !exists {
		if err := create(); err != nil {
			return err
		}
	}
	if err := db.QueryRow(`SELECT to_regclass($1) IS NOT NULL`, pgLabelIndex).Scan(&exists); err != nil {
		return fmt.Errorf("look up index %s: %w", pgLabelIndex, err)
	}
	if exists {
		return nil
	}
	if _, err := db.Exec(`CREATE INDEX IF NOT EXISTS ` + pgLabelIndex + ` ON quads (label_hash)`); err != nil {
		// Another process opening the store may have created it meanwhile.
		if db.QueryRow(`SELECT to_regclass($1) IS NOT NULL`, pgLabelIndex).Scan(&exists) == nil && exists {
			return nil
		}
		return fmt.Errorf("create index %s: %w", pgLabelIndex, err)
	}
	return nil
}

// pgDeleteLabels deletes every quad labelled with one of labels (by the
// index of quads by label) and returns how many it deleted.
func (s *Store) pgDeleteLabels(ctx context.Context, labels []quad.Value) (int, error) {
	if len(labels) == 0 {
		return 0, nil
	}
	hs := make([][]byte, len(labels))
	for i, l := range labels {
		hs[i] = sqlHash(l)
	}
	return s.pgDelete(ctx, `DELETE FROM quads WHERE label_hash = ANY($1)
		RETURNING subject_hash, predicate_hash, object_hash, label_hash`, pq.ByteaArray(hs))
}

// pgDelete runs del, a DELETE from the quads table returning the four
// hashes of each quad it deleted, and keeps the nodes table as Cayley keeps
// it, in the same transaction: the reference counts of the deleted quads'
// nodes are lowered and those of them no quad uses any more deleted. Cayley
// deletes orphaned nodes with a scan of the whole nodes table (refs <= 0);
// here only the nodes of the deleted quads are looked at, so the cost
// follows the number of quads deleted. It returns how many quads it deleted.
func (s *Store) pgDelete(ctx context.Context, del string, args ...any) (int, error) {
	tx, err := s.sqlDB.BeginTx(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("delete quads: %w", err)
	}
	defer tx.Rollback() // after Commit, a no-op
	rows, err := tx.QueryContext(ctx, del, args...)
	if err != nil {
		return 0, fmt.Errorf("delete quads: %w", err)
	}
	refs := make(map[string]int64)
	deleted := 0
	for rows.Next() {
		var dirs [4][]byte
		if err := rows.Scan(&dirs[0], &dirs[1], &dirs[2], &dirs[3]); err != nil {
			rows.Close()
			return 0, fmt.Errorf("delete quads: %w", err)
		}
		deleted++
		for _, h := range dirs {
			if h != nil {
				refs[string(h)]++
			}
		}
	}
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("delete quads: %w", err)
	}
	rows.Close()
	if deleted == 0 {
		return 0, nil
	}
	hashes := make([][]byte, 0, len(refs))
	counts := make([]int64, 0, len(refs))
	for h, n := range refs {
		hashes = append(hashes, []byte(h))
		counts = append(counts, n)
	}
	// The nodes are locked first, in hash order, so that two processes
	// deleting overlapping nodes wait for each other instead of deadlocking.
	idx := make([]int, len(hashes))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return bytes.Compare(hashes[a], hashes[b]) })
	sortedH := make([][]byte, len(idx))
	sortedN := make([]int64, len(idx))
	for i, j := range idx {
		sortedH[i], sortedN[i] = hashes[j], counts[j]
	}
	if _, err := tx.ExecContext(ctx, `SELECT 1 FROM nodes WHERE hash = ANY($1) ORDER BY hash FOR UPDATE`,
		pq.ByteaArray(sortedH)); err != nil {
		return 0, fmt.Errorf("delete %d quads: lock nodes: %w", deleted, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE nodes SET refs = nodes.refs - d.n
		FROM unnest($1::bytea[], $2::bigint[]) AS d(h, n) WHERE nodes.hash = d.h`,
		pq.ByteaArray(sortedH), pq.Array(sortedN)); err != nil {
		return 0, fmt.Errorf("delete %d quads: lower node references: %w", deleted, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM nodes WHERE hash = ANY($1) AND refs <= 0`,
		pq.ByteaArray(sortedH)); err != nil {
		return 0, fmt.Errorf("delete %d quads: delete unused nodes: %w", deleted, err)
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("delete quads: %w", err)
	}
	// Cayley caches the table sizes it counted; an empty write makes it
	// count them again.
	if err := s.qs.ApplyDeltas(nil, cgraph.IgnoreOpts{}); err != nil {
		return deleted, fmt.Errorf("delete %d quads: reset Cayley's counts: %w", deleted, err)
	}
	return deleted, nil
}
