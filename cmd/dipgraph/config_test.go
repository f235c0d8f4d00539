package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// configLine returns the `dipgraph config` row of key, split into fields.
func configLine(t *testing.T, out, key string) []string {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 0 && f[0] == key {
			return f
		}
	}
	t.Fatalf("config prints no %s:\n%s", key, out)
	return nil
}

func TestConfigPrecedence(t *testing.T) {
	tests := []struct {
		name       string
		file       string // dipgraph.yaml in the working directory
		env        map[string]string
		args       []string
		key        string
		wantValue  string
		wantSource string
	}{
		{name: "default", key: "backend", wantValue: "bolt", wantSource: "default"},
		{name: "file", file: "backend: memstore\n", key: "backend", wantValue: "memstore", wantSource: "file"},
		{name: "env over file", file: "query-limit: 5\n", env: map[string]string{"DIPGRAPH_QUERY_LIMIT": "7"},
			key: "query-limit", wantValue: "7", wantSource: "env"},
		{name: "flag over env", env: map[string]string{"DIPGRAPH_LOG_LEVEL": "info"}, args: []string{"--log-level", "debug"},
			key: "log-level", wantValue: "debug", wantSource: "flag"},
		{name: "duration from file", file: "lock-timeout: 5s\n", key: "lock-timeout", wantValue: "5s", wantSource: "file"},
		{name: "db in the data directory by default", key: "db", wantValue: "data/dipgraph", wantSource: "default"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := isolate(t)
			if tt.file != "" {
				if err := os.WriteFile(filepath.Join(dir, "dipgraph.yaml"), []byte(tt.file), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			out := mustCLI(t, append(tt.args, "config")...)
			f := configLine(t, out, tt.key)
			if !strings.HasSuffix(f[1], tt.wantValue) || f[2] != tt.wantSource {
				t.Errorf("%s = %s from %s, want %s from %s", tt.key, f[1], f[2], tt.wantValue, tt.wantSource)
			}
		})
	}
}

func TestConfigFileFlagAndErrors(t *testing.T) {
	dir := isolate(t)
	cfg := filepath.Join(dir, "other.yaml")
	if err := os.WriteFile(cfg, []byte("backend: memstore\nquery-timeout: 1m\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := mustCLI(t, "--config", cfg, "config")
	if f := configLine(t, out, "query-timeout"); f[1] != time.Minute.String() {
		t.Errorf("query-timeout from --config file = %s, want 1m0s", f[1])
	}

	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("backend: [unclosed\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := cli(t, "", "--config", bad, "config")
	if code != exitError || !strings.Contains(errs, bad) {
		t.Errorf("a broken config file: exit %d, stderr %q; want exit %d naming the file", code, errs, exitError)
	}
	code, _, errs = cli(t, "", "--backend", "nosuch", "stats")
	if code != exitUsage || !strings.Contains(errs, `unknown backend "nosuch"`) {
		t.Errorf("unknown backend: exit %d, stderr %q", code, errs)
	}
	code, _, errs = cli(t, "", "--backend", "postgres", "stats")
	if code != exitUsage || !strings.Contains(errs, "needs --db") {
		t.Errorf("postgres without --db: exit %d, stderr %q", code, errs)
	}
}

func TestUsageErrors(t *testing.T) {
	isolate(t)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"stats", "--nosuch"}, "unknown flag: --nosuch"},
		{"typo'd command", []string{"whomet", "Lavrov"}, `unknown command "whomet"; did you mean who-met?`},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"missing argument", []string{"who-met"}, "accepts 1 arg(s)"},
		{"bad date", []string{"timeline", "X", "--from", "April"}, "--from"},
		{"from after to", []string{"gatherings", "--from", "2022", "--to", "2021"}, "is after --to"},
		{"bad listing format", []string{"stats", "--format", "xml"}, `unknown format "xml"`},
		{"bad export format", []string{"export", "--format", "pdf"}, `unknown export format "pdf"`},
		{"csv export without actor", []string{"export", "--format", "csv"}, "needs --actor"},
		{"bad query language", []string{"query", "--lang", "sparql", "x"}, `unknown query language "sparql"`},
		{"bad query memory", []string{"query", "--memory", "lots", "x"}, `query memory "lots": want a size of at least 16MiB`},
		{"eval without gold", []string{"eval", "x"}, "--gold DIR is required"},
		{"bad input format", []string{"extract", "--input-format", "pdf", "x"}, `unknown input format "pdf"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := cli(t, "", tt.args...)
			if code != exitUsage || !strings.Contains(errs, tt.want) || !strings.Contains(errs, "--help") || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d, a message with %q and a pointer to --help",
					code, out, errs, exitUsage, tt.want)
			}
		})
	}
}

func TestTimeRange(t *testing.T) {
	tests := []struct {
		name     string
		from, to string
		wantFrom string
		wantTo   string
	}{
		{"open", "", "", "0001-01-01", "0001-01-01"},
		{"month to month is inclusive", "2021-03", "2021-04", "2021-03-01", "2021-05-01"},
		{"year", "2020", "2020", "2020-01-01", "2021-01-01"},
		{"day", "2021-04-07", "2021-04-07", "2021-04-07", "2021-04-08"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := rangeFlags{from: tt.from, to: tt.to}.timeRange()
			if err != nil {
				t.Fatal(err)
			}
			if got := r.From.Format("2006-01-02"); got != tt.wantFrom {
				t.Errorf("from = %s, want %s", got, tt.wantFrom)
			}
			if got := r.To.Format("2006-01-02"); got != tt.wantTo {
				t.Errorf("to = %s, want %s", got, tt.wantTo)
			}
		})
	}
}

func TestConfigValueCoversEveryKey(t *testing.T) {
	for _, k := range configKeys {
		if (Config{}).value(k.name) == nil {
			t.Errorf("Config.value does not know key %s", k.name)
		}
	}
}
