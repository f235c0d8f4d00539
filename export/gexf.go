package export

import (
	"encoding/xml"
	"io"
	"strconv"

	"github.com/dipgraph/dipgraph/schema"
)

// gexfNodeAttrs and gexfEdgeAttrs declare the GEXF attributes; their ids are
// their titles.
var (
	gexfNodeAttrs = []gexfAttr{{ID: "kind", Title: "kind", Type: "string"}, {ID: "country", Title: "country", Type: "string"},
		{ID: "role", Title: "role", Type: "string"}, {ID: "events", Title: "events", Type: "integer"}}
	gexfEdgeAttrs = []gexfAttr{{ID: "relation", Title: "relation", Type: "string"}, {ID: "first", Title: "first", Type: "string"},
		{ID: "last", Title: "last", Type: "string"}, {ID: "occurred", Title: "occurred", Type: "integer"},
		{ID: "planned", Title: "planned", Type: "integer"}, {ID: "cancelled", Title: "cancelled", Type: "integer"}}
)

type gexfDoc struct {
	XMLName xml.Name  `xml:"http://www.gexf.net/1.2draft gexf"`
	Version string    `xml:"version,attr"`
	Meta    gexfMeta  `xml:"meta"`
	Graph   gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	Creator     string `xml:"creator"`
	Description string `xml:"description"`
}

type gexfGraph struct {
	Mode            string      `xml:"mode,attr"`
	DefaultEdgeType string      `xml:"defaultedgetype,attr"`
	TimeFormat      string      `xml:"timeformat,attr"`
	Attributes      []gexfAttrs `xml:"attributes"`
	Nodes           []gexfNode  `xml:"nodes>node"`
	Edges           []gexfEdge  `xml:"edges>edge"`
}

type gexfAttrs struct {
	Class string     `xml:"class,attr"`
	Mode  string     `xml:"mode,attr"`
	Attrs []gexfAttr `xml:"attribute"`
}

type gexfAttr struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfNode struct {
	ID     string      `xml:"id,attr"`
	Label  string      `xml:"label,attr"`
	Values []gexfValue `xml:"attvalues>attvalue"`
}

type gexfEdge struct {
	ID     string      `xml:"id,attr"`
	Source string      `xml:"source,attr"`
	Target string      `xml:"target,attr"`
	Weight int         `xml:"weight,attr"`
	Start  string      `xml:"start,attr,omitempty"`
	End    string      `xml:"end,attr,omitempty"`
	Values []gexfValue `xml:"attvalues>attvalue"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

// WriteGEXF writes the network as GEXF 1.2, Gephi's own format: a dynamic,
// undirected graph whose edges carry their weight and, when their events are
// dated, a time interval (start: the first day of the first event's date,
// end: the last day of the last one's) for Gephi's timeline, with the same
// attributes as WriteGraphML.
func (n Network) WriteGEXF(w io.Writer) error {
	doc := gexfDoc{Version: "1.2", Meta: gexfMeta{Creator: "dipgraph", Description: "actor network: meetings, agreements, visits and attendances"},
		Graph: gexfGraph{Mode: "dynamic", DefaultEdgeType: "undirected", TimeFormat: "date",
			Attributes: []gexfAttrs{{Class: "node", Mode: "static", Attrs: gexfNodeAttrs}, {Class: "edge", Mode: "static", Attrs: gexfEdgeAttrs}}}}
	for _, x := range n.Nodes {
		doc.Graph.Nodes = append(doc.Graph.Nodes, gexfNode{ID: x.ID, Label: x.Label,
			Values: gexfValues("kind", x.Kind, "country", x.Country, "role", x.Role, "events", strconv.Itoa(x.Events))})
	}
	for i, e := range n.Edges {
		ge := gexfEdge{ID: strconv.Itoa(i), Source: e.Source, Target: e.Target, Weight: e.Weight,
			Values: gexfValues("relation", e.Relation, "first", e.First.String(), "last", e.Last.String(),
				"occurred", strconv.Itoa(e.Occurred), "planned", strconv.Itoa(e.Planned), "cancelled", strconv.Itoa(e.Cancelled))}
		if !e.First.IsZero() {
			ge.Start = e.First.Time.Format("2006-01-02")
			ge.End = lastDay(e.Last)
		}
		doc.Graph.Edges = append(doc.Graph.Edges, ge)
	}
	return writeXML(w, doc)
}

// lastDay is the last day of the period d names, as YYYY-MM-DD.
func lastDay(d schema.Date) string {
	return d.End().AddDate(0, 0, -1).Format("2006-01-02")
}

func gexfValues(kv ...string) []gexfValue {
	var out []gexfValue
	for _, d := range nonEmpty(kv...) {
		out = append(out, gexfValue{For: d.Key, Value: d.Value})
	}
	return out
}
