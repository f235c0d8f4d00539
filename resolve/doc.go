// Package resolve decides when two names in the news are one real person:
// the step between extraction and the store that keeps one node per person.
//
// A spelling variant ("George Schultz" for George Shultz, "Mikhael
// Gorbachev") joins the person it misspells when the two names differ in one
// word only, that word's similarity (SimilarityOf: one minus the optimal
// string alignment distance over the longer length, on folded names) reaches
// Threshold, and what the texts state about them does not contradict it
// (Variant). Threshold and the evidence rules were tuned on
// testdata/variants.tsv, pairs of names taken from the Reuters-21578 corpus
// and labelled by hand as the same person or different people.
//
// It imports schema only; the store feeds it the persons it knows through an
// Index.
package resolve
