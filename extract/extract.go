package extract

import (
	"context"
	"io"
	"log/slog"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/extract/en"
	"github.com/dipgraph/dipgraph/extract/timex"
	"github.com/dipgraph/dipgraph/schema"
)

// Limits that keep pathological input (a book-length list of names) linear.
const (
	maxPeople        = 2000
	maxEvents        = 2000
	maxSentenceWords = 400
)

// Extractor extracts facts from articles. It is safe for concurrent use.
type Extractor struct {
	lex    lexicon
	logger *slog.Logger
	// trace, when set, receives the frame decisions (for diagnosis in tests).
	trace io.Writer
}

// newWithLexicon builds an extractor over any lexicon (tests use small ones).
func newWithLexicon(lex lexicon, logger *slog.Logger) *Extractor {
	if logger == nil {
		logger = slog.Default()
	}
	return &Extractor{lex: lex, logger: logger}
}

// docState is the working state of one extraction.
type docState struct {
	// region is the country of the first state or province the article
	// names, once regionRead (see regionHome).
	region     string
	regionRead bool
	// pending are attendees listed before any gathering (see addPresent).
	pending []pendingAttendees
	// prose counts the prose sentences before each sentence (see
	// proseBetween).
	prose []int
	x     *Extractor
	a     schema.Article
	doc   document
	ms    [][]mention
	dates [][]timex.Match
	// sections gives each sentence the dated heading it stands under.
	sections []*section
	// people in order of first appearance.
	people []*entity
	// actors by IRI-ish key for countries, orgs and cities.
	others map[string]*entity
	// dateline country and city.
	dlISO  string
	dlCity string
	// storyDL are the datelines of the later items of a digest.
	storyDL []storyPlace
	// dests are the countries each person travels to (travelsTo).
	dests  map[*entity]map[string]bool
	events []*event
	// cur is the sentence being read, -1 once all are.
	cur int
	// topic is the person the discourse is about (the last subject).
	topic *entity
	// topics[si] is the topic once sentence si is read, prevTopics[si] the
	// one when it begins: what the frames of sentence si fall back on, not
	// the article's last topic.
	topics, prevTopics []*entity
	// prevTopic is prevTopics of the sentence being read by frames.
	prevTopic *entity
	// credHost, credSent and credDay are the one who received
	// credentials from envoys not yet named, the sentence that told it
	// ("took letters of credence from several envoys"; see
	// credentialsPresented) and an event dated as that ceremony.
	credHost []*entity
	credSent int
	credDay  *event
	// listHead is one plus the sentence that ends in a label of those
	// present and a colon, its list on the bulleted lines after it
	// ("Among them:"; see questionedList).
	listHead int
	// party is a host's meeting with a received party whose members the
	// text has yet to name ("X received the union delegation. It was led
	// by A ..."), told in sentence partySent; partyIn once it is among the
	// events (see partyNamed).
	party     *event
	partySent int
	partyIn   bool
	// lastCountry is the last country named (for "the country's").
	lastCountry string
	// members lists the member countries a text gives for a bloc.
	members map[*entity][]*entity
	// series are announcements of several meetings of one person ("Lula
	// held three bilateral meetings on Wednesday on the sidelines of the
	// General Assembly"); the meetings told after them share their day
	// and gathering.
	series []*event
	// companions are those who "accompanied" another on a trip.
	companions []companion
	// parties are travelling parties whose members the text named ("The
	// group, led by X, included A and B"), for "the lawmakers" and "they".
	parties []party
	// plurals are two or more persons told as one side of a journey or
	// meeting ("A and B landed", "they held talks with C"), for a later
	// "they" or "them" (pluralNear).
	plurals []party
	// homeISO caches home().
	homeISO *string
	// labelled caches firstLabelled() plus one (0: not yet read).
	labelled int
	// titlePerson is the one person the title names: the "I" of a statement.
	titlePerson  *entity
	titleMention *mention
	titleRead    bool
	// titleRole is the office the title gives that person when they are
	// its subject (titleFits).
	titleRole string
	// authorEnt is the person the opening lines of a first-person
	// release name, when its title names no one (author).
	authorEnt  *entity
	authorRead bool
	// signer is the person a letter's or post's sign-off names (see
	// signOff), once signRead.
	signer   *entity
	signRead bool
}

// Version names this build's extraction rules: the source revision the
// binary was built from (with "+dirty" for uncommitted changes), or "dev"
// when the build records none. A store re-reads an article whose facts
// another version wrote.
var Version = buildVersion()

func buildVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	rev, dirty := "", false
	for _, kv := range info.Settings {
		switch kv.Key {
		case "vcs.revision":
			rev = kv.Value
		case "vcs.modified":
			dirty = kv.Value == "true"
		}
	}
	if rev == "" {
		return "dev"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if dirty {
		rev += "+dirty"
	}
	return rev
}

// Version returns the version of the rules that Extract applies.
func (x *Extractor) Version() string { return Version }

// Extract returns the facts of one article; safe for concurrent use. Dates
// resolve against a.Published (zero = unknown: relative dates stay unknown).
func (x *Extractor) Extract(a schema.Article) schema.Facts {
	st := &docState{x: x, a: a, cur: -1, others: map[string]*entity{}, members: map[*entity][]*entity{}}
	st.doc = segment(a.Text, a.Title, x.knownPlace, x.knownCity)
	if st.doc.dateline.place == "" && a.Dateline != "" {
		// A corpus that keeps the dateline apart from the text.
		if d, ok := parseDateline(a.Dateline, x.knownPlace); ok {
			st.doc.dateline = d
		}
	}
	if st.doc.dateline.place == "" && len(st.doc.stories) > 0 {
		// The first dateline below a photo caption is the article's own.
		st.doc.dateline, st.doc.stories = st.doc.stories[0].dl, st.doc.stories[1:]
	}
	st.readDateline()
	st.ms = make([][]mention, len(st.doc.sentences))
	st.dates = make([][]timex.Match, len(st.doc.sentences))
	ref := datelineRef(a)
	stamps := st.itemDays(ref)
	lex := x.lex
	if defs := definedAcronyms(x.lex, a.Text); defs != nil {
		lex = acronymLexicon{x.lex, defs}
	}
	for i, s := range st.doc.sentences {
		st.ms[i] = findMentions(lex, s.toks)
		if !s.heading {
			r := ref
			if d, ok := stamps[s.para]; ok {
				r = d // "Tuesday, 18:10 - X: ... this evening": that Tuesday's
			}
			st.dates[i] = monthOfYear(a.Text[s.start:s.end], timex.Find(a.Text[s.start:s.end], r))
			if a.Published.IsZero() {
				st.dates[i] = borrowYear(a.Text[s.start:s.end], st.dates[i])
			}
		}
	}
	st.aheadEntries(ref)
	st.disambiguate()
	st.registerPeople()
	st.paternalSurnames()
	st.expandShortNames()
	st.resolveAll()
	st.readSections(ref)
	st.yearHeadings()
	st.prefixedRoles()
	st.assignCountries()
	st.frames()
	st.hostsCountries()
	st.otherSides()
	st.greetersCountries()
	st.partiesCountries()
	st.finish()
	f := st.facts()
	f.Extractor = Version
	if x.logger.Enabled(context.Background(), slog.LevelDebug) {
		x.logger.Debug("extracted facts", "article", a.ID, "sentences", len(st.doc.sentences), "actors", len(f.Actors), "events", len(f.Events))
	}
	return f
}

// itemDays returns the day of each paragraph that opens on a live
// timestamp with a weekday ("Tuesday, 18:10 -", "Tue 09:45:"), as roundups
// of posts and live blogs head their items: the latest such weekday on or
// before ref, which the item's "today" and "this evening" mean.
func (st *docState) itemDays(ref time.Time) map[int]time.Time {
	out := map[int]time.Time{}
	if ref.IsZero() {
		return out
	}
	seen := map[int]bool{}
	for _, s := range st.doc.sentences {
		if seen[s.para] {
			continue
		}
		seen[s.para] = true
		t := s.toks
		wd, ok := en.WeekdayOf(strings.TrimSuffix(lowerASCII(firstText(t, 0)), "."))
		n := 1
		if n < len(t) && t[n].text == "," {
			n++
		}
		if !ok || n+2 >= len(t) || t[n].kind != tokNum || t[n+1].text != ":" || t[n+2].kind != tokNum {
			continue
		}
		back := (int(ref.Weekday()) - int(wd) + 7) % 7
		out[s.para] = ref.AddDate(0, 0, -back)
	}
	return out
}

// firstText returns the text of token i of toks, or "".
func firstText(toks []token, i int) string {
	if i >= len(toks) {
		return ""
	}
	return toks[i].text
}

// datelineRef is the day relative dates ("today", "on Monday") count
// from: the date of the story's dateline ("ABU DHABI, 13th April, 2025 --")
// when it falls a few days before the feed's publication date, which then
// only records when the story was posted; else the publication date.
func datelineRef(a schema.Article) time.Time {
	if a.Published.IsZero() {
		return a.Published
	}
	d, ok := timex.Dateline(a.Text, a.Published)
	if !ok || !d.Before(a.Published) || a.Published.Sub(d) > 3*24*time.Hour {
		return a.Published
	}
	return d
}

// readDateline resolves the dateline place to a city and country, and
// those of the later items of a digest.
func (st *docState) readDateline() {
	st.dlCity, st.dlISO = st.resolveDateline(st.doc.dateline)
	for _, s := range st.doc.stories {
		city, iso := st.resolveDateline(s.dl)
		st.storyDL = append(st.storyDL, storyPlace{sent: s.sent, city: city, iso3: iso, day: st.datelineDay(s.dl)})
	}
}

// storyPlace is the resolved dateline of a later item of a digest.
type storyPlace struct {
	sent       int
	city, iso3 string
	// day is the item's dateline day, zero when it gives none.
	day time.Time
}

// datelineDay resolves the month and day of a dateline to the latest such
// day on or before publication, within a month of it; zero otherwise.
func (st *docState) datelineDay(d dateline) time.Time {
	pub := st.a.Published
	if d.month == 0 || d.day == 0 || pub.IsZero() {
		return time.Time{}
	}
	t := time.Date(pub.Year(), time.Month(d.month), d.day, 0, 0, 0, 0, time.UTC)
	if t.After(pub) {
		t = t.AddDate(-1, 0, 0)
	}
	if t.Day() != d.day || pub.Sub(t) > 31*24*time.Hour {
		return time.Time{}
	}
	return t
}

// storyDay returns the dateline day of the digest item holding sentence
// si ("BEIJING, April 14 - ..." in a run of captions), zero in the story
// the article opens with: an item's own dateline dates it, while the
// article's dateline only tells when the story was filed.
func (st *docState) storyDay(si int) time.Time {
	if n := st.storyOf(si); n >= 0 {
		return st.storyDL[n].day
	}
	return time.Time{}
}

// resolveDateline returns the city and country of a dateline.
func (st *docState) resolveDateline(d dateline) (city, iso string) {
	if d.place == "" {
		return "", ""
	}
	es := st.x.lex.lookup(d.place)
	if len(es) == 0 {
		// "RIO DE JANEIRO" was title-cased to "Rio De Janeiro": the
		// capitals' own index has it.
		es = st.x.lex.lookup(strings.ToUpper(d.place))
	}
	if len(es) > 0 {
		for _, e := range es {
			if e.kind == lexCity {
				return e.name, e.iso3
			}
		}
		if e := best(es); e.kind == lexCountry {
			return d.place, e.iso3
		}
	}
	if d.country != "" {
		if es := st.x.lex.lookup(d.country); len(es) > 0 && best(es).kind == lexCountry {
			iso = best(es).iso3
		}
	}
	return d.place, iso
}

// dlCity is the dateline city of the story sentence c is in.
func (c *sctx) dlCity() string {
	city, _ := c.st.datelineAt(c.si)
	return city
}

// dlISO is the dateline country of the story sentence c is in.
func (c *sctx) dlISO() string {
	_, iso := c.st.datelineAt(c.si)
	return iso
}

// datelineAt returns the dateline city and country of the story holding
// sentence si: a digest item's own, else the article's.
func (st *docState) datelineAt(si int) (city, iso string) {
	if n := st.storyOf(si); n >= 0 {
		return st.storyDL[n].city, st.storyDL[n].iso3
	}
	return st.dlCity, st.dlISO
}

// onStoryDay reports an event of a digest item with a dated dateline that
// the text dates to no other day.
func (st *docState) onStoryDay(e *event) bool {
	d := st.storyDay(e.sent)
	return !d.IsZero() && (!e.dated() || e.date.Precision == schema.PrecisionDay && e.date.Time.Equal(d))
}

// storyOf returns the index in storyDL of the digest item holding
// sentence si, or -1 in the story the article opens with.
func (st *docState) storyOf(si int) int {
	n := -1
	for i, s := range st.storyDL {
		if s.sent <= si {
			n = i
		}
	}
	return n
}

// historical maps a modern country to the state that held its territory
// at the article's date (the Soviet Union before 1992, West Germany before
// reunification, Yugoslavia, Czechoslovakia).
func (st *docState) historical(iso3 string) string {
	p := st.a.Published
	if p.IsZero() {
		return iso3
	}
	y := p.Year()
	switch iso3 {
	case "RUS", "UKR", "BLR", "KAZ", "UZB", "TKM", "KGZ", "TJK", "ARM", "AZE", "GEO", "MDA", "LTU", "LVA", "EST":
		if y < 1992 && y > 1922 {
			return "SUN"
		}
	case "DEU":
		if y < 1990 || y == 1990 && p.Month() < 10 {
			return "FRG"
		}
	case "SRB", "MNE", "BIH", "HRV", "SVN", "MKD":
		if y < 1991 && y > 1945 || (iso3 == "SRB" || iso3 == "MNE") && y < 2003 && y >= 1991 {
			return "YUG"
		}
	case "CZE", "SVK":
		if y < 1993 && y > 1945 {
			return "CSK"
		}
	}
	return iso3
}

// expandShortNames gives a person the article names only by surname, or
// by initials and surname ("Blinken", "A. Blinken"), the full name of the
// one person the gazetteer knows by that surname, when that person holds
// an office at the article's date, of the country the text gives if any,
// with the same initial.
func (st *docState) expandShortNames() {
	pub := st.a.Published
	for _, p := range st.people {
		toks := strings.Fields(p.name)
		if full := st.styledName(p.role, p.name); len(toks) == 1 && full != "" {
			// "King Charles": the gazetteer files the title and the
			// name together for Charles III.
			p.addAlias(p.name)
			p.name = full
			p.single = false
			continue
		}
		if full := st.initialledName(p.name); full != "" {
			// "Peter K. Banda Jr.": the gazetteer's name has no middle
			// initial.
			p.addAlias(p.name)
			p.name = full
			continue
		}
		if full := st.aliasOfOne(p.name); full != "" {
			// "von der Leyen": a form the gazetteer files for one person.
			p.addAlias(p.name)
			p.name = full
			p.single = false
			continue
		}
		if len(toks) >= 3 && p.iso3 == "" {
			st.middleNamed(p, toks)
			continue
		}
		if len(toks) == 0 || len(toks) > 2 || len(toks) == 2 && !isInitial(strings.ToLower(toks[0])) {
			continue
		}
		var full string
		n := 0
		cands := st.x.lex.lookup(toks[len(toks)-1])
		if !hasPerson(cands) && p.role != "" && en.OfficialRole(p.role) {
			cands = st.officeHolders(toks[len(toks)-1])
		}
		for _, e := range cands {
			if e.kind != lexPerson || e.personCountry == nil || e.name == full {
				continue
			}
			iso := e.personCountry(pub)
			if iso == "" || p.iso3 != "" && st.historical(p.iso3) != st.historical(iso) {
				continue
			}
			if p.role != "" && !strings.Contains(strings.ToLower(p.role), "former") && e.personTitle != nil && e.personTitle(pub) == "" && pub.After(untitledStale) {
				// A title in office now, and the person only an old
				// dictionary's open office: "Minister Reid" in 2024 is
				// not the senator of 2007.
				continue
			}
			if len(toks) == 2 && !strings.EqualFold(toks[0][:1], e.name[:1]) {
				continue
			}
			full, n = e.name, n+1
		}
		if n == 1 && (len(strings.Fields(full)) > len(toks) || len(toks) == 2 && fullerGiven(strings.Fields(foldName(full)), p.tokens())) {
			p.addAlias(p.name)
			p.name = full
			p.single = false
		}
	}
}

// untitledStale is the day after which an office the gazetteer knows only
// from the Phoenix dictionaries (no title, still open when they were made
// in 2014) no longer names a person by surname alone.
var untitledStale = time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)

// paternalSurnames names a person written with two surnames, the way
// Spanish and Portuguese names are ("Martín Quispe Mamani", "Ana Lopes
// Ferreira"), by the given names and the first surname when the text
// alone calls them by that surname ("Quispe") and never by the last: the
// name the person goes by. The full form stays an alias.
func (st *docState) paternalSurnames() {
	for _, p := range st.people {
		toks := p.tokens()
		n := len(toks)
		words := strings.Fields(p.name)
		if n < 3 || len(words) != n || len(toks[n-2]) < 3 || en.NameSuffixes[toks[n-1]] || hasPerson(st.x.lex.lookup(p.name)) {
			continue // ("Jr." is no second surname)
		}
		first, last := false, false
		for _, a := range p.aliases {
			switch at := strings.Fields(foldName(a)); {
			case len(at) == 1 && at[0] == toks[n-2]:
				first = true
			case len(at) == 1 && at[0] == toks[n-1]:
				last = true
			}
		}
		if first && !last {
			p.addAlias(p.name)
			p.name = strings.Join(words[:n-1], " ")
		}
	}
}

// middleNamed gives a person written with a middle name or a second
// surname the gazetteer does not file ("Javier Gerardo Milei", "Gabriel
// Boric Font") the country of the one known person of that given name and
// the last or the second word ("Javier Milei", "Gabriel Boric") on the
// article's date; the name stays as written.
func (st *docState) middleNamed(p *entity, toks []string) {
	if hasPerson(st.x.lex.lookup(p.name)) {
		return
	}
	given, iso, n := foldName(toks[0]), "", 0
	seen := map[string]bool{}
	for _, sur := range []string{toks[len(toks)-1], toks[1]} {
		for _, e := range st.x.lex.surnamed(sur) {
			f := strings.Fields(foldName(e.name))
			if e.kind != lexPerson || e.personCountry == nil || e.ambiguous || len(f) != 2 || f[0] != given || seen[e.name] {
				continue
			}
			seen[e.name] = true
			if c := e.personCountry(st.a.Published); c != "" {
				iso, n = c, n+1
			}
		}
	}
	if n == 1 {
		p.iso3 = iso
	}
}

// officeHolders returns the known people of a surname in public office at
// the article's date ("President Reagan"), else those who had held one
// before it ("President Carter" in 1987, a former president).
func (st *docState) officeHolders(surname string) []lexEntry {
	var now, before []lexEntry
	for _, e := range st.x.lex.surnamed(surname) {
		switch {
		case e.personOffice(st.a.Published):
			now = append(now, e)
		case e.personServed(st.a.Published):
			before = append(before, e)
		}
	}
	if len(now) > 0 {
		return now
	}
	return before
}

// hasPerson reports whether a known person is among es.
func hasPerson(es []lexEntry) bool {
	for _, e := range es {
		if e.kind == lexPerson {
			return true
		}
	}
	return false
}

// knownTitle returns the office the gazetteer gives the person at the
// article's date ("Foreign Minister"), or "".
func (st *docState) knownTitle(p *entity) string {
	for _, le := range st.x.lex.lookup(p.name) {
		if le.kind == lexPerson && le.personTitle != nil && !le.ambiguous {
			return le.personTitle(st.a.Published)
		}
	}
	return ""
}

// appositiveOf returns the person a role mention stands in apposition to,
// between commas right after the name: "Prince X, Crown Prince and Prime
// Minister, received"; nil otherwise.
func appositiveOf(ms []mention, mi int, toks []token) *entity {
	// "Crown Prince and Prime Minister": two roles of one appositive.
	first, last := mi, mi
	for first > 0 && ms[first-1].kind == mRole && ms[first-1].j+1 == ms[first].i && toks[ms[first].i-1].lower == "and" {
		first--
	}
	for last+1 < len(ms) && ms[last+1].kind == mRole && ms[last].j+1 == ms[last+1].i && toks[ms[last].j].lower == "and" {
		last++
	}
	start, end := ms[first].i, ms[last].j
	if start >= 3 && toks[start-1].lower == "then" && toks[start-2].text == "," {
		start-- // "X, then president, flew": X's title of that time
	}
	if start >= 3 && toks[start-1].lower == "the" && toks[start-2].text == "," {
		start-- // "X, the minister responsible for trade, said"
		end = postmodifierEnd(toks, end)
	}
	if end < len(toks) && (toks[end].lower == "for" || toks[end].lower == "of" || toks[end].lower == "to") {
		// "Y welcomed X, Kenya's special envoy for the Great Lakes": to
		// the comma or the end of the sentence.
		end = roleScopeEnd(toks, end)
	}
	if first == 0 || start < 2 || end >= len(toks) {
		return nil
	}
	// The name's own mention may hold the first role already: "X, Crown
	// Prince" read as one, then "and Prime Minister".
	comma := toks[start-1].text == ","
	if toks[end].text != "," && !(comma && end == len(toks)-1 && toks[end].text == ".") {
		return nil
	}
	// "A, the head of the X Commission, B": the title of the name after
	// it, in a list.
	for q := last + 1; q < len(ms) && ms[q].i <= end+1; q++ {
		if ms[q].kind == mPerson && ms[q].i == end+1 {
			return nil
		}
	}
	if !comma && toks[start-1].lower != "and" {
		return nil
	}
	for q := first - 1; q >= 0; q-- {
		if ms[q].modifier {
			continue
		}
		if ms[q].kind == mPerson && ms[q].j == start-1 && ms[q].ent != nil && (comma || ms[q].role != "") {
			return ms[q].ent
		}
		return nil
	}
	return nil
}

// roleScopeEnd returns the comma or final period that closes the scope
// of a role's "for", "of" or "to" phrase at j ("envoy for the Great Lakes
// region, said"), or j when a verb or other punctuation comes first.
func roleScopeEnd(toks []token, j int) int {
	for q := j + 1; q < len(toks) && q < j+10; q++ {
		switch {
		case toks[q].text == "," || toks[q].text == "." && q == len(toks)-1:
			return q
		case toks[q].kind == tokPunct && toks[q].text != "-" || toks[q].kind == tokWord && toks[q].lower != "and" && isVerbish(toks[q].lower):
			return j
		}
	}
	return j
}

// holderNamed returns the one person the text names, before or after,
// whom the gazetteer gives the title role (lower case) on the publication
// day, of country iso when given: "The Taoiseach has spoken with X ...
// Micheál Martin said" is Micheál Martin. Nil for none or several.
func (st *docState) holderNamed(role, iso string) *entity {
	var found *entity
	for _, p := range st.people {
		if p.single || !strings.EqualFold(st.knownTitle(p), role) {
			continue
		}
		if iso != "" && st.historical(st.knownAs(p)) != st.historical(iso) {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

// aliasOfOne returns the full name of the one person the gazetteer files
// a multi-word name under when that full name is longer ("von der Leyen"
// is "Ursula von der Leyen") or the same words in another order, or "".
func (st *docState) aliasOfOne(name string) string {
	if len(strings.Fields(name)) < 2 {
		return ""
	}
	full := ""
	for _, e := range st.x.lex.lookup(name) {
		if e.kind != lexPerson || e.ambiguous || full != "" && e.name != full {
			return ""
		}
		full = e.name
	}
	if reordered(full, name) {
		return full // "Ishiba Shigeru", written family name first
	}
	if len(strings.Fields(full)) <= len(strings.Fields(name)) || !strings.HasSuffix(foldName(full), foldName(name)) {
		return ""
	}
	return full
}

// styledName returns the one person the gazetteer knows by a title and a
// given name together ("King Charles", "Pope Leo"), or "".
func (st *docState) styledName(role, name string) string {
	if role == "" || strings.Contains(role, " ") {
		return ""
	}
	full := ""
	for _, e := range st.x.lex.lookup(role + " " + name) {
		if e.kind != lexPerson || e.ambiguous || full != "" && e.name != full {
			return ""
		}
		full = e.name
	}
	return full
}

// reordered reports whether two names hold the same words in another
// order.
func reordered(a, b string) bool {
	wa, wb := strings.Fields(foldName(a)), strings.Fields(foldName(b))
	if len(wa) != len(wb) || slices.Equal(wa, wb) {
		return false
	}
	slices.Sort(wa)
	slices.Sort(wb)
	return slices.Equal(wa, wb)
}

// placeAfter reports whether a city or country is named within six tokens
// after token j.
func placeAfter(ms []mention, j int) bool {
	for _, n := range ms {
		if n.i > j && n.i <= j+6 && (n.kind == mCity || n.kind == mCountry) {
			return true
		}
	}
	return false
}

// fullerGiven reports whether name a spells out given names that b gives
// only as initials ("daniel ochieng" against "d. ochieng").
func fullerGiven(a, b []string) bool {
	fuller := false
	for i := 0; i+1 < len(a) && i+1 < len(b); i++ {
		ia, ib := isInitial(a[i]), isInitial(b[i])
		if ia && !ib {
			return false
		}
		fuller = fuller || ib && !ia
	}
	return fuller
}

// isInitial reports whether a folded name word is an initial ("d.", "d").
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len([]rune(w)) == 1
}

// knowsPerson reports a person the gazetteer knows by name.
func (st *docState) knowsPerson(name string) bool {
	for _, le := range st.x.lex.lookup(name) {
		if le.kind == lexPerson {
			return true
		}
	}
	return false
}

// namedOutright returns the names of the people the text names in words,
// not only through a social-media handle, by handleKey.
func (st *docState) namedOutright() map[string]string {
	out := map[string]string{}
	for si, ms := range st.ms {
		toks := st.doc.sentences[si].toks
		for _, m := range ms {
			if k := handleKey(m.name); k != "" && m.kind == mPerson && m.j <= len(toks) && m.j > 0 && !toks[m.j-1].handle {
				out[k] = m.name
			}
		}
	}
	return out
}

// handleKey is what a handle keeps of a name: the first three letters of
// its first word and its last word, folded ("Will Ruto", as a handle may
// spell it, and "William Ruto" share one); "" for a single word.
func handleKey(name string) string {
	f := strings.Fields(foldName(name))
	if len(f) < 2 {
		return ""
	}
	first := f[0]
	if len(first) > 3 {
		first = first[:3]
	}
	return first + " " + f[len(f)-1]
}

// registerPeople creates person entities from named mentions, merging
// surnames with full names.
func (st *docState) registerPeople() {
	byWord := map[string][]*entity{}
	knownAs := map[string]*entity{} // "X, known as Hemedti": the other name
	companies := st.companyBases()
	named := st.namedOutright()
	for si := range st.ms {
		for mi := range st.ms[si] {
			m := &st.ms[si][mi]
			if m.kind != mPerson {
				continue
			}
			if toks := st.doc.sentences[si].toks; m.j <= len(toks) && m.j > 0 && toks[m.j-1].handle && !st.knowsPerson(m.name) {
				full, ok := named[handleKey(m.name)]
				if !ok {
					m.kind = 0 // "@LakeNews": a handle that names no one the text or the gazetteer knows
					continue
				}
				m.name = full // "@WillRuto" after "William Ruto"
			}
			if e := knownAs[foldName(m.name)]; e != nil {
				m.ent = e
				continue
			}
			if e := st.knownAsOf(si, mi); e != nil {
				e.addAlias(m.name)
				knownAs[foldName(m.name)] = e
				m.ent = e
				continue
			}
			if companies[foldName(m.name)] || m.role != "" && companies[foldName(m.role+" "+m.name)] {
				// "Harlow Mercer Corp said ... Harlow Mercer met the
				// governor": the company's short name, no person.
				m.kind, m.company = mOrg, true
				continue
			}
			single := m.single
			// Candidates share a word with the mention (an index keeps this
			// linear in the number of names).
			toks := strings.Fields(foldName(m.name))
			known := st.mentionCanon(si, m)
			e, otherName := st.personNamed(toks, m.name, known, titleGender(st.doc.sentences[si].toks, m), byWord)
			nw := len(toks)
			if e == nil {
				if len(st.people) >= maxPeople {
					continue
				}
				e = &entity{kind: schema.KindPerson, name: m.name, first: si, single: nw == 1, pos: len(st.people), known: known}
				if single {
					e.single = true
				}
				if nw == 1 && known != "" || otherName || known != "" && otherArticleJoin(m.name) == known {
					// "King Sultan Ibrahim": the full name the gazetteer
					// knows him by; a nom de guerre, the name he goes by;
					// "al Sharaa" for "al-Sharaa", the way it files it.
					e.addAlias(m.name)
					e.name, e.single = known, false
				}
				st.people = append(st.people, e)
			} else if !otherName && (nw > len(e.tokens()) || nw == len(e.tokens()) && fullerGiven(toks, e.tokens())) {
				// "Daniel Ochieng" after "D. Ochieng": the full name wins.
				e.addAlias(e.name)
				e.name = m.name
				e.single = false
			} else {
				e.addAlias(m.name)
			}
			for _, w := range e.tokens() {
				if l := byWord[w]; len(l) == 0 || l[len(l)-1] != e {
					byWord[w] = append(l, e)
				}
			}
			if m.role != "" && e.role == "" {
				e.role = m.role
			}
			if m.org != "" && e.org == "" {
				e.org = m.org
			}
			if m.iso3 != "" && !e.explicit {
				e.iso3 = m.iso3
				e.explicit = true
				// "Congolese President X": of the two countries the
				// demonym names, the one the gazetteer knows X for.
				if k := st.knownAs(e); k != "" && slices.Contains(m.altISO, k) {
					e.iso3 = k
				}
			}
			if !single || m.role != "" {
				e.single = e.single && nw == 1 && m.role == "" && len(e.aliases) == 0
			}
			m.ent = e
		}
	}
	// A single word that names nobody else and has no role is not a person.
	for si := range st.ms {
		for mi := range st.ms[si] {
			m := &st.ms[si][mi]
			if m.kind == mPerson && m.ent != nil && m.ent.single && m.ent.role == "" && m.ent.iso3 == "" {
				if st.lexPerson(m.name) {
					continue
				}
				m.kind = 0
				m.ent = nil
			}
		}
	}
	kept := st.people[:0]
	for _, p := range st.people {
		if p.single && p.role == "" && p.iso3 == "" && !st.lexPerson(p.name) {
			continue
		}
		kept = append(kept, p)
	}
	st.people = kept
}

// lexCanon returns the canonical name of the one person the gazetteer
// knows by name (a name of more than one word), or "".
func (st *docState) lexCanon(name string) string {
	if k := st.lexCanonExact(name); k != "" {
		return k
	}
	if bare := dropMiddleInitials(name); bare != name {
		return st.lexCanonExact(bare) // "Peter K. Banda Jr."
	}
	if alt := otherArticleJoin(name); alt != name {
		return st.lexCanonExact(alt) // "Ahmed al Sharaa" filed as "Ahmed al-Sharaa"
	}
	return ""
}

// otherArticleJoin writes the Arabic articles of a name (en.JoinedArticles)
// the other way: hyphened where the name has them apart, apart where it
// hyphens them.
func otherArticleJoin(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		if en.JoinedArticles[w] && i+1 < len(f) {
			f[i] = w + "-" + f[i+1]
			f[i+1] = ""
		} else if a, rest, ok := strings.Cut(w, "-"); ok && en.JoinedArticles[a] && rest != "" {
			f[i] = a + " " + rest
		}
	}
	return strings.Join(strings.Fields(strings.Join(f, " ")), " ")
}

// dropMiddleInitials removes the initials between the first and the last
// word of a name ("Peter K. Banda Jr." → "Peter Banda Jr.").
func dropMiddleInitials(name string) string {
	f := strings.Fields(name)
	if len(f) < 3 {
		return name
	}
	out := f[:1:1]
	for _, w := range f[1 : len(f)-1] {
		if len(strings.TrimSuffix(w, ".")) != 1 {
			out = append(out, w)
		}
	}
	if len(out) == 1 {
		return name
	}
	return strings.Join(append(out, f[len(f)-1]), " ")
}

// initialledName returns the gazetteer's name for a name written with a
// middle initial it does not file, or "".
func (st *docState) initialledName(name string) string {
	bare := dropMiddleInitials(name)
	if bare == name || hasPerson(st.x.lex.lookup(name)) {
		return ""
	}
	return st.lexCanonExact(bare)
}

// lexCanonExact is lexCanon for the name as written.
func (st *docState) lexCanonExact(name string) string {
	first := ""
	for _, le := range st.x.lex.lookup(name) {
		if le.kind != lexPerson || le.ambiguous {
			continue
		}
		// Of two people of one name, the one in office on the day.
		if le.personCountry != nil && le.personCountry(st.a.Published) != "" {
			return le.name
		}
		if first == "" {
			first = le.name
		}
	}
	return first
}

// mentionCanon returns the canonical name of the person the gazetteer
// knows a mention by: its name, or a one-word name with the words of its
// title before it ("Sultan Ibrahim", "King Sultan Ibrahim"); "" when none.
func (st *docState) mentionCanon(si int, m *mention) string {
	if k := st.lexCanon(m.name); k != "" || strings.Contains(m.name, " ") {
		return k
	}
	toks := st.doc.sentences[si].toks
	for q := m.j - 2; q >= m.i; q-- {
		if k := st.lexCanon(phrase(toks, q, m.j)); k != "" {
			return k
		}
	}
	return ""
}

// personNamed returns the person told already whom a mention of folded
// words toks (known to the gazetteer as known, or "") names, or nil; and
// whether the mention is a name of the gazetteer's person with no word of
// its canonical one ("Abu Mohammed al-Jolani" for "Ahmed al-Sharaa"), which
// then finds the person by the gazetteer's name.
func (st *docState) personNamed(toks []string, raw, known string, sex byte, byWord map[string][]*entity) (*entity, bool) {
	// The first person named so, and of several, the one whose first name
	// best fits the mention's title ("Mr Macron" after "Brigitte Macron"
	// and "Emmanuel Macron"): of its sex, else of none known, else any (a
	// first name is no sure sign of sex).
	var e *entity
	best := 0
	for _, w := range toks {
		for _, p := range byWord[w] {
			if sameTokens(toks, p.tokens()) && !st.knownApart(known, p) && !st.givenApart(toks, p.tokens()) && !hyphenTail(raw, p.name) {
				if fit := st.sexFit(p, sex); e == nil || fit > best || fit == best && p.pos < e.pos {
					e, best = p, fit
				}
			}
		}
	}
	otherName := known != "" && !sharesWord(toks, strings.Fields(foldName(known)))
	if e == nil && otherName {
		for _, p := range st.people {
			if p.known == known {
				return p, true
			}
		}
	}
	return e, otherName
}

// titleGender is the sex a title at or just before a person's mention tells
// ("Mr", "Mrs", "Queen"; en.FemaleTitles, en.MaleTitles), or 0.
func titleGender(toks []token, m *mention) byte {
	for _, q := range []int{m.i - 1, m.i} {
		switch {
		case q < 0 || q >= len(toks) || toks[q].kind != tokWord:
		case en.FemaleTitles[toks[q].lower]:
			return 'f'
		case en.MaleTitles[toks[q].lower]:
			return 'm'
		}
	}
	return 0
}

// sexFit rates how the first name of person p fits the sex a mention's
// title tells: 2 of that sex, 1 of none known (or no title), 0 of the other.
func (st *docState) sexFit(p *entity, sex byte) int {
	if sex == 0 {
		return 1
	}
	switch g, _ := st.genderOf(p); g {
	case 0:
		return 1
	case sex:
		return 2
	}
	return 0
}

// hyphenTail reports that one name is only the part after the hyphen of
// the other's double-barrelled surname: "Marcos" is not "Liza
// Araneta-Marcos", nor "Banda" "Grace Phiri-Banda" ("al-Sharaa" is a
// particle's, and stays "Sharaa").
func hyphenTail(a, b string) bool {
	if strings.ContainsAny(a, " -") {
		a, b = b, a
	}
	f := strings.Fields(b)
	if a == "" || strings.ContainsAny(a, " -") || len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	i := strings.LastIndex(last, "-")
	if i <= 0 || en.NameParticles[strings.ToLower(last[:i])] || en.NameParticles[strings.ToLower(last[:i+1])] {
		return false
	}
	return foldName(last[i+1:]) == foldName(a)
}

// sharesWord reports whether two folded names have a word in common,
// particles ("al", "bin") aside.
func sharesWord(a, b []string) bool {
	for _, w := range a {
		if !en.NameParticles[w] && slices.Contains(b, w) {
			return true
		}
	}
	return false
}

// knownApart reports that the gazetteer knows a mention (canonical name
// known) and the person p as two people: "Sultan Ibrahim", Malaysia's
// king, is not "Anwar Ibrahim", though the last words agree.
func (st *docState) knownApart(known string, p *entity) bool {
	if known == "" {
		return false
	}
	if p.known != "" {
		return p.known != known
	}
	for _, n := range append([]string{p.name}, p.aliases...) {
		if k := st.lexCanon(n); k != "" && k != known {
			return true
		}
	}
	return false
}

// knownAsOf returns the person registered for the mention just before
// mention mi of sentence si when mi is the other name it is "known as"
// ("Daniel Kiprono Lagat, known as Kiprop"), or nil.
func (st *docState) knownAsOf(si, mi int) *entity {
	toks, ms := st.doc.sentences[si].toks, st.ms[si]
	i := ms[mi].i
	if mi == 0 || i < 4 || toks[i-1].lower != "as" || toks[i-2].lower != "known" {
		return nil
	}
	q := i - 3
	if toks[q].lower == "better" || toks[q].lower == "widely" || toks[q].lower == "popularly" {
		q--
	}
	if q < 1 || toks[q].text != "," {
		return nil
	}
	prev := ms[mi-1]
	if prev.kind != mPerson || prev.j != q || prev.ent == nil {
		return nil
	}
	return prev.ent
}

// companyBases returns the folded names of the article's companies
// without their suffixes ("harlow mercer" for "Harlow Mercer Corp").
func (st *docState) companyBases() map[string]bool {
	out := map[string]bool{}
	for si := range st.ms {
		for _, m := range st.ms[si] {
			if !m.company {
				continue
			}
			ws := strings.Fields(m.name)
			for len(ws) > 1 && institutionHead(strings.ToLower(ws[len(ws)-1])) {
				ws = ws[:len(ws)-1]
			}
			if len(ws) >= 2 {
				out[foldName(strings.Join(ws, " "))] = true
			}
			// "Pope, Evans and Robbins Inc" is "Pope Evans" for short.
			if len(ws) >= 4 && ws[1] == "," {
				out[foldName(ws[0]+" "+ws[2])] = true
			}
		}
	}
	return out
}

// namePart reports whether w is a word of the name of a person of the
// article ("Frederiksen" after "Mette Frederiksen").
func (st *docState) namePart(w string) bool {
	for _, p := range st.people {
		for _, f := range strings.Fields(p.name) {
			if f == w {
				return true
			}
		}
	}
	return false
}

func (st *docState) lexPerson(name string) bool {
	for _, e := range st.x.lex.lookup(name) {
		if e.kind == lexPerson {
			return true
		}
	}
	return false
}

// country returns the entity of a country.
func (st *docState) country(iso3 string) *entity {
	iso3 = st.historical(iso3)
	k := "c:" + iso3
	if e, ok := st.others[k]; ok {
		return e
	}
	e := &entity{kind: schema.KindCountry, iso3: iso3, name: st.x.lex.countryName(iso3)}
	if w := st.writtenAs(iso3); w != "" {
		e.name = w // "Côte d'Ivoire" where the story writes it so
	}
	if e.name == "" {
		e.name = iso3
	}
	st.others[k] = e
	return e
}

// writtenAs returns the one of a country's two English short names
// (en.CountryShortNames) that the article writes first, or "".
func (st *docState) writtenAs(iso3 string) string {
	forms := en.CountryShortNames[iso3]
	if len(forms) == 0 {
		return ""
	}
	text := foldName(st.a.Text)
	best, at := "", -1
	for _, f := range forms {
		if i := strings.Index(" "+text+" ", " "+foldName(f)+" "); i >= 0 && (at < 0 || i < at) {
			best, at = f, i
		}
	}
	return best
}

// org returns the entity of an organisation.
func (st *docState) org(name string) *entity {
	k := "o:" + strings.ToLower(name)
	if e, ok := st.others[k]; ok {
		return e
	}
	e := &entity{kind: schema.KindOrganization, name: name}
	st.others[k] = e
	return e
}

// city returns the entity of a city.
func (st *docState) city(name, iso3 string) *entity {
	k := "t:" + strings.ToLower(name)
	if e, ok := st.others[k]; ok {
		return e
	}
	e := &entity{kind: schema.KindCity, name: name, iso3: iso3}
	st.others[k] = e
	return e
}

// quoteMask marks the tokens of a sentence that are inside quotation marks.
func quoteMask(toks []token) []bool {
	in := make([]bool, len(toks))
	q := false
	for k, t := range toks {
		if t.kind == tokPunct {
			switch t.text {
			case "“":
				q = true
			case "”":
				in[k] = true
				q = false
				continue
			case "\"":
				q = !q
			}
		}
		in[k] = q
	}
	return in
}

// ownerOf returns the one a possessive pronoun opening person mention m
// stands for, when the mention gives a role of their government ("his
// commerce minister Y", "her deputy Y"): the person named last before it
// in the sentence, else the person in focus; nil otherwise. A counterpart, host
// or guest is another country's (en.OtherSideNouns).
func (st *docState) ownerOf(m *mention, toks []token, lastPerson *entity) *entity {
	if m.role == "" || m.i+1 >= len(toks) || !en.PossessivePronouns[toks[m.i].lower] || en.Honorifics[toks[m.i+1].lower] || en.StyleWords[toks[m.i+1].lower] {
		return nil // "His Excellency X", "His Royal Highness Y": a style, no one's
	}
	for q := m.i; q < m.j && q < len(toks); q++ {
		if en.OtherSideNouns[toks[q].lower] {
			return nil
		}
	}
	if lastPerson != nil && lastPerson != m.ent {
		return lastPerson
	}
	if st.topic != m.ent {
		return st.topic
	}
	return nil
}

// inParticipleClause reports a token i inside a participle clause that
// follows a comma ("..., sitting down with him"): its subject is the
// sentence's.
func inParticipleClause(toks []token, i int) bool {
	for j := i - 1; j >= 1; j-- {
		if toks[j].kind == tokPunct {
			return false
		}
		if toks[j-1].text == "," && toks[j].kind == tokWord && !toks[j].upper && strings.HasSuffix(toks[j].lower, "ing") && len(toks[j].lower) > 4 {
			return true
		}
	}
	return false
}

// objectPronoun reports whether a "her" at token k is an object (not a
// possessive before a noun).
func objectPronoun(toks []token, k int) bool {
	if toks[k].lower == "him" || toks[k].lower == "them" {
		return true
	}
	if toks[k].lower != "her" {
		return false
	}
	if k+1 >= len(toks) || toks[k+1].kind != tokWord {
		return true
	}
	switch toks[k+1].lower {
	case "a", "an", "the", "yesterday", "today", "and", "on", "in", "at", "for", "to", "that", "about", "over", "by", "from", "with", "as", "last", "this", "earlier", "later", "when", "after", "before":
		return true
	}
	return false
}

// prefixedRoles gives a person named after a comma the office and country
// of the title phrase before it ("The Speaker of the Sejm of Poland, X,
// ...", "the President of the Senate of the Republic of Chile, Y"), when
// the text gives them none of their own.
func (st *docState) prefixedRoles() {
	for si, s := range st.doc.sentences {
		toks, ms := s.toks, st.ms[si]
		for mi := 2; mi < len(ms); mi++ {
			m, c := ms[mi], ms[mi-1]
			if m.kind != mPerson || m.ent == nil || m.i < 2 || toks[m.i-1].text != "," || c.kind != mCountry || c.j != m.i-1 || c.i < 1 || toks[c.i-1].lower != "of" && !(toks[c.i-1].lower == "the" && c.i > 1 && toks[c.i-2].lower == "of") {
				continue
			}
			if r := roleBefore(ms[:mi-1], toks, c.i); r != nil {
				p := m.ent.canon()
				if p.role == "" {
					p.role = r.role
				}
				if !p.explicit {
					p.iso3, p.explicit = c.iso3, true
				}
			}
		}
	}
}

// roleBefore returns the single role mention that ends before token end
// with only the words of a body's name between ("the Speaker" of "the
// Speaker of the Sejm of"), or nil.
func roleBefore(ms []mention, toks []token, end int) *mention {
	if len(ms) == 0 {
		return nil
	}
	r := &ms[len(ms)-1]
	if r.kind != mRole || r.plural || end-r.j > 8 || !(r.i == 0 || toks[r.i-1].text == "," || toks[r.i-1].lower == "with" || toks[r.i-1].lower == "by") {
		return nil
	}
	for j := r.j; j < end; j++ {
		if toks[j].kind != tokWord || !toks[j].upper && toks[j].lower != "of" && toks[j].lower != "the" {
			return nil
		}
	}
	return r
}

// sceneCity reports a city that opens its sentence as its scene ("In
// Bridgetown, Foreign Minister X told the paper"): its country is the one
// of the people in it.
func sceneCity(m *mention, toks []token) bool {
	return m.kind == mCity && m.iso3 != "" && m.i == 1 && toks[0].lower == "in" && m.j < len(toks) && toks[m.j].text == ","
}

// sceneSeat returns the country of a seat of government that opens its
// sentence as its scene ("At the White House, ...", "At the Kremlin, ..."),
// or "".
func (st *docState) sceneSeat(toks []token) string {
	a := 0
	for q := 1; q < min(len(toks), 8); q++ {
		if toks[q-1].text == "-" || toks[q-1].text == "—" || toks[q-1].text == "–" {
			a = q // after a dateline: "COPENHAGEN - At the White House, ..."
			break
		}
	}
	if a+3 >= len(toks) || toks[a].lower != "at" || !toks[a].upper {
		return ""
	}
	for n := a + 2; n <= a+4 && n < len(toks); n++ {
		if toks[n].text == "," {
			return st.x.lex.seatOf(phrase(toks, a+1, n))
		}
	}
	return ""
}

// chamberOf reports a state's legislature named with its country
// ("lawmakers of the Laotian National Assembly, headed by its Vice
// President X"): the country of those named after it.
func chamberOf(m *mention) bool {
	return m.kind == mOrg && m.iso3 != "" && !m.bloc && !m.modifier && en.Chambers[strings.ToLower(m.name[strings.LastIndexByte(m.name, ' ')+1:])]
}

// resolveAll links pronouns, role mentions and group mentions to entities,
// in text order, tracking the discourse topic (the last subject outside
// quotations).
func (st *docState) resolveAll() {
	st.topic = st.signOff() // a signed letter or diary follows its author ("Breakfast with Y.")
	for si, s := range st.doc.sentences {
		st.prevTopics = append(st.prevTopics, st.topic)
		ms := st.ms[si]
		inq := quoteMask(s.toks)
		var firstPerson, lastPerson *entity
		var firstPron, semiPerson *entity
		// objectFirst: the sentence's first person is the object of a
		// preposition ("talks with X"), no subject to carry on.
		objectFirst := false
		var subj pronounSubject // the sentence's first subject pronoun
		prevCountry := st.lastCountry
		sentCountry := st.sceneSeat(s.toks) // "At the Kremlin, a spokesman said"
		for mi := range ms {
			m := &ms[mi]
			quoted := m.i < len(inq) && inq[m.i]
			// The context of a person is read where the text introduces
			// them: the first mention, or the first with a role ("the Reagan
			// administration" ... "President Reagan").
			if m.kind == mPerson && m.ent != nil && (!m.ent.ctxSeen || m.role != "" && !m.ent.ctxRole) {
				st.noteContext(si, m, sentCountry, prevCountry, lastPerson)
			}
			if sceneCity(m, s.toks) || chamberOf(m) {
				sentCountry = m.iso3
			}

			if (m.kind == mCountry || m.kind == mDemonym || m.kind == mGroup) && m.iso3 != "" && !m.compound {
				sentCountry = m.iso3
				// A later country tells an earlier person's only when it is
				// not another person's ("his Omani counterpart").
				// "in Ghana", "in the Ghanaian capital": a place, no one's country.
				p := m.i - 1
				if p > 0 && s.toks[p].lower == "the" {
					p--
				}
				locative := p >= 0 && s.toks[p].kind == tokWord && (s.toks[p].lower == "in" || s.toks[p].lower == "to" || s.toks[p].lower == "for" || s.toks[p].lower == "from" || s.toks[p].lower == "at" || s.toks[p].lower == "into" || s.toks[p].lower == "visit")
				if m.i > 1 && s.toks[m.i-1].text == "," && (ms[max(0, mi-1)].kind == mCity) {
					locative = true // "for Nairobi, Kenya"
				}
				for k := mi - 1; k >= 0 && !m.modifier && !locative; k-- {
					if e := ms[k].ent; ms[k].kind == mPerson && e != nil && e.ctxAfter == "" && e.ctxISO == "" {
						e.ctxAfter = m.iso3
					}
				}
			}
			switch m.kind {
			case mPerson:
				if m.ent != nil {
					noteGender(m, s.toks)
				}
				if firstPerson == nil && m.ent != nil && !quoted && !(m.j < len(s.toks) && s.toks[m.j].text == ":") {
					firstPerson = m.ent
					objectFirst = m.i > 0 && (en.ObjectPreps[s.toks[m.i-1].lower] || otherPartyBefore(s.toks, m.i) && !m.poss) || stateSubject(ms[:mi], s.toks) || associateOf(m, s.toks)
				}
				if m.ent != nil && !quoted && m.i > 0 && s.toks[m.i-1].text == ";" {
					// "A signed; B left": the last clause's subject is
					// the one a "he" after the sentence continues.
					semiPerson = m.ent
				}
			case mPronoun:
				st.resolvePronoun(m, si, s.toks, ms, quoted, clauseFirst(firstPerson, semiPerson), lastPerson)
				st.settlePronoun(m, si, s.toks, ms, quoted, &subj)
				if m.ent != nil && firstPron == nil && !quoted && m.pron == 's' && !m.poss {
					firstPron = m.ent
					subj = pronounSubject{firstPron, firstPerson == nil, en.PronounGender[s.toks[m.i].lower]}
				}
			case mRole:
				if m.visiting {
					break // the visitor, read with the events (sctx.actor)
				}
				if p := appositiveOf(ms, mi, s.toks); p != nil {
					m.ent = p // "X, Deputy Ruler and Defence Minister, hosted"
					if p.iso3 == "" && m.iso3 != "" {
						p.iso3 = m.iso3 // "X, Kenya's envoy for the region"
					}
					break
				}
				m.ent = st.resolveRole(m, si)
				label := m.j < len(s.toks) && s.toks[m.j].text == ":"
				if m.ent != nil && firstPerson == nil && !quoted && !label {
					firstPerson = m.ent // "Official Spokesperson: X arrived": a label, no subject
				}
			case mGroup:
				m.ent = st.groupEntity(m, si, s.toks)
			case mCountry, mDemonym:
				if !m.modifier || m.poss {
					st.lastCountry = m.iso3
				}
				if m.kind == mCountry && !m.modifier {
					m.ent = st.country(m.iso3)
				}
			case mOrg:
				if !m.modifier && !m.company {
					m.ent = st.org(m.name)
				}
			case mCity:
				m.ent = st.city(m.name, m.iso3)
			}
			if (m.kind == mPerson || m.kind == mRole) && m.ent != nil && !quoted {
				lastPerson = m.ent
			}
			if m.kind == mPerson && m.ent != nil && m.ent.iso3 == "" && m.ctxCountry && st.lastCountry != "" {
				m.ent.iso3 = st.lastCountry
				m.ent.explicit = true
			}
			if m.kind == mPerson && m.ent != nil && m.iso3 != "" {
				st.lastCountry = m.iso3
			}
		}
		if p := participleMainPerson(ms, s.toks); objectFirst && p != nil {
			firstPerson, objectFirst = p, false // "Before meeting Y, X was ...": X
		}
		if !s.heading {
			st.setTopic(firstPerson, firstPron, semiPerson, objectFirst && (firstPron == nil || !pronounFirst(ms, inq)), firstPron == nil || !pronounFirst(ms, inq))
		}
		st.topics = append(st.topics, st.topic)

	}
}

// groupEntity returns the actor a group mention stands for: its
// country's officials, or the official of that country just named ("the
// French and German ministers": X and Y); nil for none.
func (st *docState) groupEntity(m *mention, si int, toks []token) *entity {
	if m.iso3 == "" {
		return nil
	}
	if p := st.namedOfficialOf(m, si, toks); p != nil {
		return p
	}
	return st.country(m.iso3)
}

// namedOfficialOf returns the one person of a group's country named in the
// last three sentences when the group is a list of demonyms, or a definite
// one, before a plural of office ("Barrot and Baerbock landed ... The
// French and German ministers were received"), or nil.
func (st *docState) namedOfficialOf(m *mention, si int, toks []token) *entity {
	b := m.i
	for b > 1 && (toks[b-1].lower == "and" || toks[b-1].text == "," || toks[b-1].upper) {
		b--
	}
	h := m.i
	for h < len(toks) && (toks[h].upper || toks[h].lower == "and" || toks[h].text == ",") {
		h++
	}
	if h >= len(toks) || !en.OfficeHeads[toks[h].lower] {
		return nil
	}
	// "the German ministers" or "French and German ministers", not
	// "German ministers" (any of them).
	listed := false
	for q := b; q < h; q++ {
		listed = listed || toks[q].lower == "and"
	}
	if !listed && (b == 0 || toks[b-1].lower != "the") {
		return nil
	}
	return st.onlyPersonOf(m.iso3, si)
}

// associateOf reports a person named as the possessor of someone else
// ("the president's golf partner", "X's top aide"): the phrase is about
// the other person.
func associateOf(m *mention, toks []token) bool {
	if !m.poss {
		return false
	}
	for j := m.j; j < min(len(toks), m.j+4); j++ {
		if en.AssociateNouns[toks[j].lower] {
			return true
		}
		if toks[j].kind != tokWord && !isQuote(toks[j].text) && toks[j].text != "'s" {
			return false
		}
	}
	return false
}

// setTopic moves the person in focus to the sentence's first person, or
// its first subject pronoun when that comes first (personFirst false),
// or the subject of its last clause after a semicolon; a first person who
// is the other party ("talks with Y") leaves the focus where it was.
func (st *docState) setTopic(firstPerson, firstPron, semiPerson *entity, objectFirst, personFirst bool) {
	switch {
	case firstPerson != nil && objectFirst && st.topic != nil:
		// "A swing through X followed, with talks with Y": the person
		// the story follows is still in focus, not Y.
	case firstPerson != nil && personFirst:
		st.topic = firstPerson
	case firstPron != nil:
		st.topic = firstPron
	}
	if semiPerson != nil {
		st.topic = semiPerson
	}
}

// otherPartyBefore reports a verb of meeting right before token i, whose
// object, the other party, a person named there is ("PDB visited X", "PDB
// paid a courtesy call on X": X is no subject; but "the leg took X to Y"
// follows X).
func otherPartyBefore(toks []token, i int) bool {
	t := toks[i-1]
	if i >= 2 && t.lower == "on" && (toks[i-2].lower == "call" || toks[i-2].lower == "called") {
		return true
	}
	return t.kind == tokWord && !t.upper && en.OtherPartyVerbs[t.lower]
}

// stateSubject reports whether the mentions before a sentence's first
// person open with a country or body as its subject ("Canada is seeking
// proof that X ..."): the person is then inside the clause, not the one
// the story follows.
func stateSubject(before []mention, toks []token) bool {
	for _, m := range before {
		if m.modifier || m.poss || m.kind == 0 {
			continue
		}
		i := m.i
		if i > 0 && toks[i-1].lower == "the" {
			i--
		}
		lead := i == 0 || toks[i-1].text == "," // ("Among its aims, Canada ...")
		return lead && (m.kind == mCountry || m.kind == mOrg && !m.company)
	}
	return false
}

// pronounFirst reports whether the sentence's first unquoted person
// reference is a pronoun.
func pronounFirst(ms []mention, inq []bool) bool {
	for _, m := range ms {
		if m.i < len(inq) && inq[m.i] {
			continue
		}
		if m.kind == mPronoun && m.pron == 's' && !m.poss {
			return true
		}
		if m.kind == mPerson || m.kind == mRole && m.ent != nil {
			return false
		}
	}
	return false
}

// readTitle finds the one person a title names ("Statement by the High
// Representative Federica Mogherini"), who is the "I" of the body.
func (st *docState) readTitle() {
	if st.a.Title == "" || strings.ToUpper(st.a.Title) == st.a.Title {
		return
	}
	lx := lexer{text: st.a.Title}
	lx.tokenize(0, len(st.a.Title))
	ms := findMentions(st.x.lex, lx.toks)
	var found *mention
	for i := range ms {
		// One word names a person only with a title ("Foreign Minister
		// Sugiono"), not in capitals ("CHIEF EXPLAINS CUTS").
		if ms[i].kind == mPerson && (len(strings.Fields(ms[i].name)) >= 2 || ms[i].role != "" && strings.ToUpper(ms[i].name) != ms[i].name) {
			if found != nil && !strings.EqualFold(found.name, ms[i].name) {
				return
			}
			found = &ms[i]
		}
	}
	if found == nil || found.role == "" && !st.lexPerson(found.name) {
		return
	}
	if found.i == 0 || found.i >= 2 && lx.toks[found.i-1].lower == "of" && en.Schedules[lx.toks[found.i-2].lower] {
		// "Foreign Minister X: the week", "Agenda of President Y": the
		// title's subject, the principal of the text.
		st.titleRole = found.role
	}
	for _, p := range st.people {
		if samePerson(found.name, p) {
			st.titlePerson = p
			return
		}
	}
	st.titleMention = found
}

// titleEntity returns the title's person, reading the title and creating
// the entity on first use.
func (st *docState) titleEntity() *entity {
	st.readTitleOnce()
	if st.titlePerson == nil && st.titleMention != nil {
		m := st.titleMention
		e := &entity{kind: schema.KindPerson, name: m.name, role: m.role, iso3: m.iso3, explicit: m.iso3 != "", pos: len(st.people)}
		st.people = append(st.people, e)
		st.titlePerson = e
	}
	return st.titlePerson
}

// readTitleOnce reads the title's person mention on first use.
func (st *docState) readTitleOnce() {
	if !st.titleRead {
		st.titleRead = true
		st.readTitle()
	}
}

// titleOwner returns the person the title names who is also named in the
// body ("Agenda of President X", then "X" in an entry), or nil: the owner
// of a programme whose entries name no subject.
func (st *docState) titleOwner() *entity {
	st.readTitleOnce()
	m := st.titleMention
	if m == nil && st.titlePerson == nil {
		return st.programmeOwner()
	}
	if m == nil {
		return st.titlePerson
	}
	f := strings.Fields(m.name)
	if len(f) < 2 && m.role == "" {
		return nil
	}
	for _, p := range st.people {
		if pf := strings.Fields(p.canon().name); p.canon().kind == schema.KindPerson && (len(pf) >= 2 || len(f) == 1) && pf[len(pf)-1] == f[len(f)-1] {
			return p.canon()
		}
	}
	return nil
}

// programmeOwner returns the person an opening line of the text names as
// the owner of the programme that follows ("Schedule of President X",
// "Movements of the premier, Y"), or nil.
func (st *docState) programmeOwner() *entity {
	for si := 0; si < min(3, len(st.doc.sentences)); si++ {
		toks := st.doc.sentences[si].toks
		for q := 0; q+2 < len(toks) && q < 3; q++ {
			if !en.ProgrammeHeads[toks[q].lower] || toks[q+1].lower != "of" {
				continue
			}
			for _, m := range st.ms[si] {
				if m.kind == mPerson && m.ent != nil && m.j > q+2 && m.i <= q+5 {
					return m.ent.canon()
				}
			}
		}
	}
	return nil
}

// author returns the writer of a first-person release whose title names no
// one: the one person named in the lines that open it ("Prime Minister of
// X / Jane Doe / Media release", "Statement by Minister Jane Doe"), when
// the first "I" comes after them. nil when none or several are named.
func (st *docState) author(si int) *entity {
	if st.authorRead {
		return st.authorEnt
	}
	st.authorRead = true
	if e := st.statementMaker(si); e != nil {
		st.authorEnt = e
		return e
	}
	var found *entity
	for i := 0; i < min(si, 4); i++ {
		toks := st.doc.sentences[i].toks
		for q := 0; q+1 < len(toks); q++ {
			if toks[q].lower == "and" && toks[q+1].upper {
				return nil // "A and B": a joint release has no one "I"
			}
		}
		var ok bool
		if found, ok = st.soleNamed(i, found); !ok {
			return nil
		}
	}
	st.authorEnt = found
	return found
}

// statementMaker returns the person who "has made the following
// statement" (or "issued the following message") in one of the opening
// sentences before si: the "I" of the statement quoted after it, though
// another presents it on their behalf.
func (st *docState) statementMaker(si int) *entity {
	for i := 0; i < min(si, 4); i++ {
		toks := st.doc.sentences[i].toks
		for q := 1; q+2 < len(toks); q++ {
			if !(toks[q].lower == "made" || toks[q].lower == "issued") || toks[q+1].lower != "the" || toks[q+2].lower != "following" {
				continue
			}
			var last *entity
			for _, m := range st.ms[i] {
				if m.i < q && m.kind == mPerson && m.ent != nil {
					last = m.ent.canon()
				}
			}
			return last
		}
	}
	return nil
}

// signOff returns the person who signs a letter, a blog post or a diary
// written in the first person: the closing lines after its last sentence
// of prose name a person (two name words or more, perhaps with letters
// after the name) and then, on the same line after a comma or on the next
// line, an office ("Peter Banda / Minister of Foreign Affairs of Malawi",
// "Grace Phiri, Ambassador to Kenya"). The person takes the office and its
// country unless the text gave them others. It is nil when no such lines
// close the text, or when its author never writes "I" (the whole text is
// scanned for that only once such lines are found).
func (st *docState) signOff() *entity {
	if st.signRead {
		return st.signer
	}
	st.signRead = true
	ss := st.doc.sentences
	first := len(ss)
	for first > 0 && ss[first-1].heading && len(ss)-first < 5 {
		first--
	}
	for i := first; i < len(ss); i++ {
		ms := st.ms[i]
		if len(ms) == 0 || ms[0].kind != mPerson || ms[0].i != 0 || ms[0].ent == nil || len(strings.Fields(ms[0].ent.name)) < 2 {
			continue
		}
		role := signedOffice(ms[1:], ss[i].toks, ms[0].j)
		if role == nil && i+1 < len(ss) {
			role = signedOffice(st.ms[i+1], ss[i+1].toks, 0)
		}
		if role == nil {
			continue
		}
		if !st.firstPersonVoice() {
			return nil // a release signed by its spokesperson, told of others
		}
		e := ms[0].ent.canon()
		if e.role == "" {
			e.role = role.role
		}
		if e.iso3 == "" && role.iso3 != "" {
			e.iso3, e.explicit = role.iso3, true
		}
		st.signer = e
		return e
	}
	return nil
}

// firstPersonVoice reports an "I", "me" or "my" outside quotation marks
// in the text: its author writes of themself.
func (st *docState) firstPersonVoice() bool {
	for _, s := range st.doc.sentences {
		inq := quoteMask(s.toks)
		for i, t := range s.toks {
			if (t.text == "I" || t.lower == "me" || t.lower == "my") && !(i < len(inq) && inq[i]) {
				return true
			}
		}
	}
	return false
}

// signedOffice returns the role mention that opens a sign-off's office,
// at tok from or after a comma there, with nothing but a short postnominal
// between ("Peter Banda, EGH, Foreign Minister"), or nil.
func signedOffice(ms []mention, toks []token, from int) *mention {
	for q := from; q < len(toks) && q < from+4; q++ {
		for mi := range ms {
			if ms[mi].i == q && ms[mi].kind == mRole {
				return &ms[mi]
			}
		}
		if toks[q].text != "," && !(toks[q].kind == tokWord && toks[q].upper && len(toks[q].text) <= 4) {
			return nil
		}
	}
	return nil
}

// soleNamed returns the one person of two or more name words sentence i
// names beside found (if any), leaving out interviewers; ok is false when
// it names another.
func (st *docState) soleNamed(i int, found *entity) (*entity, bool) {
	for _, m := range st.ms[i] {
		if m.kind != mPerson || m.ent == nil || len(strings.Fields(m.ent.name)) < 2 || st.interviewer(m.ent.canon()) {
			continue
		}
		if found != nil && found != m.ent.canon() {
			return nil, false
		}
		found = m.ent.canon()
	}
	return found, true
}

// clauseFirst returns the first person of the clause a pronoun is in: the
// one who opens a clause after a semicolon, if any ("A flew in; B arrived
// from X, where he met Y": B), else the sentence's first.
func clauseFirst(first, semi *entity) *entity {
	if semi != nil {
		return semi
	}
	return first
}

// resolvePronoun gives a pronoun of sentence si the person it stands for:
// the person in focus after a fronted phrase, the subject after a fronted
// clause's comma, the title's or the release's author for "I", the other
// person for an object pronoun, else the sentence's first person or the
// person in focus.
func (st *docState) resolvePronoun(m *mention, si int, toks []token, ms []mention, quoted bool, firstPerson, lastPerson *entity) {
	switch {
	case m.pron == 's' && afterFronted(toks, m.i) && st.topic != nil:
		// "Speaking after talks with Y, he said": the main
		// subject is the person in focus, not Y.
		m.ent = st.topic
	case m.pron == 's' && firstPerson == nil && fronted(toks, m.i):
		// "Speaking after his meeting with X, Zelensky said": the
		// main clause's subject after the comma.
		m.ent = firstPersonAfterComma(ms, toks, m.i)
		if m.ent == nil {
			m.ent = st.topic
		}
	case m.pron == 'p' && toks[m.i].lower == "we" && !quoted && st.transcriptSpeaker(si) != nil:
		m.ent = st.transcriptSpeaker(si) // "OCHIENG: We flew to X on Monday"
	case m.pron == 'i' && quoted:
		m.ent = quoteSpeaker(ms, toks, m.i) // `X said: "I met Y today"`
	case m.pron == 'i':
		m.ent = st.speaker(si) // "OCHIENG: ... I met Y"
		label := st.paragraphLabel(si)
		if m.ent == nil && label == "a" {
			m.ent = st.interviewee() // "A: I flew to X"
		}
		if m.ent == nil && label != "" && label != "a" {
			break // "Q: I ...", "AKINYI: I ...": one the text gives no office
		}
		if m.ent == nil && label == "" {
			m.ent = st.continuedSpeaker(si) // "BANDA: ..." then paragraphs with no label
		}
		if m.ent == nil {
			m.ent = st.signOff() // "... I met Y." ... "Peter Banda / Foreign Minister"
		}
		if m.ent == nil {
			m.ent = st.titleEntity()
		}
		if m.ent == nil {
			m.ent = st.author(si)
		}
	case m.pron != 's':
	case objectPronoun(toks, m.i):
		m.ent = st.topic
		if a := namedSubject(ms, toks); a != nil && a != lastPerson && subjectOfVerbBefore(ms, toks, m.i) && !conjoinedWith(ms, toks, a, lastPerson) {
			// "A flew to X, where B received him": B is the subject of
			// the verb of "him", which is then A, the sentence's subject.
			m.ent = a
			break
		}
		if m.ent == nil || m.ent == lastPerson {
			if firstPerson != nil && firstPerson != lastPerson {
				m.ent = firstPerson
			}
			// "A received B, while C also met with him": B, the object
			// of the clause before.
			if o := objectBeforeComma(ms, toks, m.i); o != nil && o != lastPerson {
				m.ent = o
			}
		}
		if lastPerson != nil && lastPerson != m.ent && withObjectThenAnd(ms, toks, m.i, lastPerson) {
			// "A walked with B past the cathedral and held talks with
			// him": "him" is no subject of its own clause, but B.
			m.ent = lastPerson
		}
		if a := namedSubject(ms, toks); a != nil && m.ent == a && lastPerson != nil && lastPerson != a && inParticipleClause(toks, m.i) {
			// "A was received by B, sitting down with him": the
			// participle's subject is A's, so "him" is B.
			m.ent = lastPerson
		}
	case firstPerson != nil:
		m.ent = firstPerson
		// "Stung by a column citing X, Y skipped the dinner, and he
		// ...": the subject after the fronted phrase, not X in it.
		if a := frontedPhraseSubject(ms, toks, m.i); a != nil {
			m.ent = a
		}
	default:
		m.ent = st.topic
	}
}

// speaker returns the person named by the speaker's label that opens the
// paragraph of sentence si in a transcript ("OCHIENG:", "Daniel Ochieng:",
// "Ochieng:"): a person with an office or a country the text has named,
// by full name or surname; nil when there is no label or it fits no one or
// several.
func (st *docState) speaker(si int) *entity {
	last := st.paragraphLabel(si)
	if last == "" {
		return nil
	}
	var found *entity
	for _, e := range st.people {
		e = e.canon()
		f := strings.Fields(strings.ToLower(e.name))
		if e.kind != schema.KindPerson || len(f) < 2 || f[len(f)-1] != last || found == e {
			continue
		}
		if found != nil {
			return nil // two people of that surname
		}
		found = e
	}
	if found != nil && found.iso3 == "" && found.role == "" {
		return nil // a host or interviewer the text gives no office
	}
	return found
}

// continuedSpeaker returns the speaker of the last labelled paragraph
// before sentence si, within forty sentences: in a transcript the
// paragraphs with no label of their own go on in that speaker's words
// ("BANDA: Madam Speaker, ..." and the paragraphs after it). Nil when
// no labelled paragraph comes before, or its label names no one.
func (st *docState) continuedSpeaker(si int) *entity {
	for j := si - 1; j >= max(0, si-40); j-- {
		if st.paragraphLabel(j) != "" {
			return st.speaker(j)
		}
	}
	return nil
}

// transcriptSpeaker returns the one who answers in the paragraph of
// sentence si of a transcript: the person its label names, or the
// interviewee of a paragraph labelled "A:"; nil elsewhere.
func (st *docState) transcriptSpeaker(si int) *entity {
	if p := st.speaker(si); p != nil {
		return p
	}
	if st.paragraphLabel(si) != "a" {
		return nil
	}
	return st.interviewee()
}

// interviewee returns the one person a transcript's introduction names,
// before its labelled paragraphs, who is not its interviewer ("X spoke to
// our reporter Y"); nil for none or several, or outside a transcript.
func (st *docState) interviewee() *entity {
	first := st.firstLabelled()
	var found *entity
	for i := 0; i < first; i++ {
		var ok bool
		if found, ok = st.soleNamed(i, found); !ok {
			return nil
		}
	}
	return found
}

// paragraphLabel returns the last word of the speaker's label that opens
// the paragraph of sentence si, lower case, or "".
func (st *docState) paragraphLabel(si int) string {
	first := si
	for first > 0 && st.doc.sentences[first-1].para == st.doc.sentences[si].para {
		first--
	}
	return speakerLabel(st.doc.sentences[first].toks)
}

// quoteSpeaker returns the person whose words hold token k, a quoted "I":
// named before the quote with a verb of saying (`X said on Monday: "I
// ..."`, `X wrote on X: "I ..."`) or right after it (`"I ...," X said`,
// `"I ...," said X`). Nil when the sentence names none.
func quoteSpeaker(ms []mention, toks []token, k int) *entity {
	open, end := -1, -1
	for q := k - 1; q >= 0 && open < 0; q-- {
		if isQuote(toks[q].text) {
			open = q
		}
	}
	for q := k + 1; q < len(toks) && end < 0; q++ {
		if isQuote(toks[q].text) {
			end = q
		}
	}
	if open < 0 {
		return nil
	}
	say := -1
	for q := open - 1; q >= max(0, open-8) && say < 0; q-- {
		if en.SayVerbs[toks[q].lower] || en.PostVerbs[toks[q].lower] {
			say = q
		}
	}
	for _, m := range ms {
		if m.kind != mPerson || m.ent == nil {
			continue
		}
		if say > 0 && m.j <= say && say-m.j <= 1 {
			return m.ent // "X said", "X also said"
		}
		if end > 0 && m.i > end && m.i <= end+3 && (en.SayVerbs[toks[m.i-1].lower] || m.j < len(toks) && en.SayVerbs[toks[m.j].lower]) {
			return m.ent // `"...," said X`, `"...," X said`
		}
	}
	return nil
}

// frontedPhraseSubject returns the subject of a sentence that opens with a
// participle phrase ("Stung by ...,", "Speaking to X,"): the first
// person after the phrase's comma, when the pronoun at k comes after it
// and the phrase names a person; nil otherwise.
func frontedPhraseSubject(ms []mention, toks []token, k int) *entity {
	if len(toks) == 0 || toks[0].kind != tokWord || !toks[0].upper {
		return nil
	}
	w := toks[0].lower
	if !(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || len(toks) > 1 && toks[1].lower == "by") {
		return nil // "Stung by ...": an irregular participle and its agent
	}
	comma := -1
	for j := 1; j < k; j++ {
		if toks[j].text == "," {
			comma = j
			break
		}
	}
	if comma < 0 {
		return nil
	}
	for _, n := range ms {
		if n.i < comma && n.kind == mPerson {
			return firstPersonAfterComma(ms, toks, 0)
		}
	}
	return nil
}

// withObjectThenAnd reports whether p, the last person before token k, is
// the object of "with" or of a verb ("welcomed B ... and held talks with
// him") and a coordinated verb ("and held talks") follows before k, with
// no one else named between.
func withObjectThenAnd(ms []mention, toks []token, k int, p *entity) bool {
	last := -1
	for mi, m := range ms {
		if m.i >= k {
			break
		}
		if m.kind == mPerson || m.kind == mPronoun || m.kind == mRole {
			last = mi
		}
	}
	if last < 0 || ms[last].ent != p {
		return false
	}
	i := ms[last].i
	for i > 0 && ms[last].kind == mPerson && toks[i-1].upper && toks[i-1].kind == tokWord {
		i-- // "with Kenyan President X": the title before the name
	}
	if i == 0 || toks[i-1].lower != "with" && !objectVerb(toks[i-1]) {
		return false
	}
	for j := ms[last].j; j < k; j++ {
		if toks[j].lower == "and" && j+1 < k && toks[j+1].kind == tokWord && !toks[j+1].upper {
			return true
		}
	}
	return false
}

// objectVerb reports a lower-case past verb that may take a person as its
// object: "welcomed", "received", "met".
func objectVerb(t token) bool {
	return t.kind == tokWord && !t.upper && (strings.HasSuffix(t.lower, "ed") || t.lower == "met")
}

// conjoinedWith reports b named right after a with only "and" or a
// comma between: "A and B are accompanying him" has one subject, so
// "him" is neither of them.
func conjoinedWith(ms []mention, toks []token, a, b *entity) bool {
	for i := range ms {
		if ms[i].ent == nil || ms[i].ent.canon() != a.canon() || i+1 >= len(ms) || ms[i+1].ent == nil || b == nil || ms[i+1].ent.canon() != b.canon() {
			continue
		}
		for q := ms[i].j; q < ms[i+1].i; q++ {
			if toks[q].lower != "and" && toks[q].text != "," {
				return false
			}
		}
		return true
	}
	return false
}

// namedSubject returns the person named as the sentence's first mention,
// at its start or after words of time ("Rubio then flew", "On Sunday,
// Rubio flew", "Since then X has been to"), or nil.
func namedSubject(ms []mention, toks []token) *entity {
	place := map[int]bool{} // "In London on Monday, X ...": a fronted place
	for _, m := range ms {
		if m.modifier || m.kind == mDemonym || m.kind == 0 {
			continue // "Egyptian" of "Egyptian Foreign Minister X", "the Slovak premier", a dropped word
		}
		if (m.kind == mCity || m.kind == mCountry) && m.i > 0 && (toks[m.i-1].lower == "in" || toks[m.i-1].lower == "at") {
			for j := m.i - 1; j < m.j; j++ {
				place[j] = true
			}
			continue
		}
		// "The prime minister then flew to X, where Y received him": a
		// role resolved to one person is the named subject too.
		role := m.kind == mRole && !m.plural
		if m.kind != mPerson && !role || m.ent == nil || m.ent.canon().kind != schema.KindPerson {
			return nil
		}
		opener := timeOpener(toks, m.i)
		for ti, t := range toks[:m.i] {
			if place[ti] {
				continue
			}
			// ("Three days later the premier ...": a span of time first.)
			// ("Flashback: X traveled ...": a label first.)
			if !(t.text == "," || t.text == ":" || t.kind == tokWord && (en.AdverbialWords[t.lower] || en.WeekdayWords[t.lower] || en.MonthNames[t.lower] != 0 || en.SubjectLeads[t.lower] || en.TimeSpanWords[t.lower] || en.SmallNumbers[t.lower] || role && t.lower == "the" || t.upper && m.i > 1 && toks[1].text == ":" || opener) || hasDigit(t.text)) {
				return nil // "When X met Y, ...": a clause before the subject
			}
		}
		return m.ent
	}
	return nil
}

// timeOpener reports a sentence that opens with a phrase of time before
// its subject at i: "By the afternoon the premier ...", "In the evening,
// the minister ...".
func timeOpener(toks []token, i int) bool {
	if i < 3 || i > 5 || !(toks[0].lower == "by" || toks[0].lower == "in" || toks[0].lower == "during" || toks[0].lower == "later") {
		return false
	}
	for _, t := range toks[1:i] {
		if !(t.lower == "the" || t.lower == "that" || t.text == "," || en.DayParts[t.lower] || en.WeekdayWords[t.lower]) {
			return false
		}
	}
	return true
}

// objectBeforeComma returns the person named as the object of the clause
// that ends at the last comma before token i, after its subject ("A
// received B in the afternoon, while ..."): nil when that clause has no
// second person.
func objectBeforeComma(ms []mention, toks []token, i int) *entity {
	comma := -1
	for q := i - 1; q > 0; q-- {
		if toks[q].text == "," {
			comma = q
			break
		}
	}
	if comma < 0 {
		return nil
	}
	var people []mention
	for _, n := range ms {
		if n.j <= comma && n.kind == mPerson && n.ent != nil && !n.modifier {
			people = append(people, n)
		}
	}
	if len(people) != 2 || people[0].ent == people[1].ent {
		return nil
	}
	for q := people[0].j; q < people[1].i; q++ {
		if toks[q].kind != tokWord || toks[q].upper || toks[q].lower == "and" {
			return nil // "A and B, ...", "A, B's envoy, ...": no verb between
		}
	}
	for q := people[1].j; q+1 < comma; q++ {
		if toks[q].text == "," && toks[q+1].lower == "and" {
			return nil // "A met B, and went on to X, where C hosted him": A
		}
	}
	return people[1].ent
}

// subjectOfVerbBefore reports a person or role mention right before the verb of
// the object pronoun at i ("B received him", "B warmly welcomed her"):
// only lower-case words, no comma, "and" or preposition, stand between.
func subjectOfVerbBefore(ms []mention, toks []token, i int) bool {
	end := -1
	for _, n := range ms {
		if n.j <= i && (n.kind == mPerson || n.kind == mRole) {
			end = n.j
		}
	}
	if end < 0 || i-end < 1 || i-end > 3 {
		return false
	}
	for q := end; q < i; q++ {
		if toks[q].kind != tokWord || toks[q].upper || toks[q].lower == "and" || locatives[toks[q].lower] || toks[q].lower == "with" || toks[q].lower == "to" {
			return false
		}
	}
	return true
}

// noteGender records the gender a title before a person's mention ("Ms",
// "Queen", "King"; en.FemaleTitles, en.MaleTitles) or a role ("the
// chairwoman") tells.
func noteGender(m *mention, toks []token) {
	e := m.ent.canon()
	if g := titleGender(toks, m); g != 0 {
		e.gender = g
		return
	}
	if r := strings.ToLower(m.role); strings.HasSuffix(r, "woman") {
		e.gender = 'f'
	}
}

// pronounSubject is the first subject pronoun of a sentence: whom it
// stands for, whether it came before any person named, and its gender.
type pronounSubject struct {
	ent    *entity
	first  bool
	gender byte
}

// settlePronoun corrects the person resolvePronoun gave a pronoun: a
// second "he" of a sentence whose subject is "he" is that person ("He sat
// down with X, and later he met Y"), a gendered pronoun goes to a person
// of its gender, and a subject pronoun tells its person's gender.
func (st *docState) settlePronoun(m *mention, si int, toks []token, ms []mention, quoted bool, subj *pronounSubject) {
	if subj.first && subj.ent != nil && m.pron == 's' && !m.poss && !quoted && !objectPronoun(toks, m.i) && en.PronounGender[toks[m.i].lower] == subj.gender {
		m.ent = subj.ent
	}
	// "He met Y after his talks with X": the possessor of an adverbial
	// phrase's noun is the subject "he", not Y named between.
	if subj.first && subj.ent != nil && m.poss && !quoted && m.i > 0 && en.AdverbialPreps[toks[m.i-1].lower] && en.PronounGender[toks[m.i].lower] == subj.gender {
		m.ent = subj.ent
	}
	if alt := st.agreeing(m, si, toks, ms); alt != nil {
		m.ent = alt
	}
	st.learnGender(m, toks, quoted)
}

// learnGender records the gender of the person a subject "she" or "he"
// outside quotations stands for, when nothing told it before: "She flew
// on to Banjul" makes a later object "her" hers, not the man's named
// between.
func (st *docState) learnGender(m *mention, toks []token, quoted bool) {
	w := toks[m.i].lower
	if m.ent == nil || quoted || m.poss || w != "she" && w != "he" {
		return
	}
	e := m.ent.canon()
	if e.kind != schema.KindPerson || e.gender != 0 {
		return
	}
	if g, _ := st.genderOf(e); g == 0 {
		e.gender = en.PronounGender[w]
	}
}

// genderOf returns a person's gender, 'f' or 'm', and whether it is sure: a
// title or role the text gave them is; their first name is when the
// gazetteer's hand-compiled rows give it, not when only the general lists
// of first names do (names cross languages). 0 when nothing tells.
func (st *docState) genderOf(e *entity) (byte, bool) {
	e = e.canon()
	if e.gender != 0 || e.kind != schema.KindPerson {
		return e.gender, e.gender != 0
	}
	f := dropHonorifics(strings.Fields(strings.ToLower(e.name)))
	if len(f) < 2 {
		return 0, false
	}
	return st.x.lex.gender(f[0])
}

// givenApart reports two names of one surname whose given names belong to
// different sexes (the lists name each for one sex only): "Jill Biden"
// beside "Joe Biden" is his wife, not him.
func (st *docState) givenApart(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 || a[0] == b[0] || len(a[0]) < 3 || len(b[0]) < 3 {
		return false
	}
	ga, _ := st.x.lex.gender(a[0])
	gb, _ := st.x.lex.gender(b[0])
	return ga != 0 && gb != 0 && ga != gb
}

// agreeing returns the person a gendered pronoun stands for when the one
// resolvePronoun chose disagrees with it: a "she" given to someone not
// known to be a woman, or a "he" given to a woman. It is the last person
// mentioned before the pronoun, in its sentence or the two before, whose
// gender fits; nil keeps the choice.
func (st *docState) agreeing(m *mention, si int, toks []token, ms []mention) *entity {
	pg := en.PronounGender[toks[m.i].lower]
	if pg == 0 || m.ent == nil {
		return nil
	}
	cur, sure := st.genderOf(m.ent)
	if pg == 'f' && cur == 'f' || pg == 'm' && cur != 'f' {
		return nil
	}
	// A "she" goes to a woman; a "he" given to a woman goes to a man, or
	// to anyone not a woman when she surely is one.
	fits := func(x *mention) bool {
		if x.ent == nil || x.ent.canon().kind != schema.KindPerson || x.kind != mPerson && x.kind != mRole && x.kind != mPronoun {
			return false
		}
		g, _ := st.genderOf(x.ent)
		return g == pg || pg == 'm' && sure && g == 0
	}
	// An object "him" is not the subject of its own clause: "A phoned B,
	// and C called him" skips C.
	own := -1
	if objectPronoun(toks, m.i) {
		for q := m.i - 1; q >= 0 && own < 0; q-- {
			if toks[q].text == ";" || toks[q].lower == "and" && q > 0 && toks[q-1].text == "," {
				own = q
			}
		}
	}
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].i < m.i && ms[k].i > own && own >= 0 {
			continue
		}
		if ms[k].i < m.i && fits(&ms[k]) {
			return ms[k].ent.canon()
		}
		if ms[k].i < own && ms[k].kind == mPerson && ms[k].ent != nil && ms[k].ent.canon().kind == schema.KindPerson {
			if g, _ := st.genderOf(ms[k].ent); g == 0 {
				return ms[k].ent.canon() // (one of no known gender, in the clause before)
			}
		}
	}
	for b := si - 1; b >= max(0, si-2); b-- {
		for k := len(st.ms[b]) - 1; k >= 0; k-- {
			if fits(&st.ms[b][k]) {
				return st.ms[b][k].ent.canon()
			}
		}
	}
	return nil
}

// personBefore reports whether a person mention precedes mention mi.
func (st *docState) personBefore(ms []mention, mi int) bool {
	for k := 0; k < mi; k++ {
		if ms[k].kind == mPerson && ms[k].ent != nil {
			return true
		}
	}
	return false
}

// postmodifierEnd returns the comma closing a role's short postmodifier
// that starts at j ("the minister responsible for trade,"), or j when none
// does within eight words or a verb comes first.
func postmodifierEnd(toks []token, j int) int {
	for q := j; q < len(toks) && q < j+8; q++ {
		if toks[q].text == "," {
			return q
		}
		if toks[q].kind == tokPunct && toks[q].text != "-" && toks[q].text != "." || toks[q].kind == tokWord && isVerbish(toks[q].lower) {
			return j
		}
	}
	return j
}

// orgHead returns the one person named up to sentence si as an official
// of the organisation a role mention names ("the IAEA chief" after "IAEA
// Director General X"), or nil.
func (st *docState) orgHead(m *mention, si int) *entity {
	if m.org == "" {
		return nil
	}
	var found *entity
	for _, p := range st.people {
		if p.first > si || p.org != m.org {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

// leaderNamed returns the person of country iso named up to sentence si who
// holds a leading office (or whose country only the gazetteer gives:
// "Prime Minister Robert Fico ... the Slovak premier"), else the one
// person of that country named with no other title ("his Somali
// counterpart X ... the Somali leader"), or nil.
func (st *docState) leaderNamed(iso string, si int) *entity {
	var only *entity
	n := 0
	for _, p := range st.people {
		c := p.iso3
		if c == "" {
			c = st.knownAs(p)
		}
		if p.first > si || c == "" || st.historical(c) != st.historical(iso) {
			continue
		}
		if isLeaderRole(p.role) {
			return p
		}
		only, n = p, n+1
	}
	if n == 1 && (only.role == "" || en.CounterpartNouns[strings.ToLower(only.role)]) {
		return only
	}
	return nil
}

// counterpartIn resolves "his Nigerien counterpart": the last person of
// that country named up to sentence si or, of several, one who holds the
// office of the person whose counterpart this is ("Erdogan (a president)
// met his Kyrgyz counterpart" is the Kyrgyz president, not the premier).
func (st *docState) counterpartIn(m *mention, iso string, si int) *entity {
	own := st.counterpartOf(m, si)
	var last, same *entity
	for _, p := range st.people {
		if p.first <= si && p.iso3 != "" && st.historical(p.iso3) == st.historical(iso) {
			last = p
			if own != "" && roleHeadOf(strings.ToLower(p.role)) == own {
				same = p
			}
		}
	}
	if same != nil {
		return same
	}
	return last
}

// counterpartOf returns the head word of the role of the person named
// last before the counterpart mention m in sentence si ("president"), or
// "".
func (st *docState) counterpartOf(m *mention, si int) string {
	own := ""
	for _, n := range st.ms[si] {
		if n.i >= m.i {
			break
		}
		if n.kind == mPerson && n.ent != nil {
			own = roleHeadOf(strings.ToLower(n.ent.canon().role))
		}
	}
	return own
}

// mostMentioned returns the candidate named or referred to most often in
// sentences up to si, the later one of a tie.
func (st *docState) mostMentioned(cands []*entity, si int) *entity {
	count := map[*entity]int{}
	for i := 0; i <= si && i < len(st.ms); i++ {
		for _, m := range st.ms[i] {
			if m.ent != nil {
				count[m.ent.canon()]++
			}
		}
	}
	best := cands[len(cands)-1]
	for _, p := range cands {
		if count[p.canon()] > count[best.canon()] {
			best = p
		}
	}
	return best
}

// roleFits reports whether a person's role pr (lower case) fits the role
// r a mention names (abbr: the abbreviation it was written as; iso: the
// country it names).
func roleFits(pr, r, abbr, iso string) bool {
	// ("the top US diplomat": a secretary of state too.)
	// ("the American diplomat": that country's foreign minister or
	// envoy.)
	diplomat := r == "diplomat" && iso != "" && (foreignMinisterRole(pr) || strings.Contains(pr, "ambassador") || strings.Contains(pr, "envoy"))
	fm := r == "foreign minister" && foreignMinisterRole(pr) || diplomat
	return pr == r || strings.HasSuffix(pr, " "+r) && !lesserRank(strings.TrimSuffix(pr, " "+r)) || strings.HasSuffix(r, " "+pr) || roleHeadOf(pr) == r || ofHead(pr) == r || ofTitle(pr) == r || abbr != "" && (pr == abbr || strings.HasSuffix(pr, " "+abbr)) || fm
}

// lesserRank reports an office's words before a role that make it another
// office: "deputy" of "deputy prime minister" is no prime minister, "vice"
// of "vice president" no president.
func lesserRank(pre string) bool {
	f := strings.Fields(pre)
	return len(f) > 0 && en.LesserRanks[f[len(f)-1]]
}

// personNamedBefore reports whether person p is named in sentence si before
// mention m, or in apposition to it: the first person after it, after a
// comma ("the Deputy Premier, Minister of X and Y, Z").
func (st *docState) personNamedBefore(p *entity, m *mention, si int) bool {
	toks := st.doc.sentences[si].toks
	for _, n := range st.ms[si] {
		if n.kind != mPerson || n.ent == nil || n.i < m.j || n.single {
			if n.kind == mPerson && n.ent != nil && n.ent.canon() == p.canon() && n.i < m.i {
				return true
			}
			continue
		}
		return n.ent.canon() == p.canon() && n.i > 0 && toks[n.i-1].text == "," && n.i-m.j <= 14
	}
	return false
}

// closestFits keeps, of the candidates for a role mention r of several
// words, those whose own role holds all of r ("the Crown Prince": a crown
// prince, not a prince), when any does; else all.
func closestFits(cands []*entity, r string) []*entity {
	if !strings.Contains(r, " ") {
		return cands // one word: synonyms may fit it ("the top diplomat")
	}
	var full []*entity
	for _, p := range cands {
		if strings.Contains(" "+strings.ToLower(p.role)+" ", " "+r+" ") {
			full = append(full, p)
		}
	}
	if len(full) == 0 {
		return cands
	}
	return full
}

// resolveRole resolves a role mention ("the army chief", "the Foreign
// Secretary", "the minister") to a person named earlier with that role,
// else to the one named person without a role, else to nothing.
func (st *docState) resolveRole(m *mention, si int) *entity {
	if m.plural {
		return nil
	}
	r := strings.ToLower(m.role)
	if p, ok := st.styled(r, si); ok {
		return p // "His Majesty", "Her Highness"
	}
	abbr := ""
	if full, ok := en.RoleAbbreviations[r]; ok {
		r, abbr = full, r // "PM received a call": the Prime Minister
	} else if full, ok := en.RoleSynonyms[r]; ok {
		r = full // "the Hungarian top diplomat": the foreign minister
	}
	iso := m.iso3
	if m.ctxCountry && iso == "" {
		iso = st.lastCountry
	}
	// "his Nigerien counterpart": the last person of that country named.
	if en.CounterpartNouns[r] && iso != "" {
		return st.counterpartIn(m, iso, si)
	}
	// "Milei's tour ended. The president was received by X": the person
	// in focus, when the gazetteer gives them that office and the text no
	// other.
	if t := st.topic; t != nil && t.kind == schema.KindPerson && t.role == "" && iso == "" && !m.ctxCountry {
		if kt := strings.ToLower(st.knownTitle(t)); kt != "" && (kt == r || strings.HasSuffix(kt, " "+r)) {
			return t
		}
	}
	if t := st.titleFits(m, r); t != nil {
		return t // "Agenda of Foreign Minister X": "The Minister left"
	}
	if p := st.orgHead(m, si); p != nil {
		return p // "IAEA Director General X ... the IAEA chief"
	}
	if p := st.rankHolder(r, si); p != nil {
		return p // "army chief, Field Marshal X ... the field marshal"
	}
	cands := st.roleCandidates(m, r, abbr, iso, si)
	if len(cands) == 0 && r == "premier" {
		// "the premier" when no premier was named: a prime minister.
		if pm := st.roleCandidates(m, "prime minister", abbr, iso, si); len(pm) > 0 {
			r, cands = "prime minister", pm
		}
	}
	if r == strings.ToLower(m.role) {
		cands = closestFits(cands, r) // (a synonym's title may be any of several)
	}
	if p := st.pickRoleCandidate(m, r, iso, si, cands); p != nil {
		return p
	}
	// "the German leader", "the Pakistani premier": the person of that
	// country with a leading office.
	if iso != "" && (strings.HasSuffix(r, "leader") || strings.HasSuffix(r, "premier") || strings.HasSuffix(r, "head of state") || strings.HasSuffix(r, "head of government")) {
		if p := st.leaderNamed(iso, si); p != nil {
			return p
		}
	}
	// "Vladimir Putin held talks ... The Russian President arrived": the
	// one person named before without a role whom the gazetteer knows
	// for that country takes the title and the country.
	if iso != "" {
		var known []*entity
		for _, p := range st.people {
			// (A style is no office: "Prince X ... the Saudi minister" is
			// X when the gazetteer's office for X fits.)
			styleOnly := p.role == "" || en.RankStyles[strings.ToLower(p.role)] && roleFits(strings.ToLower(st.knownTitle(p)), r, abbr, iso)
			// ("Kenya's X ... the Kenyan president": a country stated
			// without an office counts as none stated.)
			if k := st.knownAs(p); p.first <= si && styleOnly && (p.iso3 == "" || p.role == "" && st.historical(p.iso3) == st.historical(iso)) && !p.single && k != "" && st.historical(k) == st.historical(iso) {
				known = append(known, p)
			}
		}
		if len(known) == 1 {
			known[0].role, known[0].iso3 = m.role, iso
			return known[0]
		}
	}
	if p := st.holderNamed(r, iso); p != nil {
		return p
	}
	if iso != "" || m.ctxCountry {
		return nil
	}
	if p := st.headNamed(m, r, si); p != nil {
		return p
	}
	return st.rolelessPrincipal(m, si)
}

// rankHolder returns the one person named up to sentence si right after
// the military rank r ("Field Marshal X", "army chief, Field Marshal X"),
// whatever office the text gives them, or nil.
func (st *docState) rankHolder(r string, si int) *entity {
	f := strings.Fields(r)
	if len(f) == 0 || !en.RankWords[f[len(f)-1]] {
		return nil
	}
	var found *entity
	for s := 0; s <= si && s < len(st.ms); s++ {
		toks := st.doc.sentences[s].toks
		for _, m := range st.ms[s] {
			if m.kind != mPerson || m.ent == nil {
				continue
			}
			if name := strings.Fields(m.ent.canon().name); len(name) == 0 || !rankBefore(toks, f, m, name[0]) {
				continue
			}
			if p := m.ent.canon(); found == nil || found == p {
				found = p
			} else {
				return nil // two of that rank
			}
		}
	}
	return found
}

// rankBefore reports the words f of a rank right before the given name
// first within mention m or just before it: "Field Marshal X".
func rankBefore(toks []token, f []string, m mention, first string) bool {
	for q := max(0, m.i-len(f)); q+len(f) < m.j; q++ {
		ok := strings.EqualFold(toks[q+len(f)].text, first)
		for n, w := range f {
			ok = ok && toks[q+n].lower == w
		}
		if ok {
			return true
		}
	}
	return false
}

// roleCandidates returns the people named before mention m of sentence
// si whose office fits role r (abbreviated abbr) of the country iso, if
// any: of a country the text states for them, or of none stated when no
// one of that country was named before.
func (st *docState) roleCandidates(m *mention, r, abbr, iso string, si int) []*entity {
	stated := iso != "" && st.statedOf(iso, si) // someone of that country named before
	var cands []*entity
	for _, p := range st.people {
		if p.first > si || p.first == si && !st.personNamedBefore(p, m, si) {
			continue
		}
		pr := strings.ToLower(p.role)
		if pr == "" {
			continue
		}
		if roleFits(pr, r, abbr, iso) || strings.Contains(pr, " and ") && roleFits(strings.SplitN(pr, " and ", 2)[0], r, abbr, iso) {
			if iso != "" && p.iso3 != "" && st.historical(iso) != st.historical(p.iso3) {
				continue
			}
			if stated && p.iso3 == "" {
				continue // "Kenya's X ... President Y received the Kenyan president": X, not Y
			}
			if iso != "" && p.iso3 == "" && p.org != "" {
				continue // "the Ukrainian president" is no organisation's president
			}
			cands = append(cands, p)
		}
	}
	return cands
}

// statedOf reports a person named up to sentence si whose stated
// country is iso.
func (st *docState) statedOf(iso string, si int) bool {
	for _, p := range st.people {
		if p.first <= si && p.iso3 != "" && !p.guessed && st.historical(p.iso3) == st.historical(iso) {
			return true
		}
	}
	return false
}

// styled resolves a court style (r: "his majesty", "her highness") to the
// person in focus or, failing that, the last one named before sentence si
// whose office bears it (en.CourtStyles); ok is false when r is no style.
func (st *docState) styled(r string, si int) (*entity, bool) {
	_, w, found := strings.Cut(r, " ")
	offices := en.CourtStyles[w]
	if !found || offices == nil {
		return nil, false
	}
	bears := func(p *entity) bool {
		pr := strings.ToLower(p.role)
		for _, o := range offices {
			if pr == o || strings.HasSuffix(pr, " "+o) || strings.HasPrefix(pr, o+" ") {
				return true
			}
		}
		return false
	}
	if t := st.topic; t != nil && t.kind == schema.KindPerson && bears(t.canon()) {
		return t.canon(), true
	}
	var last *entity
	for _, p := range st.people {
		if p.first < si && bears(p) {
			last = p
		}
	}
	return last, true
}

// rolelessPrincipal reads a release's bare title ("The Foreign
// Secretary") in sentence si as the one person the text names without a
// role up to there; nil when there is not exactly one.
func (st *docState) rolelessPrincipal(m *mention, si int) *entity {
	var roleless []*entity
	for _, p := range st.people {
		if p.role == "" && !p.single && p.first <= si && !st.interviewer(p) {
			roleless = append(roleless, p)
		}
	}
	if len(roleless) == 1 && st.roleIsTitle(m) {
		roleless[0].role = m.role
		return roleless[0]
	}
	return nil
}

// interviewer reports a person of the press: one a press word stands
// right before ("our reporter X", "the paper's editor Y"), one who asks a
// briefing's question ("Question (X, Daily Post):"), or, in a
// transcript, one named before its labelled paragraphs with neither an
// office nor a country, stated or known (who "spoke to X" in the
// introduction and asks the questions).
func (st *docState) interviewer(p *entity) bool {
	for si, ms := range st.ms {
		toks := st.doc.sentences[si].toks
		for _, m := range ms {
			if m.kind != mPerson || m.ent == nil || m.ent.canon() != p {
				continue
			}
			for q := max(0, m.i-2); q < m.i; q++ {
				if !toks[q].upper && en.PressRoles[toks[q].lower] {
					return true
				}
			}
			if m.i == 2 && toks[1].text == "(" && (toks[0].lower == "question" || toks[0].lower == "q") {
				return true // "Question (X, Daily Post): ..." in a briefing
			}
		}
	}
	first := st.firstLabelled()
	return first >= 0 && p.first < first && p.role == "" && !p.explicit && st.knownAs(p) == ""
}

// titleFits returns the person the title names when a bare capitalised
// title of the body (r: "The Minister") fits that person's office: the
// principal of a release or programme, whenever the body first names
// them.
func (st *docState) titleFits(m *mention, r string) *entity {
	if !st.roleIsTitle(m) || m.iso3 != "" || m.ctxCountry {
		return nil
	}
	t := st.titleOwner()
	if t == nil || st.titleRole == "" {
		return nil
	}
	tr := strings.ToLower(st.titleRole)
	if tr == r || strings.HasSuffix(tr, " "+r) || roleHeadOf(tr) == r {
		return t
	}
	return nil
}

// headNamed returns the leader a bare "the Head of State" or "the head of
// government" (m, r) of sentence si means: of the leaders named so far (a
// prime minister heads no state), the one of the dateline's country, else
// the one named most; nil for other roles, for one without "the" ("X,
// Head of State and Commander-in-Chief," lists the offices of X) or when
// none fits.
func (st *docState) headNamed(m *mention, r string, si int) *entity {
	toks := st.doc.sentences[si].toks
	if r != "head of state" && r != "head of government" || toks[m.i].lower != "the" && (m.i == 0 || toks[m.i-1].lower != "the") {
		return nil
	}
	var cands, home []*entity
	for _, p := range st.people {
		pr := strings.ToLower(p.role)
		if p.first > si || !isLeaderRole(pr) || r == "head of state" && (strings.HasSuffix(pr, "prime minister") || strings.HasSuffix(pr, "premier") || strings.HasSuffix(pr, "chancellor")) {
			continue
		}
		cands = append(cands, p)
		if st.dlISO != "" && p.iso3 != "" && st.historical(p.iso3) == st.historical(st.dlISO) {
			home = append(home, p)
		}
	}
	if len(home) > 0 {
		return st.mostMentioned(home, si)
	}
	if len(cands) > 0 {
		return st.mostMentioned(cands, si)
	}
	return nil
}

// roleIsTitle reports whether a role mention is a capitalised title ("The
// Foreign Secretary"), as press releases use for their principal.
func (st *docState) roleIsTitle(m *mention) bool {
	return m.role != "" && m.role[0] >= 'A' && m.role[0] <= 'Z'
}

// ofHead returns the head of a role with a complement ("minister for
// foreign affairs" → "minister", "secretary of state" → "secretary"), or "".
func ofHead(r string) string {
	if t := ofTitle(r); t != "" {
		return roleHeadOf(t)
	}
	return ""
}

// ofTitle returns the title before its complement ("high representative"
// of "high representative for foreign affairs"), or "".
func ofTitle(r string) string {
	for _, p := range []string{" of ", " for ", " to "} {
		if i := strings.Index(r, p); i > 0 {
			return r[:i]
		}
	}
	return ""
}

// roleHeadOf returns the last word of a role ("foreign minister" → "minister").
// foreignMinisterRole reports a role that is a country's foreign
// minister under any of its titles ("us secretary of state").
func foreignMinisterRole(r string) bool {
	for t := range en.ForeignMinisterTitles {
		if r == t || strings.HasSuffix(r, " "+t) {
			return true
		}
	}
	return false
}

func roleHeadOf(r string) string {
	if i := strings.LastIndexByte(r, ' '); i >= 0 {
		return r[i+1:]
	}
	return r
}

// at returns the event time reference.
func (st *docState) ref() time.Time { return st.a.Published }

// assignCountries gives each person without a stated country the most
// likely one (marked guessed unless a title or the gazetteer gives it): the country of a title used by one government ("Secretary of
// State"), a known office-holder's country at the article's date, a
// country named earlier in the sentence of the first mention, the
// dateline's country, or the country in focus before the mention.
// inOfficeCountry returns the country the gazetteer has person p in
// public office for at time t (one entry of that full name, not ambiguous),
// or "".
func (st *docState) inOfficeCountry(p *entity, t time.Time) string {
	if len(strings.Fields(p.name)) < 2 || p.org != "" || t.IsZero() {
		return ""
	}
	for _, le := range st.x.lex.lookup(p.name) {
		if le.kind == lexPerson && sameFullName(le.name, p.name) && le.personCountry != nil && le.personOffice != nil && !le.ambiguous && le.personOffice(t) {
			return le.personCountry(t)
		}
	}
	return ""
}

// settledCountry gives person p the country (or organisation) that no
// guess from the story may override: a leader's spouse the leader's, an
// armed group's member the group's state, an official of an international
// organisation the organisation, an office-holder of the day the office's
// country. It reports whether it gave one.
func (st *docState) settledCountry(p *entity, pub time.Time) bool {
	if !p.explicit && (p.iso3 == "" || p.guessed) && en.SpouseRoles[strings.ToLower(p.role)] {
		// "First Lady Jill Biden" beside President Joe Biden: her
		// husband's country, not the guest's.
		if iso := st.familyCountry(p); iso != "" {
			p.iso3, p.guessed = iso, false
			return true
		}
		if iso := st.spouseNamedBefore(p); iso != "" {
			p.iso3, p.guessed = iso, false
			return true
		}
	}
	if p.org != "" && p.iso3 == "" {
		// "RSF commander X" acts for the group, and is Sudanese.
		if iso := st.orgHome(p.org); iso != "" {
			p.iso3 = iso
			return true
		}
	}
	if !p.explicit && p.org == "" && (p.iso3 == "" || p.guessed) {
		// An official of an international organisation on the day
		// acts for it, not for a country the story suggests.
		if org := st.inOfficeOrg(p, pub); org != "" {
			p.org, p.iso3, p.guessed = org, "", false
			return true
		}
	}
	if !p.explicit && (p.iso3 == "" || p.guessed) {
		// The gazetteer's office on the day outweighs a guess from
		// the words around the name.
		if iso := st.inOfficeCountry(p, pub); iso != "" {
			p.iso3, p.guessed, p.inOffice = iso, false, p.role == ""
			return true
		}
	}
	return false
}

// familyCountry returns the country of the one other person of p's
// surname the text names (stated, or the gazetteer's), or "".
func (st *docState) familyCountry(p *entity) string {
	t := p.tokens()
	if len(t) < 2 {
		return ""
	}
	iso := ""
	for _, q := range st.people {
		qt := q.tokens()
		if q == p || q.into != nil || len(qt) < 2 || qt[len(qt)-1] != t[len(t)-1] {
			continue
		}
		c := q.iso3
		if c == "" || q.guessed {
			c = st.knownAs(q)
		}
		if c == "" || iso != "" && iso != c {
			return ""
		}
		iso = c
	}
	return iso
}

// spouseNamedBefore returns the country of the person named right before
// "and First Lady p" ("for President X and first lady Y"), whatever their
// names, or "".
func (st *docState) spouseNamedBefore(p *entity) string {
	for si, ms := range st.ms {
		toks := st.doc.sentences[si].toks
		for mi, m := range ms {
			if m.kind != mPerson || m.ent == nil || m.ent.canon() != p.canon() || mi == 0 || m.i < 2 || toks[m.i-1].lower != "and" {
				continue
			}
			q := ms[mi-1]
			if q.kind != mPerson || q.ent == nil || q.j != m.i-1 {
				continue
			}
			c := q.ent.canon()
			if c.iso3 != "" && !c.guessed {
				return c.iso3
			}
			return st.knownAs(c)
		}
	}
	return ""
}

// orgHome returns the state whose nationals the people of the
// organisation named name are (ISO3), or "".
func (st *docState) orgHome(name string) string {
	for _, le := range st.x.lex.lookup(name) {
		if le.kind == lexOrg && le.home != "" {
			return le.home
		}
	}
	return ""
}

// inOfficeOrg returns the organisation the gazetteer has person p in
// office for at time t (one entry of that full name), or "".
func (st *docState) inOfficeOrg(p *entity, t time.Time) string {
	if len(strings.Fields(p.name)) < 2 || t.IsZero() {
		return ""
	}
	for _, le := range st.x.lex.lookup(p.name) {
		if le.kind == lexPerson && sameFullName(le.name, p.name) && le.personOrg != nil && !le.ambiguous {
			return le.personOrg(t)
		}
	}
	return ""
}

// pickRoleCandidate chooses among the people cands whose role fits role
// mention m (role r, country iso): one of that country, the one in office,
// the principal a press release introduced first, the one the story
// follows, else the last named; nil when there is none.
func (st *docState) pickRoleCandidate(m *mention, r, iso string, si int, cands []*entity) *entity {
	// "The Turkish minister": one of that country before one of none known.
	if len(cands) > 1 && iso != "" {
		var same []*entity
		for _, p := range cands {
			if p.iso3 != "" && st.historical(p.iso3) == st.historical(iso) {
				same = append(same, p)
			}
		}
		if len(same) > 0 {
			cands = same
		}
	}
	if len(cands) > 1 && iso != "" {
		// "the Turkish president" after two presidents of that country
		// were named: the one the gazetteer gives that office on the day.
		if p := st.oneInOffice(cands, iso); p != nil {
			return p
		}
	}
	if len(cands) > 1 && iso == "" && st.roleIsTitle(m) && !strings.Contains(r, " of ") && cands[0].first < si {
		// A capitalised bare title ("the Minister", "The President") that
		// several people fit is the principal the text introduced first,
		// as press releases refer to their own minister or president.
		return cands[0]
	}
	if len(cands) > 1 && iso == "" {
		// "the prime minister" when two were named: the one the story
		// follows (named most often so far), else the last named.
		return st.mostMentioned(cands, si)
	}
	if len(cands) > 0 {
		return cands[len(cands)-1]
	}
	return nil
}

// oneInOffice returns the one person of ps whom the gazetteer gives an
// office of country iso on the publication day, or nil.
func (st *docState) oneInOffice(ps []*entity, iso string) *entity {
	var held *entity
	for _, p := range ps {
		if c := st.inOfficeCountry(p, st.a.Published); c != "" && st.historical(c) == st.historical(iso) {
			if held != nil {
				return nil
			}
			held = p
		}
	}
	return held
}

func (st *docState) assignCountries() {
	pub := st.a.Published
	st.counterparts()
	for _, p := range st.people {
		if st.settledCountry(p, pub) {
			continue
		}
		if p.iso3 != "" {
			continue
		}
		if p.notISO != "" && !p.explicit {
			// "X led the Moroccan delegation ... X and his Ghanaian
			// counterpart": the country told with X's first mention.
			if iso := p.ctxAfter; iso != "" && st.historical(iso) != p.notISO && !st.travelsTo(p)[st.historical(iso)] {
				p.iso3, p.guessed = iso, true
				continue
			}
		}
		if p.notISO != "" {
			// "X and her Chinese counterpart": X is of the other country
			// the text is about.
			if iso := st.homeExcept(p.notISO); iso != "" && !p.explicit && !st.travelsTo(p)[st.historical(iso)] {
				p.iso3, p.guessed = iso, true
				continue
			}
		}
		// A title used by one government, unless the story is filed from
		// another country ("Foreign Secretary" in New Delhi is India's).
		if iso := en.CountryRoleDefaults[strings.ToLower(p.role)]; iso != "" {
			// Filed from another country, or in a story about another
			// country, the title may be that country's ("Treasury
			// Secretary" in Buenos Aires, or of Argentina's debt talks):
			// a guess.
			home := st.homeExcept("")
			p.iso3, p.guessed = iso, st.dlISO != "" && st.historical(st.dlISO) != iso || home != "" && home != iso
			continue
		}
		if iso := en.SoftRoleDefaults[strings.ToLower(p.role)]; iso != "" && (st.dlISO == "" || st.dlISO == iso) && st.mentions(iso) {
			p.iso3, p.guessed = iso, true
			continue
		}
		if p.role == "" {
			// Without a role the text names the person with no country:
			// a dictionary's country would be a guess (but see
			// partiesCountries), unless the gazetteer has them in office
			// for a country on the article's day (above).
			continue
		}
		if p.org == "" {
			// The gazetteer's person of that name ("Queen Suthida": a
			// one-word name with its title) in office on the day.
			if iso := st.knownAs(p); iso != "" {
				p.iso3 = iso
				continue
			}
		}
		if p.org != "" {
			continue
		}

		if p.role == "" && !p.event {
			continue
		}
		if en.SubnationalTitles[strings.ToLower(p.role)] {
			// "Gov. X" in a story about Virginia's trade mission, "Premier
			// Y" selling Alberta's oil: the country of the region told.
			if iso := st.regionHome(); iso != "" {
				p.iso3, p.guessed = iso, true
				continue
			}
		}
		guess, embassy := "", st.embassyCountry(p)
		switch {
		case p.owner != nil && p.owner.canon().iso3 != "" && !p.owner.canon().guessed:
			guess = p.owner.canon().iso3 // "his commerce minister Y"
		case embassy != "":
			guess = embassy // "at the Kenyan Embassy, where he met Ambassador Y"
		case p.ctxISO != "":
			guess = p.ctxISO
		case p.topicISO != "" && p.ctxAfter == "" && !st.knowsPerson(p.name):
			guess = p.topicISO // "Kenya had pressed for a delay. Deputy premier X ..."
		case st.dlISO != "":
			guess = st.dlISO
		case p.ctxAfter != "":
			guess = p.ctxAfter
		case st.roleTitled(p) && st.home() != "" || st.dominantHome() != "":
			// "the Foreign Secretary, X" in a press release, or a
			// minister in a story mostly about one country: the country
			// the text is about rather than the one named last.
			guess = st.home()
		case p.prevISO != "":
			guess = p.prevISO
		}
		// A country the person travels to is not theirs: "Agriculture
		// Minister X arrived in Tokyo" makes X no Japanese; nor is the
		// country of someone of the same office X met ("Foreign Minister
		// X met Kenyan Foreign Minister Y": X is no Kenyan).
		if guess != "" && !st.travelsTo(p)[st.historical(guess)] && !st.counterpartCountry(p, guess) {
			p.iso3, p.guessed = guess, true
		}
	}
}

// embassyCountry returns the country of the one embassy or high
// commission ("the Kenyan Embassy", "Malawi's High Commission") named in a
// sentence with p, an envoy by office (an ambassador, a chargé
// d'affaires): the mission's head serves its country; "" otherwise.
func (st *docState) embassyCountry(p *entity) string {
	r := strings.Fields(strings.ToLower(p.role))
	if len(r) == 0 || !en.EnvoyRoles[r[len(r)-1]] {
		return ""
	}
	iso := ""
	for si, ms := range st.ms {
		with := false
		for _, m := range ms {
			with = with || m.kind == mPerson && m.ent != nil && m.ent.canon() == p
		}
		if !with {
			continue
		}
		toks := st.doc.sentences[si].toks
		for _, m := range ms {
			if (m.kind == mDemonym || m.kind == mCountry) && m.iso3 != "" && m.j < len(toks) && en.MissionNouns[toks[m.j].lower] {
				if iso != "" && iso != m.iso3 {
					return ""
				}
				iso = m.iso3
			}
		}
	}
	return iso
}

// counterpartCountry reports a person of p's office and of country iso
// named in a sentence with p: two holders of one office told together
// ("Foreign Minister X met Kenyan Foreign Minister Y") are of two states.
func (st *docState) counterpartCountry(p *entity, iso string) bool {
	role := strings.ToLower(p.role)
	if role == "" {
		return false
	}
	for _, ms := range st.ms {
		with := false
		for _, m := range ms {
			with = with || m.kind == mPerson && m.ent != nil && m.ent.canon() == p.canon()
		}
		if !with {
			continue
		}
		for _, m := range ms {
			if q := m.ent; m.kind == mPerson && q != nil && q.canon() != p.canon() && strings.ToLower(q.canon().role) == role && q.canon().iso3 != "" && !q.canon().guessed && st.historical(q.canon().iso3) == st.historical(iso) {
				return true
			}
		}
	}
	return false
}

// regionHome returns the country of the first state, province or
// territory the article names, or "".
func (st *docState) regionHome() string {
	if !st.regionRead {
		st.regionRead, st.region = true, st.firstRegion()
	}
	return st.region
}

// firstRegion is regionHome, uncached.
func (st *docState) firstRegion() string {
	for _, s := range st.doc.sentences {
		toks := s.toks
		for i := range toks {
			if toks[i].kind != tokWord || !toks[i].upper {
				continue
			}
			for n := min(3, len(toks)-i); n >= 1; n-- {
				if iso := st.x.lex.subnational(phrase(toks, i, i+n)); iso != "" {
					return iso
				}
			}
		}
	}
	return ""
}

// knownAs returns the country (ISO 3166 alpha-3) the gazetteer knows p
// for on the publication day ("" for none or for an ambiguous name).
func (st *docState) knownAs(p *entity) string {
	names := []string{p.name}
	if f := strings.Fields(p.role); len(f) > 0 {
		// "Queen Suthida": a one-word name the gazetteer knows with its
		// title.
		names = append(names, f[len(f)-1]+" "+p.name)
	}
	for _, n := range names {
		for _, le := range st.x.lex.lookup(n) {
			if le.kind == lexPerson && le.personCountry != nil && !le.ambiguous {
				if iso := le.personCountry(st.a.Published); iso != "" {
					return iso
				}
			}
		}
	}
	return ""
}

// hostsCountries gives a person whose country was only guessed from the
// story's context the country where they met a visitor to it: "X landed in
// Perth, where Premier Y met him" makes Y Australian, not of the country
// told last (X's). A country Y travels to is never theirs.
func (st *docState) hostsCountries() {
	for _, e := range st.events {
		if e.typ != schema.Meeting || e.status != schema.Occurred {
			continue
		}
		for _, p := range e.parts {
			p = p.canon()
			if p.kind != schema.KindPerson || p.iso3 != "" && !p.guessed || p.role == "" || p.org != "" || st.embassyCountry(p) != "" {
				continue // (an envoy at their own country's embassy is no host's, an organisation's officer neither)
			}
			for _, q := range e.parts {
				// The guess was the visitor's country, or there was none.
				if q = q.canon(); q == p || p.iso3 != "" && p.iso3 != q.iso3 {
					continue
				}
				iso := st.visitedFor(q, e)
				if iso == "" && len(e.parts) == 2 && q.kind == schema.KindPerson && q.explicit && p.iso3 == q.iso3 {
					// "LIMA - Chilean envoy X held talks with President Y":
					// a guess that only copied the other party's stated
					// country yields to where the two met.
					iso = st.meetingCountry(e)
				}
				if iso != "" && iso != p.iso3 && !st.travelsTo(p)[iso] && !st.visited(p, iso) {
					p.iso3, p.guessed = iso, true
					break
				}
			}
		}
	}
}

// otherSides gives a person whose country was only guessed, as that of
// the other party to a meeting of two, held or planned, whose country the
// text states, the country the text is about besides: "Minister X will
// hold talks with Dutch minister Y" makes X no Dutch.
func (st *docState) otherSides() {
	for _, e := range st.events {
		if e.typ != schema.Meeting || len(e.parts) != 2 {
			continue
		}
		for i, p := range e.parts {
			p, q := p.canon(), e.parts[1-i].canon()
			if p.kind != schema.KindPerson || q.kind != schema.KindPerson || !p.guessed || q.guessed || !q.explicit || p.iso3 == "" || p.iso3 != q.iso3 {
				continue
			}
			if p.ctxISO == p.iso3 || en.SubnationalTitles[strings.ToLower(p.role)] {
				continue // "A's minister X and governor Y"; a premier meets their own
			}
			if iso := st.homeExcept(st.historical(q.iso3)); iso != "" && !st.travelsTo(p)[iso] && !st.visited(p, iso) {
				p.iso3 = iso
			}
		}
	}
}

// meetingCountry returns the country of an in-person meeting's city, or
// else of the dateline, or "".
func (st *docState) meetingCountry(e *event) string {
	switch {
	case e.mode != schema.InPerson:
		return ""
	case e.place != nil:
		return st.historical(e.place.iso3)
	case st.dlISO != "":
		return st.historical(st.dlISO)
	}
	return ""
}

// greetersCountries gives an official whose country was only guessed the
// country of the place a visitor arrived in when the official welcomed
// them there ("X flew into Y and was met by Deputy Minister Z", "X came
// on Sunday and was welcomed by Permanent Secretary W"):
// the visit's destination told in that sentence or the one before, or
// else the dateline's country when the sentence tells the arrival.
func (st *docState) greetersCountries() {
	for si, s := range st.doc.sentences {
		toks := s.toks
		for k := 1; k+1 < len(toks); k++ {
			seenOff := toks[k].lower == "seen" && toks[k+1].lower == "off" // "were seen off by"
			if !en.GreetVerbs[toks[k].lower] && !seenOff || toks[k-1].lower != "was" && toks[k-1].lower != "were" && toks[k-1].lower != "been" {
				continue
			}
			b := k + 1 // "was greeted (on landing, at the X airport) by"
			for b < min(len(toks)-1, k+10) && toks[b].lower != "by" && toks[b].kind == tokWord {
				b++
			}
			if toks[b].lower != "by" {
				continue
			}
			for _, g := range st.greetersAt(si, b+1) {
				if g.iso3 != "" && !g.guessed || g.role == "" {
					continue
				}
				if iso := st.arrivalCountry(si, toks); iso != "" && !st.travelsTo(g)[iso] {
					g.iso3, g.guessed = iso, true
				}
			}
		}
	}
}

// greetersAt returns the people named from token j of sentence si on
// (past a "the"), joined by "and" or commas: "by Minister X and Adviser
// Y".
func (st *docState) greetersAt(si, j int) []*entity {
	toks := st.doc.sentences[si].toks
	var out []*entity
	for j < len(toks) {
		if toks[j].lower == "the" {
			j++
		}
		next := -1
		for _, m := range st.ms[si] {
			if m.i <= j && j < m.j && m.kind == mPerson && m.ent != nil {
				out, next = append(out, m.ent.canon()), m.j
				break
			}
		}
		if next < 0 || next+1 >= len(toks) || toks[next].lower != "and" && toks[next].text != "," {
			break
		}
		j = next + 1
	}
	return out
}

// arrivalCountry returns where the arrival told in sentence si (its
// words toks) or the sentence before was to: a visit's country, else the
// dateline's when the words tell an arrival or an airport; "" when none.
func (st *docState) arrivalCountry(si int, toks []token) string {
	for i := len(st.events) - 1; i >= 0; i-- {
		e := st.events[i]
		if e.typ == schema.Visit && e.status == schema.Occurred && e.host != nil && (e.sent == si || e.sent == si-1) {
			return e.host.canon().iso3
		}
	}
	for _, t := range toks {
		if en.TravelVerbs[t.lower] || en.ArrivalPoints[t.lower] {
			return st.dlISO // "landed", "greeted at the airport"
		}
	}
	return ""
}

// visitedFor returns the country of a visit by q that meeting e was part
// of: told in its sentence, or within two sentences in the country of the
// meeting's place.
func (st *docState) visitedFor(q *entity, e *event) string {
	for _, v := range st.events {
		if v.typ != schema.Visit || v.visitor == nil || v.visitor.canon() != q || v.host == nil || abs(v.sent-e.sent) > 2 {
			continue
		}
		// "X arrived in Hanoi on Sunday. The same day X called on Y": a
		// meeting in person with no place, on the visit told just before.
		// Not at a gathering there, where others came from abroad too.
		sameTrip := v.sent == e.sent || v.sent < e.sent && e.mode == schema.InPerson && v.status == schema.Occurred && !st.gatheringIn(v.host.iso3, e.sent)
		if e.place == nil && sameTrip || e.place != nil && st.historical(e.place.iso3) == v.host.iso3 {
			return v.host.iso3
		}
	}
	return ""
}

// gatheringIn reports a gathering told held in country iso up to
// sentence si.
func (st *docState) gatheringIn(iso string, si int) bool {
	for _, g := range st.events {
		if g.typ == schema.Gathering && g.sent <= si && g.place != nil && st.historical(g.place.iso3) == st.historical(iso) {
			return true
		}
	}
	return false
}

// partiesCountries gives a person the text names with neither role nor
// country, but who is a party to an event it tells ("Vladimir Putin held
// talks with ..."), the country the gazetteer knows them for on the
// publication day: a researcher needs the side each party acts for. The
// frames have read the text by then, so no trip is inferred from it.
func (st *docState) partiesCountries() {
	for _, p := range st.people {
		if p.iso3 != "" || p.role != "" || p.org != "" || len(strings.Fields(p.name)) < 2 || !st.inEvent(p) {
			continue
		}
		p.iso3 = st.knownAs(p)
	}
}

// inEvent reports whether p is a participant or visitor of an event read
// so far.
func (st *docState) inEvent(p *entity) bool {
	for _, e := range st.events {
		if e.visitor != nil && e.visitor.canon() == p.canon() || containsEntity(e.parts, p.canon()) || containsEntity(e.parts, p) {
			return true
		}
	}
	return false
}

// travelsTo returns the countries the text has person p travel to: a
// place after a travel word that follows one of p's mentions in its
// sentence ("X arrived in Tokyo", "X, on a trip to Kenya"), or the
// dateline's country after "arrived here" or an arrival with no place. The
// destinations of every person are read in one pass, on first use.
func (st *docState) travelsTo(p *entity) map[string]bool {
	if st.dests == nil {
		st.dests = map[*entity]map[string]bool{}
		for si, ms := range st.ms {
			for _, m := range ms {
				if (m.kind == mPerson || m.kind == mPronoun) && m.ent != nil {
					st.addDestinations(m.ent.canon(), st.doc.sentences[si].toks, ms, m.j)
				}
			}
		}
	}
	return st.dests[p.canon()]
}

// addDestinations records for person p the places after the first travel
// word within twelve tokens of token from.
func (st *docState) addDestinations(p *entity, toks []token, ms []mention, from int) {
	add := func(iso string) {
		if st.dests[p] == nil {
			st.dests[p] = map[string]bool{}
		}
		st.dests[p][st.historical(iso)] = true
	}
	for j := from; j < min(len(toks), from+12); j++ {
		if toks[j].kind != tokWord || !en.TravelWords[toks[j].lower] {
			continue
		}
		for _, n := range ms {
			if n.i > j && n.i <= j+6 && (n.kind == mCity || n.kind == mCountry && !n.modifier) && n.iso3 != "" {
				add(n.iso3)
			}
		}
		if st.dlISO != "" && j+1 < len(toks) && (toks[j+1].lower == "here" || j+2 < len(toks) && toks[j+2].lower == "here") {
			add(st.dlISO) // "arrived here"
		}
		if st.dlISO != "" && en.ArrivalWords[toks[j].lower] && !placeAfter(ms, j) {
			// "X, who arrived on Saturday," under a dateline: there.
			add(st.dlISO)
		}
		return
	}
}

// holderOf returns the first person the text names of country iso whose
// role fits, or nil.
func (st *docState) holderOf(iso string, fits func(string) bool) *entity {
	for _, p := range st.people {
		if p = p.canon(); p.iso3 != "" && st.historical(p.iso3) == st.historical(iso) && fits(strings.ToLower(p.role)) {
			return p
		}
	}
	return nil
}

// isLeaderRole reports whether a role is that of a sitting head of state or
// government (no vice, deputy or former one).
func isLeaderRole(r string) bool {
	r = strings.ToLower(r)
	for _, h := range []string{"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "leader", "sultan", "head of state"} {
		if strings.HasSuffix(r, h) && !strings.Contains(r, "vice") && !strings.Contains(r, "deputy") && !strings.HasPrefix(r, "ex-") && !strings.HasPrefix(r, "former") {
			return true
		}
	}
	return false
}

// knownPlace reports whether the gazetteer knows a phrase as a city or country.
func (x *Extractor) knownPlace(p string) bool { return x.knownAs(p, lexCity, lexCountry) }

// knownCity reports whether the gazetteer knows a phrase as a city.
func (x *Extractor) knownCity(p string) bool { return x.knownAs(p, lexCity) }

// knownAs reports whether the gazetteer knows a phrase as an entry of one
// of kinds.
func (x *Extractor) knownAs(p string, kinds ...lexKind) bool {
	for _, e := range x.lex.lookup(p) {
		if slices.Contains(kinds, e.kind) {
			return true
		}
	}
	return false
}

// fronted reports whether token k lies in a fronted phrase: the sentence
// opens with a participle or preposition and no comma comes before k.
func fronted(toks []token, k int) bool {
	if len(toks) == 0 || toks[0].kind != tokWord {
		return false
	}
	w := toks[0].lower
	if !(strings.HasSuffix(w, "ing") || w == "after" || w == "before" || w == "during" || w == "following" || w == "upon" || w == "on" || w == "at" || w == "in" || en.AsideWords[w]) {
		return false
	}
	// "In Lusaka, where he landed, X was welcomed": the pronoun of the
	// fronted relative clause points ahead to the main subject.
	if (w == "in" || w == "at") && k >= 2 && (toks[k-1].lower == "where" || toks[k-1].lower == "when") && toks[k-2].text == "," {
		for j := k + 1; j < len(toks); j++ {
			if toks[j].text == "," {
				return true
			}
		}
		return false
	}
	// "In Hanoi he held talks ...": a preposition cannot take a clause, so
	// a nominative pronoun after "in/on/at/during X" is the main subject.
	if (w == "in" || w == "on" || w == "at" || w == "during") && k < len(toks) && (toks[k].lower == "he" || toks[k].lower == "she") {
		return false
	}
	for j := 0; j < k; j++ {
		if toks[j].text == "," {
			return false
		}
	}
	for j := k + 1; j < len(toks); j++ {
		if toks[j].text == "," {
			return true
		}
	}
	return false
}

// afterFronted reports whether the nominative pronoun at k opens the main
// clause right after a fronted phrase: "Speaking after talks with Y, he
// said", "After meeting Y, she flew home".
func afterFronted(toks []token, k int) bool {
	if k < 2 || toks[k-1].text != "," || !(toks[k].lower == "he" || toks[k].lower == "she") {
		return false
	}
	for j := 0; j < k-1; j++ {
		if toks[j].text == "," {
			return false
		}
	}
	return fronted(toks, 0)
}

// noteContext records the context of person mention m where the text
// introduces them: the sentence's country so far, the one before, and
// the owner of the title ("his commerce minister").
func (st *docState) noteContext(si int, m *mention, sentCountry, prevCountry string, lastPerson *entity) {
	toks := st.doc.sentences[si].toks
	if f := firstMention(st.ms[si]); sentCountry == "" && si > 0 && f >= 0 && &st.ms[si][f] == m {
		// "Kenya had pressed for a delay. Deputy premier X ...": the
		// country of the sentence before, opening it.
		m.ent.topicISO = openingCountry(st.ms[si-1], st.doc.sentences[si-1].toks)
	}
	m.ent.ctxSeen = true
	m.ent.ctxRole = m.role != ""
	m.ent.ctxISO = sentCountry
	m.ent.prevISO = prevCountry
	m.ent.ctxAfter = ""
	m.ent.owner = st.ownerOf(m, toks, lastPerson)
}

// openingCountry returns the country a sentence opens with as its
// subject, after a dateline if any ("Kenya had pressed ...", "Kenya,
// which missed its quota, wants ..."), or "".
func openingCountry(ms []mention, toks []token) string {
	start := 0
	for _, m := range ms {
		if m.kind == mCity && m.i < len(toks) && toks[m.i].allCap {
			start = m.j // the dateline
			for start < len(toks) && toks[start].kind == tokPunct {
				start++
			}
			continue
		}
		if m.kind != mCountry || m.poss || m.i != start || m.j >= len(toks) {
			return ""
		}
		if n := toks[m.j]; n.text == "," || en.BeForms[n.lower] || en.Auxiliaries[n.lower] || n.kind == tokWord && strings.HasSuffix(n.lower, "ed") {
			return m.iso3
		}
		return ""
	}
	return ""
}

// firstMention returns the index of the first mention in ms that is no
// city (a dateline's or a scene's: "In Lilongwe, Deputy premier X ..."), or
// -1.
func firstMention(ms []mention) int {
	for i, m := range ms {
		if m.kind != mCity {
			return i
		}
	}
	return -1
}

// participleMainPerson returns the person named right after a fronted
// participle phrase that opens the sentence, alone or after a fronted
// time phrase ("Before leaving, X", "On Monday, after meeting Y, X"), or
// nil.
func participleMainPerson(ms []mention, toks []token) *entity {
	e := participleEnd(toks, 0)
	for j := 0; e < 0 && j < min(len(toks), 6); j++ {
		if toks[j].text == "," {
			e = participleEnd(toks, j+1) // past "On Monday morning,"
			break
		}
	}
	if e > 0 {
		return firstPersonAfterComma(ms, toks, e-2)
	}
	return nil
}

// participleEnd returns the token after the comma that closes a phrase of
// a subordinator and a participle opening at b ("After leaving X,",
// "before sitting down with Y,", "On arriving in Z,"), or -1.
func participleEnd(toks []token, b int) int {
	if b < 0 || b+1 >= len(toks) || !en.FrontedSubordinators[toks[b].lower] || !strings.HasSuffix(toks[b+1].lower, "ing") {
		return -1
	}
	for j := b + 2; j < min(len(toks), b+14); j++ {
		if toks[j].text == "," {
			return j + 1
		}
		if toks[j].kind == tokPunct {
			return -1
		}
	}
	return -1
}

// firstPersonAfterComma returns the person named first after the comma that
// closes a fronted phrase.
func firstPersonAfterComma(ms []mention, toks []token, k int) *entity {
	comma := -1
	for j := k + 1; j < len(toks); j++ {
		if toks[j].text == "," {
			comma = j
			break
		}
	}
	if comma < 0 {
		return nil
	}
	for _, m := range ms {
		if m.i > comma && m.kind == mPronoun {
			return nil // "After his talks with X, he met Y": the one "he" is
		}
		if m.i > comma && (m.kind == mPerson || m.kind == mRole) && m.ent != nil {
			return m.ent
		}
		if m.i > comma && m.kind == mPerson {
			return nil
		}
	}
	return nil
}

// borrowYear resolves day-and-month dates without a year ("was in Kenya on
// 2 May and in Ghana from 3-4 May 2019") with the year another
// date of the same sentence states, when the publication date is unknown.
func borrowYear(text string, ms []timex.Match) []timex.Match {
	year := 0
	missing := false
	for _, m := range ms {
		switch {
		case !m.Date.IsZero() && !m.Relative:
			year = m.Date.Time.Year()
		case m.Date.IsZero() && hasDigit(m.Text) && !hasRelativeWord(m.Text):
			missing = true
		}
	}
	if year == 0 && missing {
		// "talks on 9 June ahead of the 2018 Nordic summit": a year written
		// as a modifier in the sentence, when it names only one.
		year = onlyYear(text)
	}
	if year == 0 || !missing {
		return ms
	}
	again := timex.Find(text, time.Date(year, time.December, 31, 0, 0, 0, 0, time.UTC))
	out := append([]timex.Match(nil), ms...)
	for i, m := range out {
		if !m.Date.IsZero() || !hasDigit(m.Text) || hasRelativeWord(m.Text) {
			continue
		}
		for _, r := range again {
			if r.Start == m.Start && r.End == m.End {
				out[i] = r
			}
		}
	}
	return out
}

// monthOfYear joins a month and the year phrase right after it ("in
// February last year", "in March this year") into one month of that year.
func monthOfYear(text string, ms []timex.Match) []timex.Match {
	var out []timex.Match
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) && m.Date.Precision == schema.PrecisionMonth && m.EndDate.IsZero() {
			n := ms[i+1]
			if n.Date.Precision == schema.PrecisionYear && strings.TrimSpace(text[m.End:n.Start]) == "" && !m.Date.IsZero() && !n.Date.IsZero() {
				m.Date = schema.Month(n.Date.Time.Year(), m.Date.Time.Month())
				m.End, m.Text = n.End, text[m.Start:n.End]
				m.Future = m.Future || n.Future
				out = append(out, m)
				i++
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// onlyYear returns the one year (1900–2099) written as a four-digit word
// in text, or 0 when there is none or more than one.
func onlyYear(text string) int {
	year := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(w) != 4 || w[0] != '1' && w[0] != '2' {
			continue
		}
		y, err := strconv.Atoi(w)
		if err != nil || y < 1900 || y > 2099 {
			continue
		}
		if year != 0 && year != y {
			return 0
		}
		year = y
	}
	return year
}

// hasRelativeWord reports whether a date expression depends on the
// publication day ("last week", "next Monday", "3 days ago").
func hasRelativeWord(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch w {
		case "today", "tonight", "yesterday", "tomorrow", "last", "next", "this", "ago", "week", "weekend", "coming", "earlier", "later":
			return true
		}
	}
	return false
}

// disambiguate settles country words that name more than one country
// ("Congolese", "Congo") by the rest of the document: when the dateline or
// a city points to one of the other candidates, nothing to the default
// reading, and neither country is named outright, every mention of the
// default country is read as that candidate.
func (st *docState) disambiguate() {
	type ambiguous struct {
		iso3 string
		alt  []string
	}
	var amb []ambiguous
	evidence, named, cities := map[string]bool{}, map[string]bool{}, map[string]int{}
	if st.dlISO != "" {
		evidence[st.dlISO] = true
	}
	for si := range st.ms {
		toks := st.doc.sentences[si].toks
		for mi := range st.ms[si] {
			m := &st.ms[si][mi]
			if m.kind != mCountry && m.kind != mCity && m.kind != mDemonym || m.iso3 == "" {
				continue
			}
			var alt []string
			if m.kind != mCity && !m.compound {
				for _, o := range st.x.lex.lookup(phrase(toks, m.i, m.j)) {
					if (o.kind == lexCountry || o.kind == lexDemonym) && o.iso3 != m.iso3 && o.iso3 != "" {
						alt = append(alt, o.iso3)
					}
				}
			}
			switch {
			case len(alt) > 0:
				amb = append(amb, ambiguous{m.iso3, alt})
			case m.kind == mCity:
				evidence[m.iso3] = true
				cities[m.iso3]++
			default:
				// A text that names the other country outright ("Zaire",
				// "DR Congo") keeps the ambiguous word for the first one.
				named[m.iso3] = true
			}
		}
	}
	if len(amb) == 0 {
		return
	}
	sub := map[string]string{}
	for _, m := range amb {
		if evidence[m.iso3] || named[m.iso3] {
			continue
		}
		for _, a := range m.alt {
			// A text naming "DR Congo" keeps "Congolese" for the other
			// Congo, unless only the first's cities are told, twice or
			// more (Kinshasa, Goma), and none of the other's.
			if evidence[a] && (!named[a] || cities[a] >= 2 && cities[m.iso3] == 0) {
				sub[m.iso3] = a
				break
			}
		}
	}
	if len(sub) == 0 {
		return
	}
	for si := range st.ms {
		for mi := range st.ms[si] {
			m := &st.ms[si][mi]
			to, ok := sub[m.iso3]
			if !ok {
				continue
			}
			if m.kind == mCountry || m.kind == mDemonym {
				m.name = st.x.lex.countryName(to)
			}
			m.iso3 = to
		}
	}
}

// mentions reports whether the text names the country iso3 itself, a
// demonym of it or one of its cities: a British "Foreign Secretary" comes
// with Britain, London or "British" somewhere in the story.
func (st *docState) mentions(iso3 string) bool {
	for _, ms := range st.ms {
		for _, m := range ms {
			if (m.kind == mCountry || m.kind == mDemonym || m.kind == mCity || m.kind == mGroup) && st.historical(m.iso3) == iso3 {
				return true
			}
		}
	}
	return false
}

// roleTitled reports whether a person's role is a capitalised title
// without a country ("the Foreign Secretary"), as releases name their own
// officials.
func (st *docState) roleTitled(p *entity) bool {
	return p.role != "" && p.role[0] >= 'A' && p.role[0] <= 'Z' && !strings.Contains(strings.ToLower(p.role), " of ")
}

// home returns the country the text names most often (countries,
// demonyms and cities), or "" on a tie.
func (st *docState) home() string {
	if st.homeISO == nil {
		best := st.homeExcept("")
		st.homeISO = &best
	}
	return *st.homeISO
}

// counterparts marks the person before "his/her <demonym> counterpart" as
// not of that country.
func (st *docState) counterparts() {
	for si, ms := range st.ms {
		toks := st.doc.sentences[si].toks
		for mi, m := range ms {
			if m.kind != mDemonym && m.kind != mCountry || m.iso3 == "" || m.i == 0 || m.j >= len(toks) {
				continue
			}
			if !(toks[m.i-1].lower == "his" || toks[m.i-1].lower == "her" || toks[m.i-1].lower == "their") || !en.CounterpartNouns[toks[m.j].lower] {
				continue
			}
			for q := mi - 1; q >= 0; q-- {
				if ms[q].kind == mPerson && ms[q].ent != nil {
					if e := ms[q].ent.canon(); e.notISO == "" {
						e.notISO = st.historical(m.iso3)
					}
					st.sameOffice(ms[q].ent.canon(), ms, mi)
					break
				}
			}
		}
	}
}

// sameOffice gives the person named as the counterpart after ms[mi] ("his
// Fijian counterpart X") the office of p, whose counterpart X is, when the
// text gives X no title of its own: the two presidents, or the two prime
// ministers, of a pair.
func (st *docState) sameOffice(p *entity, ms []mention, mi int) {
	if mi+1 >= len(ms) || ms[mi+1].kind != mPerson || ms[mi+1].ent == nil || ms[mi+1].i > ms[mi].j+1 {
		return
	}
	x := ms[mi+1].ent.canon()
	if x == p || !en.CounterpartNouns[strings.ToLower(x.role)] {
		return
	}
	r := p.role
	if r == "" {
		r = st.knownTitle(p)
	}
	if r != "" && !en.CounterpartNouns[strings.ToLower(r)] {
		x.role = r
	}
}

// homeExcept returns the country the text names most often other than
// iso3, or "" on a tie.
func (st *docState) homeExcept(iso3 string) string {
	best, _ := st.homeCounts(iso3)
	return best
}

// dominantHome returns the home country when the text names it at least
// three times and twice as often as any other, else "".
func (st *docState) dominantHome() string {
	best, share := st.homeCounts("")
	if !share {
		return ""
	}
	return best
}

// homeCounts returns the country other than iso3 the text names most
// often ("" on a tie), and whether it is named at least three times and
// twice as often as the next.
func (st *docState) homeCounts(iso3 string) (string, bool) {
	n := map[string]int{}
	for _, ms := range st.ms {
		for _, m := range ms {
			if (m.kind == mCountry || m.kind == mDemonym || m.kind == mCity) && m.iso3 != "" && st.historical(m.iso3) != iso3 {
				n[st.historical(m.iso3)]++
			}
		}
	}
	best, bn, second, tie := "", 0, 0, false
	for iso, c := range n {
		switch {
		case c > bn:
			best, second, bn, tie = iso, bn, c, false
		case c == bn:
			tie = true
		case c > second:
			second = c
		}
	}
	if tie {
		return "", false
	}
	return best, bn >= 3 && bn >= 2*second
}
