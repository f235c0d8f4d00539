package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

// serveFixture is an article of the serve tests: two ministers who share a
// surname, so that a surname alone is ambiguous.
const serveFixture = `title: Two ministers named Moreau sign a fisheries note
published: 2024-05-10
source: dipgraph test fixture

DAKAR, May 10 (Wire) - Senegalese Fisheries Minister Awa Moreau met Belgian Foreign Minister Paul Moreau in Dakar on Thursday to sign a note on fishing licences.
`

// serveStore ingests the end-to-end fixtures and the serve fixture into a
// bolt store and returns the --db arguments.
func serveStore(t *testing.T) []string {
	t.Helper()
	isolate(t)
	return serveStoreIn(t, []string{"--db", filepath.Join(t.TempDir(), "db")})
}

// serveStoreIn ingests the fixtures into the store the arguments name
// (--db, and --backend when not bolt) and returns them.
func serveStoreIn(t *testing.T, db []string) []string {
	t.Helper()
	dir := writeFixtures(t)
	if err := os.WriteFile(filepath.Join(dir, "dakar.txt"), []byte(serveFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	mustCLI(t, append(db, "ingest", dir)...)
	return db
}

// storeOptions reads the store the arguments name: --db and --backend.
func storeOptions(db []string) graph.Options {
	o := graph.Options{Backend: "bolt", ReadOnly: true}
	for i := 0; i+1 < len(db); i += 2 {
		switch db[i] {
		case "--db":
			o.Path = db[i+1]
		case "--backend":
			o.Backend = db[i+1]
		}
	}
	return o
}

// testServer opens the store read-only and returns an httptest server of
// its API, with the configuration's bounds changed by tune.
func testServer(t *testing.T, db []string, tune func(s *server)) *httptest.Server {
	t.Helper()
	o := storeOptions(db)
	st, err := graph.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	cfg := Config{Backend: o.Backend, DB: o.Path, QueryTimeout: 30 * time.Second, QueryLimit: 1000, QueryMemory: "1GiB", queryMemory: 1 << 30}
	s := &server{app: &app{cfg: cfg, stderr: io.Discard, log: slog.New(slog.DiscardHandler)}, st: st, loopbackOnly: true,
		names: newNameCache(time.Hour)}
	if tune != nil {
		tune(s)
	}
	ts := httptest.NewServer(s.handler())
	t.Cleanup(ts.Close)
	return ts
}

// get fetches path from ts and returns the status, headers and body.
func get(t *testing.T, ts *httptest.Server, path string, header ...string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, ts.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := ts.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

// TestServeDocuments: every endpoint returns byte for byte what the command
// of the same name prints with --format json, on bolt and (when CI starts
// one) PostgreSQL.
func TestServeDocuments(t *testing.T) {
	for name, store := range backends(t) {
		t.Run(name, func(t *testing.T) { testServeDocuments(t, serveStoreIn(t, isolatedStore(t, name, store))) })
	}
}

func testServeDocuments(t *testing.T, db []string) {
	ts := testServer(t, db, nil)
	var evs []eventView
	if err := json.Unmarshal([]byte(mustCLI(t, append(db, "who-met", "Eide", "--format", "json")...)), &evs); err != nil || len(evs) != 1 {
		t.Fatalf("who-met Eide: %v %+v", err, evs)
	}
	tests := []struct {
		name string
		path string
		cli  []string
	}{
		{"actors", "/api/actors?q=klaveren", []string{"actors", "klaveren"}},
		{"all actors", "/api/actors", []string{"actors"}},
		{"who-met", "/api/who-met?actor=Eide", []string{"who-met", "Eide"}},
		{"who-met in a range", "/api/who-met?actor=Eide&from=2025", []string{"who-met", "Eide", "--from", "2025"}},
		{"timeline by status", "/api/timeline?actor=Eide&status=occurred", []string{"timeline", "Eide", "--status", "occurred"}},
		{"planned visits", "/api/visits?status=planned", []string{"visits", "--status", "planned"}},
		{"visits", "/api/visits?actor=Norway", []string{"visits", "Norway"}},
		{"all visits", "/api/visits", []string{"visits"}},
		{"gatherings", "/api/gatherings?place=Nairobi&from=2025-03&to=2025-03", []string{"gatherings", "--place", "Nairobi", "--from", "2025-03", "--to", "2025-03"}},
		{"timeline", "/api/timeline?actor=" + url.QueryEscape("Alberto van Klaveren"), []string{"timeline", "Alberto van Klaveren"}},
		{"path", "/api/path?a=Eide&b=Norway", []string{"path", "Eide", "Norway"}},
		{"path with max-hops", "/api/path?a=Eide&b=" + url.QueryEscape("van Klaveren") + "&max-hops=2", []string{"path", "Eide", "van Klaveren", "--max-hops", "2"}},
		{"stats", "/api/stats", []string{"stats"}},
		{"pairs", "/api/pairs", []string{"pairs"}},
		{"pairs by country per year", "/api/pairs?by=country&per=year&status=occurred", []string{"pairs", "--by", "country", "--per", "year", "--status", "occurred"}},
		{"pairs of an actor by type", "/api/pairs?actor=Eide&type=meeting,visit", []string{"pairs", "Eide", "--type", "meeting,visit"}},
		{"pairs with a country in a range", "/api/pairs?with=Chile&from=2024-03&to=2024-03", []string{"pairs", "--with", "Chile", "--from", "2024-03", "--to", "2024-03"}},
		{"who-met with filters", "/api/who-met?actor=Eide&with=Chile&kind=person&mode=in_person,video", []string{"who-met", "Eide", "--with", "Chile", "--kind", "person", "--mode", "in_person,video"}},
		{"visits of a kind with a country", "/api/visits?kind=country&with=Chile", []string{"visits", "--kind", "country", "--with", "Chile"}},
		{"timeline with overlap", "/api/timeline?actor=Eide&from=2024-03-13&to=2024-03-13&overlap=true", []string{"timeline", "Eide", "--from", "2024-03-13", "--to", "2024-03-13", "--overlap"}},
		{"gatherings with overlap given bare", "/api/gatherings?from=2025-03&to=2025-03&overlap", []string{"gatherings", "--from", "2025-03", "--to", "2025-03", "--overlap"}},
		{"actors of a kind with events", "/api/actors?kind=person&with-events=true", []string{"actors", "--kind", "person", "--with-events"}},
		{"path via countries", "/api/path?a=Eide&b=Norway&via-countries=true", []string{"path", "Eide", "Norway", "--via-countries"}},
		{"event by escaped IRI", "/api/events/" + url.PathEscape(evs[0].IRI), []string{"event", evs[0].IRI}},
		{"event by short IRI", "/api/events/" + strings.TrimPrefix(evs[0].IRI, "https://dipgraph.org/id/"), []string{"event", evs[0].IRI}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := mustCLI(t, append(append(db, tt.cli...), "--format", "json")...)
			code, h, body := get(t, ts, tt.path)
			if code != http.StatusOK || h.Get("Content-Type") != "application/json" {
				t.Fatalf("GET %s: status %d, type %q\n%s", tt.path, code, h.Get("Content-Type"), body)
			}
			if body != want {
				t.Errorf("GET %s differs from dipgraph %s --format json:\n got: %s\nwant: %s", tt.path, strings.Join(tt.cli, " "), body, want)
			}
		})
	}
}

// TestServeErrors: bad parameters, unknown and ambiguous names and
// requests the server refuses are JSON errors with the command line's
// message and an HTTP status.
func TestServeErrors(t *testing.T) {
	db := serveStore(t)
	ts := testServer(t, db, nil)
	tests := []struct {
		name       string
		path       string
		status     int
		want       string
		candidates string // a name the candidates must hold
	}{
		{"unknown parameter", "/api/who-met?actor=Eide&form=2024", 400, `unknown parameter "form": want actor, from, to, overlap, status, with, kind, mode, limit, offset`, ""},
		{"bad status", "/api/gatherings?status=held", 400, `--status "held": want occurred, planned, cancelled`, ""},
		{"repeated parameter", "/api/who-met?actor=Eide&actor=Moreau", 400, `parameter "actor" given 2 times`, ""},
		{"missing actor", "/api/timeline", 400, `missing parameter "actor"`, ""},
		{"blank actor", "/api/who-met?actor=+", 400, `missing parameter "actor"`, ""},
		{"missing b", "/api/path?a=Eide", 400, `missing parameter "b"`, ""},
		{"bad from", "/api/timeline?actor=Eide&from=2024-13", 400, "--from: ", ""},
		{"from after to", "/api/visits?from=2025&to=2024", 400, "--from 2025 is after --to 2024", ""},
		{"bad max-hops", "/api/path?a=Eide&b=Norway&max-hops=x", 400, `max-hops "x": want a whole number`, ""},
		{"max-hops zero", "/api/path?a=Eide&b=Norway&max-hops=0", 400, "--max-hops must be at least 1", ""},
		{"limit above the query limit", "/api/actors?limit=5000", 400, "the most this server returns is 1000", ""},
		{"limit zero", "/api/actors?limit=0", 400, `parameter limit "0": want a whole number of at least 1`, ""},
		{"negative offset", "/api/actors?offset=-1", 400, `parameter offset "-1"`, ""},
		{"not an event", "/api/events/person/espen-barth-eide", 400, "is not an event IRI", ""},
		{"unknown actor", "/api/who-met?actor=Klaveren2", 404, `no actor is named "Klaveren2"; close names: Alberto van Klaveren`, "Alberto van Klaveren"},
		{"unknown place", "/api/gatherings?place=Nairobbi", 404, `no actor is named "Nairobbi"`, "Nairobi"},
		{"ambiguous surname", "/api/timeline?actor=Moreau", 409, `"Moreau" is ambiguous`, "Paul Moreau"},
		{"no path", "/api/path?a=Eide&b=Kenya&max-hops=1", 404, "within 1 hops that avoids countries (--via-countries lets it pass through them): not found", ""},
		{"unknown event", "/api/events/event/meeting/1999-01-01/nobody", 404, "not found", ""},
		{"unknown endpoint", "/api/pairz", 404, "no endpoint /api/pairz", ""},
		{"pairs by what", "/api/pairs?by=pair", 400, `--by "pair": want actor or country`, ""},
		{"pairs per week", "/api/pairs?per=week", 400, `--per "week": want year or month`, ""},
		{"pairs of gatherings", "/api/pairs?type=gathering", 400, `--type "gathering": want meeting, visit, agreement`, ""},
		{"pairs parameter of another listing", "/api/pairs?mode=video", 400, `unknown parameter "mode"`, ""},
		{"pairs with an unknown actor", "/api/pairs?with=Chilee", 404, `--with: no actor is named "Chilee"`, "Chile"},
		{"bad overlap", "/api/timeline?actor=Eide&overlap=maybe", 400, `overlap "maybe": want true or false`, ""},
		{"bad mode", "/api/who-met?actor=Eide&mode=letter", 400, `--mode "letter": want in_person, telephone, video`, ""},
		{"bad kind", "/api/actors?kind=planet", 400, `--kind "planet": want person, country, organization or city`, ""},
		{"bad with-events", "/api/actors?with-events=2", 400, `with-events "2": want true or false`, ""},
		{"no raw query", "/api/query?q=g.V().All()", 404, "start serve with --allow-query", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, h, body := get(t, ts, tt.path)
			var e apiError
			if err := json.Unmarshal([]byte(body), &e); err != nil || h.Get("Content-Type") != "application/json" {
				t.Fatalf("GET %s: not a JSON error (%v): %s", tt.path, err, body)
			}
			if code != tt.status || e.Status != tt.status || !strings.Contains(e.Error, tt.want) {
				t.Errorf("GET %s: status %d, error %q; want %d and %q", tt.path, code, e.Error, tt.status, tt.want)
			}
			if tt.candidates != "" && !strings.Contains(body, `"name": "`+tt.candidates+`"`) {
				t.Errorf("GET %s: candidates lack %s: %s", tt.path, tt.candidates, body)
			}
		})
	}
}

// TestServePaging: limit and offset cut the CLI's document, and the headers
// say how long the whole listing is and where the next page starts.
func TestServePaging(t *testing.T) {
	db := serveStore(t)
	ts := testServer(t, db, func(s *server) { s.app.cfg.QueryLimit = 3 })
	var all []actorView
	if err := json.Unmarshal([]byte(mustCLI(t, append(db, "actors", "--format", "json")...)), &all); err != nil || len(all) < 5 {
		t.Fatalf("actors: %v, %d actors", err, len(all))
	}
	tests := []struct {
		name       string
		query      string
		lo, hi     int
		wantNext   string
		wantStatus int
	}{
		{"default limit is the query limit", "", 0, 3, "3", 200},
		{"second page", "?offset=3", 3, 6, "6", 200},
		{"limit and offset", "?limit=2&offset=1", 1, 3, "3", 200},
		{"last page", "?offset=" + itoa(len(all)-1), len(all) - 1, len(all), "", 200},
		{"past the end", "?offset=" + itoa(len(all)+5), len(all), len(all), "", 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, h, body := get(t, ts, "/api/actors"+tt.query)
			var got []actorView
			if err := json.Unmarshal([]byte(body), &got); err != nil || code != tt.wantStatus {
				t.Fatalf("status %d, %v: %s", code, err, body)
			}
			want := all[min(tt.lo, len(all)):min(tt.hi, len(all))]
			if len(got) != len(want) || (len(got) > 0 && got[0].IRI != want[0].IRI) {
				t.Errorf("got %d actors from %+v; want %d from %+v", len(got), got, len(want), want)
			}
			if h.Get("X-Total-Count") != itoa(len(all)) || h.Get("X-Next-Offset") != tt.wantNext {
				t.Errorf("X-Total-Count %q, X-Next-Offset %q; want %d, %q", h.Get("X-Total-Count"), h.Get("X-Next-Offset"), len(all), tt.wantNext)
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestServePairs: /api/pairs counts the pairs as the pairs command does,
// names both sides as references and pages its rows.
func TestServePairs(t *testing.T) {
	db := serveStore(t)
	ts := testServer(t, db, nil)
	tests := []struct {
		name      string
		path      string
		total     string
		first     [2]string // the first row's sides
		events    int
		wantNext  string
		wantCount int
	}{
		{"actors", "/api/pairs?limit=1", "3", [2]string{"Norway", "Alberto van Klaveren"}, 2, "1", 1},
		{"countries", "/api/pairs?by=country", "2", [2]string{"Chile", "Norway"}, 3, "", 2},
		{"meetings of Eide", "/api/pairs?actor=Eide&type=meeting", "1", [2]string{"Alberto van Klaveren", "Espen Barth Eide"}, 1, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, h, body := get(t, ts, tt.path)
			var rows []pairView
			if err := json.Unmarshal([]byte(body), &rows); err != nil || code != http.StatusOK {
				t.Fatalf("GET %s: status %d, %v: %s", tt.path, code, err, body)
			}
			if len(rows) != tt.wantCount || h.Get("X-Total-Count") != tt.total || h.Get("X-Next-Offset") != tt.wantNext {
				t.Fatalf("GET %s: %d rows, X-Total-Count %q, X-Next-Offset %q; want %d, %q, %q:\n%s",
					tt.path, len(rows), h.Get("X-Total-Count"), h.Get("X-Next-Offset"), tt.wantCount, tt.total, tt.wantNext, body)
			}
			r := rows[0]
			if r.Actor1.Name != tt.first[0] || r.Actor2.Name != tt.first[1] || r.Events != tt.events ||
				!strings.HasPrefix(r.Actor1.IRI, schema.IDNS) || !strings.HasPrefix(r.Actor2.IRI, schema.IDNS) {
				t.Errorf("GET %s: first row %+v; want %s and %s (IRIs under %s), %d events", tt.path, r, tt.first[0], tt.first[1], schema.IDNS, tt.events)
			}
		})
	}
}

// TestServeTimeout: a listing that runs past the query timeout is a 504 with
// the query command's message.
func TestServeTimeout(t *testing.T) {
	db := serveStore(t)
	ts := testServer(t, db, func(s *server) { s.app.cfg.QueryTimeout = time.Nanosecond })
	code, _, body := get(t, ts, "/api/timeline?actor=Eide")
	if code != http.StatusGatewayTimeout || !strings.Contains(body, "query stopped after 1ns (the timeout; raise it with --timeout or DIPGRAPH_QUERY_TIMEOUT)") {
		t.Errorf("status %d: %s", code, body)
	}
}

// TestServeGuard: the token, the loopback host check and the read-only
// methods.
func TestServeGuard(t *testing.T) {
	db := serveStore(t)
	ts := testServer(t, db, func(s *server) { s.token = "s3cret" })
	tests := []struct {
		name   string
		method string
		path   string
		header []string
		status int
		want   string
	}{
		{"no token", "GET", "/api/stats", nil, 401, "missing or wrong token"},
		{"no token for the page", "GET", "/", nil, 401, "missing or wrong token"},
		{"wrong token", "GET", "/api/stats", []string{"Authorization", "Bearer nope"}, 401, "missing or wrong token"},
		{"bearer token", "GET", "/api/stats", []string{"Authorization", "Bearer s3cret"}, 200, `"quads": `},
		{"token parameter", "GET", "/api/actors?q=klaveren&token=s3cret", nil, 200, "Alberto van Klaveren"},
		{"token cookie", "GET", "/api/stats", []string{"Cookie", tokenCookie + "=s3cret"}, 200, `"quads": `},
		{"foreign host", "GET", "/api/stats", []string{"Authorization", "Bearer s3cret", "Host", "rebound.example:8080"}, 403, "answers loopback names only"},
		{"localhost", "GET", "/api/stats", []string{"Authorization", "Bearer s3cret", "Host", "localhost:8080"}, 200, `"quads": `},
		{"POST", "POST", "/api/stats", []string{"Authorization", "Bearer s3cret"}, 405, "the API is read-only"},
		{"DELETE", "DELETE", "/api/events/event/x", []string{"Authorization", "Bearer s3cret"}, 405, "the API is read-only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, ts.URL+tt.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			for i := 0; i+1 < len(tt.header); i += 2 {
				if tt.header[i] == "Host" {
					req.Host = tt.header[i+1]
				} else {
					req.Header.Set(tt.header[i], tt.header[i+1])
				}
			}
			resp, err := ts.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.status || !strings.Contains(string(b), tt.want) {
				t.Errorf("%s %s: status %d, body %s; want %d and %q", tt.method, tt.path, resp.StatusCode, b, tt.status, tt.want)
			}
			if tt.name == "token parameter" && !strings.Contains(resp.Header.Get("Set-Cookie"), tokenCookie+"=s3cret") {
				t.Errorf("a token given as a parameter sets no cookie: %q", resp.Header.Get("Set-Cookie"))
			}
		})
	}
}

// TestServeQuery: /api/query runs raw queries only with --allow-query,
// bounded like the query command, and prints what it prints.
func TestServeQuery(t *testing.T) {
	db := serveStore(t)
	ts := testServer(t, db, func(s *server) { s.allowQuery = true })
	q := `g.V("<https://dipgraph.org/id/person/espen-barth-eide>").Out("<https://dipgraph.org/ns/met>").Out("<http://schema.org/name>").Unique().All()`
	want := mustCLI(t, append(db, "query", q)...)
	resp, err := ts.Client().Post(ts.URL+"/api/query", "text/plain", strings.NewReader(q))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(b) != want || !strings.Contains(want, "Alberto van Klaveren") {
		t.Errorf("POST /api/query: status %d, body %q; want the query command's %q", resp.StatusCode, b, want)
	}
	// Without .Unique(), Eide's counterpart is found once per article: the
	// query command prints it once, and with --duplicates as often.
	repeated := strings.Replace(q, ".Unique()", "", 1)
	for _, d := range []struct{ param, flag string }{{"", ""}, {"&duplicates=true", "--duplicates"}} {
		args := append(db, "query", repeated)
		if d.flag != "" {
			args = append(args, d.flag)
		}
		want := mustCLI(t, args...)
		code, _, body := get(t, ts, "/api/query?q="+url.QueryEscape(repeated)+d.param)
		if code != 200 || body != want {
			t.Errorf("GET /api/query%s: status %d, body %q; want dipgraph query %s's %q", d.param, code, body, d.flag, want)
		}
	}
	if single, all := mustCLI(t, append(db, "query", repeated)...), mustCLI(t, append(db, "query", repeated, "--duplicates")...); single == all {
		t.Errorf("the fixture's query %s repeats no result: %q", repeated, all)
	}
	tests := []struct {
		name   string
		path   string
		status int
		want   string
	}{
		{"GET with q", "/api/query?q=" + url.QueryEscape(q), 200, "Alberto van Klaveren"},
		{"bad duplicates", "/api/query?duplicates=maybe&q=" + url.QueryEscape(q), 400, `duplicates \"maybe\": want true or false`},
		{"unknown language", "/api/query?lang=sql&q=x", 400, "unknown query language"},
		{"no query", "/api/query", 400, "no query given"},
		{"syntax error", "/api/query?q=" + url.QueryEscape("g.V(("), 400, "gizmo query: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, body := get(t, ts, tt.path)
			if code != tt.status || !strings.Contains(body, tt.want) {
				t.Errorf("GET %s: status %d, body %s; want %d and %q", tt.path, code, body, tt.status, tt.want)
			}
		})
	}
	slow := testServer(t, db, func(s *server) { s.allowQuery = true; s.app.cfg.QueryTimeout = 200 * time.Millisecond })
	code, _, body := get(t, slow, "/api/query?q="+url.QueryEscape("while(true){}"))
	if code != http.StatusGatewayTimeout || !strings.Contains(body, "query stopped after 200ms") {
		t.Errorf("endless query: status %d, body %s; want 504", code, body)
	}
	small := testServer(t, db, func(s *server) {
		s.allowQuery = true
		s.app.cfg.QueryMemory, s.app.cfg.queryMemory = "1MiB", 1<<20 // below any Go heap
	})
	code, _, body = get(t, small, "/api/query?q="+url.QueryEscape("var s = 'x'; while(true){ s = s + s }"))
	if code != http.StatusServiceUnavailable || !strings.Contains(body, "query stopped at its memory limit of 1MiB") {
		t.Errorf("query past its memory limit: status %d, body %s; want 503", code, body)
	}
}

// TestServeNameCache: serve names actors from the cache it shares between
// requests until the cache is older than its age.
func TestServeNameCache(t *testing.T) {
	db := serveStore(t)
	eide := schema.PersonIRI("Espen Barth Eide")
	tests := []struct {
		name   string
		maxAge time.Duration
		want   string
	}{
		{"fresh cache", time.Hour, "E. B. Eide (from the cache)"},
		{"expired cache", 0, "Espen Barth Eide"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			nc := newNameCache(time.Hour)
			nc.put(eide, cachedActor{actor: schema.Actor{IRI: eide, Kind: schema.KindPerson, Name: "E. B. Eide (from the cache)"}})
			nc.maxAge = tt.maxAge
			ts := testServer(t, db, func(s *server) { s.names = nc })
			_, _, body := get(t, ts, "/api/who-met?actor="+url.QueryEscape("van Klaveren"))
			if !strings.Contains(body, `"`+tt.want+`"`) {
				t.Errorf("who-met names Eide otherwise than %q:\n%s", tt.want, body)
			}
		})
	}
}
