package main

import (
	endian "encoding/binary"
	"io"
	"net"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// silentServer accepts connections and never answers, as a frozen
// PostgreSQL server does; it returns its address.
func silentServer(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var conns []net.Conn
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
	})
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			go io.Copy(io.Discard, c)
		}
	}()
	return l.Addr().String()
}

// freezingProxy forwards connections to a PostgreSQL server at target until
// the server has said it is ready for queries, then stops passing on what the
// server sends: the server seems to freeze once connected. It returns its
// address.
func freezingProxy(t *testing.T, target string) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			s, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			t.Cleanup(func() { c.Close(); s.Close() })
			go io.Copy(s, c)
			go func() {
				// Server messages: a type byte and a big-endian length that
				// counts itself. The first ReadyForQuery ('Z') ends the startup.
				head := make([]byte, 5)
				for {
					if _, err := io.ReadFull(s, head); err != nil {
						return
					}
					body := make([]byte, endian.BigEndian.Uint32(head[1:])-4)
					if _, err := io.ReadFull(s, body); err != nil {
						return
					}
					if _, err := c.Write(append(head, body...)); err != nil {
						return
					}
					if head[0] == 'Z' {
						io.Copy(io.Discard, s) // frozen from now on
						return
					}
				}
			}()
		}
	}()
	return l.Addr().String()
}

// testPostgresUnresponsive points dipgraph at a PostgreSQL server that never
// answers, and (with a real server) at one that stops answering once
// connected: each command ends with one line after its connect or statement
// timeout instead of hanging.
func testPostgresUnresponsive(t *testing.T, bin binary) {
	const slack = 20 * time.Second
	t.Run("silent server", func(t *testing.T) {
		db := "postgres://dipgraph@" + silentServer(t) + "/dipgraph?sslmode=disable"
		for _, args := range [][]string{{"stats"}, {"ingest", "-"}, {"who-met", "Lavrov"}} {
			code, errs := runWithin(t, bin, time.Second+slack,
				append([]string{"--backend", "postgres", "--db", db, "--pg-connect-timeout", "1s"}, args...)...)
			if code != exitError || len(stderrLines(errs)) != 1 ||
				!strings.Contains(errs, "did not answer within the connect timeout; it may be frozen or unreachable") {
				t.Errorf("%s: exit %d, stderr %q; want exit 1 and one line saying the server did not answer", args[0], code, errs)
			}
		}
	})
	t.Run("server frozen once connected", func(t *testing.T) {
		pg := os.Getenv("DIPGRAPH_TEST_POSTGRES_CLI")
		if pg == "" {
			t.Skip("DIPGRAPH_TEST_POSTGRES_CLI is not set: needs a PostgreSQL server to connect to")
		}
		u, err := url.Parse(pg)
		if err != nil {
			t.Fatal(err)
		}
		emptyPostgres(t, pg)
		dir := t.TempDir()
		corpus := writeCorpus(t, dir+"/corpus.jsonl", 0, 10)
		bin.must(t, "--backend", "postgres", "--db", pg, "ingest", corpus)
		u.Host = freezingProxy(t, u.Host)
		for _, args := range [][]string{{"stats"}, {"who-met", "Lavrov"}, {"ingest", corpus}} {
			code, errs := runWithin(t, bin, time.Second+5*time.Second+slack,
				append([]string{"--backend", "postgres", "--db", u.String(), "--pg-statement-timeout", "1s"}, args...)...)
			if code != exitError || len(stderrLines(errs)) != 1 ||
				!strings.Contains(errs, "sent nothing for 6s (the statement timeout and 5s); it may be frozen or unreachable") {
				t.Errorf("%s: exit %d, stderr %q; want exit 1 and one line saying the server sent nothing", args[0], code, errs)
			}
		}
	})
}
