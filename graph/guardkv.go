package graph

import (
	"context"
	"fmt"
	"runtime/debug"

	hkv "github.com/hidal-go/hidalgo/kv"
)

// guardedKV wraps the bolt key-value layer under Cayley's store so that a
// damaged page is an error, not a crash: bolt panics on a damaged page, and
// a read past the end of a truncated file faults, on whatever goroutine reads
// (Gizmo runs its queries on a goroutine of Cayley's own, where no recover of
// ours reaches). Every call made through it turns such a panic into a
// *DamagedError.
type guardedKV struct {
	kv   hkv.KV
	path string // the bolt file, for the error
}

// recoverDamage is deferred by every guarded call: with the fault made a
// panic while the call runs (see guardFault), it turns a panic into a
// *DamagedError in *err.
func recoverDamage(path string, err *error, old bool) {
	debug.SetPanicOnFault(old)
	if p := recover(); p != nil {
		*err = &DamagedError{Path: path, Detail: brief(fmt.Sprint(p))}
	}
}

// guardFault makes a memory fault a panic of the calling goroutine and
// returns the previous setting for recoverDamage.
func guardFault() bool { return debug.SetPanicOnFault(true) }

func (g guardedKV) Close() error { return g.kv.Close() }

func (g guardedKV) Tx(ctx context.Context, rw bool) (_ hkv.Tx, err error) {
	defer recoverDamage(g.path, &err, guardFault())
	tx, err := g.kv.Tx(ctx, rw)
	if err != nil {
		return nil, err
	}
	return guardedTx{tx: tx, path: g.path}, nil
}

func (g guardedKV) View(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.View(ctx, g, fn)
}

func (g guardedKV) Update(ctx context.Context, fn func(tx hkv.Tx) error) error {
	return hkv.Update(ctx, g, fn)
}

type guardedTx struct {
	tx   hkv.Tx
	path string
}

func (t guardedTx) Commit(ctx context.Context) (err error) {
	defer recoverDamage(t.path, &err, guardFault())
	return t.tx.Commit(ctx)
}

func (t guardedTx) Close() (err error) {
	defer recoverDamage(t.path, &err, guardFault())
	return t.tx.Close()
}

func (t guardedTx) Get(ctx context.Context, key hkv.Key) (_ hkv.Value, err error) {
	defer recoverDamage(t.path, &err, guardFault())
	return t.tx.Get(ctx, key)
}

func (t guardedTx) GetBatch(ctx context.Context, keys []hkv.Key) (_ []hkv.Value, err error) {
	defer recoverDamage(t.path, &err, guardFault())
	return t.tx.GetBatch(ctx, keys)
}

func (t guardedTx) Put(ctx context.Context, k hkv.Key, v hkv.Value) (err error) {
	defer recoverDamage(t.path, &err, guardFault())
	return t.tx.Put(ctx, k, v)
}

func (t guardedTx) Del(ctx context.Context, k hkv.Key) (err error) {
	defer recoverDamage(t.path, &err, guardFault())
	return t.tx.Del(ctx, k)
}

// Scan lets bolt apply the options to its own iterator (so a prefix scan
// stays a bolt prefix scan) and guards the result.
func (t guardedTx) Scan(ctx context.Context, opts ...hkv.IteratorOption) hkv.Iterator {
	var it hkv.Iterator
	var err error
	func() {
		defer recoverDamage(t.path, &err, guardFault())
		it = t.tx.Scan(ctx, opts...)
	}()
	return &guardedIterator{it: it, path: t.path, err: err}
}

// guardedIterator is a bolt iterator whose panics end the iteration with a
// *DamagedError from Err.
type guardedIterator struct {
	it   hkv.Iterator
	path string
	err  error
}

func (i *guardedIterator) Next(ctx context.Context) (ok bool) {
	if i.err != nil {
		return false
	}
	defer recoverDamage(i.path, &i.err, guardFault())
	return i.it.Next(ctx)
}

func (i *guardedIterator) Seek(ctx context.Context, key hkv.Key) (ok bool) {
	if i.err != nil {
		return false
	}
	defer recoverDamage(i.path, &i.err, guardFault())
	return hkv.Seek(ctx, i.it, key)
}

func (i *guardedIterator) Err() error {
	if i.err != nil {
		return i.err
	}
	if i.it == nil {
		return nil
	}
	return i.it.Err()
}

func (i *guardedIterator) Close() (err error) {
	if i.it == nil {
		return nil
	}
	defer recoverDamage(i.path, &err, guardFault())
	return i.it.Close()
}

func (i *guardedIterator) Reset() {
	if i.it == nil {
		return
	}
	var err error
	defer func() {
		if err != nil && i.err == nil {
			i.err = err
		}
	}()
	defer recoverDamage(i.path, &err, guardFault())
	i.it.Reset()
}

func (i *guardedIterator) Key() hkv.Key {
	if i.err != nil || i.it == nil {
		return nil
	}
	return i.it.Key()
}

func (i *guardedIterator) Val() hkv.Value {
	if i.err != nil || i.it == nil {
		return nil
	}
	return i.it.Val()
}

var (
	_ hkv.KV     = guardedKV{}
	_ hkv.Seeker = (*guardedIterator)(nil)
)
