// Package eval reads and writes the dipgraph gold format and scores
// extracted facts against it, exactly as the reference scorer score.py does
// (the Go report agrees with `python3 score.py GOLD_DIR PRED_DIR` line by line).
//
// # Gold format
//
// A gold set is a directory of JSON files, one per article, named after the
// article (NNN.json for NNN.txt). Each file holds one object:
//
//	{"doc": "000.txt", "published": "2021-04-07",
//	 "meetings":   [{"participants": ["Sergei Lavrov", "Imran Khan"], "date": "2021-04-07",
//	                 "place": "Rawalpindi", "topics": ["Afghan peace process"], "mode": "telephone"}],
//	 "visits":     [{"visitor": "Sergei Lavrov", "country": "Pakistan", "date": "2021-04-07"}],
//	 "gatherings": [{"name": "Moscow conference on Afghanistan", "place": "Moscow", "date": "2021-03",
//	                 "host": "Russia", "attendees": ["Russia", "United States", "China", "Pakistan"]}],
//	 "people":     [{"name": "Sergei Lavrov", "role": "Foreign Minister", "country": "Russia",
//	                 "aliases": ["Lavrov"]}],
//	 "notes":      ["why an ambiguous case was annotated as it was"]}
//
// The keys doc, published, meetings, visits, gatherings and people are
// required (the lists may be empty). date, place and host may be null;
// published is null when the article carries no date. Optional keys:
// meetings[].mode ("telephone" for calls) and meetings[].venue (a building);
// visits[].kind; gatherings[].remote (attended online), absent (stated as not
// attending), attendee_people, members, guests_of_honor, end_date and venue;
// receptions (airport welcomes: guest, host_person, place, date); notes.
//
// Annotation rules, in short (the full rules are in the dev set's README):
//
//   - Names: one canonical full name per person, the same across documents;
//     surface variants go in people[].aliases. Countries use common English
//     short names (United States, United Kingdom, South Korea, Soviet Union).
//   - Meetings: only when the text says the parties met, held talks, had a
//     meeting or audience, or spoke by phone, and it already happened.
//     Participants may be countries or organisations when no person is named.
//     Scheduled meetings, airport welcomes, photographs "with" someone,
//     interviews and press conferences are not meetings.
//   - Visits: a person going to a foreign country, where the trip happened or
//     is under way. Planned visits are excluded.
//   - Gatherings: multilateral meetings, conferences and summits that happened
//     or take place on the publication day; host is the country that hosts or
//     chairs it when the text says so. A multilateral meeting is recorded only
//     as a gathering, never also as a meeting.
//   - Dates: ISO dates (YYYY-MM-DD, YYYY-MM, YYYY, or a decade such as 1980s),
//     as precise as the text allows, resolved against published: "on Tuesday"
//     is the most recent Tuesday on or before it, "last night" the day before,
//     "last month" YYYY-MM; an unknown date is null.
//   - Place: the city stated for the event (the dateline city counts when the
//     event is reported from there); otherwise null.
//   - People: persons named with a role and/or country; country may be null.
//
// # Scoring
//
// Score reports, over all documents: meeting pairs (every unordered pair of
// participants of a meeting), visits ((visitor, country) pairs), gathering
// attendees (per document), gatherings (a predicted gathering matches a gold
// one sharing at least max(1, n/2) of its n attendees, or its place) and
// people (the name, and the country where the gold states one), each with
// precision, recall and F1; then the agreement of dates and gathering places
// on matched items; meeting places (on matched meeting pairs whose gold
// meeting has a place, the predicted place is right when its normalised name
// equals the gold's or one holds the other as whole words); meeting topics
// (each gold topic of a matched pair is found when a predicted topic shares a
// content word of four or more letters with it; recall only); and the overall F1, the mean F1 of meeting pairs, visits,
// gathering attendees and people. Names match on the canonical name or an
// alias, on the same words once titles are dropped, or on the same surname
// with compatible initials; country variants (U.S., USA, America...) are
// folded (see Norm). Matching is greedy and one to one, in gold order.
//
// FromFacts turns extracted facts into a predicted Doc; WriteDir writes
// predictions for score.py. LoadDir reads a gold directory strictly, while
// LoadPredictions reads predictions as leniently as score.py (an unreadable
// file counts as empty, non-strings in participant and attendee lists are
// skipped). Predictions whose scalar fields have the wrong JSON type (a
// number as a date) are counted as empty here, where score.py would compare
// them as they are.
package eval
