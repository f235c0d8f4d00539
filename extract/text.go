package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/en"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tokWord tokKind = iota
	tokNum
	tokPunct
)

// token is one word, number or punctuation mark, with byte offsets into the
// original article text.
type token struct {
	start, end int
	// text is the surface form; a word broken across lines by a hyphen is
	// joined ("Sassou-\nNguesso" → "Sassou-Nguesso").
	text  string
	lower string
	kind  tokKind
	// upper: the first letter is upper case; allCap: every letter is.
	upper, allCap bool
	// poss: the word carried a possessive "'s" (not part of text).
	poss bool
	// nl: a line break precedes the token.
	nl bool
	// handle: the word is part of a social-media handle ("@PeterBanda").
	handle bool
}

// sentence is a run of tokens with the byte span it covers.
type sentence struct {
	toks       []token
	start, end int
	// heading marks a line that is not running prose (a headline, a caption,
	// a menu entry): its names are read, its events are not.
	heading bool
	// para is the index of the paragraph the sentence belongs to.
	para int
	// idx is the sentence's position in the document.
	idx int
}

// line is one line of the article body with its byte span.
type line struct {
	start, end int // span without the line break
	indent     int // leading spaces (a tab counts as 4)
	blankAfter bool
	skip       bool // boilerplate
}

// splitLines cuts text into lines, marking boilerplate.
func splitLines(text, title string) []line {
	var ls []line
	pos := 0
	for pos <= len(text) {
		e := strings.IndexByte(text[pos:], '\n')
		end := len(text)
		if e >= 0 {
			end = pos + e
		}
		l := line{start: pos, end: end}
		for i := pos; i < end; i++ {
			switch text[i] {
			case ' ':
				l.indent++
				continue
			case '\t':
				l.indent += 4
				continue
			case '\r':
				continue
			}
			break
		}
		ls = append(ls, l)
		if e < 0 {
			break
		}
		pos = end + 1
	}
	normTitle := strings.ToLower(strings.TrimSpace(title))
	for i := range ls {
		s := strings.TrimSpace(strings.TrimPrefix(text[ls[i].start:ls[i].end], "\ufeff"))
		if s == "" {
			if i > 0 {
				ls[i-1].blankAfter = true
			}
			ls[i].skip = true
			continue
		}
		ls[i].skip = isBoilerplate(s, normTitle)
	}
	return ls
}

// isBoilerplate reports whether a trimmed line is web or wire furniture.
func isBoilerplate(s, normTitle string) bool {
	low := strings.ToLower(s)
	if en.BoilerplateLines[low] {
		return true
	}
	if normTitle != "" && low == normTitle {
		return true
	}
	for _, p := range en.BoilerplatePrefixes {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	// "07 April 2021    Read: 788", "Views: 1,204": counters and bylines.
	if i := strings.Index(low, "read:"); i >= 0 && hasDigit(low[i:]) {
		return true
	}
	if strings.HasPrefix(low, "views:") || strings.HasPrefix(low, "posted ") || strings.HasPrefix(low, "published ") ||
		strings.HasPrefix(low, "updated ") || strings.HasPrefix(low, "last updated") || strings.HasPrefix(low, "by ") && len(low) < 40 {
		return true
	}
	if strings.HasPrefix(low, "@") || strings.HasPrefix(low, "#") || strings.HasPrefix(low, "http") {
		return true
	}
	return false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// wrapped reports whether the body is hard-wrapped wire copy: most lines are
// of similar middling length, or several lines break mid-sentence and the
// next goes on in lower case (a short wire story).
func wrapped(text string, ls []line) bool {
	n, mid, cont := 0, 0, 0
	for i, l := range ls {
		w := l.end - l.start
		if w == 0 {
			continue
		}
		n++
		if w >= 45 && w <= 85 {
			mid++
		}
		// A line that ends mid-sentence and a next one that goes on in
		// lower case: "... met the minister in the" / "capital on Tuesday ...".
		if i+1 < len(ls) && !terminal(strings.TrimSpace(text[l.start:l.end])) {
			next := strings.TrimSpace(text[ls[i+1].start:ls[i+1].end])
			if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) {
				cont++
			}
		}
	}
	return n >= 4 && (mid*10 >= n*6 || cont >= 2 && cont*4 >= n)
}

// terminal reports whether a trimmed line ends a sentence.
func terminal(s string) bool {
	if s == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', ':', '"', '”', '’', ')', ';':
		return true
	}
	return false
}

// runOnProse reports a line with no final punctuation that is prose all
// the same: a sentence ends inside it and more words follow ("X met Y on
// Tuesday. Reuters"), or it runs as long as a sentence does.
func runOnProse(s string) bool {
	words := strings.Fields(s)
	if len(words) >= 18 {
		return true
	}
	for i := 0; i+1 < len(words); i++ {
		w := words[i]
		if len(w) > 3 && strings.HasSuffix(w, ".") && i >= 5 {
			if r, _ := utf8.DecodeRuneInString(words[i+1]); unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// lexer state shared while tokenizing one document.
type lexer struct {
	text string
	toks []token
}

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// sPossessive reports an apostrophe at i that ends a capitalised word
// ending in "s" (text[start:i]) and is followed by a space and a
// capitalised word: "Barbados' Mia Mottley", "the United States' envoy".
func (lx *lexer) sPossessive(text string, start, i, next, end, letters int) bool {
	if letters < 3 || (text[i-1] != 's' && text[i-1] != 'S') || !unicode.IsUpper(rune(text[start])) {
		return false
	}
	if next+1 >= end || text[next] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[next+1 : end])
	if !unicode.IsUpper(r) {
		return false
	}
	// "the Coastal Ministers' Meeting": an apostrophe inside a name.
	w := next + 1
	for w < end && isWordRune(rune(text[w])) {
		w++
	}
	nw := strings.ToLower(text[next+1 : w])
	return !en.GatheringNouns[nw] && !en.BodyHeads[nw]
}

// tokenize splits text[start:end] into tokens, appending to lx.toks. Line
// breaks inside the span are whitespace; a hyphen at a line end joins the
// word halves.
func (lx *lexer) tokenize(start, end int) {
	text := lx.text
	i := start
	nl := false
	for i < end {
		c := text[i]
		if c == '\n' {
			nl = true
			i++
			continue
		}
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:end])
			if unicode.IsSpace(r) || r == '\u200e' || r == '\u200f' || r == '\u200b' || r == '\ufeff' {
				i += size
				continue
			}
		}
		if n := shorthandAnd(text, i, start, end); n > 0 {
			// "Modi & Kishida", "talks w/ Lavrov": the words they stand for.
			lower := "and"
			if n == 2 {
				lower = "with"
			}
			lx.toks = append(lx.toks, token{start: i, end: i + n, text: text[i : i+n], lower: lower, kind: tokWord, nl: nl})
			i += n
			nl = false
			continue
		}
		if c == '@' {
			if n := lx.handle(i+1, end, nl); n > i+1 {
				// "talks with @PeterBanda": the name the handle spells.
				i, nl = n, false
				continue
			}
		}
		if isWordRune(r) || glottal(r) && i > start && text[i-1] == ' ' && i+size < end && unicode.IsUpper(firstRune(text[i+size:end])) && lx.afterName(i) {
			// "Fekitamoeloa 'Utoikamanu": a name word opening with a
			// glottal stop, after a capitalised word (not a quotation mark).
			i = lx.word(i, end, nl)
		} else {
			lx.toks = append(lx.toks, token{start: i, end: i + size, text: text[i : i+size], lower: text[i : i+size], kind: tokPunct, nl: nl})
			i += size
		}
		nl = false
	}
}

// initialsBeforeName reports initials written against a name ("P.Banda",
// "D.N.Mwita", read as "P. Banda"): capital letters each followed by a
// period but the last (init), before a capitalised word whose second
// letter is lower case (rest).
func initialsBeforeName(init, rest string) bool {
	for i := 0; i < len(init); i++ {
		if i%2 == 0 && (init[i] < 'A' || init[i] > 'Z') || i%2 == 1 && init[i] != '.' {
			return false
		}
	}
	r, n := utf8.DecodeRuneInString(rest)
	if len(init)%2 == 0 || !unicode.IsUpper(r) || n >= len(rest) {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(rest[n:])
	return unicode.IsLower(r2)
}

// wordAfterBreak returns the offset after the blanks that follow a
// hyphen's next offset, and whether they hold a line break and a word
// follows them ("Sassou-\nNguesso").
func wordAfterBreak(text string, next, end int) (int, bool) {
	j := next
	sawNL := false
	for j < end && (text[j] == ' ' || text[j] == '\n' || text[j] == '\r' || text[j] == '\t') {
		if text[j] == '\n' {
			sawNL = true
		}
		j++
	}
	if !sawNL || j >= end {
		return j, false
	}
	jr, _ := utf8.DecodeRuneInString(text[j:end])
	return j, isWordRune(jr)
}

// handle reads a social-media handle written as capitalised words run
// together after an "@" at i-1 ("@PeterBanda"), appending a word token for
// each capitalised part, and returns the offset after it; i when the
// handle is no such run (lower case, digits, one word, underscores).
func (lx *lexer) handle(i, end int, nl bool) int {
	text := lx.text
	j := i
	for j < end && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z') {
		j++
	}
	if j == i || j < end && isWordRune(rune(text[j])) || text[i] < 'A' || text[i] > 'Z' {
		return i
	}
	var cuts []int
	for q := i; q < j; q++ {
		if text[q] >= 'A' && text[q] <= 'Z' && (q == i || text[q-1] >= 'a' && text[q-1] <= 'z') {
			cuts = append(cuts, q)
		}
	}
	if len(cuts) < 2 || len(cuts) > 4 {
		return i
	}
	cuts = append(cuts, j)
	for n := 0; n+1 < len(cuts); n++ {
		if cuts[n+1]-cuts[n] < 2 {
			return i // "@UNLilongwe", "@SADC_PeterB": no run of names
		}
	}
	for n := 0; n+1 < len(cuts); n++ {
		lx.appendWord(cuts[n], cuts[n+1], cuts[n+1], nil, nl && n == 0, false, 0, cuts[n+1]-cuts[n])
		lx.toks[len(lx.toks)-1].handle = true
	}
	return j
}

// shorthandAnd returns the length of a shorthand of alerts and headlines
// standing alone at offset i of text[start:end]: 1 for "&" ("and"), 2 for
// "w/" ("with"); 0 for none (as in "AT&T" or "w/o").
func shorthandAnd(text string, i, start, end int) int {
	if i > start && text[i-1] != ' ' {
		return 0
	}
	n := 0
	switch {
	case text[i] == '&':
		n = 1
	case (text[i] == 'w' || text[i] == 'W') && i+1 < end && text[i+1] == '/':
		n = 2
	}
	if n == 0 || i+n < end && text[i+n] != ' ' {
		return 0
	}
	return n
}

// word scans one word starting at i and appends it; it returns the offset
// after the word.
func (lx *lexer) word(i, end int, nl bool) int {
	text := lx.text
	start := i
	var joined []byte // set when a line-end hyphen joins two halves
	digits, letters := 0, 0
	poss := false
	for i < end {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:end])
		}
		if isWordRune(r) {
			if unicode.IsDigit(r) {
				digits++
			} else {
				letters++
			}
			if joined != nil {
				joined = append(joined, text[i:i+size]...)
			}
			i += size
			continue
		}
		// Characters that may continue a word when followed by a word rune.
		next := i + size
		nr := rune(0)
		if next < end {
			nr, _ = utf8.DecodeRuneInString(text[next:end])
		}
		if unicode.Is(unicode.Cf, r) && isWordRune(nr) {
			// "Ma\u200bcron": a zero-width or other format character
			// inside a word is no part of its text.
			if joined == nil {
				joined = append([]byte(nil), text[start:i]...)
			}
			i = next
			continue
		}
		switch {
		case (r == '\'' || r == '’') && !isWordRune(nr) && lx.sPossessive(text, start, i, next, end, letters):
			// "Barbados' Mia Mottley": a name ending in s takes a bare
			// apostrophe as its possessive.
			lx.appendWord(start, i, next, joined, nl, true, digits, letters)
			return next
		case (r == '\'' || r == '’') && isWordRune(nr):
			// possessive 's ends the word; other apostrophes (O'Brien, Ja'afari) continue it.
			if (nr == 's' || nr == 'S') && (next+1 >= end || !isWordRune(rune(text[next+1]))) && letters > 1 {
				poss = true
				lx.appendWord(start, i, next+1, joined, nl, poss, digits, letters)
				return next + 1
			}
		case r == '-' || r == '‐':
			if isWordRune(nr) {
				break
			}
			// "Sassou-\nNguesso": hyphen, line break, indentation, word.
			j, broken := wordAfterBreak(text, next, end)
			if broken {
				if joined == nil {
					joined = append([]byte(nil), text[start:next]...)
				} else {
					joined = append(joined, text[i:next]...)
				}
				i = j
				continue
			}
			// "al- Jaafari": a trailing hyphen stays with the word.
			if letters > 0 && letters <= 3 && j < end && text[j-1] == ' ' && j == next+1 {
				i = next
				if joined != nil {
					joined = append(joined, '-')
				}
				lx.appendWord(start, i, i, joined, nl, false, digits, letters)
				return i
			}
			lx.appendWord(start, i, i, joined, nl, false, digits, letters)
			return i
		case r == '.' && isWordRune(nr) && joined == nil && initialsBeforeName(text[start:i], text[next:end]):
			lx.appendWord(start, next, next, joined, nl, false, digits, letters)
			return next
		case r == '.' && isWordRune(nr):
			// U.S., 2.5, e.g., and "Canada-U.S." after a hyphen.
			if digits > 0 && unicode.IsDigit(nr) || letters > 0 && letters <= 2 && unicode.IsLetter(nr) || unicode.IsLetter(nr) && lastPartLetters(text[start:i]) <= 2 {
				break
			}
			lx.appendWord(start, i, i, joined, nl, false, digits, letters)
			return i
		case r == '.':
			// "U.S." keeps its final period; so do abbreviations and initials.
			// "(D-Del.)": a party and state tag keeps it too.
			if (keepsPeriod(text[start:i], digits, letters) || nr == ')' && strings.IndexByte(text[start:i], '-') > 0) && !lx.nameEndsSentence(start, i, next) {
				lx.appendWord(start, next, next, joined, nl, false, digits, letters)
				return next
			}
			lx.appendWord(start, i, i, joined, nl, false, digits, letters)
			return i
		case (r == ',' || r == '/') && digits > 0 && letters == 0 && nr >= '0' && nr <= '9':
			// 1,000 and 1-1/2
		case r == '&' && letters <= 2 && unicode.IsUpper(nr):
			// AT&T, S&P
		default:
			lx.appendWord(start, i, i, joined, nl, false, digits, letters)
			return i
		}
		if joined != nil {
			joined = append(joined, text[i:next]...)
		}
		i = next
	}
	lx.appendWord(start, i, i, joined, nl, poss, digits, letters)
	return i
}

// keepsPeriod reports whether word w keeps the period after it: a short
// form with periods ("U.S", "Canada-U.S"), an abbreviation ("Gen"), an
// initial ("J").
func keepsPeriod(w string, digits, letters int) bool {
	if strings.IndexByte(w, '-') >= 0 && strings.IndexByte(w[strings.LastIndexByte(w, '-'):], '.') >= 0 && lastPartLetters(w) <= 4 {
		return true // "Canada-U.S." keeps the period of its last part
	}
	return strings.IndexByte(w, '.') >= 0 && letters <= 4 || en.Abbreviations[strings.ToLower(w)] || letters == 1 && digits == 0 && unicode.IsUpper(firstRune(w))
}

// lastPartLetters returns the number of letters after the last hyphen of
// a hyphenated word ("Canada-U.S": 2), or a large number when w has none.
func lastPartLetters(w string) int {
	h := strings.LastIndexByte(w, '-')
	if h < 0 {
		return 1 << 20
	}
	n := 0
	for _, r := range w[h+1:] {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// nameEndsSentence reports a word text[start:i] that spells a title
// abbreviation but ends a name at the end of a sentence ("... called on
// Hun Sen. The ..."): after a capitalised word, before the end of the text,
// a line break or a sentence starter. Its period ends the sentence.
func (lx *lexer) nameEndsSentence(start, i, next int) bool {
	w := strings.ToLower(lx.text[start:i])
	if !en.Abbreviations[w] || en.ClosingAbbreviations[w] || en.MonthNames[w] != 0 || strings.IndexByte(w, '.') >= 0 || !lx.afterName(start) {
		return false
	}
	rest := strings.TrimLeft(lx.text[next:], " \t")
	if rest == "" || rest[0] == '\n' || rest[0] == '\r' {
		return true
	}
	f := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	// (not "Dr. A.K. Name": an initial is no sentence's first word)
	return len(f) > 0 && len(f[0]) > 1 && unicode.IsUpper(firstRune(f[0])) && en.SentenceStarters[strings.ToLower(f[0])]
}

// afterName reports whether the last token ends just before the space
// at i-1 and is a capitalised word.
func (lx *lexer) afterName(i int) bool {
	if len(lx.toks) == 0 {
		return false
	}
	t := lx.toks[len(lx.toks)-1]
	return t.end == i-1 && t.kind == tokWord && t.upper
}

// glottal reports whether r marks a glottal stop before a Polynesian name
// (the okina, or an apostrophe standing for it).
func glottal(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʻ' || r == '‘'
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// appendWord appends the word text[start:wordEnd] (or joined) whose token
// span ends at tokEnd.
func (lx *lexer) appendWord(start, wordEnd, tokEnd int, joined []byte, nl, poss bool, digits, letters int) {
	w := lx.text[start:wordEnd]
	if joined != nil {
		w = string(joined)
	}
	t := token{start: start, end: tokEnd, text: w, nl: nl, poss: poss}
	if letters == 0 && digits > 0 {
		t.kind = tokNum
	}
	t.lower = lowerASCII(w)
	r := firstRune(w)
	if glottal(r) && len(w) > utf8.RuneLen(r) {
		r = firstRune(w[utf8.RuneLen(r):])
	}
	t.upper = unicode.IsUpper(r)
	if t.upper {
		t.allCap = true
		up := 0
		for _, c := range w {
			if unicode.IsLower(c) {
				t.allCap = false
				break
			}
			if unicode.IsUpper(c) {
				up++
			}
		}
		if up < 2 {
			t.allCap = false
		}
	}
	lx.toks = append(lx.toks, t)
}

// lowerASCII lower-cases s, allocating only when needed.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}

// document is an article body cut into sentences.
type document struct {
	text      string
	sentences []sentence
	// dateline is the place and date line that opens wire copy, if any.
	dateline dateline
	// stories are the datelines that open later paragraphs of a digest
	// of several wire items ("PORT MORESBY, Papua New Guinea (AP) —"):
	// each starts a story of its own at its first sentence.
	stories []story
}

// story is a later item of a digest: its first sentence and dateline.
type story struct {
	sent int
	dl   dateline
}

// storyDateline reads a dateline opening a later paragraph. Only a known
// place set in capitals before a dash counts there ("LIMA, Peru (AP) —"),
// not the looser forms an article's first line may take.
func storyDateline(s string, known func(string) bool) (dateline, bool) {
	d, ok := parseDateline(s, known)
	if !ok || known == nil || !known(d.place) {
		return d, false
	}
	raw := strings.TrimLeft(s, " \t")
	if !strings.HasPrefix(raw, strings.ToUpper(d.place)) || strings.HasPrefix(raw, d.place+":") {
		return d, false
	}
	for _, sep := range []string{" - ", " -- ", " — ", " – "} {
		if i := strings.Index(raw, sep); i >= 0 && i < d.end {
			return d, true
		}
	}
	return d, false
}

// dateline is the "MOSCOW, April 13 -" opening of a wire story.
type dateline struct {
	// place is the place as written, in title case ("Abu Dhabi").
	place string
	// country is the country named after the place ("ABUJA, Nigeria"), if any.
	country string
	// month and day as written; zero when absent.
	month, day int
	end        int
}

// undashedDateline reads a dateline closed by no dash at the start of the
// line first (lead is the offset of first in the text): an agency in
// brackets, a date closed by a full stop, a known place closed by one,
// or a known place alone on its line.
func undashedDateline(first string, lead int, known func(string) bool) (dateline, bool) {
	var d dateline
	if c, end := agencyHead(first); c > 0 {
		// "Lusaka, Mar 13 (Lake Press) The talks ...": the agency in
		// brackets closes the dateline, with no dash.
		d, ok := parseDateline(first[:c]+" - ", known)
		d.end = lead + end
		return d, ok
	} else if c, end := datedHead(first); c > 0 {
		// "TOMSK, May 4. /TASS/. The envoys met ...": the
		// date closes with a full stop, an agency between slashes.
		d, ok := parseDateline(first[:c]+" - ", known)
		d.end = lead + end
		return d, ok
	} else if i := strings.Index(first, ". "); i > 0 && i <= 30 && known != nil && (strings.ToUpper(first[:i]) == first[:i] || placeWords(first[:i]) && upperAt(first, i+2)) && hasLetter(first[:i]) && known(titleCase(first[:i])) {
		// "MEXICO CITY. The summit was held ...": a known place in
		// capitals closed by a full stop; "Lusaka. President X
		// received ..." in title case, as some dailies open.
		d, ok := parseDateline(first[:i]+" - ", known)
		d.end = lead + i + 2
		return d, ok
	} else if p := strings.TrimSpace(first); placeLine(p, known) {
		// "TUNIS" alone on its line above the time line: a
		// known place in capitals is the dateline.
		d.place = titleCase(p)
		d.end = lead + len(first)
		return d, true
	}
	return d, false
}

// afterLeadAgency returns the text after an agency's name in brackets
// and a dash that open s ("(ANSA) - "), and whether there was one.
func afterLeadAgency(s string) (string, bool) {
	if !strings.HasPrefix(s, "(") {
		return "", false
	}
	i := strings.IndexByte(s, ')')
	if i < 2 || i > 24 || strings.ContainsAny(s[1:i], "\n,.") {
		return "", false
	}
	rest := strings.TrimLeft(s[i+1:], " ")
	for _, dash := range []string{"- ", "-- ", "— ", "– "} {
		if strings.HasPrefix(rest, dash) {
			return rest[len(dash):], true
		}
	}
	return "", false
}

// parseDateline recognises "PLACE[, Country], Month Day -" or
// "PLACE (Reuters) -" at the start of s.
func parseDateline(s string, known func(string) bool) (dateline, bool) {
	var d dateline
	lead := len(s) - len(strings.TrimLeft(s, " \t\r\n\ufeff"))
	body := s[lead:]
	nl := strings.IndexByte(body, '\n')
	first := body
	if nl >= 0 {
		first = body[:nl]
	}
	first = strings.TrimRight(first, "\r")
	// "(ANSA) - ROME, JAN 29 - ...": the agency in brackets before the
	// place, then its dash.
	if rest, ok := afterLeadAgency(body); ok {
		d, ok := parseDateline(rest, known)
		d.end += lead + len(body) - len(rest)
		return d, ok
	}
	cut := -1
	colon := false
	// ".- " closes the agency in Spanish-language wire copy:
	// "Tegucigalpa, Apr 10 (EFE).- The summit ...".
	for _, sep := range []string{" - ", " -- ", " — ", " – ", " -\n", ": ", ").- "} {
		if i := strings.Index(first+"\n", sep); i >= 0 && (cut < 0 || i < cut) && i < 60 {
			cut = i
			colon = sep == ": "
			if sep == ").- " {
				cut = i + 1 // after the agency's bracket
			}
		}
	}
	if cut < 0 {
		if !strings.HasSuffix(strings.TrimSpace(first), " -") || len(first) >= 60 {
			return undashedDateline(first, lead, known)
		}
		cut = strings.LastIndex(first, " -")
	}
	head := strings.TrimSpace(first[:cut])
	// A trailing agency: "(Reuters)", "(Xinhua)", "(WAM)".
	if strings.HasSuffix(head, ")") {
		if i := strings.LastIndexByte(head, '('); i > 0 {
			head = head[:i]
		}
	}
	head = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(head), ","))
	parts := strings.Split(head, ",")
	place := cutAgencyTail(strings.TrimSpace(parts[0]), known)
	if place == "" || !hasLetter(place) || monthDay(place) {
		return d, false
	}
	if strings.ToUpper(place) != place || colon {
		// "New Delhi:", "ISLAMABAD:" – only a place the gazetteer knows.
		if known == nil || len(strings.Fields(place)) > 3 || !known(place) && !known(titleCase(place)) {
			return d, false
		}
	}
	// "POLITICS - LAWS": a web page's section crumb, no place; "WORLD
	// DESK - ...": a newsroom's desk.
	if en.SectionNames[strings.ToLower(place)] && (known == nil || !known(titleCase(place))) || en.DeskWords[strings.ToLower(lastWord(place))] {
		return d, false
	}
	d.place = titleCase(place)
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		f := strings.Fields(p)
		if len(f) >= 1 {
			if m, ok := en.MonthNames[strings.ToLower(strings.TrimSuffix(f[0], "."))]; ok {
				d.month = m
				if len(f) > 1 {
					n := 0
					for _, c := range f[1] {
						if c < '0' || c > '9' {
							break
						}
						n = n*10 + int(c-'0')
					}
					d.day = n
				}
				continue
			}
		}
		if d.country == "" && p != "" {
			d.country = p
		}
	}
	// The end offset covers the separator.
	sepEnd := lead + cut
	rest := s[sepEnd:]
	k := 0
	for k < len(rest) && (rest[k] == ' ' || rest[k] == '-' || rest[k] == '\n' || rest[k] == '.' && k == 0 || strings.HasPrefix(rest[k:], "—") || strings.HasPrefix(rest[k:], "–")) {
		if rest[k] >= utf8.RuneSelf {
			k += 3
		} else {
			k++
		}
	}
	d.end = sepEnd + k
	return d, true
}

// cutAgencyTail drops an agency a full stop parts from a known place
// before the dash: "ASTANA. LAKE NEWS" is Astana, while "St. Petersburg",
// whose part before the stop is no place, stays whole.
func cutAgencyTail(place string, known func(string) bool) string {
	i := strings.Index(place, ". ")
	if i <= 0 || known == nil || known(titleCase(place)) || !known(titleCase(place[:i])) || len(strings.Fields(place[i+2:])) > 3 {
		return place
	}
	return place[:i]
}

// placeWords reports one to three words, the first capitalised: "Lusaka",
// "Addis Ababa".
func placeWords(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	return unicode.IsUpper(r) && !strings.ContainsAny(s, ",;:\"'()")
}

// upperAt reports a capital letter at byte i of s.
func upperAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// placeLine reports a line that is only a place the gazetteer knows,
// written in capitals: "TUNIS", "NEW DELHI".
func placeLine(p string, known func(string) bool) bool {
	return known != nil && p != "" && len(strings.Fields(p)) <= 3 && strings.ToUpper(p) == p && hasLetter(p) &&
		!en.SectionNames[strings.ToLower(p)] && known(titleCase(p))
}

// cityLine returns the city a line holds alone, in any case and with a
// colon or dash after it ("Lusaka", "LILONGWE:"), as a dateline set on a
// line of its own; "" otherwise. Only a city: a country alone on a line is
// more often a subheading.
func cityLine(s string, city func(string) bool) string {
	p := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ":-–—"))
	if city == nil || p == "" || len(strings.Fields(p)) > 3 || !hasLetter(p) || en.SectionNames[strings.ToLower(p)] {
		return ""
	}
	if t := titleCase(p); (p == t || strings.ToUpper(p) == p) && city(t) {
		return t
	}
	return ""
}

// monthDay reports a date where a dateline's place would stand: "MAY 15"
// in "JUNE 2, 2026 - 09:40 AM", a page's time line.
func monthDay(s string) bool {
	f := strings.Fields(s)
	if len(f) != 2 || en.MonthNames[strings.ToLower(strings.TrimSuffix(f[0], "."))] == 0 {
		return false
	}
	return strings.Trim(f[1], "0123456789") == ""
}

// datedHead finds "PLACE, Month Day." at the start of line, the place in
// capitals, with an optional agency between slashes after it ("/TASS/."):
// the length of "PLACE, Month Day" and the offset where the text begins,
// or 0, 0.
func datedHead(line string) (int, int) {
	comma := strings.IndexByte(line, ',')
	if comma <= 0 || comma > 30 || strings.ToUpper(line[:comma]) != line[:comma] || !hasLetter(line[:comma]) {
		return 0, 0
	}
	f := strings.Fields(line[comma+1:])
	if len(f) < 2 {
		return 0, 0
	}
	if _, ok := en.MonthNames[strings.ToLower(f[0])]; !ok {
		return 0, 0
	}
	day := strings.TrimSuffix(f[1], ".")
	if day == f[1] || len(day) == 0 || len(day) > 2 || strings.Trim(day, "0123456789") != "" {
		return 0, 0
	}
	c := comma + 1 + strings.Index(line[comma+1:], f[1]) + len(day)
	end := c + 1
	rest := line[end:]
	trimmed := strings.TrimLeft(rest, " ")
	if strings.HasPrefix(trimmed, "/") {
		if i := strings.Index(trimmed[1:], "/"); i > 0 && i < 20 {
			trimmed = strings.TrimPrefix(trimmed[i+2:], ".")
		}
	}
	trimmed = strings.TrimLeft(trimmed, " ")
	return c, end + len(rest) - len(trimmed)
}

// agencyHead reads "Place, Month Day (Agency) " opening line: it returns
// the end of the date and the start of the text after the bracket, or 0, 0.
func agencyHead(line string) (int, int) {
	comma := strings.IndexByte(line, ',')
	if comma <= 0 || comma > 30 || !placeWords(line[:comma]) {
		return 0, 0
	}
	f := strings.Fields(line[comma+1:])
	if len(f) < 3 {
		return 0, 0
	}
	if _, ok := en.MonthNames[strings.ToLower(strings.TrimSuffix(f[0], "."))]; !ok {
		return 0, 0
	}
	if len(f[1]) > 2 || strings.Trim(f[1], "0123456789") != "" || !strings.HasPrefix(f[2], "(") {
		return 0, 0
	}
	open := comma + 1 + strings.Index(line[comma+1:], " (")
	closing := strings.IndexByte(line[open:], ')')
	if closing < 0 || closing > 30 || open+closing+2 >= len(line) || line[open+closing+1] != ' ' || !upperAt(line, open+closing+2) {
		return 0, 0
	}
	return open, open + closing + 2
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// titleCase turns "ABU DHABI" into "Abu Dhabi".
func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if unicode.IsLetter(r) {
			if up {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			up = false
		} else {
			b.WriteRune(r)
			up = r == ' ' || r == '-' || r == '('
		}
	}
	return b.String()
}

// segment cuts an article body into sentences, dropping boilerplate lines
// and the dateline, joining hard-wrapped lines, and keeping byte offsets.
func segment(text, title string, known, city func(string) bool) document {
	doc := document{text: text}
	ls := splitLines(text, title)
	wrap := wrapped(text, ls)
	lx := lexer{text: text}
	bodyStart := 0
	// The dateline opens the first line of prose: web pages may put a
	// section crumb, a headline or a caption line before it.
	seen := 0
	for _, l := range ls {
		if l.skip || l.end <= l.start {
			continue
		}
		if d, ok := parseDateline(text[l.start:], known); ok {
			doc.dateline = d
			bodyStart = l.start + d.end
			break
		}
		if p := cityLine(text[l.start:l.end], city); p != "" {
			doc.dateline = dateline{place: p, end: l.end - l.start}
			bodyStart = l.end
			break
		}
		seen++
		if seen >= 4 || terminal(strings.TrimSpace(text[l.start:l.end])) {
			break
		}
	}
	// Group lines into blocks: a block is a paragraph (wrapped copy) or a
	// single line (web copy).
	type block struct {
		start, end int
		heading    bool
	}
	var blocks []block
	cur := block{start: -1}
	flush := func() {
		if cur.start >= 0 {
			blocks = append(blocks, cur)
		}
		cur = block{start: -1}
	}
	for i, l := range ls {
		if l.skip || l.end <= bodyStart {
			flush()
			continue
		}
		st := max(l.start, bodyStart)
		s := strings.TrimSpace(text[st:l.end])
		if cur.start >= 0 {
			prev := ls[i-1]
			prevText := strings.TrimSpace(text[max(prev.start, bodyStart):prev.end])
			join := wrap && l.indent < 2 && !prev.blankAfter && !(terminal(prevText) && len(prevText) < 40)
			if !join {
				flush()
			}
		}
		if cur.start < 0 {
			cur.start = st
			cur.heading = !terminal(s) && !wrap && !runOnProse(s)
		}
		cur.end = l.end
		if !wrap || l.blankAfter {
			flush()
		}
	}
	flush()
	// A text with no line of prose at all ("X met Y in Berlin on
	// Tuesday", no final stop): its sentence-long lines are the prose.
	prose := false
	for _, b := range blocks {
		prose = prose || !b.heading
	}
	for i := range blocks {
		if !prose && len(strings.Fields(text[blocks[i].start:blocks[i].end])) >= 8 {
			blocks[i].heading = false
		}
	}
	para := 0
	for i, b := range blocks {
		if d, ok := storyDateline(text[b.start:b.end], known); ok && i > 0 && !b.heading && b.start+d.end < b.end {
			if doc.dateline.place != "" || len(doc.stories) > 0 {
				b.start += d.end
			} // else the article's own below a caption, read as before
			doc.stories = append(doc.stories, story{sent: len(doc.sentences), dl: d})
		}
		lx.toks = lx.toks[:0]
		lx.tokenize(b.start, b.end)
		toks := unquoteNames(lx.toks)
		doc.splitSentences(toks, b.heading, para)
		para++
	}
	return doc
}

// splitSentences appends the sentences of one block.
func (doc *document) splitSentences(toks []token, heading bool, para int) {
	begin := paragraphNumber(toks)
	emit := func(end int) {
		if end <= begin {
			return
		}
		s := sentence{toks: toks[begin:end:end], start: toks[begin].start, end: toks[end-1].end, heading: heading, para: para, idx: len(doc.sentences)}
		doc.sentences = append(doc.sentences, s)
		begin = end
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tokPunct {
			switch t.text {
			case ".", "!", "?", "…":
				// Absorb closing quotes and brackets.
				j := i + 1
				for j < len(toks) && toks[j].kind == tokPunct && (isCloser(toks[j].text) || toks[j].text == "." || toks[j].text == "…") {
					j++
				}
				if j >= len(toks) || startsSentence(toks[j]) {
					emit(j)
					i = j - 1
				}
			}
			continue
		}
		// "U.S." or "Gen." ending a sentence: the period is inside the word.
		if t.kind == tokWord && strings.HasSuffix(t.text, ".") && i+1 < len(toks) {
			n := toks[i+1]
			// "No. 10" abbreviates before a number only: "No. The
			// minister ..." ends an answer.
			abbr := strings.TrimSuffix(t.lower, ".")
			// A title before a pronoun is a surname ending the sentence:
			// "... greeted by the economist Amartya Sen. She spoke ...".
			if n.kind == tokWord && n.upper && en.SentenceStarters[n.lower] && (!en.Abbreviations[abbr] || abbr == "no" || abbr == "nos" || en.ClosingAbbreviations[abbr] || en.Pronouns[n.lower] != 0) {
				emit(i + 1)
			}
		}
	}
	emit(len(toks))
}

// unquoteNames returns a copy of toks without the quotation marks around
// a gathering's proper name (`The "Lake Basin Summit for Water," hosted
// by ...`): the name is read as if unquoted.
func unquoteNames(toks []token) []token {
	out := make([]token, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		if j := quotedNameEnd(toks, i); j > 0 {
			out = append(out, toks[i+1:j]...)
			i = j
			continue
		}
		out = append(out, toks[i])
	}
	return out
}

// quotedNameEnd returns the closing mark of a quoted gathering name that
// opens at i: capitalised words, with "of", "for", "on", "the", "and" or
// hyphens between them, one a gathering's head noun, and at most a comma
// or period before the closing mark; 0 for none.
func quotedNameEnd(toks []token, i int) int {
	if !isQuote(toks[i].text) || i+2 >= len(toks) || toks[i+1].kind != tokWord || !toks[i+1].upper {
		return 0
	}
	head := false
	for j := i + 1; j < len(toks) && j <= i+12; j++ {
		t := toks[j]
		switch {
		case isQuote(t.text):
			if head && j > i+1 {
				return j
			}
			return 0
		case t.kind == tokWord && t.upper:
			head = head || en.GatheringHeads[t.lower]
		case t.kind == tokWord && (t.lower == "of" || t.lower == "for" || t.lower == "on" || t.lower == "the" || t.lower == "and" || nameParticle(t.lower)), t.text == "-":
		case (t.text == "," || t.text == ".") && j+1 < len(toks) && isQuote(toks[j+1].text):
		default:
			return 0
		}
	}
	return 0
}

// nameParticle reports a particle of a proper name, alone or joined by a
// hyphen to the next word: "de", "el-Sheikh".
func nameParticle(w string) bool {
	p, _, _ := strings.Cut(w, "-")
	return en.NameParticles[p]
}

// paragraphNumber returns the number of tokens of a paragraph's number
// ("2. On arrival, ...", "14. The two sides ...") that opens a block of
// numbered paragraphs, as releases number them: no sentence of its own,
// which would stand between the sentences it parts. 0 for none.
func paragraphNumber(toks []token) int {
	if len(toks) < 3 || toks[0].kind != tokNum || len(toks[0].text) > 2 || toks[1].text != "." || !startsSentence(toks[2]) || toks[2].kind == tokNum {
		return 0
	}
	return 2
}

func isCloser(s string) bool {
	switch s {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

// startsSentence reports whether a token can open a sentence.
func startsSentence(t token) bool {
	if t.kind == tokPunct {
		switch t.text {
		case "\"", "“", "‘", "'", "(", "[", "«", "-", "—":
			return true
		}
		return false
	}
	if t.kind == tokNum {
		return true
	}
	return t.upper
}

// lastWord returns the last space-separated word of s, or "".
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
