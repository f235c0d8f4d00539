package graph

import (
	"context"
	"os"
	"testing"
	"time"
)

func TestPGDSN(t *testing.T) {
	tests := []struct {
		name string
		dsn  string
		o    Options
		want string
	}{
		{
			name: "URL with defaults", dsn: "postgres://u@h/db?sslmode=disable",
			want: "postgres://u@h/db?connect_timeout=10&dipgraph_read_timeout=1m5s&sslmode=disable&statement_timeout=60000&synchronous_commit=on",
		},
		{
			name: "URL with options", dsn: "postgres://u@h/db",
			o:    Options{PGConnectTimeout: 1500 * time.Millisecond, PGStatementTimeout: 2 * time.Second, PGSynchronousCommit: "off"},
			want: "postgres://u@h/db?connect_timeout=2&dipgraph_read_timeout=7s&statement_timeout=2000&synchronous_commit=off",
		},
		{
			name: "the URL's own settings win", dsn: "postgres://u@h/db?statement_timeout=5000&synchronous_commit=off",
			want: "postgres://u@h/db?connect_timeout=10&statement_timeout=5000&synchronous_commit=off",
		},
		{
			name: "key=value pairs", dsn: "host=h dbname=db",
			want: "host=h dbname=db connect_timeout=10 statement_timeout=60000 synchronous_commit=on dipgraph_read_timeout=1m5s",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := pgDSN(tt.dsn, tt.o)
			if err != nil || got != tt.want {
				t.Errorf("pgDSN(%q) = %q, %v; want %q", tt.dsn, got, err, tt.want)
			}
		})
	}
	if _, err := pgDSN("postgres://u@h/db", Options{PGSynchronousCommit: "sometimes"}); err == nil {
		t.Error("pgDSN accepted synchronous_commit=sometimes")
	}
}

// TestPostgresSessionSettings checks that the statement timeout and
// synchronous_commit reach the server's sessions.
func TestPostgresSessionSettings(t *testing.T) {
	url := os.Getenv("DIPGRAPH_TEST_POSTGRES")
	if url == "" {
		t.Skip("set DIPGRAPH_TEST_POSTGRES to a PostgreSQL URL (a dedicated, disposable database) to test PostgreSQL's own code")
	}
	for _, tt := range []struct {
		o                   Options
		wantTimeout, wantSC string
	}{
		{o: Options{}, wantTimeout: "1min", wantSC: "on"},
		{o: Options{PGStatementTimeout: 1500 * time.Millisecond, PGSynchronousCommit: "off"}, wantTimeout: "1500ms", wantSC: "off"},
	} {
		o := tt.o
		o.Backend, o.Path = BackendPostgres, url
		s := openStore(t, o)
		var timeout, sc string
		if err := s.sqlDB.QueryRowContext(context.Background(), "SELECT current_setting('statement_timeout'), current_setting('synchronous_commit')").Scan(&timeout, &sc); err != nil {
			t.Fatal(err)
		}
		if timeout != tt.wantTimeout || sc != tt.wantSC {
			t.Errorf("statement_timeout %s, synchronous_commit %s; want %s and %s", timeout, sc, tt.wantTimeout, tt.wantSC)
		}
	}
}
