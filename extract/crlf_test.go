package extract

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/internal/sharedtest"
	"github.com/google/go-cmp/cmp"
)

// TestLineEndings checks that Windows line endings and a byte-order mark do
// not change what the dev articles yield.
func TestLineEndings(t *testing.T) {
	sh := sharedtest.Path(t, "")
	files, _ := filepath.Glob(filepath.Join(sh, "eval", "dev", "articles", "*.txt"))
	if len(files) == 0 {
		t.Skip("no dev articles")
	}
	for _, f := range files {
		a, err := readArticle(f)
		if err != nil {
			t.Fatal(err)
		}
		want := brief(testX.Extract(a))
		a.Text = "\ufeff" + strings.ReplaceAll(a.Text, "\n", "\r\n")
		got := brief(testX.Extract(a))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: CRLF changes events (-LF +CRLF):\n%s", filepath.Base(f), diff)
		}
	}
}
