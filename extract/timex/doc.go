// Package timex finds date expressions in news text and resolves them to
// calendar dates against a reference date (the article's publication date),
// at the precision the text gives.
//
// Find scans a sentence or a whole text with a hand-written word scanner (no
// regular expressions) and returns every date expression it recognises:
//
//   - absolute dates: "7 April 2021", "April 7, 2021", "Apr. 7th, 2021",
//     "2021-04-07", "April 2021", "in 2019", "the 1980s";
//   - dates missing their year: "April 7", "7th April", "7th of April",
//     "in March", "mid-March", "early May";
//   - ranges: "March 3-5", "from 3 to 5 March", "30 March - 2 April 2021";
//   - relative expressions: "today", "tonight", "this morning", "yesterday",
//     "last night", "the day before yesterday", "tomorrow", "on Tuesday",
//     "last Tuesday", "next Monday", "this/last/next week", "the weekend",
//     "this/last/next month", "earlier this month", "this/last/next year",
//     "three days ago", "two years ago".
//
// Resolution rules (those of the dipgraph gold annotations):
//
//   - A weekday ("on Tuesday", "Tuesday") is the most recent such day on or
//     before the reference date; the reference day itself counts. "last
//     Tuesday" is the most recent one strictly before the reference day.
//     "next Tuesday" and "this coming Tuesday" are the first one strictly
//     after it and are flagged Future. A weekday in a future-tense sentence
//     ("will meet on Monday") is the caller's business: Find resolves it
//     backwards like any other bare weekday.
//   - "yesterday" and "last night" are the day before; "today", "tonight",
//     "this morning" are the reference day; "tomorrow" the day after (Future).
//   - "last month" is the previous month at month precision, "last year" the
//     previous year at year precision: a period never becomes a day.
//   - A week or a weekend has no precision of its own: "this week", "last
//     week", "next week" and "the weekend" resolve to the month at month
//     precision when the whole Monday–Sunday week (Saturday–Sunday weekend)
//     lies in one month, and to no date when it crosses a month boundary.
//   - A day and month without a year ("May 1") takes the reference year,
//     unless that lands more than 62 days after the reference date, in which
//     case the previous year is taken (news reports mostly look back).
//   - A month without a year ("in March") takes the reference year, or the
//     previous year if the month comes after the reference month. "last
//     March" is the most recent March before the reference month; "next
//     March" the first March after it (Future).
//   - With an unknown (zero) reference date, relative expressions are still
//     returned, with Relative set and a zero Date; absolute ones resolve.
//
// Month names that are also English words ("March", "May") and month
// abbreviations count only when capitalised; other month names and weekday
// names are recognised in any case, since some wire stories are lower case.
// A bare month needs a preposition or similar cue before it ("in May",
// "since March", "mid-April") or a year after it ("May 2021"), so that
// "Theresa May" or "troops march" are not dates. A bare year likewise needs a
// cue ("in 2019", "since 1987", "by 2030").
//
// ParsePublished parses the publication-date formats found in headers, feeds
// and corpora, and Dateline finds a publication date given near the start of
// a text.
package timex
