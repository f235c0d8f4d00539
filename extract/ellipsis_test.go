package extract

import (
	"testing"
	"time"
)

// TestVisitsAsDid covers an elliptic ", as did A and B" after the verb of
// a visit: they made the same visit, on its day; after a visit told in a
// relative clause it belongs to the main verb, not to the visit.
func TestVisitsAsDid(t *testing.T) {
	pub := day(2025, time.June, 20) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"landed, as did two more",
			"Chilean President Gabriel Boric landed in Lima late on Sunday, as did Colombia's Gustavo Petro and Ecuadorian President Daniel Noboa.",
			[]string{"visit occurred Daniel Noboa>Peru @2025-06-15", "visit occurred Gabriel Boric>Peru @2025-06-15", "visit occurred Gustavo Petro>Peru @2025-06-15"}},
		{"a relative clause's visit is not the one the others made",
			"Chilean President Gabriel Boric, who flew into Lima on Sunday, spoke at the opening, as did Colombia's Gustavo Petro.",
			[]string{"visit occurred Gabriel Boric>Peru @2025-06-15"}},
	})
}
