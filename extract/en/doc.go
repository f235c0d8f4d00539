// Package en holds the English language data of the extractor: the word
// classes it reads names, titles, dates and page furniture with, the trigger
// table that says which words start which event frame, and the cue words that
// decide an event's status and mode. The matcher in package extract is
// written once; what is particular to English lives here, one file per kind
// of word, so that adding a trigger or a cue is one row.
package en
