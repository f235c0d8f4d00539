package main

import (
	"bytes"
	"context"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for a command writing while a test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var serveURLRe = regexp.MustCompile(`dipgraph: serving (http://\S+/) `)

// startServe runs `dipgraph ARGS... serve SERVEARGS...` in-process until the
// test ends; it returns the URL from the startup line, stderr, and a stop
// function that ends serve as Ctrl-C would and returns its exit code.
func startServe(t *testing.T, args ...string) (string, *syncBuffer, func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout bytes.Buffer
	stderr := &syncBuffer{}
	done := make(chan int, 1)
	go func() { done <- run(ctx, args, strings.NewReader(""), &stdout, stderr) }()
	stop := func() int {
		cancel()
		select {
		case code := <-done:
			return code
		case <-time.After(30 * time.Second):
			t.Fatal("serve did not stop within 30s of its context's end")
			return -1
		}
	}
	t.Cleanup(func() { cancel() })
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if m := serveURLRe.FindStringSubmatch(stderr.String()); m != nil {
			return m[1], stderr, stop
		}
		select {
		case code := <-done:
			t.Fatalf("serve ended with exit %d before serving:\n%s", code, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	t.Fatalf("serve printed no startup line within 30s:\n%s", stderr.String())
	return "", nil, nil
}

// TestServeCommand starts serve on a free loopback port, reads its startup
// line, fetches the page and an endpoint, and stops it as Ctrl-C would.
func TestServeCommand(t *testing.T) {
	db := serveStore(t)
	u, stderr, stop := startServe(t, append(db, "serve", "--addr", "127.0.0.1:0")...)
	if !strings.HasPrefix(u, "http://127.0.0.1:") || !strings.Contains(stderr.String(), "read-only); Ctrl-C stops") {
		t.Errorf("startup line: %s", stderr.String())
	}
	for path, want := range map[string]string{"/api/stats": `"events_by_type"`, "/": "<title>dipgraph"} {
		resp, err := http.Get(u + strings.TrimPrefix(path, "/"))
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		b.ReadFrom(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(b.String(), want) {
			t.Errorf("GET %s: status %d, body lacks %q:\n%s", path, resp.StatusCode, want, b.String())
		}
	}
	if code := stop(); code != exitOK || !strings.Contains(stderr.String(), "dipgraph: stopped serving") {
		t.Errorf("stop: exit %d\n%s", code, stderr.String())
	}
}

// TestServeAddress: an address other machines can reach needs
// --allow-remote, and then serve warns; a token from the environment is
// required on every request and never printed by config.
func TestServeAddress(t *testing.T) {
	db := serveStore(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"all interfaces", []string{"--addr", ":0"}, "dipgraph: --addr :0 can be reached from other machines: add --allow-remote (and set --token) to serve them\n"},
		{"a public address", []string{"--addr", "0.0.0.0:8080"}, "dipgraph: --addr 0.0.0.0:8080 can be reached from other machines"},
		{"no port", []string{"--addr", "127.0.0.1"}, `dipgraph: --addr "127.0.0.1": want HOST:PORT`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := cli(t, "", append(append(db, "serve"), tt.args...)...)
			if code != exitUsage || !strings.HasPrefix(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, errs, tt.want)
			}
		})
	}

	t.Setenv("DIPGRAPH_SERVE_TOKEN", "t0ken")
	if out := mustCLI(t, append(db, "config")...); strings.Contains(out, "t0ken") || !strings.Contains(out, "serve-token") {
		t.Errorf("config prints the token or lacks its key:\n%s", out)
	}
	u, stderr, stop := startServe(t, append(db, "serve", "--addr", "0.0.0.0:0", "--allow-remote")...)
	if !regexp.MustCompile(`dipgraph: warning: \S+:\d+ can be reached from other machines\n`).MatchString(stderr.String()) {
		t.Errorf("no warning for a remote address:\n%s", stderr.String())
	}
	for token, want := range map[string]int{"": http.StatusUnauthorized, "t0ken": http.StatusOK} {
		req, _ := http.NewRequest(http.MethodGet, u+"api/stats", nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("token %q: status %d, want %d", token, resp.StatusCode, want)
		}
	}
	stop()
}

// TestServeTimeouts: the server bounds reading a request's headers, writing
// its answer (a minute past the query timeout) and idle connections.
func TestServeTimeouts(t *testing.T) {
	srv := newHTTPServer(http.NotFoundHandler(), 30*time.Second)
	if srv.ReadHeaderTimeout <= 0 || srv.WriteTimeout != 90*time.Second || srv.IdleTimeout <= 0 {
		t.Errorf("read header %s, write %s, idle %s: want all bounded, write 90s", srv.ReadHeaderTimeout, srv.WriteTimeout, srv.IdleTimeout)
	}
}
