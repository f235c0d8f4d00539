package graph

import (
	"strconv"

	"github.com/cayleygraph/quad"

	"github.com/dipgraph/dipgraph/schema"
)

// XSDNS is the XML Schema datatypes namespace; exported literals carry its
// full IRIs as their datatypes.
const XSDNS = "http://www.w3.org/2001/XMLSchema#"

// XSD datatypes of exported literals.
const (
	xsdInteger    quad.IRI = XSDNS + "integer"
	xsdDecimal    quad.IRI = XSDNS + "decimal"
	xsdDouble     quad.IRI = XSDNS + "double"
	xsdDate       quad.IRI = XSDNS + "date"
	xsdGYearMonth quad.IRI = XSDNS + "gYearMonth"
	xsdGYear      quad.IRI = XSDNS + "gYear"
)

// datePredicates hold dates, stored as plain strings at their precision.
var datePredicates = map[quad.Value]bool{
	iri(schema.StartDate): true, iri(schema.EndDate): true, iri(schema.DatePublished): true,
}

// JSONLDContext is the @context of exported JSON-LD: prefixes for dipgraph's
// vocabulary (dg:), its resources (dgid:), schema.org, RDF and XSD.
var JSONLDContext = map[string]any{
	"dg":     schema.NS,
	"dgid":   schema.IDNS,
	"schema": schema.SchemaNS,
	"rdf":    schema.RDFNS,
	"xsd":    XSDNS,
}

// rdfQuad is q as Export writes it: integers typed xsd:integer, decimals
// xsd:decimal, dates xsd:date, xsd:gYearMonth or xsd:gYear by their
// precision (a decade stays a plain string), every datatype a full IRI.
func rdfQuad(q quad.Quad) quad.Quad {
	switch v := q.Object.(type) {
	case quad.Int:
		q.Object = quad.TypedString{Value: quad.String(strconv.FormatInt(int64(v), 10)), Type: xsdInteger}
	case quad.Float:
		q.Object = quad.TypedString{Value: quad.String(strconv.FormatFloat(float64(v), 'f', -1, 64)), Type: xsdDecimal}
	case quad.String:
		if !datePredicates[q.Predicate] {
			break
		}
		d, err := schema.ParseDate(string(v))
		if err != nil {
			break
		}
		switch d.Precision {
		case schema.PrecisionDay:
			q.Object = quad.TypedString{Value: v, Type: xsdDate}
		case schema.PrecisionMonth:
			q.Object = quad.TypedString{Value: v, Type: xsdGYearMonth}
		case schema.PrecisionYear:
			q.Object = quad.TypedString{Value: v, Type: xsdGYear}
		}
	}
	return q
}

// storedQuad is the inverse of rdfQuad, for Import: typed numbers become
// native values and typed dates plain strings, as dipgraph stores them.
// Datatypes may be written in full or as xsd: short IRIs.
func storedQuad(q quad.Quad) quad.Quad {
	ts, ok := q.Object.(quad.TypedString)
	if !ok {
		return q
	}
	switch ts.Type.Full() {
	case xsdInteger, XSDNS + "int", XSDNS + "long":
		if n, err := strconv.ParseInt(string(ts.Value), 10, 64); err == nil {
			q.Object = quad.Int(n)
		}
	case xsdDecimal, xsdDouble, XSDNS + "float":
		if f, err := strconv.ParseFloat(string(ts.Value), 64); err == nil {
			q.Object = quad.Float(f)
		}
	case xsdDate, xsdGYearMonth, xsdGYear:
		q.Object = ts.Value
	}
	return q
}
