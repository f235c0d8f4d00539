package graph

import (
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/dipgraph/dipgraph/schema"
)

// TestRDFQuad checks the datatypes Export writes and that Import reads them
// back as stored.
func TestRDFQuad(t *testing.T) {
	ev := iri("https://dipgraph.org/id/event/x")
	tests := []struct {
		name string
		pred schema.IRI
		in   quad.Value
		want quad.Value
	}{
		{"integer", schema.EvidenceStart, quad.Int(202), quad.TypedString{Value: "202", Type: xsdInteger}},
		{"decimal", schema.Confidence, quad.Float(0.8), quad.TypedString{Value: "0.8", Type: xsdDecimal}},
		{"day", schema.StartDate, quad.String("1987-04-07"), quad.TypedString{Value: "1987-04-07", Type: xsdDate}},
		{"month", schema.EndDate, quad.String("1987-04"), quad.TypedString{Value: "1987-04", Type: xsdGYearMonth}},
		{"year", schema.DatePublished, quad.String("1987"), quad.TypedString{Value: "1987", Type: xsdGYear}},
		{"decade stays plain", schema.StartDate, quad.String("1980s"), quad.String("1980s")},
		{"a date-like name stays plain", schema.Name, quad.String("1987"), quad.String("1987")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := quad.Quad{Subject: ev, Predicate: iri(tt.pred), Object: tt.in}
			got := rdfQuad(q)
			if got.Object != tt.want {
				t.Errorf("rdfQuad: %#v, want %#v", got.Object, tt.want)
			}
			if back := storedQuad(got); back.Object != tt.in {
				t.Errorf("storedQuad: %#v, want %#v", back.Object, tt.in)
			}
		})
	}
	short := quad.Quad{Subject: ev, Predicate: iri(schema.EvidenceEnd), Object: quad.TypedString{Value: "7", Type: "xsd:integer"}}
	if got := storedQuad(short).Object; got != quad.Int(7) {
		t.Errorf("an older export's xsd:integer reads as %#v, want quad.Int(7)", got)
	}
}
