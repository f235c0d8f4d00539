package graph

import (
	"bytes"
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
		Driver:             "postgres",
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
