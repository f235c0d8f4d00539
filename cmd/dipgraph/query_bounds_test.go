package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// nestedMQL is an MQL query nested depth levels deep along dg:met, which
// Cayley's MQL expands without end and without looking at its context.
func nestedMQL(depth int) string {
	q := "null"
	for range depth {
		q = `[{"id": null, "<https://dipgraph.org/ns/met>": ` + q + `}]`
	}
	return q
}

// testQueryBounds runs queries whose engines ignore the context or grow
// without bound: each ends at its timeout, its memory limit or a signal, with
// one line and the documented status. The bounds on time are only generous
// limits that prove termination.
func testQueryBounds(t *testing.T, bin binary) {
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	// Enough meetings that the nested MQL below runs for hours.
	bin.must(t, "--db", db, "ingest", writeCorpus(t, filepath.Join(dir, "corpus.jsonl"), 0, 300))
	// GraphQL's lexer takes minutes over a long unterminated string, never
	// looking at the context; the query is too long for an argument.
	bigGraphQL := filepath.Join(dir, "big.graphql")
	if err := os.WriteFile(bigGraphQL, []byte(`{ nodes(id: "`+strings.Repeat("x", 1<<20)), 0o644); err != nil {
		t.Fatal(err)
	}
	const slack = 15 * time.Second
	tests := []struct {
		name     string
		args     []string
		timeout  time.Duration // the query's own timeout
		wantCode int
		wantErr  string
	}{
		{
			name: "nested MQL ends at its timeout", args: []string{"--lang", "mql", "--timeout", "2s", nestedMQL(100)}, timeout: 2 * time.Second,
			wantCode: exitError, wantErr: "dipgraph: query stopped after 2s (the timeout; raise it with --timeout or DIPGRAPH_QUERY_TIMEOUT)\n",
		},
		{
			name: "GraphQL parsing a 1 MB string ends at its timeout", args: []string{"--lang", "graphql", "--timeout", "2s", "--file", bigGraphQL},
			timeout: 2 * time.Second, wantCode: exitError,
			wantErr: "dipgraph: query stopped after 2s (the timeout; raise it with --timeout or DIPGRAPH_QUERY_TIMEOUT)\n",
		},
		{
			name: "Gizmo doubling a string ends at the memory limit", args: []string{"--memory", "256MiB", `var s = "x"; while (true) { s = s + s }`},
			timeout: 30 * time.Second, wantCode: exitError,
			wantErr: "dipgraph: query stopped at its memory limit of 256MiB (raise it with --memory or DIPGRAPH_QUERY_MEMORY)\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, errs := runWithin(t, bin, tt.timeout+slack, append([]string{"--db", db, "query"}, tt.args...)...)
			if code != tt.wantCode || errs != tt.wantErr {
				t.Errorf("exit %d, stderr %.500q; want exit %d, stderr %q", code, errs, tt.wantCode, tt.wantErr)
			}
		})
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run("nested MQL ends at "+signalName(sig), func(t *testing.T) {
			cmd := bin.command("--db", db, "query", "--lang", "mql", "--timeout", "1h", nestedMQL(100))
			var errb bytes.Buffer
			cmd.Stderr = &errb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			time.Sleep(time.Second) // the query is running by now
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			waited := make(chan error, 1)
			go func() { waited <- cmd.Wait() }()
			var err error
			select {
			case err = <-waited:
			case <-time.After(slack):
				t.Fatalf("still running %s after %s", slack, signalName(sig))
			}
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 128+int(sig) {
				t.Errorf("ended with %v, want exit status %d", err, 128+int(sig))
			}
			if want := "dipgraph: query stopped: interrupted by " + signalName(sig) + "\n"; errb.String() != want {
				t.Errorf("stderr %q, want %q", errb.String(), want)
			}
		})
	}
}

// runWithin runs the binary and returns its exit status and stderr; it fails
// the test, killing the process, when it runs longer than limit.
func runWithin(t *testing.T, bin binary, limit time.Duration, args ...string) (int, string) {
	t.Helper()
	cmd := bin.command(args...)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case err := <-waited:
		var exit *exec.ExitError
		if err != nil && !errors.As(err, &exit) {
			t.Fatal(err)
		}
		return cmd.ProcessState.ExitCode(), errb.String()
	case <-time.After(limit):
		cmd.Process.Kill()
		<-waited
		t.Fatalf("still running after %s; killed", limit)
		return 0, ""
	}
}
