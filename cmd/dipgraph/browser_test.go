package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath finds a Chromium to drive: $DIPGRAPH_TEST_CHROMIUM, else
// Debian's chromium on the PATH ("" when there is none).
func chromiumPath() string {
	if p := os.Getenv("DIPGRAPH_TEST_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// TestServeBrowser starts serve on a free loopback port against a store of
// the sample articles (testdata/articles), loads the page in headless
// Chromium, searches an actor as a user would (types the name, presses
// Show), and checks the rendered timeline, the evidence and source of one
// event, and a move of focus through the network; it saves a screenshot in
// the test's temporary directory (and in $DIPGRAPH_TEST_SCREENSHOT_DIR when
// set).
func TestServeBrowser(t *testing.T) {
	browser := chromiumPath()
	if browser == "" {
		t.Skip("no Chromium found (install Debian's chromium, or set DIPGRAPH_TEST_CHROMIUM): the browser test is skipped")
	}
	articles, err := filepath.Abs(filepath.Join("..", "..", "testdata", "articles"))
	if err != nil {
		t.Fatal(err)
	}
	copyDir := os.Getenv("DIPGRAPH_TEST_SCREENSHOT_DIR") // isolate clears it
	isolate(t)
	db := []string{"--db", filepath.Join(t.TempDir(), "db")}
	mustCLI(t, append(db, "ingest", articles)...)
	u, _, stop := startServe(t, append(db, "serve", "--addr", "127.0.0.1:0")...)
	defer stop()

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(browser), chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true), chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1400, 1000),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("Chromium at %s: %s: %v", u, what, err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(sel))
		if err != nil {
			t.Fatalf("Chromium at %s: text of %s: %v", u, sel, err)
		}
		return s
	}
	do("search Lula", chromedp.Navigate(u), chromedp.WaitVisible("#search"),
		chromedp.SendKeys("#search", "Lula"), chromedp.Click("#search-form button"),
		chromedp.WaitVisible("#events li"))
	focus, timeline := text("#focus-name"), text("#events")
	// past the search box's 200 ms wait: a search typed before Show must not
	// open the list of actors again over the focus
	if _, err := chromedp.Run(ctx, chromedp.Sleep(400*time.Millisecond)); err != nil {
		t.Fatal(err)
	}
	if hidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.getElementById("results").hidden`)); err != nil || !hidden {
		t.Errorf("after Show, the search's list of actors is open again (%v)", err)
	}
	do("open the meeting with Petro", chromedp.Click(`#events li[data-iri*="gustavo-petro"]`),
		chromedp.WaitVisible("#detail blockquote"))
	detail := text("#detail")
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	do("move the focus to Petro", chromedp.Click(`#network g[data-name="Gustavo Petro"] circle`),
		chromedp.WaitNotPresent(`#network g[data-name="Gustavo Petro"]`))
	network := text("#network-section")
	if focus != "Luiz Inácio Lula da Silva" {
		t.Errorf("searching Lula focuses on %q", focus)
	}
	for _, want := range []string{
		"2023-09-17", "visits United States", // the visit, before the meetings of the same week
		"2023-09-20", "meeting with Gustavo Petro", "meeting with Joe Biden", "meeting with Volodymyr Zelensky",
		"2024-03-19", "telephone call with Xi Jinping",
		"planned", // the face-to-face meeting still to come
	} {
		if !strings.Contains(timeline, want) {
			t.Errorf("the rendered timeline lacks %q:\n%s", want, timeline)
		}
	}
	if strings.Index(timeline, "2023-09-17") > strings.Index(timeline, "2023-09-20") {
		t.Errorf("the timeline is not in date order:\n%s", timeline)
	}
	for _, want := range []string{"sat down with Colombian President Gustavo Petro", "Lula meets Zelensky, Biden and Petro at the United Nations", "07-lula-unga-sidelines"} {
		if !strings.Contains(detail, want) {
			t.Errorf("the event's detail lacks %q:\n%s", want, detail)
		}
	}
	if !strings.Contains(network, "Luiz Inácio Lula da Silva") {
		t.Errorf("after a click on Petro's node, his network lacks Lula:\n%s", network)
	}
	// With a token: the page opened with ?token= loads its API calls through
	// the cookie the server sets, and the token leaves the address bar.
	tu, _, stopToken := startServe(t, append(db, "serve", "--addr", "127.0.0.1:0", "--token", "s3cret")...)
	defer stopToken()
	do("open the page with a token", chromedp.Navigate(tu+"?token=s3cret&actor=Lula"), chromedp.WaitVisible("#events li"))
	if got := text("#focus-name"); got != "Luiz Inácio Lula da Silva" {
		t.Errorf("with a token, the page focuses on %q", got)
	}
	here, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || strings.Contains(here, "s3cret") {
		t.Errorf("the address keeps the token: %s (%v)", here, err)
	}

	path := filepath.Join(t.TempDir(), "serve.png")
	if err := os.WriteFile(path, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", path, len(shot))
	if copyDir != "" {
		if err := os.WriteFile(filepath.Join(copyDir, "serve.png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
