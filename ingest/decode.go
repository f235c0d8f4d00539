package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// magics are the leading bytes of common binary formats.
var magics = []struct {
	prefix string
	name   string
}{
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"RIFF", "RIFF container"},
	{"PK\x03\x04", "zip archive"},
	{"PK\x05\x06", "zip archive"},
	{"\x1f\x8b", "gzip archive"},
	{"BZh", "bzip2 archive"},
	{"\xfd7zXZ\x00", "xz archive"},
	{"7z\xbc\xaf\x27\x1c", "7z archive"},
	{"\x28\xb5\x2f\xfd", "zstd archive"},
	{"%PDF-", "PDF document"},
	{"\x7fELF", "ELF executable"},
	{"MZ", "Windows executable"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"},
	{"SQLite format 3\x00", "SQLite database"},
}

// cp1252Undefined are the bytes Windows-1252 leaves unassigned; text holding
// them is not Windows-1252.
const cp1252Undefined = "\x81\x8d\x8f\x90\x9d"

// decodeText turns raw input bytes into UTF-8 text with "\n" line ends. It
// returns ErrEmpty, ErrBinary or ErrEncoding (wrapped, with details) when the
// bytes are not usable text. Invalid UTF-8 is decoded as Windows-1252 when
// it looks like single-byte European text, never replaced silently.
func decodeText(b []byte) (string, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		b = b[3:]
	case bytes.HasPrefix(b, []byte("\xff\xfe")), bytes.HasPrefix(b, []byte("\xfe\xff")):
		d, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("%w: bad UTF-16: %w", ErrEncoding, err)
		}
		b = d
	}
	for _, m := range magics {
		if bytes.HasPrefix(b, []byte(m.prefix)) {
			return "", fmt.Errorf("%w (%s)", ErrBinary, m.name)
		}
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", fmt.Errorf("%w (NUL byte at offset %d)", ErrBinary, i)
	}
	if controls(b)*100 > len(b) {
		return "", fmt.Errorf("%w (control characters)", ErrBinary)
	}
	if !utf8.Valid(b) {
		if !looksCP1252(b) {
			return "", fmt.Errorf("%w: invalid UTF-8 at offset %d", ErrEncoding, invalidAt(b))
		}
		d, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err != nil {
			return "", fmt.Errorf("%w: windows-1252: %w", ErrEncoding, err)
		}
		b = d
	}
	return unixLines(string(b)), nil
}

// unixLines turns "\r\n" line ends into "\n", together with any further
// "\r" before them: "\r\r\n" comes from a CRLF file converted twice and is
// one line end, which a plain replacement would leave as "\r\n". A lone
// "\r" is kept.
func unixLines(s string) string {
	if !strings.Contains(s, "\r\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.Index(s, "\r\n")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(strings.TrimRight(s[:i], "\r"))
		b.WriteByte('\n')
		s = s[i+2:]
	}
}

// controls counts C0 control bytes other than tab, newline, form feed and
// carriage return.
func controls(b []byte) int {
	n := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' {
			n++
		}
	}
	return n
}

// invalidAt returns the offset of the first invalid UTF-8 sequence in b.
func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// looksCP1252 reports whether b, which is not valid UTF-8, reads as
// Latin-1/Windows-1252 text: no unassigned Windows-1252 bytes, few high
// bytes, and those mostly standing alone between ASCII characters (accented
// letters and typographic quotes), unlike the byte runs of multi-byte
// encodings such as Shift JIS or GBK.
func looksCP1252(b []byte) bool {
	high, runs, long := 0, 0, 0
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] >= 0x80 {
			if strings.IndexByte(cp1252Undefined, b[j]) >= 0 {
				return false
			}
			j++
		}
		high += j - i
		runs++
		if j-i > 2 {
			long++
		}
		i = j
	}
	if runs == 0 {
		return false
	}
	return high*5 <= len(b) && long*5 <= runs
}
