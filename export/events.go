package export

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/dipgraph/dipgraph/schema"
)

// EventColumns are the columns of the event table, in order (documented in
// the README, column by column).
var EventColumns = []string{
	"event_iri", "type", "status", "mode", "date", "end_date", "precision",
	"actor1_iri", "actor1_name", "actor1_kind", "actor1_role", "actor1_country", "actor1_part",
	"actor2_iri", "actor2_name", "actor2_kind", "actor2_role", "actor2_country", "actor2_part",
	"gathering", "cameo_code", "plover_type", "plover_mode",
	"place_iri", "place_name", "place_country", "topics", "confidence",
	"n_sources", "source_ids", "source_urls", "source_headlines", "evidence",
}

// EventRows returns the event table of evs: one row per event and dyad (see
// Dyads), in the order of evs; an event without actors is one row with
// empty actor cells. Multiple values in a cell are joined: topics with "; ",
// source ids and URLs with " ", headlines with " | ".
func EventRows(ctx context.Context, st Store, evs []schema.Event) ([][]string, error) {
	l, err := newLookup(ctx, st, evs)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	for _, e := range evs {
		ds := Dyads(e)
		if len(ds) == 0 {
			ds = []Dyad{{}}
		}
		for _, d := range ds {
			rows = append(rows, l.eventRow(e, d))
		}
	}
	if l.err != nil {
		return nil, l.err
	}
	return rows, nil
}

func (l *lookup) eventRow(e schema.Event, d Dyad) []string {
	precision := string(e.Date.Precision)
	confidence := ""
	if e.Confidence > 0 {
		confidence = strconv.FormatFloat(e.Confidence, 'f', -1, 64)
	}
	row := []string{string(e.IRI()), string(e.Type), string(e.Status), string(e.Mode),
		e.Date.String(), e.EndDate.String(), precision}
	row = append(row, l.actorCells(d.A, d.RoleA)...)
	row = append(row, l.actorCells(d.B, d.RoleB)...)
	row = append(row, e.Name, e.CameoCode, e.PloverType, e.PloverMode,
		string(e.Place), l.actor(e.Place).Name, l.country(e.Place), strings.Join(e.Topics, "; "), confidence)
	ids, urls, heads := l.sources(e.Sources)
	return append(row, strconv.Itoa(len(e.Sources)), ids, urls, heads, e.Evidence.Sentence)
}

// actorCells are the six cells of one side of a dyad.
func (l *lookup) actorCells(x schema.IRI, part string) []string {
	if x == "" {
		return []string{"", "", "", "", "", ""}
	}
	a := l.actor(x)
	return []string{string(x), a.Name, string(a.Kind), a.Role, l.country(x), part}
}

// sources are the ids, URLs and headlines of an event's articles.
func (l *lookup) sources(srcs []schema.IRI) (ids, urls, heads string) {
	var is, us, hs []string
	for _, s := range srcs {
		is = append(is, schema.Local(s))
		a := l.articles[s]
		if a.URL != "" {
			us = append(us, a.URL)
		}
		if a.Title != "" {
			hs = append(hs, a.Title)
		}
	}
	return strings.Join(is, " "), strings.Join(us, " "), strings.Join(hs, " | ")
}

// WriteEventTable writes the event table of evs as CSV (RFC 4180 quoting,
// UTF-8, a header row, LF line ends).
func WriteEventTable(ctx context.Context, w io.Writer, st Store, evs []schema.Event) error {
	rows, err := EventRows(ctx, st, evs)
	if err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(EventColumns); err != nil {
		return err
	}
	if err := cw.WriteAll(rows); err != nil {
		return err
	}
	return cw.Error()
}
