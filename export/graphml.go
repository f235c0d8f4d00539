package export

import (
	"encoding/xml"
	"io"
	"strconv"
)

// graphmlKeys declares every attribute the GraphML network carries.
var graphmlKeys = []graphmlKey{
	{ID: "label", For: "node", Name: "label", Type: "string"},
	{ID: "kind", For: "node", Name: "kind", Type: "string"},
	{ID: "country", For: "node", Name: "country", Type: "string"},
	{ID: "role", For: "node", Name: "role", Type: "string"},
	{ID: "events", For: "node", Name: "events", Type: "int"},
	{ID: "relation", For: "edge", Name: "relation", Type: "string"},
	{ID: "weight", For: "edge", Name: "weight", Type: "double"},
	{ID: "first", For: "edge", Name: "first", Type: "string"},
	{ID: "last", For: "edge", Name: "last", Type: "string"},
	{ID: "occurred", For: "edge", Name: "occurred", Type: "int"},
	{ID: "planned", For: "edge", Name: "planned", Type: "int"},
	{ID: "cancelled", For: "edge", Name: "cancelled", Type: "int"},
}

type graphmlDoc struct {
	XMLName xml.Name     `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
	Keys    []graphmlKey `xml:"key"`
	Graph   graphmlGraph `xml:"graph"`
}

type graphmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type graphmlGraph struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// WriteGraphML writes the network as GraphML: an undirected graph whose
// keys are declared (node: label, kind, country, role, events; edge:
// relation, weight, first, last, occurred, planned, cancelled). A visit's
// edge runs from visitor (source) to country (target), an attendance from
// actor to gathering. Empty values are left out.
func (n Network) WriteGraphML(w io.Writer) error {
	doc := graphmlDoc{Keys: graphmlKeys, Graph: graphmlGraph{ID: "dipgraph", EdgeDefault: "undirected"}}
	for _, x := range n.Nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, graphmlNode{ID: x.ID, Data: nonEmpty(
			"label", x.Label, "kind", x.Kind, "country", x.Country, "role", x.Role, "events", strconv.Itoa(x.Events))})
	}
	for i, e := range n.Edges {
		doc.Graph.Edges = append(doc.Graph.Edges, graphmlEdge{ID: "e" + strconv.Itoa(i), Source: e.Source, Target: e.Target,
			Data: nonEmpty("relation", e.Relation, "weight", strconv.Itoa(e.Weight), "first", e.First.String(), "last", e.Last.String(),
				"occurred", strconv.Itoa(e.Occurred), "planned", strconv.Itoa(e.Planned), "cancelled", strconv.Itoa(e.Cancelled))})
	}
	return writeXML(w, doc)
}

// nonEmpty pairs keys and values, leaving out empty values.
func nonEmpty(kv ...string) []graphmlData {
	var out []graphmlData
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			out = append(out, graphmlData{Key: kv[i], Value: kv[i+1]})
		}
	}
	return out
}

// writeXML writes doc with an XML declaration, indented, and a final newline.
func writeXML(w io.Writer, doc any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
