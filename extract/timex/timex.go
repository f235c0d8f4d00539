package timex

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/schema"
)

// Match is one date expression found in a text.
type Match struct {
	// Start and End are byte offsets of the expression in the text passed in.
	Start, End int
	// Text is the expression as written (text[Start:End]).
	Text string
	// Date is the resolved date, or the zero Date when the expression could
	// not be resolved (a relative expression with an unknown reference date,
	// or a week that crosses a month boundary).
	Date schema.Date
	// EndDate is the last day of a range ("March 3-5"); zero otherwise.
	EndDate schema.Date
	// Relative reports whether the resolution depended on the reference date.
	Relative bool
	// Future is set for explicitly future words: "tomorrow", "next week",
	// "next Monday", "this coming Friday".
	Future bool
}

// lookAheadDays is how far after the reference date a day without a year may
// land before the previous year is chosen instead.
const lookAheadDays = 62

// Token kinds.
const (
	tkWord = iota + 1
	tkNum
	tkPunct
)

// token is one word, number or punctuation mark of the scanned text.
type token struct {
	start, end int
	kind       uint8
	kw         uint8 // keyword id for words (kwNone if none)
	cap        bool  // word starts with an upper-case letter
	punct      byte  // punctuation mark; '-' for every dash
	ndig       uint8 // number of digits of a number
	suffix     uint8 // number suffix: sfxNone, sfxOrd (st/nd/rd/th), sfxS (1980s), sfxOther
	val        int   // value of a number
}

// Number suffixes.
const (
	sfxNone = iota
	sfxOrd
	sfxS
	sfxOther
)

// Keyword ids. Months are 1..12 and weekdays kwSunday+0..6 (time.Weekday order).
const (
	kwNone   = 0
	kwSunday = 20 + iota
	kwMonday
	kwTuesday
	kwWednesday
	kwThursday
	kwFriday
	kwSaturday
	kwIn
	kwOn
	kwOf
	kwSince
	kwDuring
	kwBy
	kwUntil
	kwBefore
	kwAfter
	kwFrom
	kwBetween
	kwAnd
	kwOr
	kwTo
	kwThrough
	kwThroughout
	kwEarly
	kwLate
	kwMid
	kwEnd
	kwBeginning
	kwAround
	kwSeason
	kwLast
	kwNext
	kwThis
	kwComing
	kwEarlier
	kwLater
	kwToday
	kwTonight
	kwYesterday
	kwTomorrow
	kwNight
	kwDayPart
	kwDay
	kwWeek
	kwWeekend
	kwMonth
	kwYear
	kwAgo
	kwThe
	kwNumWord // val in numWords
)

// kwInfo describes a keyword: its id, whether it counts only when
// capitalised, and whether it is an abbreviation or a number word.
type kwInfo struct {
	id      uint8
	needCap bool
	abbrev  bool
	// afterOn: a weekday's abbreviation, read only after "on" and before
	// a stop ("on Thurs."), as "Sun" and "Mon" are names too.
	afterOn  bool
	numValue int // for kwNumWord
}

var keywords = map[string]kwInfo{
	"january": {id: 1}, "jan": {id: 1, needCap: true, abbrev: true},
	"february": {id: 2}, "feb": {id: 2, needCap: true, abbrev: true},
	"march": {id: 3, needCap: true}, "mar": {id: 3, needCap: true, abbrev: true},
	"april": {id: 4}, "apr": {id: 4, needCap: true, abbrev: true},
	"may":  {id: 5, needCap: true},
	"june": {id: 6}, "jun": {id: 6, needCap: true, abbrev: true},
	"july": {id: 7}, "jul": {id: 7, needCap: true, abbrev: true},
	"august": {id: 8}, "aug": {id: 8, needCap: true, abbrev: true},
	"september": {id: 9}, "sep": {id: 9, needCap: true, abbrev: true}, "sept": {id: 9, needCap: true, abbrev: true},
	"october": {id: 10}, "oct": {id: 10, needCap: true, abbrev: true},
	"november": {id: 11}, "nov": {id: 11, needCap: true, abbrev: true},
	"december": {id: 12}, "dec": {id: 12, needCap: true, abbrev: true},

	"sunday": {id: kwSunday}, "monday": {id: kwMonday}, "tuesday": {id: kwTuesday},
	"wednesday": {id: kwWednesday}, "thursday": {id: kwThursday}, "friday": {id: kwFriday},
	"saturday": {id: kwSaturday},
	// "on Thurs.", "on Tue.": read only after "on", with the stop.
	"sun": {id: kwSunday, needCap: true, afterOn: true}, "mon": {id: kwMonday, needCap: true, afterOn: true},
	"tue": {id: kwTuesday, needCap: true, afterOn: true}, "tues": {id: kwTuesday, needCap: true, afterOn: true},
	"wed": {id: kwWednesday, needCap: true, afterOn: true}, "thu": {id: kwThursday, needCap: true, afterOn: true},
	"thur": {id: kwThursday, needCap: true, afterOn: true}, "thurs": {id: kwThursday, needCap: true, afterOn: true},
	"fri": {id: kwFriday, needCap: true, afterOn: true}, "sat": {id: kwSaturday, needCap: true, afterOn: true},

	"in": {id: kwIn}, "on": {id: kwOn}, "of": {id: kwOf}, "since": {id: kwSince},
	"during": {id: kwDuring}, "by": {id: kwBy}, "until": {id: kwUntil}, "till": {id: kwUntil},
	"before": {id: kwBefore}, "after": {id: kwAfter}, "from": {id: kwFrom},
	"between": {id: kwBetween}, "and": {id: kwAnd}, "or": {id: kwOr}, "to": {id: kwTo},
	"through": {id: kwThrough}, "throughout": {id: kwThroughout},
	"early": {id: kwEarly}, "late": {id: kwLate}, "mid": {id: kwMid},
	"end": {id: kwEnd}, "beginning": {id: kwBeginning}, "start": {id: kwBeginning},
	"around": {id: kwAround}, "circa": {id: kwAround},
	"spring": {id: kwSeason}, "summer": {id: kwSeason}, "autumn": {id: kwSeason},
	"fall": {id: kwSeason}, "winter": {id: kwSeason},
	"last": {id: kwLast}, "next": {id: kwNext}, "this": {id: kwThis}, "coming": {id: kwComing},
	"earlier": {id: kwEarlier}, "later": {id: kwLater},
	"today": {id: kwToday}, "tonight": {id: kwTonight}, "yesterday": {id: kwYesterday},
	"tomorrow": {id: kwTomorrow}, "night": {id: kwNight}, "evening": {id: kwNight},
	"morning": {id: kwDayPart}, "afternoon": {id: kwDayPart},
	"day": {id: kwDay}, "days": {id: kwDay},
	"week": {id: kwWeek}, "weeks": {id: kwWeek},
	"weekend": {id: kwWeekend},
	"month":   {id: kwMonth}, "months": {id: kwMonth},
	"year": {id: kwYear}, "years": {id: kwYear},
	"ago": {id: kwAgo}, "the": {id: kwThe},
	"a": {id: kwNumWord, numValue: 1}, "an": {id: kwNumWord, numValue: 1},
	"one": {id: kwNumWord, numValue: 1}, "two": {id: kwNumWord, numValue: 2},
	"three": {id: kwNumWord, numValue: 3}, "four": {id: kwNumWord, numValue: 4},
	"five": {id: kwNumWord, numValue: 5}, "six": {id: kwNumWord, numValue: 6},
	"seven": {id: kwNumWord, numValue: 7}, "eight": {id: kwNumWord, numValue: 8},
	"nine": {id: kwNumWord, numValue: 9}, "ten": {id: kwNumWord, numValue: 10},
	"eleven": {id: kwNumWord, numValue: 11}, "twelve": {id: kwNumWord, numValue: 12},
}

// NumberWord returns the count a numeral or a number word stands for
// ("3", "a", "two", "twelve"), or 0.
func NumberWord(w string) int {
	if n, err := strconv.Atoi(w); err == nil {
		return n
	}
	if kw, ok := keywords[strings.ToLower(w)]; ok && kw.id == kwNumWord {
		return kw.numValue
	}
	return 0
}

func isMonth(kw uint8) bool   { return kw >= 1 && kw <= 12 }
func isWeekday(kw uint8) bool { return kw >= kwSunday && kw <= kwSaturday }

// tokenize splits text into words, numbers and punctuation marks.
func tokenize(text string, toks []token) []token {
	var buf [12]byte
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c >= '0' && c <= '9':
			start := i
			val := 0
			for i < len(text) && text[i] >= '0' && text[i] <= '9' {
				if i-start < 9 {
					val = val*10 + int(text[i]-'0')
				}
				i++
			}
			t := token{start: start, end: i, kind: tkNum, val: val, ndig: uint8(min(i-start, 255))}
			if i-start > 9 {
				t.val = -1
			}
			sStart := i
			for i < len(text) && isASCIILetter(text[i]) {
				i++
			}
			if i > sStart {
				t.end = i
				t.suffix = sfxOther
				if i-sStart <= 2 {
					sfx := lowerASCII(text[sStart:i], buf[:])
					switch {
					case string(sfx) == "st" || string(sfx) == "nd" || string(sfx) == "rd" || string(sfx) == "th":
						t.suffix = sfxOrd
					case string(sfx) == "s":
						t.suffix = sfxS
					}
				}
			}
			toks = append(toks, t)
		case c < utf8.RuneSelf && isASCIILetter(c), c >= utf8.RuneSelf:
			r, size := rune(c), 1
			if c >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
				if r == '–' || r == '—' || r == '‑' || r == '−' {
					toks = append(toks, token{start: i, end: i + size, kind: tkPunct, punct: '-'})
					i += size
					continue
				}
				if r == '’' || r == '‘' {
					toks = append(toks, token{start: i, end: i + size, kind: tkPunct, punct: '\''})
					i += size
					continue
				}
				if !unicode.IsLetter(r) {
					if unicode.IsSpace(r) {
						i += size
						continue
					}
					toks = append(toks, token{start: i, end: i + size, kind: tkPunct, punct: '?'})
					i += size
					continue
				}
			}
			start := i
			ascii := true
			for i < len(text) {
				c := text[i]
				if c < utf8.RuneSelf {
					if !isASCIILetter(c) {
						break
					}
					i++
					continue
				}
				r, size := utf8.DecodeRuneInString(text[i:])
				if !unicode.IsLetter(r) {
					break
				}
				ascii = false
				i += size
			}
			t := token{start: start, end: i, kind: tkWord, cap: r >= 'A' && r <= 'Z' || unicode.IsUpper(r)}
			if ascii && i-start <= len(buf) {
				if info, ok := keywords[string(lowerASCII(text[start:i], buf[:]))]; ok && (!info.needCap || t.cap) && (!info.afterOn || afterOn(toks, text, i)) {
					t.kw = info.id
					if info.id == kwNumWord {
						t.val = info.numValue
					}
					if info.abbrev {
						t.suffix = sfxOther // marks an abbreviation
					}
				}
			}
			toks = append(toks, t)
		default:
			p := c
			if p == '/' || p == '\'' || p == '-' || p == ',' || p == '.' {
				// kept as is
			} else {
				p = '?'
			}
			toks = append(toks, token{start: i, end: i + 1, kind: tkPunct, punct: p})
			i++
		}
	}
	return toks
}

// afterOn reports a word ending at offset i that follows "on" and comes
// before a stop.
func afterOn(toks []token, text string, i int) bool {
	return i < len(text) && text[i] == '.' && len(toks) > 0 && toks[len(toks)-1].kw == kwOn
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// lowerASCII lower-cases s into buf and returns the filled part; callers
// convert it with string(...) inside a map index or comparison, which the
// compiler does without allocating. s must fit in buf.
func lowerASCII(s string, buf []byte) []byte {
	b := buf[:len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// scanner holds the state of one Find call.
type scanner struct {
	text    string
	toks    []token
	ref     time.Time // reference day at UTC midnight; zero if unknown
	hasRef  bool
	out     []Match
	lastEnd int  // token index after the last match
	lastMon bool // the last match was a month or day expression
}

// tokenPool recycles token buffers between Find calls; buffers grown past
// maxPooledTokens (a whole long article) are left to the collector.
var tokenPool = sync.Pool{New: func() any { b := make([]token, 0, 128); return &b }}

const maxPooledTokens = 1 << 14

// Find returns every date expression in text, resolved against ref (the
// publication date; zero = unknown), in text order. See the package
// documentation for the resolution rules.
func Find(text string, ref time.Time) []Match {
	buf := tokenPool.Get().(*[]token)
	defer func() {
		if cap(*buf) <= maxPooledTokens {
			tokenPool.Put(buf)
		}
	}()
	*buf = tokenize(text, (*buf)[:0])
	s := scanner{text: text, toks: *buf, lastEnd: -1}
	if !ref.IsZero() {
		s.ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
		s.hasRef = true
	}
	for i := 0; i < len(s.toks); {
		if j := s.at(i); j > i {
			i = j
			continue
		}
		i++
	}
	return s.out
}

// tok returns token i, or an empty token when i is out of range.
func (s *scanner) tok(i int) token {
	if i < 0 || i >= len(s.toks) {
		return token{}
	}
	return s.toks[i]
}

// emit records a match over tokens [i, j) and returns j.
func (s *scanner) emit(i, j int, m Match, month bool) int {
	m.Start, m.End = s.toks[i].start, s.toks[j-1].end
	m.Text = s.text[m.Start:m.End]
	s.out = append(s.out, m)
	s.lastEnd, s.lastMon = j, month
	return j
}

// at tries every pattern at token i and returns the token index after the
// match, or i when nothing matches.
func (s *scanner) at(i int) int {
	t := s.toks[i]
	switch t.kind {
	case tkNum:
		return s.atNumber(i)
	case tkWord:
		switch {
		case isMonth(t.kw):
			return s.atMonth(i)
		case isWeekday(t.kw):
			return s.atWeekday(i, i, t.kw, kwNone)
		}
		switch t.kw {
		case kwLast, kwNext, kwThis, kwEarlier, kwLater, kwComing, kwThe:
			return s.atModifier(i)
		case kwToday, kwTonight:
			return s.emitDay(i, i+1, 0, false)
		case kwWeekend:
			// "a weekend visit": the most recent weekend
			return s.emitWeekend(i, i+1, kwThis)
		case kwYesterday:
			return s.emitDay(i, i+1, -1, false)
		case kwTomorrow:
			return s.emitDay(i, i+1, 1, true)
		case kwNumWord:
			return s.atAgo(i, t.val)
		}
	}
	return i
}

// emitDay emits the reference day plus offset days for tokens [i, j).
func (s *scanner) emitDay(i, j, offset int, future bool) int {
	m := Match{Relative: true, Future: future}
	if s.hasRef {
		m.Date = schema.Day(s.ref.AddDate(0, 0, offset))
	}
	return s.emit(i, j, m, false)
}

// atModifier handles "last/next/this/earlier/later/coming/the ..." phrases.
func (s *scanner) atModifier(i int) int {
	mod := s.toks[i].kw
	j := i + 1
	// "earlier this month", "later this week", "this coming Monday", "the day before yesterday"
	if mod == kwEarlier || mod == kwLater {
		switch s.tok(j).kw {
		case kwToday, kwTonight:
			return s.emitDay(i, j+1, 0, false)
		case kwThis:
			j++
		default:
			return i
		}
		mod = kwThis
	}
	if mod == kwThe {
		// "the day before yesterday", "the day after tomorrow", "the weekend", "the 1980s"
		n := s.tok(j)
		switch {
		case n.kw == kwDay && s.tok(j+1).kw == kwBefore && s.tok(j+2).kw == kwYesterday:
			return s.emitDay(i, j+3, -2, false)
		case n.kw == kwDay && s.tok(j+1).kw == kwAfter && s.tok(j+2).kw == kwTomorrow:
			return s.emitDay(i, j+3, 2, true)
		case n.kw == kwWeekend:
			return s.emitWeekend(i, j+1, kwThis)
		}
		return i
	}
	if mod == kwThis && s.tok(j).kw == kwComing {
		j++
		mod = kwComing
	}
	n := s.tok(j)
	switch {
	case isWeekday(n.kw):
		return s.atWeekday(i, j, n.kw, mod)
	case n.kw == kwNight && mod == kwLast:
		return s.emitDay(i, j+1, -1, false)
	case (n.kw == kwNight || n.kw == kwDayPart) && mod == kwThis:
		return s.emitDay(i, j+1, 0, false)
	case n.kw == kwWeek:
		return s.emitWeek(i, j+1, mod)
	case n.kw == kwWeekend:
		return s.emitWeekend(i, j+1, mod)
	case n.kw == kwMonth && !n.suffixPlural(s):
		return s.emitMonthOffset(i, j+1, mod)
	case n.kw == kwYear && !n.suffixPlural(s):
		return s.emitYearOffset(i, j+1, mod)
	case n.kw == kwSeason:
		return s.emitSeason(i, j, mod)
	case isMonth(n.kw) && mod != kwComing:
		// "last March", "next May", "this June"
		if y := s.tok(j + 1); y.kind == tkNum && isYear(y) {
			return i // "this May 2021": let the month pattern take it
		}
		m := Match{Relative: true, Future: mod == kwNext}
		if s.hasRef {
			y := s.ref.Year()
			mon := time.Month(n.kw)
			switch mod {
			case kwLast:
				if mon >= s.ref.Month() {
					y--
				}
			case kwNext:
				if mon <= s.ref.Month() {
					y++
				}
			}
			m.Date = schema.Month(y, mon)
		}
		return s.emit(i, j+1, m, true)
	}
	return i
}

// suffixPlural reports whether a unit word is plural ("months").
func (t token) suffixPlural(s *scanner) bool {
	w := s.text[t.start:t.end]
	return len(w) > 0 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S')
}

// offsetFor returns -1, 0 or +1 for last, this and next.
func offsetFor(mod uint8) (int, bool) {
	switch mod {
	case kwLast:
		return -1, true
	case kwThis:
		return 0, true
	case kwNext, kwComing:
		return 1, true
	}
	return 0, false
}

// emitWeek resolves "last/this/next week" to the month holding the whole
// Monday–Sunday week, or to no date when the week crosses a month.
func (s *scanner) emitWeek(i, j int, mod uint8) int {
	off, ok := offsetFor(mod)
	if !ok {
		return i
	}
	m := Match{Relative: true, Future: off > 0}
	if s.hasRef {
		monday := s.ref.AddDate(0, 0, -((int(s.ref.Weekday())+6)%7)+7*off)
		m.Date = monthOfSpan(monday, monday.AddDate(0, 0, 6))
	}
	return s.emit(i, j, m, false)
}

// emitWeekend resolves "the/this/last/next weekend" like emitWeek, for the
// Saturday–Sunday weekend: "the weekend" and "this weekend" are the most
// recent Saturday on or before the reference day (with its Sunday), "last
// weekend" the one whose Sunday is strictly before the reference day.
func (s *scanner) emitWeekend(i, j int, mod uint8) int {
	off, ok := offsetFor(mod)
	if !ok {
		return i
	}
	m := Match{Relative: true, Future: off > 0}
	if s.hasRef {
		sat := s.ref.AddDate(0, 0, -((int(s.ref.Weekday()) + 1) % 7))
		switch {
		case off < 0 && !sat.AddDate(0, 0, 1).Before(s.ref):
			sat = sat.AddDate(0, 0, -7)
		case off > 0:
			sat = sat.AddDate(0, 0, 7)
		}
		m.Date = monthOfSpan(sat, sat.AddDate(0, 0, 1))
	}
	return s.emit(i, j, m, false)
}

// monthOfSpan returns the month holding both days, or the zero Date.
func monthOfSpan(a, b time.Time) schema.Date {
	if a.Year() != b.Year() || a.Month() != b.Month() {
		return schema.Date{}
	}
	return schema.Month(a.Year(), a.Month())
}

// emitMonthOffset resolves "last/this/next month".
func (s *scanner) emitMonthOffset(i, j int, mod uint8) int {
	off, ok := offsetFor(mod)
	if !ok {
		return i
	}
	m := Match{Relative: true, Future: off > 0}
	if s.hasRef {
		first := time.Date(s.ref.Year(), s.ref.Month()+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		m.Date = schema.Month(first.Year(), first.Month())
	}
	return s.emit(i, j, m, false)
}

// emitYearOffset resolves "last/this/next year".
func (s *scanner) emitYearOffset(i, j int, mod uint8) int {
	off, ok := offsetFor(mod)
	if !ok {
		return i
	}
	m := Match{Relative: true, Future: off > 0}
	if s.hasRef {
		m.Date = schema.Year(s.ref.Year() + off)
	}
	return s.emit(i, j, m, false)
}

// seasonStarts are the first months of the seasons of the northern
// hemisphere that lie within one year (winter spans two and is left out).
var seasonStarts = map[string]time.Month{"spring": time.March, "summer": time.June, "autumn": time.September, "fall": time.September}

// emitSeason resolves "last/this/next summer" (the season at token j) to
// the year it fell in: "last" is the latest one over by the reference
// month, "next" the first one to begin after it.
func (s *scanner) emitSeason(i, j int, mod uint8) int {
	var buf [12]byte
	t := s.tok(j)
	start, ok := seasonStarts[string(lowerASCII(s.text[t.start:t.end], buf[:]))]
	off, okMod := offsetFor(mod)
	if rest := s.text[t.end:]; !ok || !okMod || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
		return i // "this autumn's meeting": the season names it, the text dates it
	}
	m := Match{Relative: true, Future: off > 0}
	if s.hasRef {
		y, mon := s.ref.Year(), s.ref.Month()
		switch {
		case off < 0 && mon < start+3:
			y-- // not yet over this year
		case off > 0 && mon >= start:
			y++ // already begun this year
		}
		m.Date = schema.Year(y)
	}
	return s.emit(i, j+1, m, false)
}

// atAgo handles "N days/weeks/months/years ago" with N at token i.
func (s *scanner) atAgo(i, n int) int {
	u := s.tok(i + 1)
	if n <= 0 || n > 100 || s.tok(i+2).kw != kwAgo {
		return i
	}
	if u.kw != kwDay && u.kw != kwWeek && u.kw != kwMonth && u.kw != kwYear {
		return i
	}
	m := Match{Relative: true}
	if s.hasRef {
		switch u.kw {
		case kwDay:
			m.Date = schema.Day(s.ref.AddDate(0, 0, -n))
		case kwWeek:
			m.Date = schema.Day(s.ref.AddDate(0, 0, -7*n))
		case kwMonth:
			first := time.Date(s.ref.Year(), s.ref.Month()-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
			m.Date = schema.Month(first.Year(), first.Month())
		case kwYear:
			m.Date = schema.Year(s.ref.Year() - n)
		}
	}
	return s.emit(i, i+3, m, false)
}

// atWeekday handles a weekday at token w, with the phrase starting at token
// i (a modifier such as "last" or "next" when mod is set). A weekday directly
// followed by a full date ("Tuesday, April 6") takes that date.
func (s *scanner) atWeekday(i, w int, wd uint8, mod uint8) int {
	j := w + 1
	k := j
	if s.tok(k).kind == tkPunct && s.tok(k).punct == ',' {
		k++
	}
	if mod == kwNone {
		if kt := s.tok(k); kt.kind == tkNum || isMonth(kt.kw) {
			if m, end, ok := s.fullDate(k); ok {
				return s.emit(i, end, m, true)
			}
		}
	}
	// "Tuesday morning/evening/night" stays the same day.
	m := Match{Relative: true}
	if !s.hasRef {
		if mod == kwNext || mod == kwComing {
			m.Future = true
		}
		return s.emit(i, j, m, false)
	}
	want := int(wd - kwSunday)
	back := (int(s.ref.Weekday()) - want + 7) % 7
	fwd := (want - int(s.ref.Weekday()) + 7) % 7
	switch mod {
	case kwLast:
		if back == 0 {
			back = 7
		}
		m.Date = schema.Day(s.ref.AddDate(0, 0, -back))
	case kwNext, kwComing:
		if fwd == 0 {
			fwd = 7
		}
		m.Date = schema.Day(s.ref.AddDate(0, 0, fwd))
		m.Future = true
	default:
		m.Date = schema.Day(s.ref.AddDate(0, 0, -back))
	}
	return s.emit(i, j, m, false)
}

// fullDate parses a day-and-month date (with or without a year, possibly a
// range) starting at token k, without emitting it.
func (s *scanner) fullDate(k int) (Match, int, bool) {
	saveOut, saveEnd, saveMon := len(s.out), s.lastEnd, s.lastMon
	var end int
	if isMonth(s.toks[k].kw) {
		end = s.monthDay(k)
	} else {
		end = s.dayMonth(k)
	}
	if end <= k || len(s.out) == saveOut {
		return Match{}, k, false
	}
	m := s.out[len(s.out)-1]
	s.out, s.lastEnd, s.lastMon = s.out[:saveOut], saveEnd, saveMon
	return m, end, true
}

// isYear reports whether a number token can be a year (1000–2999, no suffix).
func isYear(t token) bool {
	return t.kind == tkNum && t.ndig == 4 && t.suffix == sfxNone && t.val >= 1000 && t.val <= 2999
}

// isDay reports whether a number token can be a day of the month.
func isDay(t token) bool {
	return t.kind == tkNum && t.ndig <= 2 && (t.suffix == sfxNone || t.suffix == sfxOrd) && t.val >= 1 && t.val <= 31
}

// isCue reports whether a keyword before a bare month or year makes it a date.
func isCue(kw uint8) bool {
	switch kw {
	case kwIn, kwOf, kwSince, kwDuring, kwBy, kwUntil, kwBefore, kwAfter, kwFrom,
		kwBetween, kwThrough, kwThroughout, kwEarly, kwLate, kwMid, kwEnd,
		kwBeginning, kwAround, kwSeason, kwOn:
		return true
	}
	return false
}

// isRangeWord reports whether token t joins the two ends of a range.
func isRangeWord(t token) bool {
	return (t.kind == tkPunct && t.punct == '-') || t.kw == kwTo || t.kw == kwThrough || t.kw == kwUntil || t.kw == kwAnd
}

// skipAbbrevDot skips the period after an abbreviated month ("Apr.").
func (s *scanner) skipAbbrevDot(k int) int {
	if s.toks[k].suffix == sfxOther {
		if n := s.tok(k + 1); n.kind == tkPunct && n.punct == '.' {
			return k + 1
		}
	}
	return k
}

// yearAfter returns the year given at token k (after an optional comma) and
// the token index after it, or 0.
func (s *scanner) yearAfter(k int) (int, int) {
	if c := s.tok(k); c.kind == tkPunct && c.punct == ',' {
		if y := s.tok(k + 1); isYear(y) {
			return y.val, k + 2
		}
		return 0, k
	}
	if y := s.tok(k); isYear(y) {
		return y.val, k + 1
	}
	return 0, k
}

// atMonth handles a month name at token i: "April 7[, 2021]", "April 2021",
// "in April", "mid-April".
func (s *scanner) atMonth(i int) int {
	if j := s.monthDay(i); j > i {
		return j
	}
	k := s.skipAbbrevDot(i) + 1
	if y, end := s.yearAfter(k); y != 0 {
		return s.emit(i, end, Match{Date: schema.Month(y, time.Month(s.toks[i].kw))}, true)
	}
	// "in May's cabinet": a possessive is a name, not a month.
	if n := s.tok(i + 1); n.kind == tkPunct && n.punct == '\'' {
		return i
	}
	if s.toks[i].suffix == sfxOther {
		return i // bare abbreviations are too ambiguous
	}
	start := i
	prev := s.tok(i - 1)
	switch {
	case prev.kind == tkPunct && prev.punct == '-' && s.tok(i-2).kw == kwMid:
		start = i - 2
	case prev.kw == kwMid || prev.kw == kwEarly || prev.kw == kwLate:
		start = i - 1
	case isCue(prev.kw):
	case (prev.kw == kwAnd || prev.kw == kwOr || prev.kw == kwTo || isRangeWord(prev)) && s.lastEnd == i-1 && s.lastMon:
	default:
		return i
	}
	if start < s.lastEnd {
		start = i
	}
	m := Match{Relative: true}
	if s.hasRef {
		y := s.ref.Year()
		if time.Month(s.toks[i].kw) > s.ref.Month() {
			y--
		}
		m.Date = schema.Month(y, time.Month(s.toks[i].kw))
	}
	return s.emit(start, i+1, m, true)
}

// monthDay handles "April 7[th][, 2021]" and its ranges "March 3-5",
// "March 30 - April 2" at token i (a month name).
func (s *scanner) monthDay(i int) int {
	k := s.skipAbbrevDot(i) + 1
	if p := s.tok(k); p.kind == tkPunct && p.punct == '-' && s.tok(k-1).end == p.start && p.end == s.tok(k+1).start && isDay(s.tok(k+1)) {
		k++ // wire style "April-5-6", written without spaces
	}
	d := s.tok(k)
	if !isDay(d) {
		return i
	}
	mon1, day1 := time.Month(s.toks[i].kw), d.val
	mon2, day2 := time.Month(0), 0
	end := k + 1
	if r := s.tok(end); isRangeWord(r) {
		n := s.tok(end + 1)
		switch {
		case isDay(n) && n.val > day1:
			mon2, day2 = mon1, n.val
			end += 2
		case isMonth(n.kw):
			kk := s.skipAbbrevDot(end+1) + 1
			if nd := s.tok(kk); isDay(nd) {
				mon2, day2 = time.Month(n.kw), nd.val
				end = kk + 1
			}
		}
	}
	year, after := s.yearAfter(end)
	return s.emitDays(i, after, year, mon1, day1, mon2, day2)
}

// dayMonth handles "7 April [2021]", "7th of April", "3-5 March",
// "3 to 5 March 2021", "30 March - 2 April" at token i (a number).
func (s *scanner) dayMonth(i int) int {
	d := s.toks[i]
	if !isDay(d) {
		return i
	}
	day1, day2 := d.val, 0
	k := i + 1
	if r := s.tok(k); isRangeWord(r) {
		if n := s.tok(k + 1); isDay(n) && n.val > day1 {
			day2 = n.val
			k += 2
		}
	}
	if s.tok(k).kw == kwOf {
		k++
	}
	mt := s.tok(k)
	if !isMonth(mt.kw) {
		return i
	}
	mon1 := time.Month(mt.kw)
	mon2 := time.Month(0)
	if day2 != 0 {
		mon2 = mon1
	}
	end := s.skipAbbrevDot(k) + 1
	if day2 == 0 {
		// "30 March - 2 April"
		if r := s.tok(end); isRangeWord(r) {
			if n := s.tok(end + 1); isDay(n) {
				kk := end + 2
				if s.tok(kk).kw == kwOf {
					kk++
				}
				if m2 := s.tok(kk); isMonth(m2.kw) {
					mon2, day2 = time.Month(m2.kw), n.val
					end = s.skipAbbrevDot(kk) + 1
				}
			}
		}
	}
	year, after := s.yearAfter(end)
	return s.emitDays(i, after, year, mon1, day1, mon2, day2)
}

// emitDays emits a day (or a range of days when mon2 is set) for tokens
// [i, j), inferring the year from the reference date when year is 0. An
// impossible day ("February 30") or a range that ends before it starts
// within one month ("10 May - 1 May") emits nothing but still consumes
// [i, j). A year written after a range that crosses New Year is the year of
// its end.
func (s *scanner) emitDays(i, j, year int, mon1 time.Month, day1 int, mon2 time.Month, day2 int) int {
	if mon2 == mon1 && day2 <= day1 {
		return j
	}
	m := Match{}
	if year != 0 && mon2 != 0 && mon2 < mon1 {
		year-- // "30 December - 2 January 2021": the year is that of the end
	}
	if year == 0 {
		m.Relative = true
		if !s.hasRef {
			if !validDay(2000, mon1, day1) || (mon2 != 0 && !validDay(2000, mon2, day2)) {
				return j // not a date: consume it so that its month is not taken alone
			}
			return s.emit(i, j, m, true)
		}
		year = s.ref.Year()
		if time.Date(year, mon1, day1, 0, 0, 0, 0, time.UTC).After(s.ref.AddDate(0, 0, lookAheadDays)) {
			year--
		}
	}
	if !validDay(year, mon1, day1) {
		return j
	}
	m.Date = schema.Day(time.Date(year, mon1, day1, 0, 0, 0, 0, time.UTC))
	if mon2 != 0 {
		y2 := year
		if mon2 < mon1 {
			y2++ // "30 December - 2 January"
		}
		if !validDay(y2, mon2, day2) {
			return j
		}
		m.EndDate = schema.Day(time.Date(y2, mon2, day2, 0, 0, 0, 0, time.UTC))
	}
	return s.emit(i, j, m, true)
}

// validDay reports whether day exists in the month of year.
func validDay(year int, m time.Month, day int) bool {
	return day >= 1 && time.Date(year, m, day, 0, 0, 0, 0, time.UTC).Day() == day
}

// atNumber handles dates starting with a number: ISO dates, day-month dates,
// decades, cued years and "3 days ago".
func (s *scanner) atNumber(i int) int {
	t := s.toks[i]
	// 2021-04-07
	if isYear(t) {
		if d1, m, d2, d := s.tok(i+1), s.tok(i+2), s.tok(i+3), s.tok(i+4); d1.punct == '-' && d2.punct == '-' &&
			m.kind == tkNum && m.ndig == 2 && m.suffix == sfxNone && d.kind == tkNum && d.ndig == 2 && d.suffix == sfxNone &&
			m.val >= 1 && m.val <= 12 && validDay(t.val, time.Month(m.val), d.val) && d1.kind == tkPunct && d2.kind == tkPunct {
			return s.emit(i, i+5, Match{Date: schema.Day(time.Date(t.val, time.Month(m.val), d.val, 0, 0, 0, 0, time.UTC))}, true)
		}
	}
	if j := s.dayMonth(i); j > i {
		return j
	}
	if t.suffix == sfxS && t.val%10 == 0 {
		// "1980s", "the 80s", "the '80s"
		switch {
		case t.ndig == 4 && t.val >= 1000:
			return s.emit(i, i+1, Match{Date: schema.Decade(t.val)}, false)
		case t.ndig == 2:
			p := s.tok(i - 1)
			if p.kind == tkPunct && p.punct == '\'' {
				p = s.tok(i - 2)
			}
			if p.kw == kwThe || isCue(p.kw) {
				return s.emit(i, i+1, Match{Date: schema.Decade(1900 + t.val)}, false)
			}
		}
		return i
	}
	if isYear(t) {
		// a year with a cue: "in 2019", "since 1987", "the year 2000", "and 2020" after a year
		p := s.tok(i - 1)
		cued := isCue(p.kw) || p.kw == kwYear ||
			((p.kw == kwAnd || p.kw == kwOr || p.kw == kwTo || isRangeWord(p)) && s.lastEnd == i-1)
		if !cued {
			return i
		}
		return s.emit(i, i+1, Match{Date: schema.Year(t.val)}, false)
	}
	if t.suffix == sfxNone && t.ndig <= 3 {
		return s.atAgo(i, t.val)
	}
	return i
}
