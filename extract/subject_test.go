package extract

import (
	"testing"
	"time"
)

// TestLongAppositiveSubject covers a subject followed by a long
// appositive before its verb ("X, a diplomat who served as deputy
// minister and envoy to the UN, held talks with Y"): the "and" inside the
// appositive's relative clause joins no subjects, nor countries there
// gather for a meeting.
func TestLongAppositiveSubject(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"an and inside the relative clause",
			"Foreign Minister Lena Sorensen took office on Monday. Sorensen, a lawyer who served as deputy foreign minister and ambassador to the United Nations, held phone talks with Polish Foreign Minister Tomasz Wrona on Wednesday.",
			[]string{"meeting occurred Lena Sorensen+Tomasz Wrona (phone) @2025-03-12"}},
		{"countries coordinated inside the appositive",
			"Foreign Minister Lena Sorensen took office on Monday. Sorensen, a former judge who spent nine years as ambassador to Germany and later to France and Italy, met Polish Foreign Minister Tomasz Wrona on Wednesday.",
			[]string{"meeting occurred Lena Sorensen+Tomasz Wrona @2025-03-12"}},
	})
}
