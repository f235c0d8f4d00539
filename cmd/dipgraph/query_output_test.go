package main

import (
	"strings"
	"testing"
)

// TestQueryOutput checks raw query output: a bare Count() prints without
// g.Emit, and a name stated by three articles is answered once unless
// --duplicates is given.
func TestQueryOutput(t *testing.T) {
	db := andes(t)
	const gervasi = `"<https://dipgraph.org/id/person/ana-cecilia-gervasi>"`
	graphql := `{ nodes(id: <https://dipgraph.org/id/person/ana-cecilia-gervasi>) { id name: <http://schema.org/name> } }`
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"bare count", []string{`g.V(` + gervasi + `).Out("<https://dipgraph.org/ns/met>").Count()`}, "3\n"},
		{"bare count of a repeated name counts every article", []string{`g.V(` + gervasi + `).Out("<http://schema.org/name>").Count()`}, "3\n"},
		{"unique count", []string{`g.V(` + gervasi + `).Out("<http://schema.org/name>").Unique().Count()`}, "1\n"},
		{"emit still works", []string{`g.Emit(g.V(` + gervasi + `).Out("<https://dipgraph.org/ns/met>").Count())`}, "3\n"},
		{"all ends with no bare value", []string{`g.V(` + gervasi + `).Out("<http://schema.org/name>").All()`}, `{"id":"Ana Cecilia Gervasi"}` + "\n"},
		{"gizmo duplicates kept on request", []string{"--duplicates", `g.V(` + gervasi + `).Out("<http://schema.org/name>").All()`},
			strings.Repeat(`{"id":"Ana Cecilia Gervasi"}`+"\n", 3)},
		{"graphql node once", []string{"--lang", "graphql", graphql},
			`{"nodes":[{"id":"https://dipgraph.org/id/person/ana-cecilia-gervasi","name":"Ana Cecilia Gervasi"}]}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if out := mustCLI(t, append(append(append([]string{}, db...), "query"), tt.args...)...); out != tt.want {
				t.Errorf("got %q, want %q", out, tt.want)
			}
		})
	}
	dup := mustCLI(t, append(append([]string{}, db...), "query", "--duplicates", "--lang", "graphql", graphql)...)
	if strings.Count(dup, `"name":"Ana Cecilia Gervasi"`) != 3 {
		t.Errorf("graphql --duplicates should keep the three copies: %s", dup)
	}

	// The script is wrapped to print a bare value; a syntax error is still
	// told against the script as written.
	code, out, errs := cli(t, "", append(append([]string{}, db...), "query", "g.V((")...)
	if code != exitError || out != "" || errs != "dipgraph: gizmo query: SyntaxError: (anonymous): Line 1:6 Unexpected end of input (and 2 more errors)\n" {
		t.Errorf("a syntax error: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}
