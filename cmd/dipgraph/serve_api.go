package main

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/schema"
)

// server answers serve's HTTP requests from one store opened read-only.
type server struct {
	app          *app // its configuration bounds every request
	st           *graph.Store
	token        string // required on every request when not empty
	loopbackOnly bool   // answer only requests addressed to a loopback name
	allowQuery   bool   // offer /api/query
	names        *nameCache
	// queryMu runs one raw query at a time: its memory bound measures the
	// whole process's heap and sets the Go memory limit while it runs.
	queryMu sync.Mutex
}

// listFunc builds a listing's document on the server's open store, naming
// actors through its shared cache.
type listFunc func(ctx context.Context, st *graph.Store, nc *nameCache) (table, error)

// apiListing is a listing endpoint: the parameters it takes besides limit
// and offset, those it needs, and how they make the listing of the command
// of the same name. options checks the parameters that need no store, as
// the command checks its flags before it opens the store.
type apiListing struct {
	path     string
	params   []string
	required []string
	options  func(q url.Values) (listFunc, error)
}

// eventParams are the parameters of the event listings that take them all,
// each the command's flag of the same name.
var eventParams = []string{"from", "to", "overlap", "status", "with", "kind", "mode"}

// apiListings are the listing endpoints, each the command of the same name
// with its flags as parameters: each builds its document with the
// command's table function.
var apiListings = []apiListing{
	{"/api/actors", []string{"q", "kind", "with-events"}, nil, func(q url.Values) (listFunc, error) {
		f, err := newEventFilter(graph.TimeRange{}, false, filterFlags{kind: q.Get("kind")})
		if err != nil {
			return nil, err
		}
		withEvents, err := boolParam(q, "with-events")
		if err != nil {
			return nil, err
		}
		return func(ctx context.Context, st *graph.Store, nc *nameCache) (table, error) {
			return actorsTable(ctx, st, nc, q.Get("q"), 0, f.kind, withEvents)
		}, nil
	}},
	{"/api/who-met", append([]string{"actor"}, eventParams...), []string{"actor"}, func(q url.Values) (listFunc, error) {
		return eventListing(q, q.Get("actor"), whoMetTable)
	}},
	{"/api/visits", []string{"actor", "from", "to", "overlap", "status", "with", "kind"}, nil, func(q url.Values) (listFunc, error) {
		return eventListing(q, q.Get("actor"), visitsTable)
	}},
	{"/api/gatherings", []string{"place", "attendee", "from", "to", "overlap", "status"}, nil, func(q url.Values) (listFunc, error) {
		return eventListing(q, "", func(ctx context.Context, l *listing) (table, error) {
			return gatheringsTable(ctx, l, q.Get("place"), q.Get("attendee"))
		})
	}},
	{"/api/timeline", []string{"actor", "from", "to", "overlap", "status", "with"}, []string{"actor"}, func(q url.Values) (listFunc, error) {
		return eventListing(q, q.Get("actor"), timelineTable)
	}},
	{"/api/pairs", []string{"actor", "by", "per", "type", "from", "to", "overlap", "status", "with"}, nil, func(q url.Values) (listFunc, error) {
		o := pairsOptions{by: q.Get("by"), per: q.Get("per"), types: q.Get("type")}
		if o.by == "" {
			o.by = "actor"
		}
		types, err := o.check()
		if err != nil {
			return nil, err
		}
		return eventListing(q, q.Get("actor"), func(ctx context.Context, l *listing) (table, error) {
			return pairsTable(ctx, l, o.by, o.per, types)
		})
	}},
	{"/api/path", []string{"a", "b", "max-hops", "via-countries"}, []string{"a", "b"}, func(q url.Values) (listFunc, error) {
		o := pathOptions{a: q.Get("a"), b: q.Get("b"), maxHops: 6}
		if s := q.Get("max-hops"); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil {
				return nil, fmt.Errorf("%w: max-hops %q: want a whole number", errUsage, s)
			}
			o.maxHops = n
		}
		var err error
		if o.viaCountries, err = boolParam(q, "via-countries"); err != nil {
			return nil, err
		}
		if err := o.check(); err != nil {
			return nil, err
		}
		return func(ctx context.Context, st *graph.Store, nc *nameCache) (table, error) {
			return pathTable(ctx, st, nc, o)
		}, nil
	}},
	{"/api/stats", nil, nil, func(url.Values) (listFunc, error) {
		return func(ctx context.Context, st *graph.Store, _ *nameCache) (table, error) { return statsTable(ctx, st) }, nil
	}},
}

// eventListing is the listFunc of an event listing: the range and filters
// the parameters give (those the endpoint does not take are empty) checked
// now, then the listing of actor (none when empty) built by build.
func eventListing(q url.Values, actor string, build func(context.Context, *listing) (table, error)) (listFunc, error) {
	overlap, err := boolParam(q, "overlap")
	if err != nil {
		return nil, err
	}
	rng := rangeFlags{from: q.Get("from"), to: q.Get("to"), overlap: overlap}
	ff := filterFlags{status: q.Get("status"), with: q.Get("with"), kind: q.Get("kind"), mode: q.Get("mode")}
	if _, _, err := parseListing(rng, ff); err != nil {
		return nil, err
	}
	return func(ctx context.Context, st *graph.Store, nc *nameCache) (table, error) {
		l, err := newListing(ctx, st, nc, rng, ff, actor)
		if err != nil {
			return table{}, err
		}
		return build(ctx, l)
	}, nil
}

// boolParam reads a parameter that stands for a boolean flag: absent is
// false, given without a value (?overlap) is true, else true or false.
func boolParam(q url.Values, name string) (bool, error) {
	if !q.Has(name) {
		return false, nil
	}
	s := q.Get(name)
	if s == "" {
		return true, nil
	}
	b, err := strconv.ParseBool(s)
	if err != nil {
		return false, fmt.Errorf("%w: %s %q: want true or false", errUsage, name, s)
	}
	return b, nil
}

// handler routes the API and the browser view, behind the host and token checks.
func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	for _, l := range apiListings {
		mux.Handle(l.path, s.listing(l))
	}
	mux.Handle("/api/events/{iri...}", s.listing(apiListing{options: func(q url.Values) (listFunc, error) {
		x, err := eventIRI(q.Get("iri"))
		if err != nil {
			return nil, err
		}
		return func(ctx context.Context, st *graph.Store, nc *nameCache) (table, error) {
			return eventDetailTable(ctx, st, nc, x)
		}, nil
	}}))
	mux.HandleFunc("/api/query", s.query)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Errorf("no endpoint %s", r.URL.Path))
	})
	mux.Handle("/", webHandler())
	return s.guard(mux)
}

// guard answers only GET and HEAD (and POST to /api/query), only requests
// addressed to a loopback name when serving on loopback (a web page
// elsewhere cannot reach the API through a DNS name it rebinds to
// 127.0.0.1), and only requests carrying the token when one is set.
func (s *server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead && !(r.Method == http.MethodPost && r.URL.Path == "/api/query") {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, fmt.Errorf("method %s: the API is read-only (GET)", r.Method))
			return
		}
		if s.loopbackOnly {
			host, _, err := net.SplitHostPort(r.Host)
			if err != nil {
				host = r.Host
			}
			if !isLoopbackHost(strings.Trim(host, "[]")) {
				writeError(w, http.StatusForbidden, fmt.Errorf("host %q: this server answers loopback names only (start it with --allow-remote to serve others)", r.Host))
				return
			}
		}
		if s.token != "" && !s.authorized(w, r) {
			writeError(w, http.StatusUnauthorized, errors.New("missing or wrong token: send 'Authorization: Bearer TOKEN' or open the page with ?token=TOKEN"))
			return
		}
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
		next.ServeHTTP(w, r)
	})
}

// tokenCookie keeps the token in the browser after the page was opened with ?token=.
const tokenCookie = "dipgraph_token"

// authorized reports whether r carries the token, in its Authorization
// header, a cookie or the token parameter. A token given as a parameter is
// set as a cookie (so the page's scripts and API calls carry it) and taken
// out of the query.
func (s *server) authorized(w http.ResponseWriter, r *http.Request) bool {
	same := func(t string) bool { return subtle.ConstantTimeCompare([]byte(t), []byte(s.token)) == 1 }
	if t, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok && same(t) {
		return true
	}
	if c, err := r.Cookie(tokenCookie); err == nil && same(c.Value) {
		return true
	}
	q := r.URL.Query()
	if !q.Has("token") || !same(q.Get("token")) {
		return false
	}
	http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: s.token, Path: "/", HttpOnly: true, SameSite: http.SameSiteStrictMode})
	q.Del("token")
	r.URL.RawQuery = q.Encode()
	return true
}

// listing answers a listing endpoint with the command's JSON document, a
// page of it when the listing is longer than the limit.
func (s *server) listing(ep apiListing) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		pg, err := s.checkParams(q, ep)
		if err != nil {
			writeError(w, http.StatusBadRequest, err)
			return
		}
		if iri := r.PathValue("iri"); iri != "" {
			q.Set("iri", iri)
		}
		list, err := ep.options(q)
		var t table
		if err == nil {
			t, err = s.bounded(r.Context(), list)
		}
		if err != nil {
			writeError(w, statusOf(err), err)
			return
		}
		t, total := t.page(pg.offset, pg.limit)
		w.Header().Set("X-Total-Count", strconv.Itoa(total))
		if next := pg.offset + pg.limit; next < total {
			w.Header().Set("X-Next-Offset", strconv.Itoa(next))
		}
		var buf bytes.Buffer
		if err := t.write(&buf, "json"); err != nil {
			writeError(w, http.StatusInternalServerError, err)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(buf.Bytes())
	})
}

// page is the part of a listing a request asks for.
type page struct{ offset, limit int }

// checkParams refuses unknown, repeated and missing parameters and reads
// limit and offset; limit defaults to, and may not pass, the query limit.
func (s *server) checkParams(q url.Values, ep apiListing) (page, error) {
	pg := page{limit: s.app.cfg.QueryLimit}
	for k, vs := range q {
		if !slices.Contains(ep.params, k) && k != "limit" && k != "offset" {
			want := strings.Join(append(slices.Clone(ep.params), "limit", "offset"), ", ")
			return pg, fmt.Errorf("unknown parameter %q: want %s", k, want)
		}
		if len(vs) > 1 {
			return pg, fmt.Errorf("parameter %q given %d times", k, len(vs))
		}
	}
	for _, k := range ep.required {
		if strings.TrimSpace(q.Get(k)) == "" {
			return pg, fmt.Errorf("missing parameter %q", k)
		}
	}
	for _, p := range []struct {
		name string
		v    *int
		min  int
	}{{"limit", &pg.limit, 1}, {"offset", &pg.offset, 0}} {
		if s := q.Get(p.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < p.min {
				return pg, fmt.Errorf("parameter %s %q: want a whole number of at least %d", p.name, s, p.min)
			}
			*p.v = n
		}
	}
	if pg.limit > s.app.cfg.QueryLimit {
		return pg, fmt.Errorf("parameter limit %d: the most this server returns is %d (its query limit)", pg.limit, s.app.cfg.QueryLimit)
	}
	return pg, nil
}

// bounded runs the listing with the query timeout. A listing still running
// at its timeout is answered with a *timeoutError and left to end on its own
// (the store stays open while the server runs).
func (s *server) bounded(ctx context.Context, list listFunc) (table, error) {
	ctx, cancel := context.WithTimeoutCause(ctx, s.app.cfg.QueryTimeout, errQueryTimeout)
	defer cancel()
	type result struct {
		t   table
		err error
	}
	done := make(chan result, 1)
	go func() {
		t, err := list(ctx, s.st, s.names)
		done <- result{t, err}
	}()
	var r result
	select {
	case r = <-done:
	case <-ctx.Done():
	}
	if errors.Is(context.Cause(ctx), errQueryTimeout) {
		return table{}, &timeoutError{after: s.app.cfg.QueryTimeout}
	}
	if ctx.Err() != nil {
		return table{}, context.Cause(ctx)
	}
	return r.t, r.err
}

// apiError is the JSON body of an error: the command line's message, the
// HTTP status, and the actors a name could have meant.
type apiError struct {
	Error      string      `json:"error"`
	Status     int         `json:"status"`
	Candidates []actorView `json:"candidates,omitempty"`
}

// statusOf maps an error to its HTTP status.
func statusOf(err error) int {
	var te *timeoutError
	var me *memoryError
	var qe *graph.QueryError
	switch {
	case errors.As(err, &te), errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout
	case errors.As(err, &me):
		return http.StatusServiceUnavailable
	case errors.Is(err, errUsage), errors.As(err, &qe):
		return http.StatusBadRequest
	case errors.Is(err, graph.ErrAmbiguous):
		return http.StatusConflict
	case errors.Is(err, graph.ErrNotFound):
		return http.StatusNotFound
	}
	return http.StatusInternalServerError
}

// writeError writes err as an apiError with the given status.
func writeError(w http.ResponseWriter, status int, err error) {
	body := apiError{Error: strings.TrimPrefix(err.Error(), errUsage.Error()+": "), Status: status}
	var unknown *graph.UnknownActorError
	var ambiguous *graph.AmbiguousError
	switch {
	case errors.As(err, &unknown):
		body.Candidates = actorViews(unknown.Suggestions)
	case errors.As(err, &ambiguous):
		body.Candidates = actorViews(ambiguous.Candidates)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(body)
}

// actorViews gives candidate actors their JSON form (with country null,
// since naming it would take a lookup each).
func actorViews(as []schema.Actor) []actorView {
	out := make([]actorView, len(as))
	for i, x := range as {
		aliases := x.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		out[i] = actorView{IRI: string(x.IRI), Kind: string(x.Kind), Name: x.Name, Role: x.Role, Aliases: aliases}
	}
	return out
}

// maxQueryBytes bounds a raw query's text.
const maxQueryBytes = 1 << 20

// query runs a raw query (POST body or GET q=, lang= as the query command's
// --lang) when serve was started with --allow-query, with the query
// command's timeout, memory and result bounds, one query at a time. It
// answers the query command's output, one JSON document per line: repeated
// results once, unless duplicates=true (the command's --duplicates).
func (s *server) query(w http.ResponseWriter, r *http.Request) {
	if !s.allowQuery {
		writeError(w, http.StatusNotFound, errors.New("no raw query endpoint: start serve with --allow-query to offer /api/query"))
		return
	}
	q := r.URL.Query()
	text := q.Get("q")
	if r.Method == http.MethodPost {
		b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxQueryBytes))
		if err != nil {
			writeError(w, http.StatusBadRequest, fmt.Errorf("read query: %w", err))
			return
		}
		text = string(b)
	}
	lang := q.Get("lang")
	if lang == "" {
		lang = "gizmo"
	}
	duplicates, err := boolParam(q, "duplicates")
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	if err := checkLang(lang); err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	if strings.TrimSpace(text) == "" {
		writeError(w, http.StatusBadRequest, errors.New("no query given: POST it as the body or pass q="))
		return
	}
	s.queryMu.Lock()
	res, abandoned, err := s.app.boundedQuery(r.Context(), s.st, lang, text)
	s.queryMu.Unlock()
	if abandoned {
		s.app.log.Warn("a raw query did not stop at its bound and was abandoned; it may go on using the CPU until serve stops", "lang", lang)
	}
	if err != nil {
		writeError(w, statusOf(err), err)
		return
	}
	if !duplicates {
		res = distinct(res)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, x := range res {
		if err := enc.Encode(x); err != nil {
			writeError(w, http.StatusInternalServerError, err)
			return
		}
	}
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.Header().Set("X-Total-Count", strconv.Itoa(len(res)))
	w.Write(buf.Bytes())
}
