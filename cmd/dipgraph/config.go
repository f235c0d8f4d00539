package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Config is dipgraph's effective configuration: each key comes from a flag,
// else a DIPGRAPH_* environment variable, else the config file, else its
// default.
type Config struct {
	DB          string        `mapstructure:"db"`
	Backend     string        `mapstructure:"backend"`
	LogLevel    string        `mapstructure:"log-level"`
	LockTimeout time.Duration `mapstructure:"lock-timeout"`
	// PostgreSQL session settings (see graph.Options).
	PGConnectTimeout    time.Duration `mapstructure:"pg-connect-timeout"`
	PGStatementTimeout  time.Duration `mapstructure:"pg-statement-timeout"`
	PGSynchronousCommit string        `mapstructure:"pg-synchronous-commit"`
	QueryTimeout        time.Duration `mapstructure:"query-timeout"`
	QueryLimit          int           `mapstructure:"query-limit"`
	QueryMemory         string        `mapstructure:"query-memory"`
	Workers             int           `mapstructure:"workers"`
	BatchSize           int           `mapstructure:"batch-size"`
	MaxBytes            int64         `mapstructure:"max-bytes"`
	ServeToken          string        `mapstructure:"serve-token"`

	// queryMemory is QueryMemory in bytes, set by validate.
	queryMemory int64
}

// configKey describes one configuration key: its default and its help.
type configKey struct {
	name string
	def  any
	help string
}

// configKeys lists every key, in the order `dipgraph config` prints them.
var configKeys = []configKey{
	{"db", "", "store location: a directory for bolt, a URL for postgres (default: the user's data directory)"},
	{"backend", "bolt", "store backend: bolt, memstore or postgres"},
	{"log-level", "warn", "log level: debug, info, warn or error"},
	{"lock-timeout", 2 * time.Second, "how long to wait for another process holding the store"},
	{"pg-connect-timeout", 10 * time.Second, "PostgreSQL: longest wait to connect"},
	{"pg-statement-timeout", time.Minute, "PostgreSQL: longest a statement may run on the server (a server silent 5 s longer is given up on)"},
	{"pg-synchronous-commit", "on", "PostgreSQL: synchronous_commit, on (safe) or off (faster; a server crash may lose the last writes)"},
	{"query-timeout", 30 * time.Second, "longest time a query may run"},
	{"query-limit", 1000, "most results a query returns"},
	{"query-memory", "1GiB", "most heap memory a query may take (e.g. 512MiB, 2GiB)"},
	{"workers", 0, "extraction workers (0: one per core)"},
	{"batch-size", 500, "articles per write transaction"},
	{"max-bytes", int64(10 << 20), "largest input file or JSON line accepted, in bytes"},
	{"serve-token", "", "serve: the token every request must carry (none: no token asked)"},
}

// envName returns the environment variable that sets key.
func envName(key string) string {
	return "DIPGRAPH_" + strings.ToUpper(strings.ReplaceAll(key, "-", "_"))
}

// newViper returns the one viper instance of a command run, with defaults
// and the environment set up; flags are bound by bindFlag.
func newViper() *viper.Viper {
	v := viper.New()
	for _, k := range configKeys {
		v.SetDefault(k.name, k.def)
	}
	v.SetEnvPrefix("DIPGRAPH")
	v.SetEnvKeyReplacer(strings.NewReplacer("-", "_"))
	v.AutomaticEnv()
	return v
}

// loadConfig reads the config file (the --config flag, else dipgraph.yaml in
// the working directory, else in the user's config directory), binds the
// command's flags and returns the validated configuration.
func loadConfig(v *viper.Viper, file string, flags *pflag.FlagSet) (Config, error) {
	for _, k := range configKeys {
		if f := flags.Lookup(k.name); f != nil {
			if err := v.BindPFlag(k.name, f); err != nil {
				return Config{}, fmt.Errorf("bind flag --%s: %w", k.name, err)
			}
		}
	}
	for key, flag := range flagAliases {
		if f := flags.Lookup(flag); f != nil && isAlias(f, key) {
			if err := v.BindPFlag(key, f); err != nil {
				return Config{}, fmt.Errorf("bind flag --%s: %w", flag, err)
			}
		}
	}
	if file == "" {
		file = os.Getenv("DIPGRAPH_CONFIG")
	}
	if file == "" {
		for _, dir := range configDirs() {
			p := filepath.Join(dir, "dipgraph.yaml")
			if _, err := os.Stat(p); err == nil {
				file = p
				break
			}
		}
	}
	if file != "" {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return Config{}, fmt.Errorf("config file %s: %w", file, err)
		}
	}
	var c Config
	if err := v.Unmarshal(&c); err != nil {
		return Config{}, fmt.Errorf("config: %w", err)
	}
	if err := c.validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// configDirs lists where dipgraph.yaml is looked for, first match wins.
func configDirs() []string {
	dirs := []string{"."}
	if d, err := os.UserConfigDir(); err == nil {
		dirs = append(dirs, filepath.Join(d, "dipgraph"))
	}
	return dirs
}

// errUsage marks errors that are the user's mistake in calling dipgraph.
var errUsage = errors.New("usage")

func (c *Config) validate() error {
	switch c.Backend {
	case "bolt", "memstore":
	case "postgres", "cockroach":
		if c.DB == "" {
			return fmt.Errorf("%w: backend %s needs --db with a connection URL (env DIPGRAPH_DB)", errUsage, c.Backend)
		}
	default:
		return fmt.Errorf("%w: unknown backend %q: want bolt, memstore or postgres", errUsage, c.Backend)
	}
	if c.Backend == "bolt" && c.DB == "" {
		c.DB = defaultDBPath()
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		return fmt.Errorf("%w: unknown log level %q: want debug, info, warn or error", errUsage, c.LogLevel)
	}
	if c.PGConnectTimeout <= 0 || c.PGStatementTimeout <= 0 {
		return fmt.Errorf("%w: PostgreSQL connect and statement timeouts must be positive", errUsage)
	}
	switch c.PGSynchronousCommit {
	case "on", "off", "local", "remote_write", "remote_apply":
	default:
		return fmt.Errorf("%w: pg-synchronous-commit %q: want on or off", errUsage, c.PGSynchronousCommit)
	}
	if c.QueryTimeout <= 0 {
		return fmt.Errorf("%w: query timeout must be positive, got %s", errUsage, c.QueryTimeout)
	}
	if c.QueryLimit <= 0 {
		return fmt.Errorf("%w: query limit must be positive, got %d", errUsage, c.QueryLimit)
	}
	n, err := parseSize(c.QueryMemory)
	if err != nil || n < 16<<20 {
		return fmt.Errorf("%w: query memory %q: want a size of at least 16MiB, e.g. 512MiB or 2GiB", errUsage, c.QueryMemory)
	}
	c.queryMemory = n
	if c.Workers < 0 || c.BatchSize < 0 || c.MaxBytes < 0 {
		return fmt.Errorf("%w: workers, batch size and max bytes cannot be negative", errUsage)
	}
	return nil
}

// value returns the effective value of a configuration key.
func (c Config) value(key string) any {
	switch key {
	case "db":
		return c.DB
	case "backend":
		return c.Backend
	case "log-level":
		return c.LogLevel
	case "lock-timeout":
		return c.LockTimeout
	case "pg-connect-timeout":
		return c.PGConnectTimeout
	case "pg-statement-timeout":
		return c.PGStatementTimeout
	case "pg-synchronous-commit":
		return c.PGSynchronousCommit
	case "query-timeout":
		return c.QueryTimeout
	case "query-limit":
		return c.QueryLimit
	case "query-memory":
		return c.QueryMemory
	case "workers":
		return c.Workers
	case "batch-size":
		return c.BatchSize
	case "max-bytes":
		return c.MaxBytes
	case "serve-token":
		if c.ServeToken != "" {
			return "(set)" // a secret: config never prints it
		}
		return ""
	}
	return nil
}

// defaultDBPath is the bolt store in the user's data directory
// ($XDG_DATA_HOME/dipgraph, else ~/.local/share/dipgraph).
func defaultDBPath() string {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "dipgraph")
	}
	if h, err := os.UserHomeDir(); err == nil {
		return filepath.Join(h, ".local", "share", "dipgraph")
	}
	return "dipgraph.db"
}

// flagAliases maps configuration keys to the command flags with a name of
// their own that also set them. Only a flag marked with markAlias sets its
// key: "actors --limit" is a flag of its own with another meaning.
var flagAliases = map[string]string{"query-timeout": "timeout", "query-limit": "limit", "query-memory": "memory", "serve-token": "token"}

// aliasAnnotation marks a flag that sets a configuration key.
const aliasAnnotation = "dipgraph-config-key"

// markAlias marks flag name of cmd as setting configuration key.
func markAlias(cmd *cobra.Command, name, key string) {
	if err := cmd.Flags().SetAnnotation(name, aliasAnnotation, []string{key}); err != nil {
		panic(err) // a programming error: the flag is defined just before
	}
}

// isAlias reports whether flag f was marked as setting key.
func isAlias(f *pflag.Flag, key string) bool {
	return slices.Contains(f.Annotations[aliasAnnotation], key)
}

// configSource says where the effective value of key came from.
func configSource(v *viper.Viper, flags *pflag.FlagSet, key string) string {
	for _, name := range []string{key, flagAliases[key]} {
		if f := flags.Lookup(name); name != "" && f != nil && f.Changed && (name == key || isAlias(f, key)) {
			return "flag --" + name
		}
	}
	if _, ok := os.LookupEnv(envName(key)); ok {
		return "env " + envName(key)
	}
	if v.InConfig(key) {
		return "file " + v.ConfigFileUsed()
	}
	return "default"
}

// sizeUnits are the units parseSize accepts, longest first.
var sizeUnits = []struct {
	suffix string
	n      int64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"TiB", 1 << 40},
	{"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"TB", 1e12},
	{"K", 1 << 10}, {"M", 1 << 20}, {"G", 1 << 30}, {"T", 1 << 40},
	{"B", 1},
}

// parseSize reads a size in bytes: digits with an optional unit (B, KB/MB/GB/TB
// in powers of 1000, KiB/MiB/GiB/TiB or K/M/G/T in powers of 1024).
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range sizeUnits {
		if rest, ok := strings.CutSuffix(s, u.suffix); ok {
			s, mult = strings.TrimSpace(rest), u.n
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > math.MaxInt64/mult {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return n * mult, nil
}
