package resolve

import (
	"strings"

	"github.com/dipgraph/dipgraph/schema"
)

// Words returns the folded words of a name (schema.Slug split at every
// non-letter: "Chung In-yong" → chung, in, yong; "R.N. Malhotra" → rn,
// malhotra).
func Words(name string) []string {
	return strings.Split(schema.Slug(name), "-")
}

// joined is a name's words run together, so that "MargaretThatcher" and
// "Margaret Thatcher", or "R. N. Malhotra" and "R.N. Malhotra", compare equal.
func joined(ws []string) string { return strings.Join(ws, "") }

// Distance is the optimal string alignment distance between a and b: the
// fewest insertions, deletions, substitutions and swaps of two adjacent
// letters that turn one into the other ("Jaime" → "Jamie" is 1).
func Distance(a, b string) int {
	x, y := []rune(a), []rune(b)
	prev2 := make([]int, len(y)+1)
	prev := make([]int, len(y)+1)
	cur := make([]int, len(y)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(x); i++ {
		cur[0] = i
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(y)]
}

// SimilarityOf is 1 minus Distance over the longer word's length, in [0, 1].
func SimilarityOf(a, b string) float64 {
	n := max(len([]rune(a)), len([]rune(b)))
	if n == 0 {
		return 1
	}
	return 1 - float64(Distance(a, b))/float64(n)
}

// roleHead is the word a role is about ("Finance Minister" → minister,
// "Minister of State for Finance" → minister, "vice-chairman" → chairman),
// "" for no role.
func roleHead(role string) string {
	r := strings.ToLower(role)
	for _, sep := range []string{" of ", " for ", " to ", " at "} {
		if i := strings.Index(r, sep); i > 0 {
			r = r[:i]
		}
	}
	ws := Words(r)
	return ws[len(ws)-1]
}
