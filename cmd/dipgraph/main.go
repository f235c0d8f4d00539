// Command dipgraph turns news about diplomacy into a knowledge graph and
// answers relationship and timeline questions from it.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// signalGrace is how long a command may take to stop after SIGINT or SIGTERM
// (an ingest finishing its batch) before the process ends regardless.
const signalGrace = 10 * time.Second

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := (<-sigs).(syscall.Signal)
		// A second signal ends the process at once, as it would without dipgraph.
		signal.Stop(sigs)
		cancel(&interrupted{sig: sig})
		time.Sleep(signalGrace)
		fmt.Fprintf(os.Stderr, "dipgraph: %s: did not stop within %s; ended\n", signalName(sig), signalGrace)
		os.Exit(128 + int(sig))
	}()
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	os.Exit(code)
}
