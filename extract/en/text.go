package en

// Words of English news layout: abbreviations, sentence starters, month
// names and the furniture lines of web and wire pages.

// Abbreviations are words that take a period without ending a sentence.
var Abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true, "maj": true,
	"capt": true, "cpt": true, "sgt": true, "adm": true, "sen": true, "sens": true, "rep": true, "reps": true,
	"gov": true, "st": true, "no": true, "nos": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "jr": true, "sr": true, "vs": true, "etc": true,
	"prof": true, "rev": true, "hon": true, "rt": true, "messrs": true, "mt": true, "ft": true, "approx": true,
	"dept": true, "est": true, "fig": true, "vol": true, "pres": true, "govt": true, "brig": true, "cmdr": true,
	"amb": true, "excl": true, "incl": true, "u.s": true, "u.n": true, "u.k": true, "e.u": true,
	// Abbreviated given names: "Ma. Theresa" (Maria), "Md. Touhid", "Mohd. Najib".
	"ma": true, "md": true, "mohd": true, "muhd": true,
}

// ClosingAbbreviations end a name, so a sentence starter after them opens
// a new sentence: "... and Defence Secretary Juan Cruz Jr. The two ...",
// "... bought by Acme Corp. It said ...".
var ClosingAbbreviations = map[string]bool{"jr": true, "sr": true, "inc": true, "corp": true, "co": true, "ltd": true, "etc": true}

// SentenceStarters are capitalised words that, after an abbreviation such
// as "U.S.", show that a new sentence began.
var SentenceStarters = map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "but": true,
	"in": true, "on": true, "a": true, "this": true, "that": true, "there": true, "his": true, "her": true,
	"their": true, "officials": true, "meanwhile": true, "however": true, "earlier": true, "later": true,
}

// boilerplate lines carry no article content.
var BoilerplateLines = map[string]bool{
	"reuters": true, "reuter": true, "more about:": true, "more about": true, "news line": true,
	"share": true, "tweet": true, "read more": true, "advertisement": true, "related": true,
	"related articles": true, "related news": true, "follow us": true, "comments": true, "print": true,
	"email": true, "share this": true, "share this article": true, "top stories": true, "latest news": true,
	"afp": true, "ap": true, "(reuters)": true, "subscribe": true, "most read": true, "home": true,
	"trending": true, "recommended": true, "also read": true, "read also": true, "see also": true,
}

// BoilerplatePrefixes start lines that carry no article content.
var BoilerplatePrefixes = []string{
	"read more", "also read", "read also", "see also", "more about", "follow us", "share on",
	"photo:", "photo credit", "image:", "file photo", "caption:", "(photo", "click here", "sign up",
	"subscribe", "copyright", "©", "pic.twitter.com", "related:", "tags:", "topics:", "watch:",
	"image caption", "photo caption", "pictured:", "in pictures", "video:", "listen:", "more:",
	"advertisement", "explainer:", "opinion:", "analysis:",
	// A news agency desk's notes to editors: "(ATTN: ADDS quotes)".
	"(attn:", "(eds:", "(eds note", "(adds ", "(updates ", "(corrects ", "(recasts ", "(refile", "(repeats ",
}

var MonthNames = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
	"jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
	"oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

// DeskWords end the name of a newsroom's desk or bureau, which a roundup
// may put where a dateline goes ("EUROPE AND WORLD DESK - ..."): no place.
var DeskWords = set("desk", "desks", "bureau", "newsroom", "staff", "service", "services", "wire", "wires")

// SectionNames are the sections of a news site whose crumb ("POLITICS -
// LAWS", "WORLD - ASIA") may look like a dateline, and the labels a page
// puts in its place ("LIVE — Updated 10:02", "EXCLUSIVE - ...").
var SectionNames = map[string]bool{
	"politics": true, "world": true, "business": true, "news": true, "sport": true, "sports": true,
	"opinion": true, "economy": true, "laws": true, "nation": true, "national": true, "international": true,
	"region": true, "regional": true, "local": true, "latest": true, "breaking": true, "top stories": true,
	"society": true, "diplomacy": true, "foreign affairs": true, "analysis": true, "culture": true, "life": true,
	"science": true, "tech": true, "technology": true, "health": true, "environment": true, "features": true,
	"editorial": true, "metro": true, "home": true, "africa": false,
	"live": true, "update": true, "updated": true, "exclusive": true, "explainer": true, "factbox": true,
	"watch": true, "video": true, "explained": true, "fact check": true,
}
