package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// cli runs dipgraph in-process with the given environment-free arguments and
// returns its exit code, stdout and stderr.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// mustCLI runs dipgraph and fails the test unless it exits 0.
func mustCLI(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errs := cli(t, "", args...)
	if code != 0 {
		t.Fatalf("dipgraph %s: exit %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), code, out, errs)
	}
	return out
}

// isolate clears every DIPGRAPH_* variable and points the user's config and
// data directories into a temporary directory, so that the machine's own
// configuration cannot leak into a test.
func isolate(t *testing.T) string {
	t.Helper()
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "DIPGRAPH_") {
			t.Setenv(k, "")
			os.Unsetenv(k)
		}
	}
	dir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config"))
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	t.Setenv("HOME", dir)
	t.Chdir(dir)
	return dir
}

var quadsRe = regexp.MustCompile(`(?m)^quads\s+(\d+)$`)

// quadCount reads the quad count from `dipgraph stats`.
func quadCount(t *testing.T, db ...string) int {
	t.Helper()
	out := mustCLI(t, append(db, "stats")...)
	m := quadsRe.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("stats printed no quad count:\n%s", out)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}
