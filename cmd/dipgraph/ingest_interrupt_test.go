package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// streamingIngest is an ingest reading JSON Lines from a pipe, with its debug
// log read line by line.
type streamingIngest struct {
	t     *testing.T
	stdin io.WriteCloser
	log   chan string // stderr lines; closed at the end
	out   *strings.Builder
	done  chan error
	// signal sends a signal to the process.
	signal func(os.Signal) error
}

func startStreamingIngest(t *testing.T, bin binary, db string) *streamingIngest {
	t.Helper()
	cmd := bin.command("--db", db, "--log-level", "debug", "ingest", "--input-format", "jsonl", "-")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	s := &streamingIngest{t: t, stdin: stdin, log: make(chan string, 1000), out: &strings.Builder{}, done: make(chan error, 1)}
	cmd.Stdout = s.out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			s.log <- sc.Text()
		}
		close(s.log)
		s.done <- cmd.Wait()
	}()
	s.signal = cmd.Process.Signal
	return s
}

// write sends articles from to to (exclusive) of the test corpus.
func (s *streamingIngest) write(from, to int) {
	s.t.Helper()
	for i := from; i < to; i++ {
		b, _ := json.Marshal(corpusArticle(i))
		if _, err := s.stdin.Write(append(b, '\n')); err != nil {
			s.t.Fatal(err)
		}
	}
}

// waitFor reads the log until n lines containing want were seen; it fails
// the test if that does not happen within a minute (it happens within
// seconds). It returns the lines read.
func (s *streamingIngest) waitFor(want string, n int) []string {
	s.t.Helper()
	var lines []string
	deadline := time.After(time.Minute)
	for seen := 0; seen < n; {
		select {
		case l, ok := <-s.log:
			if !ok {
				s.t.Fatalf("ingest ended before %d log lines with %q:\n%s", n, want, strings.Join(lines, "\n"))
			}
			lines = append(lines, l)
			if strings.Contains(l, want) {
				seen++
			}
		case <-deadline:
			s.t.Fatalf("no %d log lines with %q within a minute:\n%s", n, want, strings.Join(lines, "\n"))
		}
	}
	return lines
}

// testIngestInterrupted streams articles into an ingest: a slow stream is
// stored a second after it comes, not when 500 articles have come, and
// SIGINT or SIGTERM stores what was read, prints the summary and exits
// 130 or 143.
func testIngestInterrupted(t *testing.T, bin binary) {
	t.Run("slow stdin is stored on time", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "db")
		s := startStreamingIngest(t, bin, db)
		s.write(0, 3)
		s.waitFor(`msg="batch written" articles=3`, 1)
		// Killed: only what was committed survives.
		if err := s.signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		for range s.log {
		}
		<-s.done
		if n := articleCount(t, "--db", db); n != 3 {
			t.Errorf("%d articles stored, want 3", n)
		}
	})
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(signalName(sig)+" keeps the work read", func(t *testing.T) {
			db := filepath.Join(t.TempDir(), "db")
			s := startStreamingIngest(t, bin, db)
			s.write(0, 5)
			s.waitFor(`msg="extracted facts"`, 5)
			if err := s.signal(sig); err != nil {
				t.Fatal(err)
			}
			var rest []string
			for l := range s.log {
				rest = append(rest, l)
			}
			err := <-s.done
			if code := exitStatus(err); code != 128+int(sig) {
				t.Errorf("exit status %d (%v), want %d", code, err, 128+int(sig))
			}
			if want := "stored:             5\n"; !strings.Contains(s.out.String(), want) {
				t.Errorf("summary lacks %q:\n%s", want, s.out.String())
			}
			want := fmt.Sprintf("dipgraph: ingest stopped early (interrupted by %s): every article read was stored", signalName(sig))
			if len(rest) == 0 || rest[len(rest)-1] != want {
				t.Errorf("last stderr line is not %q:\n%s", want, strings.Join(rest, "\n"))
			}
			if n := articleCount(t, "--db", db); n != 5 {
				t.Errorf("%d articles stored, want 5", n)
			}
		})
	}
}

// exitStatus is the exit status in a Wait error: 0 for nil, -1 if unknown.
func exitStatus(err error) int {
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit):
		return exit.ExitCode()
	}
	return -1
}
