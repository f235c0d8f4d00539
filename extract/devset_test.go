package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/eval"
	"github.com/dipgraph/dipgraph/internal/sharedtest"
	"github.com/dipgraph/dipgraph/schema"
)

// readArticle parses a dev article: three header lines, a blank line, the body.
func readArticle(path string) (schema.Article, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return schema.Article{}, err
	}
	a := schema.Article{ID: strings.TrimSuffix(filepath.Base(path), ".txt"), Path: path}
	text := string(b)
	for i := 0; i < 3; i++ {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 {
			break
		}
		line := text[:nl]
		text = text[nl+1:]
		k, v, _ := strings.Cut(line, ":")
		v = strings.TrimSpace(v)
		switch k {
		case "source":
			a.Source = v
		case "published":
			if t, err := time.Parse("2006-01-02", v); err == nil {
				a.Published = t
			}
		case "title":
			a.Title = v
		}
	}
	a.Text = strings.TrimPrefix(text, "\n")
	return a, nil
}

// TestDevSet extracts the dev articles and scores them with the shared
// scorer. Run with DIPGRAPH_DEVSET=1 (and DIPGRAPH_DEVSET_VERBOSE=1 for the
// per-document comparison).
func TestDevSet(t *testing.T) {
	if os.Getenv("DIPGRAPH_DEVSET") == "" {
		t.Skip("set DIPGRAPH_DEVSET=1 to score the dev set")
	}
	sh := sharedtest.Path(t, "")
	dev := filepath.Join(sh, "eval", "dev")
	files, err := filepath.Glob(filepath.Join(dev, "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no dev articles under %s", dev)
	}
	out := t.TempDir()
	if d := os.Getenv("DIPGRAPH_DEVSET_OUT"); d != "" {
		out = d
		os.MkdirAll(out, 0o755)
	}
	x := New(Options{})
	verbose := os.Getenv("DIPGRAPH_DEVSET_VERBOSE") != ""
	only := os.Getenv("DIPGRAPH_DEVSET_DOC")
	for _, f := range files {
		a, err := readArticle(f)
		if err != nil {
			t.Fatal(err)
		}
		base := filepath.Base(f)
		b, err := json.MarshalIndent(eval.FromFacts(x.Extract(a)), "", " ")
		if err != nil {
			t.Fatal(err)
		}
		jf := filepath.Join(out, strings.TrimSuffix(base, ".txt")+".json")
		if err := os.WriteFile(jf, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if verbose && (only == "" || strings.HasPrefix(base, only)) {
			gold, _ := os.ReadFile(filepath.Join(dev, "gold", strings.TrimSuffix(base, ".txt")+".json"))
			t.Logf("=== %s\nPRED %s\nGOLD %s", base, compact(b), compact(gold))
		}
	}
	cmd := exec.Command("python3", filepath.Join(sh, "eval", "score.py"), filepath.Join(dev, "gold"), out)
	res, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, res)
	}
	t.Logf("\n%s", res)
	// The dev set is the regression bar: overall F1 must stay at or above
	// DIPGRAPH_DEVSET_MIN (default 0.90).
	min := 0.90
	if v := os.Getenv("DIPGRAPH_DEVSET_MIN"); v != "" {
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			min = f
		}
	}
	var overall float64
	for _, line := range strings.Split(string(res), "\n") {
		if rest, ok := strings.CutPrefix(line, "overall F1 "); ok {
			overall, _ = strconv.ParseFloat(strings.TrimSpace(rest), 64)
		}
	}
	if overall < min {
		t.Errorf("overall F1 %.3f is below %.3f", overall, min)
	}
}

// compact keeps the keys of a gold-shaped JSON document that the scorer reads.
func compact(b []byte) string {
	var g map[string]any
	if json.Unmarshal(b, &g) != nil {
		return string(b)
	}
	var sb strings.Builder
	w := bufio.NewWriter(&sb)
	for _, k := range []string{"meetings", "visits", "gatherings", "people"} {
		v := g[k]
		items, _ := v.([]any)
		var parts []string
		for _, it := range items {
			m, _ := it.(map[string]any)
			switch k {
			case "meetings":
				parts = append(parts, jsonStr(m["participants"])+"@"+jsonStr(m["date"]))
			case "visits":
				parts = append(parts, jsonStr(m["visitor"])+"->"+jsonStr(m["country"])+"@"+jsonStr(m["date"]))
			case "gatherings":
				parts = append(parts, jsonStr(m["attendees"])+"@"+jsonStr(m["date"])+"/"+jsonStr(m["place"]))
			case "people":
				parts = append(parts, jsonStr(m["name"])+"("+jsonStr(m["country"])+")")
			}
		}
		w.WriteString("\n  " + k + ": " + strings.Join(parts, "; "))
	}
	w.Flush()
	return sb.String()
}

func jsonStr(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
