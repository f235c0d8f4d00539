package ingest

import (
	"errors"
	"testing"
)

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  string
		err   error
	}{
		{name: "UTF8", input: "Ministers met in Malmö.", want: "Ministers met in Malmö."},
		{name: "BOM", input: "\xef\xbb\xbfHello", want: "Hello"},
		{name: "CRLF", input: "a\r\nb\r\n", want: "a\nb\n"},
		// Found by FuzzRead: "\r\r\n" kept a CRLF after one replacement.
		{name: "CRCRLF", input: "a\r\r\nb\r\r\r\nc", want: "a\nb\nc"},
		{name: "LoneCR", input: "a\rb\r\n", want: "a\rb\n"},
		{name: "UTF16LE", input: "\xff\xfeO\x00s\x00l\x00o\x00", want: "Oslo"},
		{name: "UTF16BE", input: "\xfe\xff\x00L\x00i\x00m\x00a", want: "Lima"},
		{name: "Latin1", input: "Bogot\xe1 and Bras\xedlia", want: "Bogotá and Brasília"},
		{name: "CP1252Euro", input: "It cost \x80 5 million.", want: "It cost € 5 million."},
		{name: "Empty", input: "", err: ErrEmpty},
		{name: "Blank", input: "\n \t\r\n", err: ErrEmpty},
		{name: "NUL", input: "a\x00b", err: ErrBinary},
		{name: "Controls", input: "\x01\x02\x03\x04 some text", err: ErrBinary},
		{name: "GIF", input: "GIF89a\x01\x00", err: ErrBinary},
		{name: "PDF", input: "%PDF-1.7\n", err: ErrBinary},
		{name: "Gzip", input: "\x1f\x8b\x08\x00", err: ErrBinary},
		{name: "MostlyHighBytes", input: "\xe4\xb8\xad\xe6\x96\x87\xff\xfe\xfd", err: ErrEncoding},
		{name: "CP1251Cyrillic", input: "\xcc\xe8\xed\xe8\xf1\xf2\xf0 met", err: ErrEncoding},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeText([]byte(tt.input))
			if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
				t.Fatalf("decodeText(%q): err %v, want %v", tt.input, err, tt.err)
			}
			if got != tt.want {
				t.Errorf("decodeText(%q) = %q, want %q", tt.input, got, tt.want)
			}
		})
	}
}
