package ingest

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

// DefaultBatchSize is the number of articles per write when Options.BatchSize is 0.
const DefaultBatchSize = 500

// DefaultFlushEvery is Options.FlushEvery when it is 0.
const DefaultFlushEvery = time.Second

// hashChunk is the number of articles read whose stored hashes are looked up
// together (one ArticleHashes call: one query on PostgreSQL).
const hashChunk = 256

// Extractor turns an article into facts. Implementations must be safe for
// concurrent use (extract.Extractor is).
type Extractor interface {
	Extract(a schema.Article) schema.Facts
}

// Store is the part of graph.Store the pipeline uses. Run never calls
// ArticleHashes while WriteArticles runs, nor two WriteArticles at once.
type Store interface {
	// ArticleHashes returns the content hashes stored for those of articles
	// that are stored; the others are absent from the map.
	ArticleHashes(ctx context.Context, articles []schema.IRI) (map[schema.IRI]string, error)
	// WriteArticles stores each article's facts, each article all or nothing.
	WriteArticles(ctx context.Context, facts []schema.Facts) (graph.WriteResult, error)
}

// Options controls Run.
type Options struct {
	// Workers is the number of extraction goroutines; 0 means runtime.NumCPU().
	Workers int
	// BatchSize is the number of articles per write; 0 means DefaultBatchSize.
	BatchSize int
	// FlushEvery is the longest an article read waits for its hash check and,
	// once extracted, for its batch to be written, so that a slow stream
	// (stdin) is stored as it comes; 0 means DefaultFlushEvery.
	FlushEvery time.Duration
	// Progress receives a progress line redrawn with "\r" a few times a
	// second, ended by a newline; nil means no progress.
	Progress io.Writer
	// Total is the number of articles expected, for the progress ETA; 0
	// means unknown (RunFiles counts it when Progress is set).
	Total int
	// Logger receives debug logs per batch and warnings; nil means slog.Default().
	Logger *slog.Logger
	// Bad, if set, is called for every input skipped: bad inputs met by
	// RunFiles, duplicate article IDs and articles the extractor panicked on.
	Bad func(*InputError)
}

// Summary reports what Run did.
type Summary struct {
	// Read is the number of articles the source produced.
	Read int
	// Stored is the number of articles written (new or changed).
	Stored int
	// Unchanged is the number of articles already stored with the same hash.
	Unchanged int
	// Skipped is the number of bad inputs and skipped articles.
	Skipped int
	// Events is the number of events extracted from the stored articles.
	Events int
	// Quads is the number of quads written.
	Quads int
	// Skips counts the skipped inputs by reason (see Reason).
	Skips map[string]int
	// Elapsed is the wall time of the run.
	Elapsed time.Duration
}

// Rate returns the articles read per second, or 0 before any time elapsed.
func (s Summary) Rate() float64 {
	if s.Elapsed <= 0 {
		return 0
	}
	return float64(s.Read) / s.Elapsed.Seconds()
}

// Run reads articles from src, extracts facts from them on o.Workers
// goroutines and writes them to st in batches of o.BatchSize, each article
// all or nothing. Channels between the stages are bounded, so memory does not
// grow with the corpus (apart from 8 bytes per article ID, kept to skip
// repeated IDs: the first article read with an ID wins).
//
// An article whose hash st already holds is counted as unchanged and not
// extracted, so a second run over the same input is fast: the stored hashes
// are looked up for a few hundred articles read at a time, in one
// st.ArticleHashes call. A batch is written while the workers go on
// extracting the next one. If the extractor
// panics on an article, that article is skipped (ErrExtract) and the run goes
// on. Articles without an ID are skipped (ErrSyntax), and so are articles
// whose ID was already read (ErrDuplicate). Skipped inputs are counted in the
// Summary and passed to o.Bad.
//
// Run stops at the first error of src, st.ArticleHashes or st.WriteArticles
// and returns it with the summary so far; articles of a batch not yet written
// are not written. When ctx ends (an interrupt), Run stops reading, writes
// the articles already extracted (each batch whole) and returns ctx's error
// with the summary of what was stored. A batch is written when it holds
// o.BatchSize articles or o.FlushEvery after its first one.
func Run(ctx context.Context, src func(yield func(schema.Article) error) error, x Extractor, st Store, o Options) (Summary, error) {
	p := newPipeline(x, st, o)
	return p.run(ctx, func(yield func(schema.Article) error, _ func(*InputError)) error { return src(yield) })
}

// RunFiles is Run over the articles Read finds in paths (and stdin for "-"),
// with bad inputs counted as skipped by reason and passed to o.Bad. When
// o.Progress is set and o.Total is 0, it counts the articles up front (one
// per file, one per JSON line), in parallel with the run, for the ETA.
// It returns the errors of Run, and an error wrapping ErrFormat for an
// unknown ro.Format.
func RunFiles(ctx context.Context, paths []string, stdin io.Reader, ro ReadOptions, x Extractor, st Store, o Options) (Summary, error) {
	p := newPipeline(x, st, o)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // stops the count if the run ends first
	if o.Progress != nil && o.Total == 0 && !slices.Contains(paths, "-") {
		go func() {
			if n, err := Count(ctx, paths, ro); err == nil {
				p.total.Store(int64(n))
			}
		}()
	}
	return p.run(ctx, func(yield func(schema.Article) error, bad func(*InputError)) error {
		return Read(ctx, paths, stdin, ro, yield, bad)
	})
}

// pipeline is the state of one run.
type pipeline struct {
	x     Extractor
	st    Store
	o     Options
	log   *slog.Logger
	start time.Time

	mu  sync.Mutex // guards sum; held while calling Bad
	sum Summary

	// stmu keeps hash checks out of writes: Cayley's memstore is not safe
	// for reads while it applies deltas.
	stmu sync.RWMutex

	// Live counters for the progress line.
	read, done, stored, total atomic.Int64

	seq int // the next job's place in the run; only dispatch uses it
}

func newPipeline(x Extractor, st Store, o Options) *pipeline {
	if o.Workers <= 0 {
		o.Workers = runtime.NumCPU()
	}
	if o.BatchSize <= 0 {
		o.BatchSize = DefaultBatchSize
	}
	if o.FlushEvery <= 0 {
		o.FlushEvery = DefaultFlushEvery
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	p := &pipeline{x: x, st: st, o: o, log: o.Logger, sum: Summary{Skips: map[string]int{}}}
	p.total.Store(int64(o.Total))
	return p
}

// skip counts a skipped input and reports it to o.Bad.
func (p *pipeline) skip(e *InputError) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sum.Skipped++
	p.sum.Skips[Reason(e)]++
	p.done.Add(1)
	p.log.Debug("skipped input", "input", e.Path, "line", e.Line, "reason", e.Err)
	if p.o.Bad != nil {
		p.o.Bad(e)
	}
}

// run runs the pipeline over src, which yields articles and reports bad inputs.
//
// When parent ends (an interrupt), reading stops, articles not yet extracted
// are dropped, and what was extracted is still written, each batch as usual;
// run then returns the summary and parent's error. A failure (an error of src
// or the store) drops everything not yet written instead.
func (p *pipeline) run(parent context.Context, src func(yield func(schema.Article) error, bad func(*InputError)) error) (Summary, error) {
	p.start = time.Now()
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	r := &runState{p: p, ctx: ctx, parent: parent, cancel: cancel}

	stopProgress := p.progress()
	defer stopProgress()

	// arts holds the articles read; jobs a chunk of them, so that the
	// workers have work while a batch is written (the hash checks wait for
	// the write to end).
	arts := make(chan schema.Article, hashChunk)
	jobs := make(chan job, hashChunk)
	results := make(chan result, 2*p.o.Workers)
	var wg sync.WaitGroup

	// Read. After an interrupt the run does not wait for the reader, which
	// may be blocked reading stdin; it ends at its next article.
	go r.readStage(src, arts)

	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(jobs)
		r.chunkStage(arts, jobs)
	}()

	// Extract. After an interrupt a worker finishes the article in hand and
	// passes it on; the articles still queued are dropped.
	var workers sync.WaitGroup
	for range p.o.Workers {
		workers.Add(1)
		go func() {
			defer workers.Done()
			r.extractStage(jobs, results)
		}()
	}
	go func() {
		workers.Wait()
		close(results)
	}()

	r.writeStage(results)
	wg.Wait()
	if r.firstErr == nil && parent.Err() != nil {
		r.firstErr = parent.Err()
	}
	stopProgress()
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sum.Elapsed = time.Since(p.start)
	return p.sum, r.firstErr
}

// runState is what the stages of one run share: its context, and the first
// error, which cancels the run.
type runState struct {
	p      *pipeline
	ctx    context.Context
	parent context.Context
	cancel context.CancelFunc

	errOnce  sync.Once
	firstErr error
	failed   atomic.Bool
}

// fail records the run's first error and cancels it; an interrupt is no
// failure.
func (r *runState) fail(err error) {
	if r.parent.Err() != nil && errors.Is(err, context.Canceled) {
		return // the interrupt, not a failure
	}
	r.errOnce.Do(func() { r.firstErr = err })
	r.failed.Store(true)
	r.cancel()
}

// readStage sends the articles src reads to arts, until the run ends.
func (r *runState) readStage(src func(yield func(schema.Article) error, bad func(*InputError)) error, arts chan<- schema.Article) {
	defer close(arts)
	err := src(func(a schema.Article) error {
		select {
		case arts <- a:
			return nil
		case <-r.ctx.Done():
			return r.ctx.Err()
		}
	}, r.p.skip)
	if err != nil {
		r.fail(err)
	}
}

// chunkStage skips articles without an ID or with one already read, looks
// up the stored hashes of a chunk at a time (or of what came within
// o.FlushEvery, for a slow stream) and hands the changed and new articles
// to the workers.
func (r *runState) chunkStage(arts <-chan schema.Article, jobs chan<- job) {
	p, ctx := r.p, r.ctx
	seen := map[uint64]struct{}{}
	chunk := make([]schema.Article, 0, hashChunk)
	timer := time.NewTimer(p.o.FlushEvery)
	timer.Stop()
	flush := func() {
		timer.Stop()
		if len(chunk) == 0 || ctx.Err() != nil {
			chunk = chunk[:0]
			return
		}
		if err := p.dispatch(ctx, chunk, jobs); err != nil {
			r.fail(err)
		}
		chunk = chunk[:0]
	}
	for {
		select {
		case a, ok := <-arts:
			if !ok {
				flush()
				return
			}
			if ctx.Err() != nil {
				continue // drain so that the reader can finish
			}
			if !p.admit(a, seen) {
				continue
			}
			chunk = append(chunk, a)
			if len(chunk) == 1 {
				timer.Reset(p.o.FlushEvery)
			}
			if len(chunk) == hashChunk {
				flush()
			}
		case <-timer.C:
			flush()
		case <-ctx.Done():
			return // the articles not yet extracted are dropped
		}
	}
}

// admit counts an article read and reports whether it goes on: one without
// an ID, or with an ID read before, is skipped.
func (p *pipeline) admit(a schema.Article, seen map[uint64]struct{}) bool {
	p.read.Add(1)
	p.mu.Lock()
	p.sum.Read++
	p.mu.Unlock()
	if a.ID == "" {
		p.skip(&InputError{Path: a.Path, Err: fmt.Errorf("%w: article without an ID", ErrSyntax)})
		return false
	}
	h := fnv.New64a()
	h.Write([]byte(a.ID))
	if _, dup := seen[h.Sum64()]; dup {
		p.skip(&InputError{Path: a.Path, Err: fmt.Errorf("%w: article ID %q read before", ErrDuplicate, a.ID)})
		return false
	}
	seen[h.Sum64()] = struct{}{}
	return true
}

// job is an article to extract with its place in the run (see result).
type job struct {
	seq int
	a   schema.Article
}

// result is what the extraction of a job gave: its facts, or ok false when
// the article is dropped (an extractor panic, an interrupt, a failure).
// Every job has one, so that writeStage can restore the articles' order.
type result struct {
	seq int
	f   schema.Facts
	ok  bool
}

// extractStage extracts the articles of jobs into results, one result per
// job.
func (r *runState) extractStage(jobs <-chan job, results chan<- result) {
	for j := range jobs {
		if r.ctx.Err() != nil {
			results <- result{seq: j.seq} // drain so that the chunker can finish
			continue
		}
		f, ok := r.p.extract(j.a)
		results <- result{seq: j.seq, f: f, ok: ok && !r.failed.Load()} // writeStage reads until results is closed
	}
}

// writeStage writes the facts of results in batches, in the order the
// articles were read whatever order the workers finish in (so that what a
// store resolves from the articles before, persons and events, is the same
// on every run), on a goroutine of its own so that the next batch collects
// meanwhile (two batches in memory at most, plus the channels and the
// results that wait for an earlier article). A batch is written when it is full or
// o.FlushEvery after its first article, so a slow stream is stored as it
// comes. A write goes on to its end after an interrupt: each batch is
// stored whole or, after a failure, not at all.
func (r *runState) writeStage(results <-chan result) {
	p := r.p
	writes := make(chan []schema.Facts)
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		for b := range writes {
			if r.failed.Load() {
				continue
			}
			if err := p.write(context.WithoutCancel(r.ctx), b); err != nil {
				r.fail(err)
			}
		}
	}()
	batch := make([]schema.Facts, 0, p.o.BatchSize)
	timer := time.NewTimer(p.o.FlushEvery)
	timer.Stop()
	send := func() {
		timer.Stop()
		if len(batch) > 0 && !r.failed.Load() {
			writes <- batch
			batch = make([]schema.Facts, 0, p.o.BatchSize)
		}
	}
	pending := map[int]result{}
	next := 0
	add := func(res result) {
		pending[res.seq] = res
		for {
			res, ok := pending[next]
			if !ok {
				return
			}
			delete(pending, next)
			next++
			if !res.ok || r.failed.Load() {
				continue // drain so that the workers can finish
			}
			batch = append(batch, res.f)
			if len(batch) == 1 {
				timer.Reset(p.o.FlushEvery)
			}
			if len(batch) == p.o.BatchSize {
				send()
			}
		}
	}
collect:
	for {
		select {
		case res, ok := <-results:
			if !ok {
				break collect
			}
			add(res)
		case <-timer.C:
			send()
		}
	}
	// Jobs a canceled dispatch never sent leave gaps: the rest go in order.
	for len(pending) > 0 {
		for _, ok := pending[next]; !ok; _, ok = pending[next] {
			next++
		}
		add(pending[next])
	}
	send()
	close(writes)
	<-writerDone
}

// dispatch looks up the stored hashes of chunk in one call, counts the
// articles stored with the same hash as unchanged and sends the others to
// jobs.
func (p *pipeline) dispatch(ctx context.Context, chunk []schema.Article, jobs chan<- job) error {
	iris := make([]schema.IRI, len(chunk))
	for i, a := range chunk {
		iris[i] = a.IRI()
	}
	p.stmu.RLock()
	stored, err := p.st.ArticleHashes(ctx, iris)
	p.stmu.RUnlock()
	if err != nil {
		return fmt.Errorf("articles %s … %s: check stored hashes: %w", chunk[0].ID, chunk[len(chunk)-1].ID, err)
	}
	version := ""
	if v, ok := p.x.(interface{ Version() string }); ok {
		version = v.Version()
	}
	for _, a := range chunk {
		if h, ok := stored[a.IRI()]; ok && h == schema.StoredHash(a, version) {
			p.mu.Lock()
			p.sum.Unchanged++
			p.mu.Unlock()
			p.done.Add(1)
			continue
		}
		select {
		case jobs <- job{seq: p.seq, a: a}:
			p.seq++
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// extract runs the extractor on a, turning a panic into a skipped article.
func (p *pipeline) extract(a schema.Article) (f schema.Facts, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			p.log.Warn("extractor panicked", "article", a.ID, "panic", r)
			p.skip(&InputError{Path: a.Path, Err: fmt.Errorf("%w: article %s: panic: %v", ErrExtract, a.ID, r)})
			ok = false
		}
	}()
	f = p.x.Extract(a)
	if f.Article.ID == "" {
		f.Article = a
	}
	return f, true
}

// write stores one batch, its articles in the order they were read.
func (p *pipeline) write(ctx context.Context, batch []schema.Facts) error {
	start := time.Now()
	p.stmu.Lock()
	res, err := p.st.WriteArticles(ctx, batch)
	p.stmu.Unlock()
	if err != nil {
		return fmt.Errorf("write batch of %d articles (%s … %s): %w", len(batch), batch[0].Article.ID, batch[len(batch)-1].Article.ID, err)
	}
	events := 0
	for _, f := range batch {
		events += len(f.Events)
	}
	p.mu.Lock()
	p.sum.Stored += res.Stored
	p.sum.Unchanged += res.Unchanged
	p.sum.Quads += res.QuadsAdded
	p.sum.Events += events
	p.mu.Unlock()
	p.stored.Add(int64(res.Stored))
	p.done.Add(int64(len(batch)))
	p.log.Debug("batch written", "articles", len(batch), "stored", res.Stored, "unchanged", res.Unchanged,
		"quads_added", res.QuadsAdded, "quads_removed", res.QuadsRemoved, "took", time.Since(start))
	return nil
}
