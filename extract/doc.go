// Package extract turns the text of one news article into schema.Facts: the
// people, countries, organisations and cities it names, and the diplomatic
// events it reports (meetings, telephone calls, visits and multilateral
// gatherings) with their status, date, place, topics and evidence.
//
// Extraction is rule based and runs in one pass over the text: a tokenizer
// that keeps byte offsets into the original text, a sentence splitter that
// knows wire-story layout (datelines, hard-wrapped lines, boilerplate), a
// mention finder backed by the gazetteer (countries, demonyms, cities,
// organisations, roles), person-name recognition with titles, appositives and
// coreference, and trigger frames ("met", "held talks with", "arrived in",
// "attended") whose arguments, modality ("will meet", "did not attend") and
// dates ("on Wednesday", "last month", via package timex) are read from the
// sentence and its context.
package extract
