package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"testing"
)

// xmlElem is any XML element, read generically for structure checks.
type xmlElem struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
	Kids    []xmlElem  `xml:",any"`
}

func (e xmlElem) attr(name string) string {
	for _, a := range e.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// all returns the descendants named local, depth first.
func (e xmlElem) all(local string) []xmlElem {
	var out []xmlElem
	for _, k := range e.Kids {
		if k.XMLName.Local == local {
			out = append(out, k)
		}
		out = append(out, k.all(local)...)
	}
	return out
}

// exportFile exports the store in format to a file and returns its path.
func exportFile(t *testing.T, db []string, format string, args ...string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "out."+format)
	mustCLI(t, append(append(append([]string{}, db...), "export", "--format", format, "-o", file), args...)...)
	return file
}

func readXML(t *testing.T, file string) xmlElem {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var root xmlElem
	if err := xml.Unmarshal(b, &root); err != nil {
		t.Fatalf("%s is not XML: %v", file, err)
	}
	return root
}

// netCheck is what the structure checks find in a network file.
type netCheck struct {
	nodes, edges int
	// attrs are the attributes of nodes and edges by id ("e:SOURCE TARGET").
	attrs map[string]map[string]string
}

// checkGraphML checks a GraphML network's structure: the namespace, every
// data key declared for its element, every edge between declared nodes.
func checkGraphML(t *testing.T, file string) netCheck {
	t.Helper()
	root := readXML(t, file)
	if root.XMLName.Space != "http://graphml.graphdrawing.org/xmlns" || root.XMLName.Local != "graphml" {
		t.Fatalf("root element %v", root.XMLName)
	}
	keys := map[string]string{}
	for _, k := range root.all("key") {
		if k.attr("attr.name") == "" || k.attr("attr.type") == "" {
			t.Errorf("key %s lacks a name or type", k.attr("id"))
		}
		keys[k.attr("id")] = k.attr("for")
	}
	c := netCheck{attrs: map[string]map[string]string{}}
	nodes := map[string]bool{}
	data := func(e xmlElem, kind, id string) {
		m := map[string]string{}
		for _, d := range e.all("data") {
			if keys[d.attr("key")] != kind {
				t.Errorf("%s %s: data key %q is not declared for %ss", kind, id, d.attr("key"), kind)
			}
			m[d.attr("key")] = d.Text
		}
		c.attrs[id] = m
	}
	for _, n := range root.all("node") {
		nodes[n.attr("id")] = true
		data(n, "node", n.attr("id"))
		c.nodes++
	}
	for _, e := range root.all("edge") {
		if !nodes[e.attr("source")] || !nodes[e.attr("target")] {
			t.Errorf("edge %s joins undeclared nodes %s, %s", e.attr("id"), e.attr("source"), e.attr("target"))
		}
		data(e, "edge", "e:"+e.attr("source")+" "+e.attr("target"))
		c.edges++
	}
	return c
}

// checkGEXF checks a GEXF network's structure: the namespace, a dynamic
// graph, every attribute value declared, every edge between declared nodes
// with a weight, and a time interval on dated edges.
func checkGEXF(t *testing.T, file string) netCheck {
	t.Helper()
	root := readXML(t, file)
	if root.XMLName.Space != "http://www.gexf.net/1.2draft" || root.attr("version") != "1.2" {
		t.Fatalf("root element %v version %q", root.XMLName, root.attr("version"))
	}
	g := root.all("graph")[0]
	if g.attr("mode") != "dynamic" || g.attr("timeformat") != "date" {
		t.Errorf("graph mode %q timeformat %q, want dynamic and date", g.attr("mode"), g.attr("timeformat"))
	}
	declared := map[string]map[string]bool{}
	for _, as := range root.all("attributes") {
		declared[as.attr("class")] = map[string]bool{}
		for _, a := range as.all("attribute") {
			declared[as.attr("class")][a.attr("id")] = true
		}
	}
	c := netCheck{attrs: map[string]map[string]string{}}
	values := func(e xmlElem, class, id string) map[string]string {
		m := map[string]string{}
		for _, v := range e.all("attvalue") {
			if !declared[class][v.attr("for")] {
				t.Errorf("%s %s: attribute %q is not declared", class, id, v.attr("for"))
			}
			m[v.attr("for")] = v.attr("value")
		}
		c.attrs[id] = m
		return m
	}
	nodes := map[string]bool{}
	for _, n := range root.all("node") {
		nodes[n.attr("id")] = true
		values(n, "node", n.attr("id"))["label"] = n.attr("label")
		c.nodes++
	}
	for _, e := range root.all("edge") {
		if !nodes[e.attr("source")] || !nodes[e.attr("target")] || e.attr("weight") == "" {
			t.Errorf("edge %s: source %s, target %s, weight %q", e.attr("id"), e.attr("source"), e.attr("target"), e.attr("weight"))
		}
		m := values(e, "edge", "e:"+e.attr("source")+" "+e.attr("target"))
		m["weight"], m["start"], m["end"] = e.attr("weight"), e.attr("start"), e.attr("end")
		if m["first"] != "" && (m["start"] == "" || m["end"] == "") {
			t.Errorf("dated edge %s has no time interval", e.attr("id"))
		}
		c.edges++
	}
	return c
}

const (
	gervasi = "https://dipgraph.org/id/person/ana-cecilia-gervasi"
	hayashi = "https://dipgraph.org/id/person/yoshimasa-hayashi"
	wangYi  = "https://dipgraph.org/id/person/wang-yi"
	peru    = "https://dipgraph.org/id/country/PER"
)

// TestExportNetwork exports the actor network of the Andes articles as
// GraphML and GEXF and checks their structure and content.
func TestExportNetwork(t *testing.T) {
	db := andes(t)
	// 5 persons, 4 countries, the Quito summit; 4 meetings, a visit, the
	// summit's host and 3 attendees.
	for _, tt := range []struct {
		format string
		check  func(*testing.T, string) netCheck
		weight string
	}{
		{"network-graphml", checkGraphML, "weight"},
		{"network-gexf", checkGEXF, "weight"},
	} {
		t.Run(tt.format, func(t *testing.T) {
			c := tt.check(t, exportFile(t, db, tt.format))
			if c.nodes != 10 || c.edges != 9 {
				t.Errorf("%d nodes and %d edges, want 10 and 9", c.nodes, c.edges)
			}
			if n := c.attrs[hayashi]; n["kind"] != "person" || n["country"] != "JPN" || n["role"] != "Foreign Minister" || n["label"] != "Yoshimasa Hayashi" {
				t.Errorf("Hayashi's node: %v", n)
			}
			if e := c.attrs["e:"+gervasi+" "+hayashi]; e["relation"] != "met" || e[tt.weight] != "1" || e["first"] != "2023-06-13" || e["occurred"] != "1" {
				t.Errorf("the Gervasi–Hayashi edge: %v", e)
			}
			if e := c.attrs["e:"+hayashi+" "+peru]; e["relation"] != "visited" {
				t.Errorf("Hayashi's visit edge: %v", e)
			}
			planned := tt.check(t, exportFile(t, db, tt.format, "--status", "planned"))
			if e := planned.attrs["e:"+gervasi+" "+wangYi]; planned.edges != 1 || e["planned"] != "1" || e["first"] != "2023-07" {
				t.Errorf("planned network: %d edges, %v", planned.edges, e)
			}
		})
	}
	gexf := checkGEXF(t, exportFile(t, db, "network-gexf", "--actor", "Gervasi", "--status", "planned"))
	if e := gexf.attrs["e:"+gervasi+" "+wangYi]; e["start"] != "2023-07-01" || e["end"] != "2023-07-31" {
		t.Errorf("a month-dated edge spans %s to %s, want the whole of July 2023", e["start"], e["end"])
	}
}

// TestNetworkInNetworkx loads both network files with networkx.
func TestNetworkInNetworkx(t *testing.T) {
	db := andes(t)
	graphml := exportFile(t, db, "network-graphml")
	gexf := exportFile(t, db, "network-gexf")
	py := python(t, "networkx")
	out := runPython(t, py, `import json, sys, networkx as nx
res = {}
for name, g in (("graphml", nx.read_graphml(sys.argv[1])), ("gexf", nx.read_gexf(sys.argv[2]))):
    e = g.get_edge_data("`+gervasi+`", "`+hayashi+`")
    if g.is_multigraph():
        e = list(e.values())[0]
    res[name] = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "weight": e["weight"],
                 "relation": e["relation"], "kind": g.nodes["`+hayashi+`"]["kind"]}
print(json.dumps(res))`, graphml, gexf)
	var got map[string]struct {
		Nodes, Edges   int
		Weight         float64
		Relation, Kind string
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	for _, f := range []string{"graphml", "gexf"} {
		g := got[f]
		if g.Nodes != 10 || g.Edges != 9 || g.Weight != 1 || g.Relation != "met" || g.Kind != "person" {
			t.Errorf("networkx reads the %s as %+v", f, g)
		}
	}
}
