package main

import (
	endian "encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// damageCommands are run on every damaged store; each reads or writes it.
var damageCommands = [][]string{
	{"stats"},
	{"check"},
	{"who-met", "Lavrov"},
	{"timeline", "Pakistan"},
	{"gatherings"},
	{"actors"},
	{"export", "--format", "nquads"},
	{"query", "g.V().All()"},
	{"query", "--lang", "mql", `[{"id": null, "<http://schema.org/name>": null}]`},
	{"retract", "c00001"},
	{"ingest", "CORPUS"},
}

// testDamagedStore damages a bolt store in the ways a disk or a careless copy
// does (cut in half, emptied, a page overwritten) and runs every command on
// it: none crashes with a Go stack trace; a store that cannot be opened makes
// every command say in one line that the file is damaged and what to do, and
// `check` finds a damaged page with a non-zero status.
func testDamagedStore(t *testing.T, bin binary) {
	dir := t.TempDir()
	corpus := writeCorpus(t, filepath.Join(dir, "corpus.jsonl"), 0, 60)
	clean := filepath.Join(dir, "clean")
	bin.must(t, "--db", clean, "ingest", corpus)
	data, err := os.ReadFile(filepath.Join(clean, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	const pageSize = 4096
	highWater := int(endian.LittleEndian.Uint64(data[pageSize+16+40:])) // the high-water page id of meta page 1
	if hw0 := int(endian.LittleEndian.Uint64(data[16+40:])); hw0 > highWater {
		highWater = hw0
	}
	// The pages in use are the branch (1) and leaf (2) pages of bolt's trees.
	var used []int
	for id := 2; id < highWater && (id+1)*pageSize <= len(data); id++ {
		if f := endian.LittleEndian.Uint16(data[id*pageSize+8:]); f == 1 || f == 2 {
			used = append(used, id)
		}
	}
	if len(used) < 4 {
		t.Fatalf("found %d pages in use, want several", len(used))
	}
	r := rand.New(rand.NewPCG(10, 3))
	overwrite := func(id int) func([]byte) []byte {
		return func(b []byte) []byte {
			b = append([]byte(nil), b...)
			for i := id * pageSize; i < (id+1)*pageSize; i++ {
				b[i] = byte(r.IntN(256))
			}
			return b
		}
	}
	tests := []struct {
		name   string
		damage func([]byte) []byte
		// unopenable: every command must report the damage; else only check must.
		unopenable bool
	}{
		{name: "truncated", damage: func(b []byte) []byte { return b[:len(b)/2] }, unopenable: true},
		{name: "one page short", damage: func(b []byte) []byte { return b[:highWater*pageSize-pageSize] }, unopenable: true},
		{name: "empty", damage: func([]byte) []byte { return nil }, unopenable: true},
		{name: "first tree page overwritten", damage: overwrite(used[0])},
		{name: "middle tree page overwritten", damage: overwrite(used[len(used)/2])},
		{name: "last tree page overwritten", damage: overwrite(used[len(used)-1])},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			damaged := tt.damage(data)
			for _, args := range damageCommands {
				db := filepath.Join(t.TempDir(), "db")
				file := filepath.Join(db, "indexes.bolt")
				if err := os.MkdirAll(db, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(file, damaged, 0o644); err != nil {
					t.Fatal(err)
				}
				args = append([]string(nil), args...)
				for i, a := range args {
					if a == "CORPUS" {
						args[i] = corpus
					}
				}
				code, _, errs := bin.run(t, append([]string{"--db", db}, args...)...)
				name := strings.Join(args[:1], " ")
				if strings.Contains(errs, "goroutine ") || strings.Contains(errs, "panic") || code == exitUsage {
					t.Errorf("%s: exit %d with a crash:\n%.2000s", name, code, errs)
					continue
				}
				lines := stderrLines(errs)
				damagedLine := fmt.Sprintf("store file %s is damaged (", file)
				reported := len(lines) == 1 && strings.Contains(lines[0], damagedLine) &&
					strings.HasSuffix(lines[0], "): restore it from a backup, or move it aside and ingest the articles again")
				switch {
				case tt.unopenable || name == "check":
					if code != exitError || !reported {
						t.Errorf("%s: exit %d, stderr %q; want exit %d and one line saying %s... is damaged and what to do", name, code, errs, exitError, damagedLine)
					}
				case code == exitError && !reported:
					t.Errorf("%s: exit %d, stderr %q; a failure on a damaged store must say so in one line", name, code, errs)
				}
			}
		})
	}
}
