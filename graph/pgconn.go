package graph

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"math"
	"net"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/lib/pq"
)

// Defaults of the PostgreSQL session settings (see Options).
const (
	defaultPGConnectTimeout   = 10 * time.Second
	defaultPGStatementTimeout = time.Minute
	// pgSilenceSlack is how much longer than the statement timeout the client
	// waits for a server that sends nothing before it gives up on it.
	pgSilenceSlack = 5 * time.Second
)

// pgDriverName is lib/pq behind a dialer whose connections give up on a
// server that stays silent (frozen, or a network that drops packets), which
// lib/pq would wait for forever, contexts or not: it reads the reply to a
// cancelled statement from the same socket.
const pgDriverName = "dipgraph-pq"

// pgReadTimeoutParam carries the silence limit in the connection string from
// pgDSN to the driver, which removes it before lib/pq sees it.
const pgReadTimeoutParam = "dipgraph_read_timeout"

func init() { sql.Register(pgDriverName, pgDriver{}) }

// pgDriver opens lib/pq connections through a silenceDialer.
type pgDriver struct{}

func (d pgDriver) Open(dsn string) (driver.Conn, error) {
	c, err := d.OpenConnector(dsn)
	if err != nil {
		return nil, err
	}
	return c.Connect(context.Background())
}

func (pgDriver) OpenConnector(dsn string) (driver.Connector, error) {
	dsn, silence, err := cutParam(dsn, pgReadTimeoutParam)
	if err != nil {
		return nil, err
	}
	c, err := pq.NewConnector(dsn)
	if err != nil {
		return nil, err
	}
	var limit time.Duration
	if silence != "" {
		if limit, err = time.ParseDuration(silence); err != nil {
			return nil, fmt.Errorf("%s: %w", pgReadTimeoutParam, err)
		}
	}
	c.Dialer(silenceDialer{limit: limit})
	return pgConnector{c}, nil
}

// pgConnector hands out lib/pq connections wrapped in pgConn.
type pgConnector struct{ c *pq.Connector }

func (c pgConnector) Connect(ctx context.Context) (driver.Conn, error) {
	cn, err := c.c.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return pgConn{cn}, nil
}

func (pgConnector) Driver() driver.Driver { return pgDriver{} }

// pgConn is a lib/pq connection whose Ping tells why it failed: lib/pq's
// returns driver.ErrBadConn for any failure, which hides a silent server's
// error and makes database/sql try twice more on new connections, each
// waiting as long again. Every other method is lib/pq's.
type pgConn struct{ driver.Conn }

func (c pgConn) Ping(ctx context.Context) error {
	rows, err := c.QueryContext(ctx, "SELECT 1", nil)
	if err != nil {
		return err
	}
	return rows.Close()
}

func (c pgConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, opts)
}

func (c pgConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	return c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, query)
}

func (c pgConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	return c.Conn.(driver.QueryerContext).QueryContext(ctx, query, args)
}

func (c pgConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	return c.Conn.(driver.ExecerContext).ExecContext(ctx, query, args)
}

func (c pgConn) ResetSession(ctx context.Context) error {
	return c.Conn.(driver.SessionResetter).ResetSession(ctx)
}

func (c pgConn) IsValid() bool { return c.Conn.(driver.Validator).IsValid() }

var (
	_ driver.Pinger             = pgConn{}
	_ driver.ConnBeginTx        = pgConn{}
	_ driver.ConnPrepareContext = pgConn{}
	_ driver.QueryerContext     = pgConn{}
	_ driver.ExecerContext      = pgConn{}
	_ driver.SessionResetter    = pgConn{}
	_ driver.Validator          = pgConn{}
)

// silenceDialer dials connections that fail a read after limit without a
// byte from the server (no limit when 0).
type silenceDialer struct{ limit time.Duration }

func (d silenceDialer) Dial(network, address string) (net.Conn, error) {
	return d.DialContext(context.Background(), network, address)
}

func (d silenceDialer) DialTimeout(network, address string, timeout time.Duration) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return d.DialContext(ctx, network, address)
}

func (d silenceDialer) DialContext(ctx context.Context, network, address string) (net.Conn, error) {
	var nd net.Dialer
	c, err := nd.DialContext(ctx, network, address)
	if err != nil || d.limit <= 0 {
		return c, err
	}
	return &silenceConn{Conn: c, limit: d.limit, address: address}, nil
}

// silenceConn sets a read deadline before every read: limit from now, or the
// deadline lib/pq set (connect_timeout while connecting), whichever comes
// first.
type silenceConn struct {
	net.Conn
	limit   time.Duration
	address string

	mu    sync.Mutex
	fixed time.Time
}

func (c *silenceConn) SetDeadline(t time.Time) error {
	c.mu.Lock()
	c.fixed = t
	c.mu.Unlock()
	return c.Conn.SetDeadline(t)
}

func (c *silenceConn) Read(b []byte) (int, error) {
	d, connecting := time.Now().Add(c.limit), false
	c.mu.Lock()
	if !c.fixed.IsZero() && c.fixed.Before(d) {
		d, connecting = c.fixed, true
	}
	c.mu.Unlock()
	if err := c.Conn.SetReadDeadline(d); err != nil {
		return 0, err
	}
	n, err := c.Conn.Read(b)
	var ne net.Error
	if !errors.As(err, &ne) || !ne.Timeout() {
		return n, err
	}
	msg := fmt.Sprintf("PostgreSQL server %s sent nothing for %s (the statement timeout and %s); it may be frozen or unreachable", c.address, c.limit, pgSilenceSlack)
	if connecting {
		msg = fmt.Sprintf("PostgreSQL server %s did not answer within the connect timeout; it may be frozen or unreachable", c.address)
	}
	// A *net.OpError: lib/pq then marks the connection bad and returns the
	// error as it is, where database/sql would retry other errors on new
	// connections, each waiting as long again.
	return n, &net.OpError{Op: "read", Net: "tcp", Addr: c.RemoteAddr(), Err: pgSilentError{msg: msg, err: err}}
}

// pgDSN adds dipgraph's session settings to a PostgreSQL connection string
// (a postgres:// URL or key=value pairs) unless it sets them itself:
// connect_timeout, statement_timeout and synchronous_commit (which lib/pq
// passes to the server as run-time parameters), and the silence limit of
// the driver: the statement timeout and pgSilenceSlack.
func pgDSN(dsn string, o Options) (string, error) {
	connect, statement, sync := o.PGConnectTimeout, o.PGStatementTimeout, o.PGSynchronousCommit
	if connect <= 0 {
		connect = defaultPGConnectTimeout
	}
	if statement <= 0 {
		statement = defaultPGStatementTimeout
	}
	switch sync {
	case "":
		sync = "on"
	case "on", "off", "local", "remote_write", "remote_apply":
	default:
		return "", fmt.Errorf("synchronous_commit %q: want on, off, local, remote_write or remote_apply", sync)
	}
	params := [][2]string{
		{"connect_timeout", strconv.Itoa(int(math.Ceil(connect.Seconds())))},
		{"statement_timeout", strconv.FormatInt(statement.Milliseconds(), 10)},
		{"synchronous_commit", sync},
	}
	has := func(k string) bool { _, v, _ := cutParam(dsn, k); return v != "" }
	if !has("statement_timeout") {
		params = append(params, [2]string{pgReadTimeoutParam, (statement + pgSilenceSlack).String()})
	}
	for _, p := range params {
		if has(p[0]) {
			continue
		}
		if isURL(dsn) {
			u, err := url.Parse(dsn)
			if err != nil {
				return "", fmt.Errorf("connection URL: %w", err)
			}
			q := u.Query()
			q.Set(p[0], p[1])
			u.RawQuery = q.Encode()
			dsn = u.String()
		} else {
			dsn = strings.TrimSpace(dsn) + " " + p[0] + "=" + p[1]
		}
	}
	return dsn, nil
}

func isURL(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// cutParam removes parameter key from a connection string and returns its
// value ("" when absent).
func cutParam(dsn, key string) (rest, value string, err error) {
	if isURL(dsn) {
		u, err := url.Parse(dsn)
		if err != nil {
			return dsn, "", fmt.Errorf("connection URL: %w", err)
		}
		q := u.Query()
		value = q.Get(key)
		if !q.Has(key) {
			return dsn, "", nil
		}
		q.Del(key)
		u.RawQuery = q.Encode()
		return u.String(), value, nil
	}
	var kept []string
	for _, f := range strings.Fields(dsn) {
		if k, v, ok := strings.Cut(f, "="); ok && k == key {
			value = v
			continue
		}
		kept = append(kept, f)
	}
	return strings.Join(kept, " "), value, nil
}

// pgSilentError says which PostgreSQL server did not answer in time.
type pgSilentError struct {
	msg string
	err error // the read's timeout
}

func (e pgSilentError) Error() string   { return e.msg }
func (e pgSilentError) Unwrap() error   { return e.err }
func (e pgSilentError) Timeout() bool   { return true }
func (e pgSilentError) Temporary() bool { return false }
