package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"github.com/spf13/cobra"
)

type serveOptions struct {
	addr        string
	allowRemote bool
	allowQuery  bool
}

const (
	// shutdownGrace is how long serve waits for requests in flight when it stops.
	shutdownGrace = 5 * time.Second
	// nameCacheAge is how long serve keeps actors' names.
	nameCacheAge = 5 * time.Minute
)

func newServeCmd(a *app) *cobra.Command {
	var o serveOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve a read-only JSON API and a browser view of the store",
		Long: `Serve the store read-only over HTTP: a JSON API that returns the documents the
listing commands print with --format json (/api/actors, /api/who-met,
/api/visits, /api/gatherings, /api/timeline, /api/pairs, /api/path, /api/stats,
/api/events/IRI), and a browser view at / (timelines, the network of an
actor's counterparts, gatherings, evidence and sources), shipped inside the
binary. Every request is bounded by the query timeout and limit.

serve binds to 127.0.0.1:8080 by default and answers only requests addressed
to a loopback name. Another address needs --allow-remote; with --token (env
DIPGRAPH_SERVE_TOKEN) every request must carry the token. A raw query endpoint
(/api/query) exists only with --allow-query.`,
		Example: "  dipgraph serve\n  dipgraph serve --addr 127.0.0.1:0\n  dipgraph serve --addr 0.0.0.0:8080 --allow-remote --token \"$(openssl rand -hex 16)\"",
		Args:    usageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd.Context(), a, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on, HOST:PORT (port 0 picks a free one)")
	f.BoolVar(&o.allowRemote, "allow-remote", false, "allow an address other machines can reach (use with --token)")
	f.BoolVar(&o.allowQuery, "allow-query", false, "offer /api/query for raw Gizmo, GraphQL and MQL queries, bounded like the query command")
	f.String("token", "", "require this token on every request: header 'Authorization: Bearer TOKEN' or ?token= (env DIPGRAPH_SERVE_TOKEN)")
	markAlias(cmd, "token", "serve-token")
	f.Duration("timeout", 0, "stop a request's query after this long (env DIPGRAPH_QUERY_TIMEOUT; default 30s)")
	markAlias(cmd, "timeout", "query-timeout")
	f.Int("limit", 0, "most results a request returns (env DIPGRAPH_QUERY_LIMIT; default 1000)")
	markAlias(cmd, "limit", "query-limit")
	f.String("memory", "", "with --allow-query: stop a raw query when the heap passes this size (env DIPGRAPH_QUERY_MEMORY; default 1GiB)")
	markAlias(cmd, "memory", "query-memory")
	return cmd
}

// loopbackAddr checks a listen address and reports whether only this machine
// can reach it: a loopback IP or "localhost". An empty host listens on every
// interface.
func loopbackAddr(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, fmt.Errorf("%w: --addr %q: want HOST:PORT, e.g. 127.0.0.1:8080", errUsage, addr)
	}
	return isLoopbackHost(host), nil
}

// isLoopbackHost reports whether host names this machine's loopback interface.
func isLoopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func runServe(ctx context.Context, a *app, o serveOptions) error {
	loopback, err := loopbackAddr(o.addr)
	if err != nil {
		return err
	}
	if !loopback && !o.allowRemote {
		return fmt.Errorf("%w: --addr %s can be reached from other machines: add --allow-remote (and set --token) to serve them", errUsage, o.addr)
	}
	st, err := a.openStore(ctx, true)
	if err != nil {
		return err
	}
	defer st.Close()
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	s := &server{app: a, st: st, token: a.cfg.ServeToken, loopbackOnly: loopback, allowQuery: o.allowQuery,
		names: newNameCache(nameCacheAge)}
	srv := newHTTPServer(s.handler(), a.cfg.QueryTimeout)
	if !loopback {
		warn := "dipgraph: warning: %s can be reached from other machines"
		if s.token == "" {
			warn += ", and no --token is set: anyone who can reach it can read the whole store"
		}
		fmt.Fprintf(a.stderr, warn+"\n", ln.Addr())
	}
	fmt.Fprintf(a.stderr, "dipgraph: serving %s (%s store %s, read-only); Ctrl-C stops\n",
		serveURL(ln.Addr()), a.cfg.Backend, safe(storeName(a.cfg)))
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("serve: stop: %w", err)
	}
	fmt.Fprintln(a.stderr, "dipgraph: stopped serving")
	return nil
}

// newHTTPServer returns the HTTP server of serve. A client gets its answer
// within the query timeout; the server's timeouts bound the rest, so that
// slow or idle connections do not pile up.
func newHTTPServer(h http.Handler, queryTimeout time.Duration) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second,
		WriteTimeout: queryTimeout + time.Minute, IdleTimeout: 2 * time.Minute}
}

// serveURL is the URL a browser opens for a listener.
func serveURL(addr net.Addr) string {
	if t, ok := addr.(*net.TCPAddr); ok && t.IP.IsUnspecified() {
		return fmt.Sprintf("http://127.0.0.1:%d/", t.Port)
	}
	return "http://" + addr.String() + "/"
}

// storeName names the store in messages without a PostgreSQL password.
func storeName(c Config) string {
	if c.Backend == "bolt" || c.Backend == "memstore" {
		return c.DB
	}
	if u, err := url.Parse(c.DB); err == nil {
		return u.Redacted()
	}
	return "(" + c.Backend + ")"
}
