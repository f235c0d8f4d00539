package main

import (
	"testing"
)

// TestUnknownActorSuggestions asks for actors the store does not know: the
// one line on stderr offers the close names, and the exit status is 4.
func TestUnknownActorSuggestions(t *testing.T) {
	isolate(t)
	db := []string{"--db", "db"}
	mustCLI(t, append(db, "ingest", writeCorpus(t, "corpus.jsonl", 0, 30))...)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{
			name: "misspelt surname", args: []string{"who-met", "Lavrv"},
			want: `dipgraph: no actor is named "Lavrv"; close names: Sergei Lavrov <https://dipgraph.org/id/person/sergei-lavrov>` + "\n",
		},
		{
			name: "misspelt country", args: []string{"timeline", "Pakistn"},
			want: `dipgraph: no actor is named "Pakistn"; close names: Pakistan <https://dipgraph.org/id/country/PAK>` + "\n",
		},
		{
			name: "nothing close", args: []string{"visits", "Qwxyzzy"},
			want: `dipgraph: no actor is named "Qwxyzzy"` + "\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := cli(t, "", append(db, tt.args...)...)
			if code != exitNotFound || errs != tt.want || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d and stderr %q", code, out, errs, exitNotFound, tt.want)
			}
		})
	}
}
