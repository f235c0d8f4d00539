package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/dipgraph/dipgraph/graph"
)

// Exit codes.
const (
	exitOK       = 0
	exitError    = 1 // something failed; the message says what
	exitUsage    = 2 // the command line was wrong
	exitInput    = 3 // some inputs were rejected (the rest was processed)
	exitNotFound = 4 // an actor, article or path was not found, or was ambiguous
)

// errInputs reports that some inputs were rejected; each was already named on stderr.
var errInputs = errors.New("some inputs were rejected")

// app carries what every command needs: the streams, the one viper instance
// and the configuration loaded from it.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	v              *viper.Viper
	configFile     string
	cfg            Config
	log            *slog.Logger
}

// run executes dipgraph with args and returns the process exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, v: newViper()}
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		return exitOK
	}
	// A command that stopped because of a signal exits with 128 + its number.
	var sig *interrupted
	if ctx.Err() != nil && errors.As(context.Cause(ctx), &sig) && !errors.As(err, &sig) {
		err = fmt.Errorf("%w: %w", sig, err)
	}
	code := exitCode(err)
	// One line, whatever file names or titles the message quotes.
	fmt.Fprintln(stderr, "dipgraph:", safe(strings.TrimPrefix(err.Error(), errUsage.Error()+": ")))
	if code == exitUsage && cmd != nil {
		fmt.Fprintf(stderr, "Run '%s --help' for usage.\n", cmd.CommandPath())
	}
	return code
}

// interrupted is the cause of the run's context when SIGINT or SIGTERM
// arrived; a command that stops because of it exits with 128 + the signal's
// number (130, 143).
type interrupted struct{ sig syscall.Signal }

func (e *interrupted) Error() string { return "interrupted by " + signalName(e.sig) }

func signalName(s syscall.Signal) string {
	switch s {
	case syscall.SIGINT:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return s.String()
}

// exitCode maps an error to dipgraph's exit codes.
func exitCode(err error) int {
	var sig *interrupted
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &sig):
		return 128 + int(sig.sig)
	case errors.Is(err, errUsage):
		return exitUsage
	case errors.Is(err, errInputs):
		return exitInput
	case errors.Is(err, graph.ErrNotFound), errors.Is(err, graph.ErrAmbiguous):
		return exitNotFound
	}
	return exitError
}

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "dipgraph",
		Short: "Turn news about diplomacy into a knowledge graph and query it",
		Long: `dipgraph reads news articles, extracts who met whom, who visited which country and
which countries attended which summit, when, where and on what topics, and stores
those facts in a Cayley graph where every fact is traceable to its article.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(a.v, a.configFile, cmd.Flags())
			if err != nil {
				return err
			}
			a.cfg = cfg
			a.log = slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: parseLevel(cfg.LogLevel)}))
			return nil
		},
	}
	// With Args set, cobra hands an unknown command to the root instead of
	// failing with an error of its own, which would not be a usage error.
	root.Args = unknownCommand
	root.SuggestionsMinimumDistance = 2
	root.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error {
		return fmt.Errorf("%w: %w", errUsage, err)
	})
	pf := root.PersistentFlags()
	pf.StringVar(&a.configFile, "config", "", "config file (env DIPGRAPH_CONFIG; default ./dipgraph.yaml, then the user config dir)")
	pf.String("db", "", "store: a directory for bolt, a URL for postgres (env DIPGRAPH_DB)")
	pf.String("backend", "bolt", "store backend: bolt, memstore or postgres (env DIPGRAPH_BACKEND)")
	pf.String("log-level", "warn", "log level: debug, info, warn, error (env DIPGRAPH_LOG_LEVEL)")
	pf.Duration("lock-timeout", 2*time.Second, "how long to wait for another process holding the store (env DIPGRAPH_LOCK_TIMEOUT)")
	pf.Duration("pg-connect-timeout", 10*time.Second, "PostgreSQL: longest wait to connect (env DIPGRAPH_PG_CONNECT_TIMEOUT)")
	pf.Duration("pg-statement-timeout", time.Minute, "PostgreSQL: longest a statement may run; a server silent 5s longer is given up on (env DIPGRAPH_PG_STATEMENT_TIMEOUT)")
	pf.String("pg-synchronous-commit", "on", "PostgreSQL: synchronous_commit, on (safe) or off (faster; a server crash may lose the last writes) (env DIPGRAPH_PG_SYNCHRONOUS_COMMIT)")

	root.AddCommand(
		newIngestCmd(a), newExtractCmd(a), newEvalCmd(a),
		newWhoMetCmd(a), newVisitsCmd(a), newGatheringsCmd(a), newTimelineCmd(a),
		newPairsCmd(a), newPathCmd(a), newActorsCmd(a), newQueryCmd(a), newExportCmd(a), newImportCmd(a),
		newRetractCmd(a), newStatsCmd(a), newConfigCmd(a),
		newEventCmd(a), newServeCmd(a), newGenCmd(a),
		newCheckCmd(a),
	)
	return root
}

func parseLevel(s string) slog.Level {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return slog.LevelWarn
	}
	return l
}

// unknownCommand is the root command's argument check: any argument is an
// unknown command, a usage error that names the closest commands.
func unknownCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	hint := ""
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		hint = "; did you mean " + strings.Join(s, " or ") + "?"
	}
	return fmt.Errorf("%w: unknown command %q%s", errUsage, args[0], hint)
}

// usageArgs wraps a cobra argument validator so its errors count as usage errors.
func usageArgs(check cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return fmt.Errorf("%w: %w", errUsage, err)
		}
		return nil
	}
}

// openStore opens the configured store.
func (a *app) openStore(ctx context.Context, readOnly bool) (*graph.Store, error) {
	st, err := graph.Open(ctx, graph.Options{
		Backend:     a.cfg.Backend,
		Path:        a.cfg.DB,
		ReadOnly:    readOnly,
		LockTimeout: a.cfg.LockTimeout,
		Logger:      a.log,

		PGConnectTimeout:    a.cfg.PGConnectTimeout,
		PGStatementTimeout:  a.cfg.PGStatementTimeout,
		PGSynchronousCommit: a.cfg.PGSynchronousCommit,
	})
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	return st, nil
}
