package extract

import (
	"os"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

func TestZZ(t *testing.T) {
	x := *testX
	x.trace = os.Stdout
	x.Extract(schema.Article{ID: "t", Published: day(2024, time.May, 2), Text: "LILONGWE - Malawian President Peter Banda received Kenyan Vice-President Daniel Ochieng on Tuesday. Ochieng flew in from Lusaka that morning."})
}
