package main

import "testing"

func TestSafe(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{name: "plain", input: "Sergei Lavrov met Imran Khan in Islamabad.", want: "Sergei Lavrov met Imran Khan in Islamabad."},
		{name: "non-ASCII letters stay", input: "Réunion — Doğan, 習近平", want: "Réunion — Doğan, 習近平"},
		{name: "newline forging a line", input: "a.txt\ndipgraph: all good", want: `a.txt\ndipgraph: all good`},
		{name: "carriage return", input: "evil\rdipgraph: ok", want: `evil\rdipgraph: ok`},
		{name: "tab", input: "a\tb", want: `a\tb`},
		{name: "ANSI colour", input: "\x1b[31mred\x1b[0m", want: `\x1b[31mred\x1b[0m`},
		{name: "OSC title", input: "\x1b]0;pwned\x07", want: `\x1b]0;pwned\x07`},
		{name: "DEL and C1 CSI", input: "a\x7fb\u009bc", want: `a\x7fb\u009bc`},
		{name: "bidi override", input: "file\u202etxt.exe", want: `file\u202etxt.exe`},
		{name: "line separator", input: "a\u2028b", want: `a\u2028b`},
		{name: "invalid UTF-8", input: "a\xffb", want: `a\xffb`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := safe(tt.input); got != tt.want {
				t.Errorf("safe(%q) = %q, want %q", tt.input, got, tt.want)
			}
		})
	}
}
