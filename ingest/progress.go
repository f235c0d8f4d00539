package ingest

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// progressEvery is how often the progress line is redrawn.
const progressEvery = 250 * time.Millisecond

// progress starts redrawing the progress line on o.Progress and returns a
// function that draws the final line, ends it with a newline and stops. The
// returned function may be called more than once.
func (p *pipeline) progress() (stop func()) {
	if p.o.Progress == nil {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	width := 0
	draw := func() {
		line := p.progressLine(time.Since(p.start))
		pad := ""
		if n := width - len(line); n > 0 {
			pad = strings.Repeat(" ", n)
		}
		width = len(line)
		fmt.Fprint(p.o.Progress, "\r"+line+pad)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(progressEvery)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				draw()
			case <-done:
				draw()
				fmt.Fprintln(p.o.Progress)
				return
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			close(done)
			wg.Wait()
		})
	}
}

// progressLine formats the counters: articles read, stored, processed per
// second and, when the total is known, the ETA.
func (p *pipeline) progressLine(elapsed time.Duration) string {
	read, done, stored, total := p.read.Load(), p.done.Load(), p.stored.Load(), p.total.Load()
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(done) / s
	}
	line := fmt.Sprintf("read %d  stored %d  %.0f articles/s", read, stored, rate)
	if total > 0 {
		line = fmt.Sprintf("read %d/%d  stored %d  %.0f articles/s", read, total, stored, rate)
		if rate > 0 {
			left := max(total-done, 0)
			eta := time.Duration(float64(left) / rate * float64(time.Second)).Round(time.Second)
			line += "  ETA " + eta.String()
		}
	}
	return line
}
