package graph

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"runtime/debug"

	bolt "go.etcd.io/bbolt"
)

// ErrDamaged means the store's file is damaged: it cannot be opened or read
// as a store. The error is a *DamagedError.
var ErrDamaged = errors.New("store is damaged")

// DamagedError reports a damaged bolt store file. errors.Is(err, ErrDamaged)
// is true for it.
type DamagedError struct {
	// Path is the damaged file.
	Path string
	// Detail says what was found, e.g. "truncated: 524288 of 1048576 bytes".
	Detail string
}

// Error names the file, what is wrong and what to do.
func (e *DamagedError) Error() string {
	return fmt.Sprintf("store file %s is damaged (%s): restore it from a backup, or move it aside and ingest the articles again", e.Path, e.Detail)
}

// Is makes errors.Is(err, ErrDamaged) true.
func (e *DamagedError) Is(target error) bool { return target == ErrDamaged }

// guard turns a panic of the bolt layer in the calling method into a
// *DamagedError in *err: bolt panics ("assertion failed: Page expected to
// be ...", "invalid freelist page") when it meets a damaged page, and a read
// past the end of a truncated, memory-mapped file faults; guard makes such a
// fault a panic of the calling goroutine while the method runs. Use it as the
// first statement of every exported method that reads or writes the store:
//
//	defer s.guard(&err)()
//
// On other backends, and for panics that are not the store's, it panics on.
func (s *Store) guard(err *error) func() {
	old := debug.SetPanicOnFault(true)
	return func() {
		debug.SetPanicOnFault(old)
		if s.bdb == nil {
			return
		}
		if p := recover(); p != nil {
			*err = &DamagedError{Path: s.bdb.Path(), Detail: brief(fmt.Sprint(p))}
			s.log.Debug("bolt store damaged", "file", s.bdb.Path(), "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		}
	}
}

// boltOpenError classifies an error of opening a bolt file: bolt's own
// verdicts on the file's content (not a bolt file, checksum, version) mean a
// damaged file; other errors (permissions, a lock) are returned as they are.
func boltOpenError(file string, err error) error {
	for _, e := range []error{bolt.ErrInvalid, bolt.ErrChecksum, bolt.ErrVersionMismatch} {
		if errors.Is(err, e) {
			return &DamagedError{Path: file, Detail: err.Error()}
		}
	}
	return nil
}

// checkBoltSize reports a bolt file too short to be a store, before bolt opens
// it (bolt panics on a writable open of a truncated file): empty (dipgraph
// creates its files whole, so an empty one was cut), or shorter than the pages
// its meta page says it holds.
func checkBoltSize(file string) error {
	f, err := os.Open(file)
	if err != nil {
		return nil // open reports it
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil
	}
	if fi.Size() == 0 {
		return &DamagedError{Path: file, Detail: "the file is empty"}
	}
	if want, ok := boltHighWater(f); ok && fi.Size() < want {
		return &DamagedError{Path: file, Detail: fmt.Sprintf("truncated: %d of %d bytes", fi.Size(), want)}
	}
	return nil
}

// Bolt's file layout (go.etcd.io/bbolt, db.go and page.go): a page header of
// 16 bytes, then the meta: magic, version, page size and flags (4 bytes each),
// the root bucket (16), the freelist page, the high-water page id, the
// transaction id and an FNV-64a checksum of the 56 bytes before it (8 each).
const (
	boltPageHeader = 16
	boltMagic      = 0xED0CDAED
	boltVersion    = 2
	boltMetaSize   = 64
)

// boltHighWater reads the two meta pages of a bolt file as bolt does (the
// valid one with the higher transaction id wins) and returns the bytes its
// pages span; ok is false when neither meta page is valid (bolt's open then
// says why).
func boltHighWater(f *os.File) (size int64, ok bool) {
	var best struct {
		txid, size uint64
		ok         bool
	}
	pageSize := int64(4096)
	for i := int64(0); i < 2; i++ {
		b := make([]byte, boltPageHeader+boltMetaSize)
		if _, err := f.ReadAt(b, i*pageSize); err != nil {
			continue
		}
		m := b[boltPageHeader:]
		le := binary.LittleEndian
		h := fnv.New64a()
		h.Write(m[:56])
		if le.Uint32(m[0:]) != boltMagic || le.Uint32(m[4:]) != boltVersion || le.Uint64(m[56:]) != h.Sum64() {
			continue
		}
		ps := uint64(le.Uint32(m[8:]))
		if i == 0 && ps > 0 {
			pageSize = int64(ps)
		}
		if txid := le.Uint64(m[48:]); !best.ok || txid > best.txid {
			best.txid, best.size, best.ok = txid, le.Uint64(m[40:])*ps, true
		}
	}
	return int64(best.size), best.ok
}

// checkBoltTruncated reports a bolt file shorter than its meta page says it
// is: reading the missing pages would fault.
func checkBoltTruncated(db *bolt.DB) error {
	fi, err := os.Stat(db.Path())
	if err != nil {
		return fmt.Errorf("open bolt store: %w", err)
	}
	return db.View(func(tx *bolt.Tx) error {
		if want := tx.Size(); fi.Size() < want {
			return &DamagedError{Path: db.Path(), Detail: fmt.Sprintf("truncated: %d of %d bytes", fi.Size(), want)}
		}
		return nil
	})
}

// boltScan reads every key of every bucket of the bolt file, so every page
// the store uses is read once: a damaged page makes bolt panic, which the
// caller's guard reports as a *DamagedError. bolt's own Tx.Check is not used:
// it walks the pages on a goroutine of its own, where such a panic would end
// the process.
func (s *Store) boltScan(ctx context.Context) error {
	if err := checkBoltTruncated(s.bdb); err != nil {
		return err
	}
	return s.bdb.View(func(tx *bolt.Tx) error {
		n := 0
		var scan func(b *bolt.Bucket) error
		scan = func(b *bolt.Bucket) error {
			c := b.Cursor()
			for k, v := c.First(); k != nil; k, v = c.Next() {
				if n++; n%10000 == 0 {
					if err := ctx.Err(); err != nil {
						return err
					}
				}
				if v == nil {
					if sub := b.Bucket(k); sub != nil {
						if err := scan(sub); err != nil {
							return err
						}
					}
				}
			}
			return nil
		}
		return tx.ForEach(func(_ []byte, b *bolt.Bucket) error { return scan(b) })
	})
}
