package ingest

import (
	"errors"
	"strconv"
)

// Sentinel errors carried by *InputError; branch on them with errors.Is. The
// text of each is the skip reason Summary.Skips counts.
var (
	// ErrEmpty means a file or stdin held no text at all.
	ErrEmpty = errors.New("empty input")
	// ErrBinary means the input looks like binary data (NUL bytes, an image,
	// an archive or an executable) rather than text.
	ErrBinary = errors.New("binary data")
	// ErrEncoding means the input is neither valid UTF-8 nor plausibly
	// Latin-1/Windows-1252 text.
	ErrEncoding = errors.New("invalid text encoding")
	// ErrTooLarge means a file (or one JSON line) exceeds ReadOptions.MaxBytes.
	ErrTooLarge = errors.New("input too large")
	// ErrSyntax means a JSON line could not be parsed or a header block is
	// malformed.
	ErrSyntax = errors.New("malformed input")
	// ErrNoText means an article has no text: a JSON object with neither a
	// text nor a title field, header text with neither a body nor a title, or
	// HTML with no readable content. A title alone is a headline-only article.
	ErrNoText = errors.New("no article text")
	// ErrFieldType means a JSON field has the wrong type.
	ErrFieldType = errors.New("wrong field type")
	// ErrDate means a publication date was present but could not be parsed.
	ErrDate = errors.New("unparseable date")
	// ErrUnreadable means a path could not be opened or read.
	ErrUnreadable = errors.New("unreadable")
	// ErrSymlinkLoop means a symbolic link leads back into a directory being
	// walked.
	ErrSymlinkLoop = errors.New("symlink loop")
	// ErrDuplicate means a file or directory was already read under another
	// path, or (in Run) an article ID was already seen in this run.
	ErrDuplicate = errors.New("duplicate")
	// ErrFormat means ReadOptions.Format names no known format.
	ErrFormat = errors.New("unknown format")
	// ErrExtract means the extractor panicked on an article (Run only).
	ErrExtract = errors.New("extraction failed")
)

// reasons lists the sentinels in the order Reason tries them.
var reasons = []error{
	ErrEmpty, ErrBinary, ErrEncoding, ErrTooLarge, ErrSyntax, ErrNoText,
	ErrFieldType, ErrDate, ErrSymlinkLoop, ErrDuplicate, ErrFormat, ErrExtract,
	ErrUnreadable,
}

// InputError reports one bad input: a file, a JSON line or stdin that was
// skipped. Err wraps one of the package's sentinel errors.
type InputError struct {
	// Path is the file, or "-" for stdin.
	Path string
	// Line is the 1-based line of a JSON Lines input; 0 for whole files.
	Line int
	// Err says what is wrong.
	Err error
}

// Error returns one line, "path:line: reason" (":line" omitted when Line is 0).
func (e *InputError) Error() string {
	s := e.Path
	if e.Line > 0 {
		s += ":" + strconv.Itoa(e.Line)
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the underlying error.
func (e *InputError) Unwrap() error { return e.Err }

// Reason returns the short skip reason for err: the text of the first
// sentinel error it wraps ("empty input", "binary data", ...), or "other".
func Reason(err error) string {
	for _, r := range reasons {
		if errors.Is(err, r) {
			return r.Error()
		}
	}
	return "other"
}
