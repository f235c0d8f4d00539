package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// safe makes s harmless to print on a terminal in human-readable output: C0
// and C1 control characters (ESC, CR, newline, tab...), DEL, the line and
// paragraph separators, the bidirectional overrides and isolates, and bytes
// that are not UTF-8 are written as Go escapes (\x1b, \r, \n, \u202e), so
// that a file name, title or evidence sentence cannot forge a line, move the
// cursor or reorder what is shown. JSON and CSV outputs are data and keep
// their own encodings.
func safe(s string) string {
	i := strings.IndexFunc(s, unsafeRune)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for len(s[i:]) > 0 {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80 && unsafeRune(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// unsafeRune reports whether r is one of the characters safe escapes.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, 0x80 <= r && r <= 0x9f:
		return true
	case r == '\u2028', r == '\u2029':
		return true
	case '\u202a' <= r && r <= '\u202e', '\u2066' <= r && r <= '\u2069':
		return true
	case r == utf8.RuneError:
		return true
	}
	return false
}
