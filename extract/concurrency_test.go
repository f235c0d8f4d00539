package extract

import (
	"sync"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// TestConcurrentExtract runs one Extractor from several goroutines (run it
// with -race) and checks every result is the same.
func TestConcurrentExtract(t *testing.T) {
	text := "Russian Foreign Minister Sergei Lavrov held talks with Pakistani Prime Minister Imran Khan in Islamabad on Wednesday. Later Lavrov also saw the army chief."
	want := brief(testX.Extract(schema.Article{ID: "c", Text: text, Published: time.Date(2021, 4, 7, 0, 0, 0, 0, time.UTC)}))
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				got := brief(testX.Extract(schema.Article{ID: "c", Text: text, Published: time.Date(2021, 4, 7, 0, 0, 0, 0, time.UTC)}))
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("concurrent extraction differs (-want +got):\n%s", diff)
					return
				}
			}
		}()
	}
	wg.Wait()
}
