// Package sharedtest finds the reference data that sits in ../shared beside a
// checkout (evaluation texts, dictionaries, the Reuters corpus) for tests and
// benchmarks, and skips them with a clear message when a clone has none.
package sharedtest

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// Root returns the module root: the nearest directory at or above the working
// directory that holds go.mod.
func Root() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// Path returns ../shared/rel beside the module root, skipping tb when the
// path does not exist (a user's clone has no ../shared).
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	root, err := Root()
	if err != nil {
		tb.Skipf("skipping: %v, so ../shared cannot be found", err)
	}
	p := filepath.Join(root, "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: the shared reference data %s is not present (%v)", p, err)
	}
	return p
}
