package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

var _ Store = (*graph.Store)(nil)

// fakeExtractor makes one event per "met" in the text, optionally sleeping a
// random while first and panicking on texts containing "PANIC".
type fakeExtractor struct {
	jitter bool
	calls  atomic.Int64
}

func (x *fakeExtractor) Extract(a schema.Article) schema.Facts {
	x.calls.Add(1)
	if x.jitter {
		time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
	}
	if strings.Contains(a.Text, "PANIC") {
		panic("cannot parse " + a.ID)
	}
	f := schema.Facts{Article: a}
	for range strings.Count(a.Text, "met") {
		f.Events = append(f.Events, schema.Event{Type: schema.Meeting})
	}
	return f
}

// fakeStore keeps article hashes and records the batches written. Each
// event counts as three quads, each article as one more.
type fakeStore struct {
	mu       sync.Mutex
	hashes   map[schema.IRI]string
	texts    map[string]string // article ID → text written
	batches  [][]string        // article IDs per batch
	hashErr  error
	writeErr error // returned from the batch numbered failAt (1-based)
	failAt   int
	onWrite  func() // if set, called at the start of every WriteArticles

	// writing is set while WriteArticles runs; overlaps counts the
	// ArticleHashes calls made meanwhile, and writes at once, which Store's
	// contract forbids. hashCalls counts the ArticleHashes calls.
	writing, overlaps, hashCalls atomic.Int64
}

func newFakeStore() *fakeStore {
	return &fakeStore{hashes: map[schema.IRI]string{}, texts: map[string]string{}}
}

func (s *fakeStore) ArticleHashes(ctx context.Context, articles []schema.IRI) (map[schema.IRI]string, error) {
	s.hashCalls.Add(1)
	if s.writing.Load() > 0 {
		s.overlaps.Add(1)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.hashErr != nil {
		return nil, s.hashErr
	}
	out := make(map[schema.IRI]string)
	for _, a := range articles {
		if h, ok := s.hashes[a]; ok {
			out[a] = h
		}
	}
	return out, nil
}

func (s *fakeStore) WriteArticles(ctx context.Context, facts []schema.Facts) (graph.WriteResult, error) {
	if s.writing.Add(1) > 1 {
		s.overlaps.Add(1)
	}
	defer s.writing.Add(-1)
	if s.onWrite != nil {
		s.onWrite()
	}
	time.Sleep(200 * time.Microsecond) // a write takes a while
	s.mu.Lock()
	defer s.mu.Unlock()
	var res graph.WriteResult
	if err := ctx.Err(); err != nil {
		return res, err
	}
	if s.failAt == len(s.batches)+1 {
		return res, s.writeErr
	}
	var ids []string
	for _, f := range facts {
		ids = append(ids, f.Article.ID)
		h := schema.StoredHash(f.Article, f.Extractor)
		if s.hashes[f.Article.IRI()] == h {
			res.Unchanged++
			continue
		}
		s.hashes[f.Article.IRI()] = h
		s.texts[f.Article.ID] = f.Article.Text
		res.Stored++
		res.QuadsAdded += 1 + 3*len(f.Events)
	}
	s.batches = append(s.batches, ids)
	return res, nil
}

// articles makes n articles a00, a01, ... with one meeting each.
func articles(n int) []schema.Article {
	var as []schema.Article
	for i := range n {
		as = append(as, schema.Article{ID: fmt.Sprintf("a%02d", i), Path: fmt.Sprintf("f%02d", i),
			Text: fmt.Sprintf("Envoy %d met the minister.", i)})
	}
	return as
}

// source yields as.
func source(as []schema.Article) func(func(schema.Article) error) error {
	return func(yield func(schema.Article) error) error {
		for _, a := range as {
			if err := yield(a); err != nil {
				return err
			}
		}
		return nil
	}
}

var ignoreElapsed = cmpopts.IgnoreFields(Summary{}, "Elapsed")

func TestRun(t *testing.T) {
	tests := []struct {
		name      string
		input     []schema.Article
		prestored []schema.Article // already in the store
		o         Options
		want      Summary
		batches   []int // batch sizes written
		extracted int   // extractor calls
	}{
		{
			name:      "Batches",
			input:     articles(7),
			o:         Options{Workers: 3, BatchSize: 3},
			want:      Summary{Read: 7, Stored: 7, Events: 7, Quads: 28, Skips: map[string]int{}},
			batches:   []int{3, 3, 1},
			extracted: 7,
		},
		{
			name:      "UnchangedNotExtracted",
			input:     articles(5),
			prestored: append(articles(2), schema.Article{ID: "a02", Text: "older text"}),
			o:         Options{Workers: 2, BatchSize: 10},
			want:      Summary{Read: 5, Stored: 3, Unchanged: 2, Events: 3, Quads: 12, Skips: map[string]int{}},
			batches:   []int{3},
			extracted: 3,
		},
		{
			name:      "DuplicateIDFirstWins",
			input:     append(articles(2), schema.Article{ID: "a00", Path: "dup", Text: "Another text, met twice: met."}),
			o:         Options{Workers: 2},
			want:      Summary{Read: 3, Stored: 2, Skipped: 1, Events: 2, Quads: 8, Skips: map[string]int{"duplicate": 1}},
			batches:   []int{2},
			extracted: 2,
		},
		{
			name:      "ExtractorPanicSkipsArticle",
			input:     append(articles(3), schema.Article{ID: "b", Text: "PANIC"}),
			o:         Options{Workers: 2},
			want:      Summary{Read: 4, Stored: 3, Skipped: 1, Events: 3, Quads: 12, Skips: map[string]int{"extraction failed": 1}},
			batches:   []int{3},
			extracted: 4,
		},
		{
			name:      "MissingIDSkipped",
			input:     append(articles(1), schema.Article{Text: "No ID, but they met."}),
			o:         Options{Workers: 1},
			want:      Summary{Read: 2, Stored: 1, Skipped: 1, Events: 1, Quads: 4, Skips: map[string]int{"malformed input": 1}},
			batches:   []int{1},
			extracted: 1,
		},
		{
			name:      "Empty",
			o:         Options{},
			want:      Summary{Skips: map[string]int{}},
			extracted: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newFakeStore()
			for _, a := range tt.prestored {
				st.hashes[a.IRI()] = a.Hash()
			}
			x := &fakeExtractor{}
			var bad []*InputError
			tt.o.Bad = func(e *InputError) { bad = append(bad, e) }
			tt.o.Logger = slog.New(slog.DiscardHandler)
			got, err := Run(context.Background(), source(tt.input), x, st, tt.o)
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if diff := cmp.Diff(tt.want, got, ignoreElapsed); diff != "" {
				t.Errorf("summary (-want +got):\n%s", diff)
			}
			var sizes []int
			for _, b := range st.batches {
				sizes = append(sizes, len(b))
				if !slices.IsSorted(b) {
					t.Errorf("batch %v not sorted by ID", b)
				}
			}
			if diff := cmp.Diff(tt.batches, sizes); diff != "" {
				t.Errorf("batch sizes (-want +got):\n%s", diff)
			}
			if n := int(x.calls.Load()); n != tt.extracted {
				t.Errorf("extractor called %d times, want %d", n, tt.extracted)
			}
			if len(bad) != got.Skipped {
				t.Errorf("Bad called %d times for %d skipped", len(bad), got.Skipped)
			}
			if got.Elapsed <= 0 {
				t.Errorf("Elapsed %v, want > 0", got.Elapsed)
			}
		})
	}
}

func TestRun_DuplicateKeepsFirst(t *testing.T) {
	st := newFakeStore()
	in := []schema.Article{{ID: "x", Text: "first"}, {ID: "x", Text: "second"}}
	if _, err := Run(context.Background(), source(in), &fakeExtractor{}, st, Options{Workers: 4}); err != nil {
		t.Fatal(err)
	}
	if st.texts["x"] != "first" {
		t.Errorf("stored %q, want the first article read", st.texts["x"])
	}
}

func TestRun_SecondRunUnchanged(t *testing.T) {
	st := newFakeStore()
	in := articles(20)
	if _, err := Run(context.Background(), source(in), &fakeExtractor{}, st, Options{BatchSize: 6}); err != nil {
		t.Fatal(err)
	}
	x := &fakeExtractor{}
	got, err := Run(context.Background(), source(in), x, st, Options{BatchSize: 6})
	if err != nil {
		t.Fatal(err)
	}
	want := Summary{Read: 20, Unchanged: 20, Skips: map[string]int{}}
	if diff := cmp.Diff(want, got, ignoreElapsed); diff != "" {
		t.Errorf("second run (-want +got):\n%s", diff)
	}
	if x.calls.Load() != 0 || len(st.batches) != 4 {
		t.Errorf("second run extracted %d articles and wrote %d batches in all, want 0 and the first run's 4", x.calls.Load(), len(st.batches))
	}
}

// versionedExtractor is fakeExtractor with a rules version, as
// extract.Extractor has.
type versionedExtractor struct {
	fakeExtractor
	version string
}

func (x *versionedExtractor) Version() string { return x.version }

func (x *versionedExtractor) Extract(a schema.Article) schema.Facts {
	f := x.fakeExtractor.Extract(a)
	f.Extractor = x.version
	return f
}

// TestRun_NewRulesReread checks that articles stored by another version of
// the extraction rules are read again, so an upgrade refreshes their facts,
// and that the same version still skips them.
func TestRun_NewRulesReread(t *testing.T) {
	st := newFakeStore()
	in := articles(10)
	if _, err := Run(context.Background(), source(in), &versionedExtractor{version: "v1"}, st, Options{BatchSize: 4}); err != nil {
		t.Fatal(err)
	}
	x := &versionedExtractor{version: "v2"}
	got, err := Run(context.Background(), source(in), x, st, Options{BatchSize: 4})
	if err != nil {
		t.Fatal(err)
	}
	if got.Stored != 10 || got.Unchanged != 0 || x.calls.Load() != 10 {
		t.Errorf("new rules: stored %d, unchanged %d, extracted %d; want 10, 0, 10", got.Stored, got.Unchanged, x.calls.Load())
	}
	again := &versionedExtractor{version: "v2"}
	got, err = Run(context.Background(), source(in), again, st, Options{BatchSize: 4})
	if err != nil {
		t.Fatal(err)
	}
	if got.Unchanged != 10 || again.calls.Load() != 0 {
		t.Errorf("same rules again: unchanged %d, extracted %d; want 10, 0", got.Unchanged, again.calls.Load())
	}
}

// TestRun_ExtractsWhileWriting checks that the workers extract the next batch
// while a batch is written: the first write waits until the whole second
// batch has been extracted (a pipeline that writes in line with the
// extraction never gets there and the write gives up).
func TestRun_ExtractsWhileWriting(t *testing.T) {
	const batch = 10
	x := &fakeExtractor{}
	st := newFakeStore()
	var first sync.Once
	reached := false
	st.onWrite = func() {
		first.Do(func() {
			for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
				if x.calls.Load() >= 2*batch {
					reached = true
					return
				}
			}
		})
	}
	sum, err := Run(context.Background(), source(articles(3*batch)), x, st, Options{Workers: 1, BatchSize: batch})
	if err != nil {
		t.Fatal(err)
	}
	if !reached {
		t.Errorf("during the first write only %d articles were extracted; want the second batch too (%d)", x.calls.Load(), 2*batch)
	}
	if sum.Stored != 3*batch {
		t.Errorf("stored %d, want %d", sum.Stored, 3*batch)
	}
}

// TestRun_HashLookupsBatched checks that the stored hashes are looked up a
// chunk of articles at a time, not article by article.
func TestRun_HashLookupsBatched(t *testing.T) {
	tests := []struct {
		name  string
		input int // articles
		want  int64
	}{
		{name: "OneChunk", input: 20, want: 1},
		{name: "ExactChunks", input: 2 * hashChunk, want: 2},
		{name: "PartialLastChunk", input: 2*hashChunk + 1, want: 3},
		{name: "Nothing", input: 0, want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := make([]schema.Article, tt.input)
			for i := range in {
				in[i] = schema.Article{ID: fmt.Sprintf("a%04d", i), Text: "They met."}
			}
			st := newFakeStore()
			for _, a := range in[:tt.input/2] {
				st.hashes[a.IRI()] = a.Hash()
			}
			sum, err := Run(context.Background(), source(in), &fakeExtractor{}, st, Options{Workers: 2, BatchSize: 50})
			if err != nil {
				t.Fatal(err)
			}
			if got := st.hashCalls.Load(); got != tt.want {
				t.Errorf("%d ArticleHashes calls for %d articles, want %d", got, tt.input, tt.want)
			}
			if sum.Unchanged != tt.input/2 || sum.Stored != tt.input-tt.input/2 {
				t.Errorf("summary %+v: want %d unchanged, %d stored", sum, tt.input/2, tt.input-tt.input/2)
			}
			if n := st.overlaps.Load(); n > 0 {
				t.Errorf("%d hash checks or writes overlapped a write", n)
			}
		})
	}
}

func TestRun_OrderIndependent(t *testing.T) {
	in := articles(60)
	var first map[string]string
	var firstSum Summary
	for _, workers := range []int{1, 2, 5} {
		st := newFakeStore()
		sum, err := Run(context.Background(), source(in), &fakeExtractor{jitter: true}, st, Options{Workers: workers, BatchSize: 7})
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first, firstSum = st.texts, sum
			continue
		}
		if n := st.overlaps.Load(); n > 0 {
			t.Errorf("workers %d: %d hash checks or writes ran during a write", workers, n)
		}
		if diff := cmp.Diff(first, st.texts); diff != "" {
			t.Errorf("workers %d: stored articles differ (-1 worker +%d):\n%s", workers, workers, diff)
		}
		if diff := cmp.Diff(firstSum, sum, ignoreElapsed); diff != "" {
			t.Errorf("workers %d: summary differs:\n%s", workers, diff)
		}
	}
	if len(first) != 60 {
		t.Errorf("stored %d articles, want 60", len(first))
	}
}

// TestRun_WritesInReadOrder: whatever order the workers finish in, the
// articles reach the store in the order they were read (an article the
// extractor gives up on leaves no gap), so that a store that resolves
// persons and events from the articles written before does the same on
// every run.
func TestRun_WritesInReadOrder(t *testing.T) {
	in := articles(60)
	in[13].Text = "PANIC"
	var want []string
	for _, a := range in {
		if a.Text != "PANIC" {
			want = append(want, a.ID)
		}
	}
	for _, workers := range []int{1, 2, 5} {
		st := newFakeStore()
		if _, err := Run(context.Background(), source(in), &fakeExtractor{jitter: true}, st, Options{Workers: workers, BatchSize: 7}); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, b := range st.batches {
			got = append(got, b...)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("workers %d: articles written (-read order +written):\n%s", workers, diff)
		}
	}
}

func TestRun_Errors(t *testing.T) {
	errStore := errors.New("disk full")
	errSrc := errors.New("source broke")
	tests := []struct {
		name   string
		src    func(func(schema.Article) error) error
		setup  func(*fakeStore)
		want   error
		stored int
	}{
		{name: "WriteError", src: source(articles(10)), setup: func(s *fakeStore) { s.failAt, s.writeErr = 2, errStore }, want: errStore, stored: 4},
		{name: "HashError", src: source(articles(3)), setup: func(s *fakeStore) { s.hashErr = errStore }, want: errStore},
		{
			name: "SourceError",
			src: func(yield func(schema.Article) error) error {
				if err := source(articles(2))(yield); err != nil {
					return err
				}
				return errSrc
			},
			want: errSrc,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := newFakeStore()
			if tt.setup != nil {
				tt.setup(st)
			}
			got, err := Run(context.Background(), tt.src, &fakeExtractor{}, st, Options{Workers: 1, BatchSize: 4})
			if !errors.Is(err, tt.want) {
				t.Fatalf("Run: err %v, want %v", err, tt.want)
			}
			if got.Stored != tt.stored {
				t.Errorf("stored %d, want %d", got.Stored, tt.stored)
			}
		})
	}
}

func TestRun_Cancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	endless := func(yield func(schema.Article) error) error {
		for i := 0; ; i++ {
			if err := yield(schema.Article{ID: fmt.Sprint(i), Text: "They met."}); err != nil {
				return err
			}
		}
	}
	x := &cancellingExtractor{after: 50, cancel: cancel}
	done := make(chan struct{})
	var sum Summary
	var err error
	go func() {
		defer close(done)
		sum, err = Run(ctx, endless, x, newFakeStore(), Options{Workers: 2, BatchSize: 10})
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after the context was cancelled")
	}
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run: err %v, want context.Canceled", err)
	}
	if sum.Read < 50 {
		t.Errorf("read %d articles before cancel, want at least 50", sum.Read)
	}
}

// cancellingExtractor cancels a context on its after-th call.
type cancellingExtractor struct {
	fakeExtractor
	after  int64
	cancel context.CancelFunc
}

func (x *cancellingExtractor) Extract(a schema.Article) schema.Facts {
	if x.calls.Load()+1 == x.after {
		x.cancel()
	}
	return x.fakeExtractor.Extract(a)
}

func TestRunFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", bodyOslo)
	writeFile(t, dir, "b.jsonl", `{"text": "They met."}`+"\n"+`{"text": 3}`+"\n"+`{"text": "They met again."}`+"\n")
	writeFile(t, dir, "c.txt", "")
	writeFile(t, dir, "d.png", "\x89PNG\r\n\x1a\n\x00")
	var progress bytes.Buffer
	var bad []string
	o := Options{Workers: 2, Progress: &progress, Bad: func(e *InputError) { bad = append(bad, e.Error()) }}
	got, err := RunFiles(context.Background(), []string{dir}, nil, ReadOptions{}, &fakeExtractor{}, newFakeStore(), o)
	if err != nil {
		t.Fatal(err)
	}
	want := Summary{Read: 3, Stored: 3, Skipped: 3, Events: 3, Quads: 12,
		Skips: map[string]int{"empty input": 1, "binary data": 1, "wrong field type": 1}}
	if diff := cmp.Diff(want, got, ignoreElapsed); diff != "" {
		t.Errorf("summary (-want +got):\n%s\nbad: %v", diff, bad)
	}
	if len(bad) != 3 {
		t.Errorf("bad inputs %v, want 3", bad)
	}
	out := progress.String()
	if !strings.HasPrefix(out, "\r") || !strings.HasSuffix(out, "\n") || !strings.Contains(out, "read 3") || !strings.Contains(out, "stored 3") {
		t.Errorf("progress output %q: want \\r-redrawn lines ending in a newline with the counts", out)
	}
}

func TestCount(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.txt", bodyOslo)
	writeFile(t, dir, "b.jsonl", "{}\n\n  \n{}\r\n{}")
	writeFile(t, dir, "c/d.html", "<html></html>")
	writeFile(t, dir, "e", `{"text": "a"}`+"\n"+`{"text": "b"}`+"\n")
	n, err := Count(context.Background(), []string{dir, "-"}, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if n != 7 {
		t.Errorf("Count = %d, want 7", n)
	}
}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		name                     string
		read, done, stored, totl int64
		elapsed                  time.Duration
		want                     string
	}{
		{name: "NoTotal", read: 10, done: 8, stored: 6, elapsed: 2 * time.Second, want: "read 10  stored 6  4 articles/s"},
		{name: "ETA", read: 10, done: 10, stored: 10, totl: 100, elapsed: 5 * time.Second, want: "read 10/100  stored 10  2 articles/s  ETA 45s"},
		{name: "NothingYet", totl: 100, want: "read 0/100  stored 0  0 articles/s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPipeline(&fakeExtractor{}, newFakeStore(), Options{})
			p.read.Store(tt.read)
			p.done.Store(tt.done)
			p.stored.Store(tt.stored)
			p.total.Store(tt.totl)
			if got := p.progressLine(tt.elapsed); got != tt.want {
				t.Errorf("progressLine = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSummary_Rate(t *testing.T) {
	tests := []struct {
		name  string
		input Summary
		want  float64
	}{
		{name: "Rate", input: Summary{Read: 50, Elapsed: 2 * time.Second}, want: 25},
		{name: "NoTime", input: Summary{Read: 50}, want: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.input.Rate(); got != tt.want {
				t.Errorf("Rate() = %v, want %v", got, tt.want)
			}
		})
	}
}

// BenchmarkRun measures the pipeline's own overhead: 5,000 small articles
// through a no-op extractor into the fake store.
func BenchmarkRun(b *testing.B) {
	in := make([]schema.Article, 5000)
	for i := range in {
		in[i] = schema.Article{ID: fmt.Sprint(i), Text: "The envoys met."}
	}
	b.ReportAllocs()
	for b.Loop() {
		sum, err := Run(context.Background(), source(in), &fakeExtractor{}, newFakeStore(), Options{})
		if err != nil || sum.Stored != len(in) {
			b.Fatalf("Run: %+v, %v", sum, err)
		}
	}
}
