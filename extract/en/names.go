package en

import (
	"strings"
	"time"
)

// Word classes of English names, titles and offices. They describe news
// style in general (titles, offices, particles), never particular stories or
// people.

// GivenTitles are titles that are also common given names ("Amir Khan",
// "Raja Pervaiz", "Sultan Ahmed").
var GivenTitles = map[string]bool{"amir": true, "raja": true, "rajah": true, "shah": true, "sultan": true}

// BodyMembers end the "of" phrase that names an organisation's body by its
// members: "Council of Ministers", "Council of Heads of State and
// Government", "Committee of Permanent Representatives".
var BodyMembers = set("ministers", "state", "government", "governors", "representatives", "leaders")

// SideNouns head a country's side at talks: "Indian and Chinese
// officials", "the two delegations".
var SideNouns = set("officials", "negotiators", "diplomats", "delegations", "delegates", "envoys", "representatives",
	"ministers", "leaders", "authorities", "teams", "mediators", "counterparts", "emissaries")

// OfficeHeads are the plurals of offices a list of demonyms heads: "the
// French and German ministers" are the two people of those countries just
// named.
var OfficeHeads = set("ministers", "leaders", "presidents", "premiers", "envoys", "chancellors", "monarchs")

// OrgWords end an organisation's name ("Syrian National Coalition").
var OrgWords = map[string]bool{
	"coalition": true, "council": true, "front": true, "party": true, "movement": true, "army": true,
	"government": true, "authority": true, "alliance": true, "union": true, "organisation": true,
	"organization": true, "committee": true, "commission": true, "congress": true, "league": true,
	"opposition": true, "forces": true, "institute": true, "agency": true, "bank": true, "fund": true,
	"group": true, "federation": true, "assembly": true, "parliament": true, "forum": true,
}

// RankWords are military ranks that may be left at the start of a name.
var RankWords = map[string]bool{
	"general": true, "gen.": true, "gen": true, "lt.": true, "lt": true, "lieutenant": true, "colonel": true,
	"col.": true, "major": true, "maj.": true, "admiral": true, "brigadier": true, "captain": true,
	"marshal": true, "senior": true, "vice": true, "rear": true, "field": true,
}

// PostedHeads head a role held in a foreign post, whose "to" or "for"
// names the post, not the holder's country: "Ambassador to Chile X",
// "High Commissioner to Uganda Y", "Resident Coordinator for Sudan, Z".
var PostedHeads = set("ambassador", "envoy", "emissary", "commissioner", "representative", "consul", "nuncio",
	"chargé", "charge", "attaché", "attache", "delegate", "plenipotentiary", "coordinator", "rapporteur")

// RoleHeads are nouns that head an office or title ("Foreign Minister",
// "army chief", "Secretary of State").
var RoleHeads = map[string]bool{
	"minister": true, "ministers": true, "president": true, "presidents": true, "premier": true, "premiers": true, "secretary": true,
	"officer": true, "officers": true, "attorney": true, "solicitor": true,
	"chancellor": true, "king": true, "queen": true, "emperor": true, "empress": true, "prince": true, "princess": true, "emir": true, "amir": true,
	"sultan": true, "ambassador": true, "envoy": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"governor": true, "chief": true, "director": true, "head": true, "leader": true, "commander": true,
	"chairman": true, "chairwoman": true, "chairperson": true, "chair": true, "senator": true, "sen": true, "sens": true,
	"gov":      true,
	"senators": true, "representative": true, "rep": true, "reps": true, "congressman": true, "congresswoman": true,
	"counterpart": true, "counterparts": true, "undersecretary": true,
	"colleague": true, "colleagues": true,
	"under-secretary": true, "secretary-general": true, "vice-president": true, "vice-chancellor": true,
	"deputy": false, "mayor": true, "speaker": true, "pm": true, "fm": true, "coordinator": true, "commissioner": true,
	"adviser": true, "advisor": true, "negotiator": true, "attache": true, "consul": true, "general": false,
	"banker": true, "diplomat": true, "aide": true, "monarch": true, "eam": true, "nsa": true, "mos": true,
	"cm": true, "coas": true, "cds": true, "dg": true, "sg": true, "ceo": true, "pope": true, "pontiff": true, "patriarch": true, "ayatollah": true, "viceroy": true,
	"mufti": true, "crown": false, "taoiseach": true, "ruler": true, "shah": true, "raja": true, "rajah": true, "lawmaker": true,
	"legislator": true, "official": false, "marshal": true, "chargé": true, "nuncio": true, "delegate": true,
	"pres": true, "cs": true, "potus": true, "prime": false, "administrator": true, "president-elect": true, "prime minister-designate": true,
	"minister-designate": true, "premier-designate": true, "vice-premier": true, "ministers-designate": true,
	"candidate": true, "nominee": true,
}

// PostHeads are words that follow a role head to complete an office, with
// the heads they complete: "Director General", "Governor General",
// "Secretary General", "Consul General" ("army chief General X" is a
// rank), "Chief Executive".
var PostHeads = map[string]map[string]bool{
	"general": {"director": true, "governor": true, "secretary": true, "consul": true, "attorney": true,
		"inspector": true, "auditor": true, "solicitor": true, "surgeon": true, "commissioner": true},
	// "the Chief Executive" (of Hong Kong, Macau; the Philippine
	// president's style), never a name.
	"executive": {"chief": true},
}

// CounterpartNouns name the holder of the same office in another state:
// "his Danish counterpart", "her Danish colleague".
var CounterpartNouns = map[string]bool{"counterpart": true, "counterparts": true, "colleague": true, "colleagues": true}

// RoleAbbreviations are the short forms of roles that briefings and
// readouts use alone ("PM received a call from X").
var RoleAbbreviations = map[string]string{
	"pm": "prime minister", "fm": "foreign minister", "eam": "external affairs minister", "pres": "president", "cs": "cabinet secretary",
	"nsa": "national security adviser", "cm": "chief minister", "sg": "secretary-general",
	"potus": "president", // the White House press pool's name for the US president
}

// RoleMods are words that modify a role head ("Foreign", "Deputy", "army").
var RoleMods = map[string]bool{
	"prime": true, "foreign": true, "finance": true, "defence": true, "defense": true, "deputy": true, "vice": true,
	"financial": true, "operating": true, "marketing": true, "legal": true, "field": true,
	"acting": true, "interior": true, "home": true, "trade": true, "commerce": true, "energy": true, "oil": true,
	"economics": true, "economy": true, "economic": true, "agriculture": true, "agricultural": true, "external": true,
	"state": true, "army": true, "military": true, "justice": true, "health": true, "education": true,
	"treasury": true, "information": true, "industry": true, "development": true, "petroleum": true,
	"labour": true, "labor": true, "transport": true, "culture": true, "tourism": true, "environment": true,
	"planning": true, "communications": true, "junior": true, "senior": true, "special": true, "chief": true,
	"executive": true, "first": true, "former": true, "presidential": true, "national": true, "security": true,
	"central": true, "bank": true, "supreme": true, "top": true, "cabinet": true, "crown": true, "foreign-affairs": true,
	"assistant": true, "principal": true, "permanent": true, "high": true, "lord": true, "grand": true,
	"managing": true, "general": true, "secretary": true, "federal": true, "regional": true, "provincial": true,
	"minister": true, "mines": true, "mining": true, "fisheries": true, "water": true, "power": true,
	"telecommunications": true, "finance-minister": true, "intelligence": true, "police": true, "naval": true,
	"navy": true, "air": true, "force": true, "staff": true, "joint": true, "parliamentary": true, "opposition": true,
	"party": true, "government": true, "ruling": true, "de": true, "facto": true, "interim": true, "caretaker": true,
	"outgoing": true, "incoming": true, "new": true, "newly-appointed": true, "newly": true, "appointed": true,
	"elected": true, "designate": true, "external-relations": true, "relations": true, "affairs": true,
	"democratic": true, "republican": true, "un": true, "u.n.": true, "eu": true, "nato": true, "imf": true,
	"coalition": true, "kremlin": true, "exchequer": true, "fco": true, "china": false, "science": true, "press": true,
	"technology": true, "homeland": true, "housing": true, "women": true, "youth": true, "sports": true, "social": true,
	"welfare": true, "religious": true, "overseas": true, "investment": true, "industries": true,
	"public": true, "works": true, "budget": true, "revenue": true, "customs": true, "immigration": true,
	"international": true, "cooperation": true, "co-operation": true, "european": false, "house": true,
	"commission": true, "council": true, "committee": true, "delegation": true, "embassy": true, "ministry": true,
	"office": true, "department": true, "upper": true, "lower": true, "chamber": true, "legislative": true,
	"parliament": true, "assembly": true, "islamic": false, "supreme-court": true, "court": true, "armed": true,
	"forces": true, "guard": true, "republican-guard": true, "marine": true, "corps": true, "strategic": true,
	"policy": true, "human": true, "rights": true, "climate": true, "nuclear": true, "humanitarian": true, "resident": true,
	"rebel": true, "insurgent": true, "militia": true, "separatist": true, "exiled": true, "veteran": true, "retired": true,
	"refugee": true, "refugees": true, "migration": true, "aid": true, "peacekeeping": true, "counterterrorism": true,
	// Portfolios' nouns ("Minister of Water Resources", "of Lands and
	// Housing", "of Natural Resources and Wildlife").
	"resources": true, "natural": true, "sanitation": true, "lands": true, "irrigation": true, "infrastructure": true,
	"digital": true, "livestock": true, "forestry": true, "forests": true, "wildlife": true, "rural": true,
	"maritime": true, "aviation": true, "railways": true, "roads": true, "heritage": true, "arts": true,
	"veterans": true, "pensions": true, "diaspora": true, "minerals": true, "hydrocarbons": true, "electricity": true,
	"gender": true, "family": true, "children": true,
}

// PortfolioSuffixes end the abstract nouns of portfolios and programmes
// ("Employment", "Trade Negotiations", "Investments", "Tourism"), which
// start no name.
var PortfolioSuffixes = []string{"ment", "ments", "tion", "tions", "sion", "sions", "ism", "ities", "stry"}

// SubjectAffairs follow a state's demonym in a portfolio that deals with
// that state, not one that serves it: "an envoy for Afghan
// affairs", "adviser for Korean issues".
var SubjectAffairs = set("affairs", "issues", "questions", "relations", "matters", "question")

// PortfolioHeads are a ministry's portfolio words, as nouns with
// PortfolioSuffixes are: one inside a capitalised run before a name ends
// the title there ("... and Nationals Abroad X Y", "European Affairs"), and
// a run that ends in one is the portfolio ("... and Social Policy, X").
var PortfolioHeads = set("affairs", "expatriates", "relations", "trade", "diaspora", "community", "communities",
	"nationals", "abroad", "policy", "policies", "security", "change", "action", "resources", "initiatives", "works", "services")

// CompoundAdjectiveHeads end hyphenated adjectives that are no name words:
// "Toyota-built", "Kyiv-based", "Saudi-led", "state-owned".
var CompoundAdjectiveHeads = set("made", "built", "owned", "based", "led", "backed", "run", "funded",
	"controlled", "born", "bound", "style", "era", "designed", "brokered", "sponsored", "allied")

// Territories are cities the gazetteer files under the country they belong
// to today, with the day they joined it: before that day a visit there is
// no visit to that country. Dates: the transfers of sovereignty of Hong Kong
// (1 July 1997) and Macau (20 December 1999).
var Territories = map[string]time.Time{
	"Hong Kong": time.Date(1997, time.July, 1, 0, 0, 0, 0, time.UTC),
	"Macau":     time.Date(1999, time.December, 20, 0, 0, 0, 0, time.UTC),
}

// VesselNouns before a capitalised name make it a ship's: "the bulk
// carrier Sea Lark", "the tanker Sea Star".
var VesselNouns = set("carrier", "tanker", "vessel", "ship", "freighter", "frigate", "destroyer", "ferry",
	"liner", "yacht", "barge", "steamer", "cruiser", "trawler", "submarine", "supertanker", "containership")

// AdverbSuffixes end sentence adverbs, which start no name: "Presumably",
// "Apparently", "Reportedly", "Naturally".
var AdverbSuffixes = []string{"ously", "ally", "ently", "antly", "ively", "ibly", "ably", "edly", "ately"}

// Honorifics precede a name without being a role ("Mr", "Dr", "Sheikh").
var Honorifics = map[string]bool{
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"sir": true, "dame": true, "lord": true, "lady": true, "sheikh": true, "sheik": true, "shaikh": true,
	"sayyid": true, "sayed": true, "sayyida": true, "sayyidah": true, "sayyed": true, "seyyed": true, "seyed": true,
	"ratu": true, "afioga": true, "susuga": true, "mawlawi": true, "maulvi": true, "moulvi": true, "mawlana": true, "mulla": true,
	"amb": true, "amb.": true,
	"sheikha": true, "he": false, "h.e.": true, "h.h.": true, "hh": true, "hrh": true, "h.r.h.": true, "his": false, "her": false, "excellency": true, "highness": true,
	"majesty": true, "eminence": true, "holiness": true, "beatitude": true, "chumteav": true, "general": true, "gen": true, "gen.": true, "lt": true, "lt.": true, "lieutenant": true,
	"colonel": true, "col": true, "col.": true, "major": true, "maj": true, "maj.": true, "admiral": true,
	"adm": true, "adm.": true, "brigadier": true, "captain": true, "capt": true, "capt.": true, "field": true,
	"marshal": true, "air": false, "prof": true, "prof.": true, "professor": true, "rev": true, "rev.": true,
	"reverend": true, "father": true, "cardinal": true, "archbishop": true, "bishop": true, "imam": true,
	"ayatollah": true, "hojatoleslam": true, "mullah": true, "maulana": true, "hon": true, "hon.": true,
	"rt": true, "rt.": true, "honourable": true, "honorable": true, "senator": true, "sen.": true, "sen": true, "rep.": true,
	"comrade": true, "messrs": true, "mme": true, "madame": true, "madam": true, "monsieur": true, "herr": true, "frau": true,
	"chief": false, "justice": false, "judge": true, "ambassador": true, "emir": true, "king": true,
	"queen": true, "prince": true, "princess": true, "crown": false, "sultan": true, "president": true,
	"premier": true, "minister": true, "secretary": true, "chancellor": true, "governor": true, "mayor": true,
	"commander": true, "chairman": true, "director": true, "presidents": true, "ministers": true,
	"sergeant": true, "sgt": true, "sgt.": true, "corporal": true, "private": false, "engineer": true, "eng": true,
	"dato": true, "datuk": true, "tan": false, "sri": false, "pehin": true, "tun": true, "shri": true,
	"smt": true, "mohtarma": true, "haji": true, "alhaji": true, "mallam": true, "malam": true, "chief-of-staff": true, "host": true,
	"seri": true, "yab": true, "yb": true, "awang": true, "dayang": true, "uz": true, "uz.": true,
}

// MonthPrepositions put a month name after them in a date: "in May",
// "since June", "late March".
var MonthPrepositions = set("in", "since", "until", "till", "early", "late", "mid", "last", "next", "during", "before", "after")

// KhmerTitleWords follow "Samdech" in the long titles of Cambodian
// leaders ("Samdech Techo", "Samdech Moha Borvor Thipadei"): with it, an
// honorific before the name.
var KhmerTitleWords = set("techo", "moha", "borvor", "bovor", "thipadei", "akka", "sena", "padei")

// GeoHeads end the names of places, not people: "Second Thomas Shoal",
// "Scarborough Reef", "Kerch Strait".
var GeoHeads = map[string]bool{"shoal": true, "reef": true, "strait": true, "atoll": true, "island": true,
	"islands": true, "peninsula": true, "bay": true, "gulf": true, "sea": true, "river": true, "lake": true,
	"mountains": true, "valley": true, "desert": true, "corridor": true, "crossing": true, "canal": true}

// FeastHeads after a saint's possessive name make it a feast's, no
// person's: "a St Patrick's week trip", "St Andrew's Eve".
var FeastHeads = set("day", "week", "weekend", "eve", "feast", "holiday", "holidays", "festival", "parade", "night")

// Patronymics join a given name to the father's: "Hamdan bin Mohammed".
var Patronymics = map[string]bool{"bin": true, "bint": true, "ibn": true, "binti": true, "ben": true}

// NameParticles may appear inside a person's name in lower case ("Rebelo de
// Sousa", "Correia e Silva", "Ortega y Gasset").
var NameParticles = map[string]bool{
	"bin": true, "bint": true, "ibn": true, "al": true, "al-": true, "el": true, "el-": true, "de": true, "da": true,
	"di": true, "du": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "dos": true,
	"das": true, "do": true, "arap": true, "abu": true, "ben": true, "y": true, "bin-": true, "ul": true, "ud": true,
	"zu": true, "ter": true, "del": true, "della": true, "af": true, "binti": true, "e": true, "a": false,
}

// JoinedArticles are the Arabic articles that names write either joined
// to the next word by a hyphen or apart from it: "Ahmed al-Sharaa" and
// "Ahmed al Sharaa", "Abdel Fattah el-Sisi" and "el Sisi".
var JoinedArticles = set("al", "el", "ad", "ud", "ul", "ash", "az")

// NotNameWords are capitalised words that never belong to a person's name.
var NotNameWords = map[string]bool{
	"secretariat": true, "presidency": true, "administration": true, "cabinet": true,
	"advisers": true, "advisors": true, "subcommittee": true, "society": true, "chamber": true,
	"bureau": true, "tribunal": true, "staff": true, "assistance": true, "gmt": true, "utc": true,
	"chiefs": true, "joint": true, // "the Joint Chiefs of Staff"
	"member": true, "members": true, // "Member of the Politburo"
	"majesties": true, "highnesses": true, // "Their Majesties": a couple told before
	// parliaments by their own names: "a Lok Sabha committee", "the Storting"
	"sabha": true, "lok": true, "knesset": true, "bundestag": true, "bundesrat": true, "riigikogu": true,
	"saeima": true, "seimas": true, "sejm": true, "rada": true, "verkhovna": true, "majlis": true, "storting": true,
	"folketing": true, "riksdag": true, "althing": true, "eduskunta": true, "oireachtas": true, "sobranie": true,
	"mazhilis": true, "sangsad": true, "khural": true, "skupstina": true, "nationalrat": true,
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "of": true, "in": true, "on": true,
	"at": true, "for": true, "to": true, "from": true, "with": true, "by": true, "as": true, "after": true,
	"before": true, "during": true, "while": true, "when": true, "if": true, "this": true, "that": true,
	"what": true, "who": true, "whom": true, "which": true, "where": true, "why": true, "how": true,
	// auxiliaries that open a question ("Was X there?"), none a name
	"was": true, "were": true, "is": true, "are": true, "did": true, "has": true, "had": true,
	"should": true, "could": true, "would": true, "shall": true, "yes": true,
	"these": true, "those": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
	// "Hurricane Ana", "Cyclone Idai": a storm's name
	"hurricane": true, "cyclone": true, "typhoon": true, "tropical": true,
	// "the Asian Winter Games", "the Olympics": a sporting event's name
	"games": true, "olympics": true, "paralympics": true,
	// "Prince Edward Island", "the Cook Islands": a place, past a title
	"island": true, "islands": true,
	// "I'm X": a speaker's own introduction, no part of the name
	"i'm": true, "i’m": true, "i've": true, "i’ve": true, "i'd": true, "i’d": true, "i'll": true, "i’ll": true,
	"his": true, "her": true, "their": true, "our": true, "its": true, "my": true, "your": true, "you": true,
	"there": true, "here": true, "also": true, "both": true, "all": true, "some": true, "many": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "ministry": true, "department": true, "office": true,
	"government": true, "university": true, "council": true, "coalition": true, "party": true, "agency": true,
	"bank": true, "committee": true, "organization": true, "organisation": true, "union": true, "forces": true,
	"army": true, "islamic": true, "state": true, "national": true, "republic": true, "international": true,
	"conference": true, "summit": true, "group": true, "airport": true, "house": true, "senate": true,
	"congress": true, "parliament": true, "assembly": true, "court": true, "news": true, "radio": true,
	"television": true, "times": true, "post": true, "daily": true, "press": true, "reuters": true, "reuter": true,
	"federal": true, "central": true, "foreign": true, "affairs": true, "defence": true, "defense": true,
	"commission": true, "community": true, "corporation": true, "company": true, "institute": true,
	"foundation": true, "association": true, "fund": true, "programme": true, "program": true, "treaty": true,
	"accord": true, "agreement": true, "pact": true, "talks": true, "meeting": true, "war": true, "crisis": true,
	"region": true, "province": true, "city": true, "embassy": true, "mission": true, "delegation": true,
	"front": true, "movement": true, "alliance": true, "ministerial": true, "communique": true, "initiative": true,
	"minister": true, "president": true, "secretary": true, "prime": true, "premier": true, "chancellor": true,
	"spokesman": true, "spokesperson": true, "ambassador": true, "envoy": true, "general": false, "king": true,
	"vice": true, "deputy": true, "chief": true, "director": true, "governor": true, "leader": true,
	"chairman": true, "mr": true, "mrs": true, "dr": true, "under": true, "over": true,
	"question": true, "answer": true, "statement": true, "release": true, "report": true, "photo": true,
	"read": true, "more": true, "share": true, "update": true, "updated": true, "breaking": true,
	"world": true, "global": true, "middle": true, "east": false, "west": false, "north": false, "south": false,
	"northern": true, "southern": true, "eastern": true, "western": true, "central-asia": true, "asia": true,
	"africa": true, "europe": true, "america": true, "gulf": true, "sea": true, "ocean": true, "river": true,
	"street": true, "square": true, "palace": true, "hall": true, "building": true, "centre": true, "center": true,
	"hotel": true, "headquarters": true, "base": true, "airfield": true, "port": true, "valley": true, "station": true,
	"daesh": true, "isil": true, "isis": true, "taliban": true, "covid-19": true, "covid": true, "coronavirus": true,
	"christmas": true, "easter": true, "ramadan": true, "eid": true, "new": false, "year": true, "day": true,
	"week": true, "month": true, "today": true, "yesterday": true, "tomorrow": true,

	"democratic": true, "republican": true, "liberal": true, "labour": true, "conservative": true,
	"socialist": true, "communist": true, "people": false, "peoples": true, "development": true, "economic": true,
	"energy": true, "oil": true, "finance": true, "trade": true, "treasury": true, "exchequer": true,
	"high": true, "representative": true, "special": true, "senior": true, "acting": true, "former": true,
	"first": true, "lady": false, "holy": true, "see": true, "system": true, "service": true, "services": true,
	"authority": true, "authorities": true, "police": true, "military": true, "navy": true, "air": true,
	"force": true, "guard": true, "corps": true, "brigade": true, "division": true, "command": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "llc": true, "holdings": true,
	"industries": true, "bancorp": true, "airlines": true, "motors": true, "board": true, "stockholders": true,
	"shareholders": true, "exchange": true, "securities": true, "commission's": true, "trust": true,
	"officials": true, "ministers": true, "leaders": true, "delegates": true, "representatives": true,
	"attack": true, "attacks": true, "sources": true, "source": true, "negotiators": true, "however": true,
	"now": true, "meanwhile": true, "earlier": true, "later": true, "last": true, "next": true, "speaking": true,
}

// CompanySuffixes end a company's name: "Siemens AG", "Acme Holdings Inc",
// "Baxter Laboratories". A name ending in one is no person.
var CompanySuffixes = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "llc": true, "llp": true, "lp": true,
	"ag": true, "sa": true, "nv": true, "bv": true, "gmbh": true, "spa": true, "s.p.a": true, "srl": true,
	"ab": true, "asa": true, "oyj": true, "kk": true, "bhd": true, "tbk": true, "pte": true, "pty": true,
	"corporation": true, "company": true, "laboratories": true, "labs": true, "holdings": true,
	"industries": true, "industrie": true, "motors": true, "airlines": true, "airways": true,
	"pharmaceuticals": true, "petroleum": true, "enterprises": true, "technologies": true, "bros": true,
	"associates": true, "systems": true, "electric": true, "electronics": true, "capital": true,
	"financial": true, "resources": true, "futures": true, "industry": true, "gas": true, "chemicals": true,
	"chemical": true, "energy": true, "insurance": true, "investments": true, "trading": true,
	"securities": true, "partners": true, "properties": true, "realty": true, "shipping": true, "brothers": true,
}

// CapitalCompanySuffixes end a company's name only in capitals, being
// common words otherwise: "Nordvik Shipping AS", "Rhein Chemie SE".
var CapitalCompanySuffixes = map[string]bool{"AS": true, "SE": true, "OY": true, "A/S": true}

// CompanyPrefixes open a company's name in some countries' usage, in
// capitals: "NV Nederlandse Gasunie", "AG Brown Boveri".
var CompanyPrefixes = map[string]bool{"NV": true, "AG": true, "SA": true, "BV": true, "PT": true, "PJSC": true, "OAO": true, "PAO": true, "JSC": true}

// InstitutionHeads after a capitalised name make it an institution, not a
// person: "Kremlin Press Office", "Finance Ministry", "Labour Party".
var InstitutionHeads = map[string]bool{
	"group": true, "bank": true, "board": true, "department": true, "ministry": true, "agency": true,
	"office": true, "council": true, "commission": true, "authority": true, "institute": true,
	"service": true, "bureau": true, "fund": true, "committee": true, "organisation": true,
	"organization": true, "association": true, "federation": true, "party": true, "front": true,
	"army": true, "university": true, "foundation": true, "center": true, "centre": true, "court": true,
	"tribunal": true, "parliament": true, "assembly": true, "senate": true, "congress": true, "mission": true,
}

// SchemeHeads end the names of funds, schemes and plans, which are no
// people: "the Peace Support Facility", "the Green Transition Mechanism".
var SchemeHeads = set("facility", "mechanism", "instrument", "programme", "program", "fund", "framework",
	"corridor", "strategy", "compact", "plan", "scheme", "roadmap")

// ThingHeads end the name of an agreement, a prize, a fair, an address or
// a district, never a person's: "the Seven-Point Consensus", "the Unity
// Award", "the Trade Expo", "12 Chilambula Marg", "Kasai Province".
var ThingHeads = set("consensus", "agreement", "accord", "accords", "declaration", "charter", "treaty", "protocol",
	"doctrine", "award", "awards", "prize", "medal", "trophy", "expo", "fair", "exhibition", "festival", "marg",
	"avenue", "boulevard", "road", "province", "district", "county", "prefecture", "governorate", "oblast")

// CompassWords open the names of regions: "South Kivu", "Upper Nile",
// "Central Equatoria".
var CompassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"upper", "lower", "central", "northeast", "northwest", "southeast", "southwest")

// RoleAdjectives may stand before an office described in full: "the new
// head of ...", "the outgoing chief of ...".
var RoleAdjectives = set("new", "newly", "appointed", "former", "acting", "interim", "incoming", "outgoing",
	"top", "current")

// RoleFillers are the lower-case words an office's description holds
// before its holder's name: "the head of the mission in Libya".
var RoleFillers = set("of", "the", "for", "in", "at", "and", "on", "to", "mission", "office", "council",
	"commission", "army", "forces", "navy", "agency", "bank", "fund", "committee", "delegation", "team",
	"country's", "nation's", "union", "government", "presidency", "secretariat")

// GuestNouns after "his", "her", "the" stand for a visitor named
// elsewhere: "held talks with his guest". HostNouns after "his", "her",
// "their" stand for the one who received them: "talks with his host".
var (
	GuestNouns = set("guest", "guests", "visitor", "visitors")
	HostNouns  = set("host", "hosts", "hostess")
)

// FacilityHeads end the name of a place or a building named after a
// person: "Jomo Kenyatta International Airport", "Kenneth Kaunda Road".
var FacilityHeads = set("airport", "airfield", "airbase", "aerodrome", "airstrip", "stadium", "arena", "hospital", "bridge", "street",
	"avenue", "road", "boulevard", "highway", "square", "dam", "museum", "library", "college", "school",
	"memorial", "park", "station", "port", "harbour", "harbor", "barracks", "mausoleum",
	"prize", "award", "lecture", "scholarship", "cup", "trophy", "theatre", "theater", "university", "institute",
	"academy", "foundation", "cathedral", "church", "basilica", "chapel", "mosque", "temple", "monastery", "abbey",
	"shrine", "field", "base", "mansion")

// DocumentHeads end the names of texts and processes named after a city:
// "the Kampala Declaration", "the Minsk Accords", "the Paris Agreement".
var DocumentHeads = set("declaration", "accord", "accords", "agreement", "agreements", "protocol", "protocols",
	"communique", "charter", "treaty", "pact", "consensus", "principles", "roadmap", "plan", "statement")

// FacilityLeads open the names of buildings in other languages: "Palazzo
// Chigi", "Palacio de la Moncloa", "Palais de l'Elysee", "Schloss
// Bellevue"; and of camps and forts: "Camp David".
var FacilityLeads = set("palazzo", "palacio", "palais", "schloss", "paço", "palácio", "camp", "fort")

// Saints open the names of churches and places named after them: "St
// Michael's Cathedral", "Saint Peter's Square".
var Saints = set("st", "st.", "saint", "san", "santa", "sao")

// FacilityModifiers stand between such a name and its head: "Robert Mugabe
// International Airport", "Nnamdi Azikiwe International Conference Centre".
var FacilityModifiers = set("international", "national", "memorial", "state", "convention", "conference",
	"air", "force", "naval", "military", "peace", "presidential", "regional", "sports", "city")

// CompanyNouns after a country or demonym name a company, which is no actor
// of diplomacy: "U.S. firm Boeing", "a Japanese carmaker", "French
// executives".
var CompanyNouns = map[string]bool{
	"firm": true, "firms": true, "company": true, "companies": true, "carrier": true, "maker": true,
	"makers": true, "giant": true, "lender": true, "lenders": true, "producer": true, "producers": true,
	"exporter": true, "exporters": true, "importer": true, "importers": true, "conglomerate": true,
	"manufacturer": true, "manufacturers": true, "automaker": true, "carmaker": true, "insurer": true,
	"retailer": true, "chipmaker": true, "operator": true, "investor": true, "investors": true,
	"consortium": true, "businessman": true, "businessmen": true, "executives": true, "bankers": true,
	"traders": true, "shipper": true, "miner": true, "refiner": true, "startup": true, "start-up": true,
}

// ClauseOpeners open a sentence or clause and are never part of a name,
// even capitalised: "Although Baker agreed", "Despite Reagan's veto".
var ClauseOpeners = map[string]bool{
	"although": true, "though": true, "despite": true, "whilst": true, "whenever": true, "because": true,
	"since": true, "unless": true, "unlike": true, "moreover": true, "nevertheless": true,
	"nonetheless": true, "besides": true, "following": true, "amid": true, "amidst": true, "yet": true,
	"instead": true, "including": true, "according": true, "asked": true, "without": true, "once": true,
	"until": true, "upon": true, "whereas": true, "thus": true, "hence": true, "therefore": true,
	"accordingly": true, "additionally": true, "furthermore": true, "indeed": true, "then": true,
	"separately": true, "together": true, "elsewhere": true, "notably": true, "overall": true, "plus": true,
	"afterwards": true, "afterward": true, "subsequently": true, "thereafter": true, "later": true, "earlier": true,
	"whether": true, "joining": true, "accompanying": true, "attending": true, "representing": true, "welcoming": true,
	"hosting": true, "greeting": true, "flanking": true, "receiving": true,
}

// RegimeNouns after a person's name make the name an attributive of
// what the person leads or stands for: "the Trump administration", "a
// Putin government envoy", "the Biden campaign".
var RegimeNouns = set("administration", "administration's", "government", "government's", "regime", "regime's",
	"campaign", "campaign's", "cabinet", "presidency", "era", "camp", "doctrine", "team", "team's", "aide", "aides",
	"loyalist", "loyalists")

// FrontWords open a sentence before a title and name no institution of
// it: "On Tuesday Prime Minister X", "Meanwhile Foreign Minister Y".
var FrontWords = set("on", "in", "at", "by", "for", "from", "with", "after", "before", "during", "when", "while",
	"as", "the", "a", "an", "and", "but", "so", "meanwhile", "today", "yesterday", "tonight", "this", "last", "next")

// ThingNouns after a capitalised title make it the name of a thing, not a
// person: "the Harbour Renewal Survey report", "the Coastal Fisheries plan".
var ThingNouns = map[string]bool{
	"report": true, "reports": true, "program": true, "programme": true, "bill": true, "act": true,
	"plan": true, "package": true, "index": true, "system": true, "project": true, "agreement": true,
	"accord": true, "treaty": true, "law": true, "survey": true, "study": true, "magazine": true,
	"newspaper": true, "network": true, "software": true, "product": true, "products": true,
	"service": true, "scheme": true, "initiative": true, "model": true, "brand": true, "series": true,
	"award": true, "prize": true, "rate": true, "rates": true, "fund": true, "bond": true, "bonds": true,
	"shares": true, "stock": true, "stake": true, "unit": true, "division": true, "subsidiary": true,
	"deal": true, "offer": true, "bid": true, "sale": true, "contract": true, "receipts": true,
	"certificates": true, "warrants": true, "debentures": true, "futures": true, "options": true,
	"notes": true, "equities": true, "treasuries": true, "gilts": true, "bills": true,
}

// CountryWords stand for the country of the text before a role: "the
// country's army chief", "the kingdom's foreign minister".
var CountryWords = map[string]bool{"country": true, "nation": true, "kingdom": true, "republic": true}

// CountryAnaphors stand for the country a story is set in after "arrived
// in the" or "landed on the": CountryWords and the words for island,
// emirate and sultanate states ("arrived on the island late on Monday").
var CountryAnaphors = withWords(CountryWords, "island", "emirate", "sultanate", "archipelago")

// PronounGender is the gender of a third-person singular pronoun.
var PronounGender = map[string]byte{
	"she": 'f', "her": 'f', "hers": 'f', "herself": 'f', "he": 'm', "him": 'm', "his": 'm', "himself": 'm',
}

// FemaleTitles and MaleTitles before a name tell the person's gender ("Ms
// Ruiz", "Queen Rania", "King Abdullah").
var (
	FemaleTitles = map[string]bool{"ms": true, "ms.": true, "mrs": true, "mrs.": true, "miss": true, "madam": true,
		"madame": true, "mme": true, "queen": true, "princess": true, "sheikha": true, "dame": true, "lady": true,
		"baroness": true, "frau": true, "senora": true, "señora": true, "begum": true}
	MaleTitles = map[string]bool{"mr": true, "mr.": true, "sir": true, "lord": true, "king": true, "prince": true,
		"sheikh": true, "emir": true, "sultan": true, "herr": true, "monsieur": true, "baron": true, "senor": true, "señor": true}
)

// Pronouns map a pronoun to its kind: 's' singular person, 'p' plural.
var Pronouns = map[string]byte{
	"he": 's', "she": 's', "him": 's', "her": 's', "his": 's', "hers": 's',
	"they": 'p', "them": 'p', "their": 'p', "we": 'p', "i": 'i', "me": 'i',
}

// GroupNouns stand for a country's unnamed officials ("Indonesian cabinet
// ministers", "officials of the U.S.").
var GroupNouns = map[string]bool{
	"inc": true, "corp": true, "co": true, "ltd": true, "plc": true, "llc": true, "holdings": true,
	"industries": true, "bancorp": true, "airlines": true, "motors": true, "board": true, "stockholders": true,
	"shareholders": true, "exchange": true, "securities": true, "commission's": true, "trust": true,
	"officials": true, "ministers": true, "leaders": true, "counterparts": true, "delegation": true,
	"delegations": true, "authorities": true, "government": true, "representatives": true, "envoys": true,
	"diplomats": true, "negotiators": true, "officers": true, "commanders": true, "team": true,
	"side": true, "lawmakers": true, "legislators": true, "parliamentarians": true, "mps": true,
	"senators": true, "congressmen": true,
}

// Officials are plural nouns for a group of office-holders, which a list
// of names in apposition may follow ("her counterparts, X and Y").
var Officials = set("counterparts", "leaders", "presidents", "premiers", "ministers", "heads", "peers",
	"colleagues", "envoys", "officials", "chiefs", "monarchs", "members", "co-chairs")

// GroupFillers are the small words a description of a group of officials
// holds besides countries ("the leaders of A and B", "their two
// counterparts from A and B").
var GroupFillers = set("and", "of", "from", "the", "his", "her", "their", "two", "three", "four", "five", "respective")

// CountryRoleDefaults gives the country of titles used by one government
// only ("Secretary of State" in the United States, "Foreign Secretary" in
// the United Kingdom), applied when the text names no country.
var CountryRoleDefaults = map[string]string{
	"secretary of state": "USA", "treasury secretary": "USA", "defense secretary": "USA",
	"secretary of defense": "USA", "commerce secretary": "USA", "energy secretary": "USA",
	"agriculture secretary": "USA", "secretary of the treasury": "USA", "secretary of commerce": "USA",
	"deputy secretary of state": "USA", "assistant secretary of state": "USA", "homeland security secretary": "USA",
	"chancellor of the exchequer": "GBR", "fco minister": "GBR", "taoiseach": "IRL",
	"state department spokesman": "USA", "state department spokesperson": "USA", "kremlin leader": "RUS",
	"potus": "USA",
}

// SoftRoleDefaults are titles one government is best known for but others
// use too ("Foreign Secretary" in the United Kingdom, and for a senior
// diplomat in India or Pakistan): applied only when no dateline says
// otherwise.
var SoftRoleDefaults = map[string]string{
	"foreign secretary": "GBR", "home secretary": "GBR", "defence secretary": "GBR",
}

// SubnationalTitles are the titles of a state's or province's office
// holders: "Gov. X", "Premier Y" take the country of the region the
// story names when the text gives them none.
var SubnationalTitles = map[string]bool{"gov.": true, "gov": true, "governor": true, "premier": true,
	"lieutenant governor": true, "lt. gov.": true, "lt. governor": true, "first minister": true, "chief minister": true}

// DayParts follow a weekday without changing its day: "Tuesday evening".
var DayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// WeekdayWords and monthWords are never names.
var WeekdayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// weekdays are the names of the days of the week, full and short.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "sun": time.Sunday, "monday": time.Monday, "mon": time.Monday,
	"tuesday": time.Tuesday, "tue": time.Tuesday, "tues": time.Tuesday, "wednesday": time.Wednesday, "wed": time.Wednesday,
	"thursday": time.Thursday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday,
	"friday": time.Friday, "fri": time.Friday, "saturday": time.Saturday, "sat": time.Saturday,
}

// WeekdayOf returns the day a weekday's name or its short form (lower
// case) names, as a live blog's timestamp writes it ("Tue 09:45").
func WeekdayOf(w string) (time.Weekday, bool) {
	d, ok := weekdays[w]
	return d, ok
}

// RegionAdjectives end a capitalised phrase that qualifies a region, not a
// person ("West African", "Latin American", "Southeast Asian").
var RegionAdjectives = map[string]bool{
	"african": true, "american": true, "asian": true, "european": true, "arab": true, "nordic": true,
	"baltic": true, "balkan": true, "caribbean": true, "pacific": true, "atlantic": true, "mediterranean": true,
	"caucasian": true, "sahelian": true, "scandinavian": true, "andean": true, "amazonian": true, "oceanian": true,
	"transatlantic": true, "gulf": true, "arctic": true, "alpine": true, "adriatic": true, "danubian": true,
}

// GroupOfficials are the plural nouns of officials that, with a region
// or "the X countries" beside them, name officials of several states:
// "Alpine sports ministers", "leaders from the Gulf states", "her Nordic
// counterparts".
var GroupOfficials = set("ministers", "leaders", "counterparts", "premiers", "presidents", "envoys")

// StatesNouns name a set of states: "the Nordic countries", "the Arctic
// states".
var StatesNouns = set("countries", "states", "nations")

// officialHeads are the role words of public office: a surname under one
// of them ("President Reagan", "Foreign Minister Shevardnadze") is
// looked up among the office-holders of the day.
var officialHeads = set("president", "minister", "premier", "chancellor", "secretary", "king", "queen",
	"senator", "governor", "ambassador", "envoy", "leader", "speaker", "representative", "emir", "sultan",
	"commissioner", "secretary-general")

// OfficialRole reports whether a role as written names a public office.
func OfficialRole(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if officialHeads[w] {
			return true
		}
	}
	return false
}

// subordinateWords mark a role below a leader's: "Vice President",
// "Deputy Prime Minister", "Foreign Minister", "Ambassador".
var subordinateWords = set("vice", "deputy", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
	"adviser", "advisor", "governor", "mayor", "minister", "secretary", "undersecretary", "commissioner",
	"director", "chief", "commander", "general", "admiral", "senator", "lawmaker", "official", "aide",
	"counsellor", "counselor", "attaché", "consul", "delegate", "negotiator", "representative", "speaker")

// leaderPhrases make a role a leader's despite a subordinate word in it.
var leaderPhrases = []string{"prime minister", "general secretary", "secretary-general", "secretary general",
	"chief minister", "chief executive", "supreme leader", "first minister", "minister president",
	"chief adviser", "state counsellor"}

// LeaderRole reports whether a role as written may be a leader's, the
// head of a state, government or party whom "the two leaders" can mean:
// a president or prime minister, a king, an emir, a party's general
// secretary, but not a vice president, a minister or an envoy. An empty
// role may be anyone's.
func LeaderRole(role string) bool {
	r := strings.ToLower(role)
	if strings.Contains(r, "vice") || strings.Contains(r, "deputy") {
		return false
	}
	for _, p := range leaderPhrases {
		if strings.Contains(r, p) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(r, func(c rune) bool { return c == ' ' || c == '-' }) {
		if subordinateWords[w] {
			return false
		}
	}
	return true
}

// royalWords name a monarch, a monarch's consort or a royal.
var royalWords = set("king", "queen", "emperor", "empress", "prince", "princess", "majesty", "highness", "sultan",
	"emir", "duke", "duchess", "monarch", "consort")

// RoyalRole reports a role of a monarch, a consort or a royal ("King",
// "Her Majesty Queen", "Grand Duke"), as "Their Majesties" stand for.
func RoyalRole(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if royalWords[w] {
			return true
		}
	}
	return false
}

// reigningWords name a reigning monarch's title; a queen or an empress
// is more often a consort, a crown prince an heir.
var reigningWords = set("king", "emperor", "sultan", "emir", "amir", "monarch", "tsar", "shah")

// ReigningRole reports whether a role as written is a reigning
// monarch's: "King", "Emperor", "Emir"; not "Queen Consort", "Crown
// Prince".
func ReigningRole(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if reigningWords[w] {
			return true
		}
	}
	return false
}

// NameSuffixes end a name and never begin one: "Martin Luther King Jr."
var NameSuffixes = map[string]bool{"jr": true, "sr": true, "jnr": true, "snr": true}

// Postnominals are letters written after a name, as written (case
// matters: "MP" ends "Jane Doe MP", "Mp" is no such thing).
var Postnominals = map[string]bool{
	"MP": true, "MPs": true, "MEP": true, "MLA": true, "MHA": true, "MSP": true, "TD": true, "QC": true, "KC": true,
	"SC": true, "OBE": true, "CBE": true, "KBE": true, "MBE": true, "GCMG": true, "KCMG": true, "CMG": true,
	"AC": true, "AO": true, "AM": true, "PC": true, "JP": true, "PhD": true,
	// armed services and their honours: "Admiral X AO RAN", "Air Marshal Y RAAF"
	"RAN": true, "RAAF": true, "RNZN": true, "RNZAF": true, "RN": true, "RAF": true, "USN": true, "USMC": true,
	"USAF": true, "DSC": true, "CSC": true, "DSM": true, "CVO": true, "KCVO": true, "GCB": true, "KCB": true, "CB": true,
}

// CountryShortNames are the countries with two English short names in
// common use, by ISO3: a text that writes one of them gets its country
// named that way ("Cabo Verde" or "Cape Verde", as the story has it; Ivory
// Coast is always so named, as the annotators of the dev set write it; the
// Republic of the Congo is so named however the story writes it, as
// against DR Congo). A text that writes neither form ("DRC", "Congolese")
// gets the gazetteer's name, Democratic Republic of the Congo.
// Forms are matched with diacritics and apostrophes folded.
var CountryShortNames = map[string][]string{
	"COD": {"DR Congo", "Democratic Republic of the Congo"},
	"CPV": {"Cabo Verde", "Cape Verde"},
	"MMR": {"Myanmar", "Burma"},
	"SWZ": {"Eswatini", "Swaziland"},
	"TLS": {"Timor-Leste", "East Timor"},
	"FSM": {"Federated States of Micronesia", "Micronesia"},
}

// WireSlugs are the words a news agency's desk writes in capitals in a
// story's notes ("(UPDATE 2, ADDS quotes)", "REFILE-"): no part of a name.
var WireSlugs = map[string]bool{
	"adds": true, "add": true, "updates": true, "update": true, "recasts": true, "corrects": true,
	"correcting": true, "refile": true, "repeats": true, "rewrites": true, "writethru": true, "lead": true,
	"urgent": true, "flash": true, "advisory": true, "eds": true, "pix": true, "video": true, "wrapup": true,
	"inserts": true, "changes": true, "fixes": true, "clarifies": true, "new": false,
}

// TimeZones are the abbreviations of time zones a live page writes after
// its clock times ("09:15 CET", "14:00 AEST"); written in capitals, they
// are no part of a name. (Common abbreviations of the world's standard and
// summer times.)
var TimeZones = set("gmt", "utc", "bst", "wet", "west", "cet", "cest", "eet", "eest", "msk", "trt", "ast", "gst",
	"pkt", "ist", "npt", "bdt", "ict", "wib", "wita", "wit", "myt", "sgt", "pht", "hkt", "cst", "jst", "kst",
	"awst", "acst", "aest", "aedt", "nzst", "nzdt", "sast", "cat", "eat", "wat", "edt", "est", "cdt",
	"mdt", "mst", "pdt", "pst", "akdt", "akst", "hst", "brt", "art", "clt", "cot", "pet")

// KinNouns after a possessive stand before the name of a fellow leader in
// courtly agency copy: "thanked his brother King X", "her dear friend
// President Y"; the person named is meant, not the possessor.
var KinNouns = set("brother", "brothers", "sister", "sisters", "friend", "friends")

// AssociateNouns after a possessive person name someone else close to
// them: "the president's golf partner", "X's chief aide", "her husband".
var AssociateNouns = withWords(KinNouns, "partner", "aide", "aides", "wife", "husband", "son", "daughter", "spokesman",
	"spokeswoman", "spokesperson", "adviser", "advisor", "envoy", "successor", "predecessor", "ally", "rival", "patron",
	"protege", "protégé", "widow", "mother", "father", "confidant", "confidante", "negotiator", "representative",
	"emissary", "deputy", "lawyer")

// SpouseTitles are the titles of a leader's spouse: "First Lady X".
var SpouseTitles = [][]string{{"first", "lady"}, {"first", "gentleman"}, {"first", "partner"}}

// SpouseRoles are those titles as roles, lower case.
var SpouseRoles = phraseSet(SpouseTitles)

// phraseSet is the set of the phrases written out with spaces.
func phraseSet(phrases [][]string) map[string]bool {
	m := make(map[string]bool, len(phrases))
	for _, p := range phrases {
		m[strings.Join(p, " ")] = true
	}
	return m
}

// RankStyles are styles of birth or rank before a name that hold no
// office: "Prince X ... the Saudi minister" is X.
var RankStyles = set("prince", "princess", "sheikh", "sheikha", "sir", "dame", "lord", "lady", "sayyid")

// consortTitles pair the titles of a ruler and a consort.
var consortTitles = map[string]string{
	"king": "queen", "queen": "king", "emperor": "empress", "empress": "emperor",
	"prince": "princess", "princess": "prince", "duke": "duchess", "duchess": "duke",
}

// Consorts reports two titles of a ruler and a consort by their last
// words: "the King and Queen X", "the Crown Prince and Crown Princess"
// are two people, not one holding both offices.
func Consorts(a, b string) bool {
	last := func(s string) string {
		f := strings.Fields(strings.ToLower(s))
		if len(f) == 0 {
			return ""
		}
		return f[len(f)-1]
	}
	c, ok := consortTitles[last(a)]
	return ok && c == last(b)
}

// CourtStyles are the styles that stand for a person named before ("His
// Majesty later received X"), with the offices that bear them.
var CourtStyles = map[string][]string{
	"majesty":    {"king", "queen", "emperor", "empress", "sultan", "monarch"},
	"highness":   {"emir", "amir", "crown prince", "prince", "princess", "sheikh", "sheikha"},
	"holiness":   {"pope", "patriarch"},
	"excellency": {"president", "prime minister", "minister", "ambassador", "secretary-general", "governor"},
}

// ForeignMinisterTitles are the titles the foreign minister of a country
// bears, all of which "the top diplomat" can stand for.
var ForeignMinisterTitles = set("foreign minister", "secretary of state", "foreign secretary", "minister of foreign affairs",
	"minister for foreign affairs", "external affairs minister", "minister of external affairs", "foreign affairs minister")

// RoleSynonyms are the descriptions news uses for an office instead of its
// title: "the Hungarian top diplomat" is Hungary's foreign minister.
var RoleSynonyms = map[string]string{
	"top diplomat": "foreign minister", "chief diplomat": "foreign minister", "foreign policy chief": "foreign minister",
	"head of diplomacy": "foreign minister", "top diplomats": "foreign ministers",
	// "The Chief Executive arrived": the president the story follows (the
	// Philippine press's style); Hong Kong's keeps the title.
	"chief executive": "president",
	// "the pontiff": the pope the story follows.
	"pontiff": "pope",
}

// PostedRoles end the offices of an envoy who lives in the country of the
// post ("ambassador to Kenya"); a special envoy travels to the places of
// the mandate.
var PostedRoles = set("ambassador", "commissioner", "affaires", "consul", "consul-general", "nuncio")

// EnvoyRoles end the offices that head a country's mission abroad:
// "Ambassador", "High Commissioner", "chargé d'affaires", an envoy.
var EnvoyRoles = withWords(PostedRoles, "envoy")

// MissionNouns follow a country's name or demonym to name its mission
// abroad: "the Kenyan Embassy", "Malawi's High Commission", "the Chinese
// consulate".
var MissionNouns = set("embassy", "high", "consulate", "mission", "chancery", "legation")
