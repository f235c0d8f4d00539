package sharedtest

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRoot(t *testing.T) {
	root, err := Root()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Errorf("Root() = %s, which holds no go.mod", root)
	}
}

func TestPathSkipsWhenAbsent(t *testing.T) {
	skipped := false
	t.Run("absent", func(t *testing.T) {
		defer func() { skipped = t.Skipped() }()
		Path(t, "no/such/file-in-shared")
		t.Error("Path returned for a path that does not exist")
	})
	if !skipped {
		t.Error("Path did not skip for an absent path")
	}
}
