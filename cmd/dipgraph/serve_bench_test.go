package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

// serveBenchClients is the number of concurrent clients of BenchmarkServe1M.
const serveBenchClients = 8

// servePick is what BenchmarkServe1M asks for, chosen once when its store is
// built: a busy person (the one whose meeting count is nearest 75), an
// ordinary one (the median count) and the busy person's country.
type servePick struct {
	Busy, Ordinary, Country string
	BusyN, OrdinaryN        int
}

// serve1M opens the 1M-quad store of the serve benchmark read-only, first
// writing it with `dipgraph gen --quads 1000000` when it is missing, and
// returns it with the actors to ask for. The store is kept in
// $DIPGRAPH_BENCH_DIR, else $TMPDIR/dipgraph-bench-serve-1m.
func serve1M(b *testing.B) (*graph.Store, servePick) {
	b.Helper()
	if os.Getenv("DIPGRAPH_BENCH_1M") != "1" {
		b.Skip("set DIPGRAPH_BENCH_1M=1 to load-test serve on a 1M-quad store (built once, about a minute)")
	}
	dir := os.Getenv("DIPGRAPH_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "dipgraph-bench-serve-1m")
	}
	ctx := context.Background()
	marker := filepath.Join(dir, "serve-pick.json")
	var pick servePick
	data, err := os.ReadFile(marker)
	if err != nil || json.Unmarshal(data, &pick) != nil {
		var in, out, errs bytes.Buffer
		if code := run(ctx, []string{"--db", dir, "gen", "--quads", "1000000"}, &in, &out, &errs); code != 0 {
			b.Fatalf("dipgraph gen: exit %d: %s", code, errs.String())
		}
	}
	st, err := graph.Open(ctx, graph.Options{Path: dir, ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	if pick.Busy == "" {
		if pick, err = pickServeActors(ctx, st); err != nil {
			b.Fatal(err)
		}
		data, _ := json.Marshal(pick)
		if err := os.WriteFile(marker, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return st, pick
}

// pickServeActors counts every person's meetings and picks the busy and the
// ordinary person.
func pickServeActors(ctx context.Context, st *graph.Store) (servePick, error) {
	actors, err := st.Actors(ctx, "", 0)
	if err != nil {
		return servePick{}, err
	}
	type count struct {
		a schema.Actor
		n int
	}
	var counts []count
	for _, a := range actors {
		if a.Kind != schema.KindPerson {
			continue
		}
		es, err := st.Meetings(ctx, a.IRI, graph.TimeRange{})
		if err != nil {
			return servePick{}, err
		}
		if len(es) > 0 {
			counts = append(counts, count{a, len(es)})
		}
	}
	if len(counts) == 0 {
		return servePick{}, fmt.Errorf("no person with a meeting in the store")
	}
	slices.SortFunc(counts, func(x, y count) int { return x.n - y.n })
	busy := counts[0]
	for _, c := range counts {
		if max(c.n-75, 75-c.n) < max(busy.n-75, 75-busy.n) {
			busy = c
		}
	}
	ord := counts[len(counts)/2]
	return servePick{Busy: string(busy.a.IRI), BusyN: busy.n, Ordinary: string(ord.a.IRI), OrdinaryN: ord.n,
		Country: string(busy.a.Country)}, nil
}

// BenchmarkServe1M load-tests serve's API on loopback at 1M quads: 8 clients
// send b.N requests in all, as fast as answers come, and the benchmark reports
// the median and 95th percentile latency (ms) and the requests answered per
// second. It stops by itself after b.N requests (-benchtime 400x).
func BenchmarkServe1M(b *testing.B) {
	st, pick := serve1M(b)
	cfg := Config{Backend: "bolt", QueryTimeout: 30 * time.Second, QueryLimit: 1000, QueryMemory: "1GiB", queryMemory: 1 << 30}
	s := &server{app: &app{cfg: cfg, stderr: io.Discard, log: slog.New(slog.DiscardHandler)}, st: st, loopbackOnly: true,
		names: newNameCache(nameCacheAge)}
	ts := httptest.NewServer(s.handler()) // 127.0.0.1, a free port
	defer ts.Close()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: serveBenchClients}}
	b.Logf("busy %s (%d meetings), ordinary %s (%d meetings), country %s", pick.Busy, pick.BusyN, pick.Ordinary, pick.OrdinaryN, pick.Country)
	q := url.QueryEscape
	cases := []struct{ name, path string }{
		{"WhoMet/busy", "/api/who-met?actor=" + q(pick.Busy)},
		{"WhoMet/ordinary", "/api/who-met?actor=" + q(pick.Ordinary)},
		{"Timeline/busy", "/api/timeline?actor=" + q(pick.Busy)},
		{"Timeline/ordinary", "/api/timeline?actor=" + q(pick.Ordinary)},
		{"Timeline/country-page", "/api/timeline?limit=300&actor=" + q(pick.Country)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) { loadTest(b, client, ts.URL+c.path) })
	}
}

// loadTest sends b.N GET requests to u from serveBenchClients goroutines
// and reports p50-ms, p95-ms and req/s.
func loadTest(b *testing.B, client *http.Client, u string) {
	get := func() error {
		resp, err := client.Get(u)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if _, err := io.Copy(io.Discard, resp.Body); err != nil {
			return err
		}
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("GET %s: %s", u, resp.Status)
		}
		return nil
	}
	if err := get(); err != nil { // one untimed request brings the pages in
		b.Fatal(err)
	}
	durs := make([]time.Duration, b.N)
	var next atomic.Int64
	var failed atomic.Pointer[error]
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for range serveBenchClients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int(next.Add(1)) - 1; i < b.N; i = int(next.Add(1)) - 1 {
				t0 := time.Now()
				if err := get(); err != nil {
					failed.Store(&err)
					return
				}
				durs[i] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if err := failed.Load(); err != nil {
		b.Fatal(*err)
	}
	slices.Sort(durs)
	at := func(p float64) float64 {
		return float64(durs[min(len(durs)-1, int(p*float64(len(durs))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.95), "p95-ms")
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "req/s")
	b.ReportMetric(0, "ns/op")
}
