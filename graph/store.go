package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/memstore"      // registers the "memstore" backend
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach" // registers the "cockroach" backend
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"  // registers the "postgres" backend
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"

	"github.com/dipgraph/dipgraph/resolve"
)

// Backend names accepted in Options.Backend.
const (
	// BackendBolt stores the graph in a bolt file inside a directory (the default).
	BackendBolt = "bolt"
	// BackendMemory keeps the graph in memory; it is lost on Close.
	BackendMemory = "memstore"
	// BackendPostgres stores the graph in a PostgreSQL database (use a dedicated database:
	// Cayley's table names are fixed).
	BackendPostgres = "postgres"
	// BackendCockroach stores the graph in a CockroachDB database through the same SQL layer.
	BackendCockroach = "cockroach"
)

// Backends lists the backend names Open accepts.
func Backends() []string {
	return []string{BackendBolt, BackendMemory, BackendPostgres, BackendCockroach}
}

const (
	boltFile           = "indexes.bolt"
	pidFile            = "dipgraph.pid"
	defaultLockTimeout = 2 * time.Second
)

// Sentinel errors callers branch on with errors.Is.
var (
	// ErrNotFound means the article, actor or path asked for is not in the store.
	ErrNotFound = errors.New("not found")
	// ErrAmbiguous means a name matches several actors; the error is an *AmbiguousError
	// listing them.
	ErrAmbiguous = errors.New("ambiguous")
	// ErrLocked means another process holds the store; the error is a *LockedError.
	ErrLocked = errors.New("store is locked")
	// ErrReadOnly means a write was attempted on a store opened with Options.ReadOnly.
	ErrReadOnly = errors.New("store is read-only")
	// ErrBackend means Options.Backend names no backend this build supports.
	ErrBackend = errors.New("unknown backend")
)

// LockedError reports that another process holds a bolt store. errors.Is(err,
// ErrLocked) is true for it.
type LockedError struct {
	// Path is the bolt file that is held.
	Path string
	// PID is the process holding it, if it wrote its pid file; zero when unknown.
	PID int
	// Waited is how long Open waited for the lock.
	Waited time.Duration
}

// Error says which store is held and by which process.
func (e *LockedError) Error() string {
	who := "another process"
	if e.PID > 0 {
		who = "process " + strconv.Itoa(e.PID)
	}
	return fmt.Sprintf("store %s is held by %s (waited %s); wait for it to finish or stop it", e.Path, who, e.Waited)
}

// Is makes errors.Is(err, ErrLocked) true.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// Options configure Open.
type Options struct {
	// Backend is "bolt" (the default), "memstore", "postgres" or "cockroach".
	Backend string
	// Path is the bolt directory (created if missing) or the SQL connection URL.
	Path string
	// ReadOnly opens the store for reading only; writes return ErrReadOnly. Several
	// read-only processes may share a bolt store.
	ReadOnly bool
	// LockTimeout is how long to wait for another process's lock on a bolt store
	// (default 2s) before Open returns a *LockedError.
	LockTimeout time.Duration
	// Logger receives debug logs of writes; default slog.Default().
	Logger *slog.Logger

	// PGConnectTimeout bounds connecting to PostgreSQL (default 10s, rounded
	// up to whole seconds).
	PGConnectTimeout time.Duration
	// PGStatementTimeout bounds each statement on a PostgreSQL server (its
	// statement_timeout; default 1m). A server that sends nothing for 5 s
	// longer (frozen, or unreachable mid-statement) is given up on.
	PGStatementTimeout time.Duration
	// PGSynchronousCommit is PostgreSQL's synchronous_commit for dipgraph's
	// sessions: "on" (the default and the safe setting) or "off" (faster
	// writes; a server crash may lose the last transactions it reported
	// committed, never corrupt the store). The connection URL wins over
	// these three settings.
	PGSynchronousCommit string
}

// Store is a dipgraph knowledge graph on one Cayley backend. Its methods are safe
// for concurrent use: reads share the store, a write (WriteArticles, Retract,
// Import) has it to itself, since Cayley's memstore has no locking of its own
// and an article's hash check and write must not interleave with another's.
type Store struct {
	mu       sync.RWMutex
	qs       cgraph.QuadStore
	bdb      *bolt.DB // the bolt file under qs, for batch reads (see boltNodesQuads); nil on other backends
	sqlDB    *sql.DB  // a connection to the PostgreSQL database under qs, for batch reads (see sqlNodesQuads)
	backend  string
	readOnly bool
	pidPath  string
	log      *slog.Logger
	people   *resolve.Index // the stored persons, for resolvePersons; nil until read (see personIndex)
	db       backend        // batch reads and removals for this kind of store, chosen in Open
}

// Open opens (creating if needed) the store described by o. It returns a
// *LockedError (errors.Is ErrLocked) when another process holds a bolt store for
// longer than o.LockTimeout, a *DamagedError (errors.Is ErrDamaged) for a bolt
// file that is empty, truncated or not a bolt file, and ErrBackend for an
// unknown backend. Every method that reads or writes a bolt store returns a
// *DamagedError when it meets a damaged page.
func Open(ctx context.Context, o Options) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	if o.Backend == "" {
		o.Backend = BackendBolt
	}
	if o.LockTimeout <= 0 {
		o.LockTimeout = defaultLockTimeout
	}
	s := &Store{backend: o.Backend, readOnly: o.ReadOnly, log: o.Logger}
	if s.log == nil {
		s.log = slog.Default()
	}
	s.log = s.log.With("backend", o.Backend)
	cayleyLogs.add(s) // Cayley's messages while opening go to s.log too
	var err error
	switch o.Backend {
	case BackendBolt:
		s.qs, s.bdb, s.pidPath, err = openBolt(o)
	case BackendMemory:
		if o.Path != "" {
			err = fmt.Errorf("open memstore: a path (%q) makes no sense for an in-memory store", o.Path)
			break
		}
		s.qs, err = cgraph.NewQuadStore(BackendMemory, "", nil)
	case BackendPostgres, BackendCockroach:
		if o.Backend == BackendPostgres && o.Path != "" {
			if o.Path, err = pgDSN(o.Path, o); err != nil {
				err = fmt.Errorf("open %s store: %w", o.Backend, err)
				break
			}
		}
		s.qs, err = openSQL(o)
		if err == nil && o.Backend == BackendPostgres {
			if s.sqlDB, err = sql.Open(pgDriverName, o.Path); err != nil {
				s.qs.Close()
				err = fmt.Errorf("open %s store: %w", o.Backend, err)
			}
		}
	default:
		err = fmt.Errorf("open store: %w %q (want one of %s)", ErrBackend, o.Backend, strings.Join(Backends(), ", "))
	}
	if err != nil {
		cayleyLogs.remove(s)
		return nil, err
	}
	s.db = s.chooseBackend()
	return s, nil
}

func openBolt(o Options) (cgraph.QuadStore, *bolt.DB, string, error) {
	if o.Path == "" {
		return nil, nil, "", fmt.Errorf("open bolt store: no directory given")
	}
	file := filepath.Join(o.Path, boltFile)
	if o.ReadOnly {
		if _, err := os.Stat(file); err != nil {
			return nil, nil, "", fmt.Errorf("open bolt store %s read-only: %w", o.Path, err)
		}
	} else if err := os.MkdirAll(o.Path, 0o755); err != nil {
		return nil, nil, "", fmt.Errorf("open bolt store: create %s: %w", o.Path, err)
	} else if err := createBolt(file); err != nil {
		return nil, nil, "", fmt.Errorf("open bolt store: %w", err)
	}
	if err := checkBoltSize(file); err != nil {
		return nil, nil, "", err
	}
	start := time.Now()
	db, qs, err := openBoltFile(file, o)
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, nil, "", &LockedError{Path: file, PID: readPID(filepath.Join(o.Path, pidFile)), Waited: time.Since(start).Round(time.Millisecond)}
	}
	if err != nil {
		return nil, nil, "", err
	}
	var pidPath string
	if !o.ReadOnly {
		pidPath = filepath.Join(o.Path, pidFile)
		// The pid file only improves the lock message; failing to write it is harmless.
		_ = os.WriteFile(pidPath, []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644)
	}
	return qs, db.DB(), pidPath, nil
}

// openBoltFile opens the bolt file and Cayley's store on it. A damaged file
// makes bolt or Cayley panic while opening (a freelist or meta page that is
// not one); that, bolt's own verdicts on the file and a file shorter than its
// meta page says are returned as a *DamagedError.
func openBoltFile(file string, o Options) (_ *hbolt.DB, _ cgraph.QuadStore, err error) {
	var db *hbolt.DB
	old := debug.SetPanicOnFault(true)
	defer func() {
		debug.SetPanicOnFault(old)
		if p := recover(); p != nil {
			if db != nil {
				db.Close()
			}
			err = &DamagedError{Path: file, Detail: brief(fmt.Sprint(p))}
		}
	}()
	db, err = hbolt.Open(file, &bolt.Options{Timeout: o.LockTimeout, ReadOnly: o.ReadOnly})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, nil, err
	}
	if err != nil {
		if derr := boltOpenError(file, err); derr != nil {
			return nil, nil, derr
		}
		return nil, nil, fmt.Errorf("open bolt store %s: %w", file, err)
	}
	if err := checkBoltTruncated(db.DB()); err != nil {
		db.Close()
		return nil, nil, err
	}
	if !o.ReadOnly {
		if err := kv.Init(db, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			db.Close()
			return nil, nil, fmt.Errorf("init bolt store %s: %w", file, err)
		}
	}
	// no_bloom: otherwise Cayley reads the whole store at open to build bloom filters.
	qs, err := kv.New(guardedKV{kv: db, path: file}, cgraph.Options{kv.OptNoBloom: true})
	if err != nil {
		db.Close()
		return nil, nil, fmt.Errorf("open bolt store %s: %w", file, err)
	}
	return db, qs, nil
}

// createBolt creates and initialises the bolt file unless it exists, under a
// temporary name then linked into place, so that a process killed while
// creating a store leaves either no store or an initialised one (else
// read-only opens of it fail with "quadstore: not initialized"). A link, not
// a rename: a store another process created meanwhile is kept.
func createBolt(file string) error {
	if _, err := os.Stat(file); err == nil {
		return nil
	}
	f, err := os.CreateTemp(filepath.Dir(file), ".indexes-*.bolt.tmp")
	if err != nil {
		return fmt.Errorf("create %s: %w", file, err)
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp)
	if err := os.Chmod(tmp, 0o644); err != nil { // as bolt creates its files
		return fmt.Errorf("create %s: %w", file, err)
	}
	db, err := hbolt.Open(tmp, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return fmt.Errorf("create %s: %w", file, err)
	}
	err = kv.Init(db, nil)
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("init %s: %w", file, err)
	}
	// Where links are not supported, bolt creates the file in place (not
	// atomically) when it is opened.
	_ = os.Link(tmp, file)
	return nil
}

func readPID(path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 0 {
		return 0
	}
	// A writer killed before Close leaves its pid file behind; when a reader
	// holds the store later, that pid names no one.
	if p, err := os.FindProcess(pid); err != nil || errors.Is(p.Signal(syscall.Signal(0)), os.ErrProcessDone) {
		return 0
	}
	return pid
}

func openSQL(o Options) (cgraph.QuadStore, error) {
	if o.Path == "" {
		return nil, fmt.Errorf("open %s store: no connection URL given", o.Backend)
	}
	flavor := o.Backend
	if flavor == BackendPostgres {
		flavor = pgBatchFlavor // same tables, batched writes (see postgres.go)
	}
	if !cgraph.IsRegistered(flavor) {
		return nil, fmt.Errorf("open store: %w %q", ErrBackend, o.Backend)
	}
	if !o.ReadOnly {
		if err := initSQL(flavor, o.Path); err != nil {
			return nil, fmt.Errorf("init %s store: %w", o.Backend, err)
		}
	}
	qs, err := cgraph.NewQuadStore(flavor, o.Path, nil)
	if err != nil {
		return nil, fmt.Errorf("open %s store: %w", o.Backend, err)
	}
	return qs, nil
}

// initSQL creates an SQL store's tables unless they exist. Two processes
// creating them at once make one fail (PostgreSQL's CREATE TABLE IF NOT
// EXISTS is not safe against a concurrent create), so a failed init is
// retried twice: a retry finds the tables the other process made. On
// PostgreSQL the tables are looked up first, so that opening an existing
// store does not ask Cayley to create them (Cayley logs the failure as an
// error before returning ErrDatabaseExists), and the index of quads by
// label is added (see pgInit).
func initSQL(backend, path string) error {
	create := func() error {
		for try := 1; ; try++ {
			err := cgraph.InitQuadStore(backend, path, nil)
			if err == nil || errors.Is(err, cgraph.ErrDatabaseExists) {
				return nil
			}
			if try == 3 {
				return err
			}
			time.Sleep(time.Duration(try) * 200 * time.Millisecond)
		}
	}
	if backend == pgBatchFlavor {
		return pgInit(path, create)
	}
	return create()
}

// Close releases the store (and a bolt store's lock).
func (s *Store) Close() error {
	defer s.lock()()
	defer cayleyLogs.remove(s)
	err := s.qs.Close()
	if s.sqlDB != nil {
		s.sqlDB.Close()
	}
	if s.pidPath != "" {
		_ = os.Remove(s.pidPath)
	}
	if err != nil {
		return fmt.Errorf("close %s store: %w", s.backend, err)
	}
	return nil
}

// rlock takes the read lock and returns its release.
func (s *Store) rlock() func() {
	s.mu.RLock()
	return s.mu.RUnlock
}

// lock takes the write lock and returns its release.
func (s *Store) lock() func() {
	s.mu.Lock()
	return s.mu.Unlock
}

func (s *Store) writable() error {
	if s.readOnly {
		return ErrReadOnly
	}
	return nil
}
