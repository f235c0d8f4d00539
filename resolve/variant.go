package resolve

import "github.com/dipgraph/dipgraph/schema"

// Thresholds of Variant, tuned on testdata/variants.tsv (see
// TestVariantPairs, which prints the table for other values).
const (
	// Threshold is the least similarity of the one differing word for two
	// names to be spelling variants of one person when the texts give both
	// the same country or the same kind of role.
	Threshold = 0.7
	// Unsupported is the least similarity when the texts give no shared
	// country or role: a closer spelling needs no other evidence.
	Unsupported = 0.85
	// minWord is the shortest differing word read as a misspelling on
	// similarity alone: "Cook" and "Cooke" are different names. Two
	// adjacent letters swapped ("Ichan" for Icahn) are a slip at any length.
	minWord = 6
)

// Variant reports whether a and b name one person by spellings that differ
// by a slip: the same words but one (or the same letters once run
// together), that word close enough (see Threshold and Unsupported) and
// starting with the same letter when it is the surname, and no stated
// country that differs. Only persons with two or more words compare; a
// surname alone is joined by its own rule. The score is the similarity of
// the differing word (1 for names equal once run together).
func Variant(a, b schema.Actor) (score float64, ok bool) {
	return variantAt(a, b, Threshold)
}

// variantAt is Variant with the threshold for supported pairs given.
func variantAt(a, b schema.Actor, threshold float64) (score float64, ok bool) {
	if a.Kind != schema.KindPerson || b.Kind != schema.KindPerson {
		return 0, false
	}
	if conflict(a, b) {
		return 0, false
	}
	wa, wb := Words(a.Name), Words(b.Name)
	if len(wa) < 2 && len(wb) < 2 {
		return 0, false
	}
	if joined(wa) == joined(wb) {
		return 1, true
	}
	if len(wa) != len(wb) {
		return 0, false
	}
	diff := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if diff >= 0 {
				return 0, false
			}
			diff = i
		}
	}
	if diff < 0 {
		return 1, true
	}
	x, y := wa[diff], wb[diff]
	if diff == len(wa)-1 && (x[0] != y[0] || otherForm(x, y) || otherForm(y, x)) {
		return 0, false // Karnes and Barnes, Cook and Cooke
	}
	score = SimilarityOf(x, y)
	if support(a, b) > 0 {
		return score, score >= threshold
	}
	long := max(len(x), len(y)) >= minWord
	return score, score >= Unsupported && long || swapped(x, y)
}

// swapped reports whether x and y differ only by two adjacent letters in
// the other order.
func swapped(x, y string) bool {
	if len(x) != len(y) {
		return false
	}
	for i := 0; i+1 < len(x); i++ {
		if x[i] != y[i] {
			return x[i] == y[i+1] && x[i+1] == y[i] && x[i+2:] == y[i+2:]
		}
	}
	return false
}

// otherForm reports whether y is x with a final e or s: a surname's other
// form (Cook and Cooke, Edward and Edwards) is another family's name, not a
// slip.
func otherForm(x, y string) bool {
	return len(y) == len(x)+1 && y[:len(x)] == x && (y[len(x)] == 'e' || y[len(x)] == 's')
}
