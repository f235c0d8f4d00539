package graph

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sync"

	"github.com/cayleygraph/cayley/clog"
)

// Cayley logs through its own package-wide clog logger, which by default
// prints to stderr with the standard log package: "ERROR: Cannot create
// nodes table ..." on every writable open of an existing SQL store, for
// instance, although graph handles that case. graph replaces it, once, with
// cayleyLog, which hands each message at debug level to the loggers of the
// stores currently open (each Store's injected Options.Logger), so Cayley's
// messages show only where the caller enabled debug logs.

// cayleyLog forwards Cayley's clog messages to the loggers of open stores.
type cayleyLog struct {
	mu      sync.Mutex
	loggers map[*Store]*slog.Logger
}

// cayleyLogs is the one clog logger of the process (clog has a single
// logger; installing it is not configuration: the stores register their own
// loggers with it on Open and leave on Close).
var cayleyLogs = newCayleyLog()

func newCayleyLog() *cayleyLog {
	l := &cayleyLog{loggers: make(map[*Store]*slog.Logger)}
	clog.SetLogger(l)
	return l
}

// add routes Cayley's messages to s's logger until remove(s).
func (l *cayleyLog) add(s *Store) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.loggers[s] = s.log
}

// remove stops routing Cayley's messages to s's logger.
func (l *cayleyLog) remove(s *Store) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.loggers, s)
}

// log hands the message to the open stores' loggers and reports whether
// there was any.
func (l *cayleyLog) log(level slog.Level, severity, format string, args []any) bool {
	l.mu.Lock()
	loggers := make([]*slog.Logger, 0, len(l.loggers))
	for _, lg := range l.loggers {
		loggers = append(loggers, lg)
	}
	l.mu.Unlock()
	if len(loggers) == 0 {
		return false // no store open: nobody asked for Cayley's messages
	}
	msg := fmt.Sprintf(format, args...)
	for _, lg := range loggers {
		lg.Log(context.Background(), level, "cayley: "+msg, "severity", severity)
	}
	return true
}

// Infof logs Cayley's information messages at debug level.
func (l *cayleyLog) Infof(format string, args ...any) {
	l.log(slog.LevelDebug, "info", format, args)
}

// Warningf logs Cayley's warnings at debug level: Cayley warns of conditions
// graph handles itself.
func (l *cayleyLog) Warningf(format string, args ...any) {
	l.log(slog.LevelDebug, "warning", format, args)
}

// Errorf logs Cayley's error messages at debug level: every one of them
// comes with an error Cayley returns, which graph wraps and returns or handles.
func (l *cayleyLog) Errorf(format string, args ...any) {
	l.log(slog.LevelDebug, "error", format, args)
}

// Fatalf logs a fatal message at error level and exits, as clog's default does.
func (l *cayleyLog) Fatalf(format string, args ...any) {
	if !l.log(slog.LevelError, "fatal", format, args) {
		fmt.Fprintf(os.Stderr, "cayley: fatal: "+format+"\n", args...)
	}
	os.Exit(1)
}

// V reports Cayley's verbose tracing as off: its traces are per quad.
func (l *cayleyLog) V(int) bool { return false }

// SetV ignores verbosity changes (see V).
func (l *cayleyLog) SetV(int) {}
