package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/internal/sharedtest"
	"github.com/dipgraph/dipgraph/schema"
)

// loadReuters reads the Reuters-21578 JSON Lines corpus (fields title, body,
// date) from the shared reference data.
func loadReuters(b testing.TB) []schema.Article {
	b.Helper()
	path := filepath.Join(sharedtest.Path(b, ""), "corpus", "reuters21578.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("Reuters corpus not found: %v", err)
	}
	defer f.Close()
	var out []schema.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r struct {
			NewID int    `json:"newid"`
			Title string `json:"title"`
			Body  string `json:"body"`
			Date  string `json:"date"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			b.Fatalf("corpus line: %v", err)
		}
		a := schema.Article{Title: r.Title, Text: r.Body}
		if t, err := time.Parse("2-Jan-2006 15:04:05", firstN(r.Date, 20)); err == nil {
			a.Published = t
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return out
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// BenchmarkExtract extracts the whole Reuters corpus per iteration and
// reports articles per second on one goroutine.
func BenchmarkExtract(b *testing.B) {
	arts := loadReuters(b)
	x := New(Options{})
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

func loadReutersT(t testing.TB) []schema.Article { return loadReuters(t) }
